package mx.vinculos.ingest;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Amounts as the reports write them. */
class SpanishAmountsTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "un monto de 20 mil dólares para|20000|USD|20 mil dólares",
			"mil 500 mdp destinados al mejoramiento urbano|1500000000|MXN|mil 500 mdp",
			"y 800 mdp en Xochimilco|800000000|MXN|800 mdp",
			"por 19 mil 500 libras esterlinas|19500|GBP|19 mil 500 libras esterlinas",
			"ascendió a 38 millones 550 mil pesos.|38550000|MXN|38 millones 550 mil pesos",
			"el recurso por 308,000 USD (6,344,800 mxn)|308000|USD|308,000 USD",
			"el cual consta de 500 mil pesos y|500000|MXN|500 mil pesos",
			"de 2 mil 300 millones de pesos (mdp)|2300000000|MXN|2 mil 300 millones de pesos",
			"40 mil dólares|40000|USD|40 mil dólares", "un apoyo de $150,000 pesos|150000|MXN|$150,000 pesos",
			"1.5 millones de euros|1500000|EUR|1.5 millones de euros" })
	void parsesTheReportsForms(String text, String value, String currency, String amountText) {
		SpanishAmounts.Amount a = SpanishAmounts.parse(text);
		assertThat(a).isNotNull();
		assertThat(a.value()).isEqualByComparingTo(new BigDecimal(value));
		assertThat(a.currency()).isEqualTo(currency);
		assertThat(a.text()).isEqualTo(amountText);
	}

	@Test
	void countsThatAreNotMoneyAreNoAmounts() {
		assertThat(SpanishAmounts.find("15 millones de alcances de la cuenta")).isEmpty();
		assertThat(SpanishAmounts.find("donde estudian 29 mil jóvenes")).isEmpty();
		assertThat(SpanishAmounts.find("Ciudades 2030, del 8 al 10 de septiembre")).isEmpty();
	}

	@Test
	void anAmountAndItsConversionInParenthesesAreTwoAmounts() {
		assertThat(SpanishAmounts.find("La primera exhibición del recurso por 308,000 USD (6,344,800 mxn) se recibió"))
			.extracting(a -> a.text() + "=" + a.currency())
			.containsExactly("308,000 USD=USD", "6,344,800 mxn=MXN");
	}

	@Test
	void aTableCellIsTheWholeAmount() {
		SpanishAmounts.Amount a = SpanishAmounts.parse("19 mil 500 libras");
		assertThat(a.start()).isZero();
		assertThat(a.end()).isEqualTo("19 mil 500 libras".length());
		assertThat(a.value()).isEqualByComparingTo(new BigDecimal(19500));
	}

	@Test
	void findsEveryAmountOfASentenceInOrder() {
		assertThat(SpanishAmounts.find("mil 500 mdp destinados al Centro Histórico y 800 mdp en Xochimilco"))
			.extracting(SpanishAmounts.Amount::text)
			.containsExactly("mil 500 mdp", "800 mdp");
	}

}
