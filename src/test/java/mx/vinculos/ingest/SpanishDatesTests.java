package mx.vinculos.ingest;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Date forms as the two reports write them. */
class SpanishDatesTests {

	static final LocalDate H2_2021 = LocalDate.of(2021, 7, 1);

	static final LocalDate H1_2020 = LocalDate.of(2020, 1, 1);

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			// headings of informe-2021-2
			"(24 de julio)|2021-07-24||day", "(26 octubre)|2021-10-26||day",
			"(del 8 al 10 de septiembre)|2021-09-08|2021-09-10|day", "(18 y 22 de octubre)|2021-10-18|2021-10-22|day",
			"(septiembre)|2021-09-01|2021-09-30|month", "(22 de julio 2021)|2021-07-22||day",
			"(28 de septiembre al 1 de octubre)|2021-09-28|2021-10-01|day",
			"(julio a noviembre)|2021-07-01|2021-11-30|month", "(1o de diciembre)|2021-12-01||day",
			"(23 al 26 de noviembre)|2021-11-23|2021-11-26|day", "(12 y 13 de octubre)|2021-10-12|2021-10-13|day",
			"(26 de abril de 2021)|2021-04-26||day" })
	void headingDatesOfTheSecondHalfOf2021(String text, String start, String end, String precision) {
		SpanishDates.Span s = SpanishDates.whole(text, H2_2021);
		assertThat(s).isNotNull();
		assertThat(s.start()).hasToString(start);
		assertThat(s.end() == null ? null : s.end().toString()).isEqualTo(end);
		assertThat(s.precision()).isEqualTo(precision);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "(7 de enero)|2020-01-07|", "(20 al 22 de febrero)|2020-02-20|2020-02-22",
			"(11, 12 y 23 de enero)|2020-01-11|2020-01-23", "(3, 4, 6, 10, 11 y 13 de marzo)|2020-03-03|2020-03-13",
			"(15, 18 y 25 de junio)|2020-06-15|2020-06-25", "(24 al 28 de febrero)|2020-02-24|2020-02-28" })
	void headingDatesOfTheFirstHalfOf2020(String text, String start, String end) {
		SpanishDates.Span s = SpanishDates.whole(text, H1_2020);
		assertThat(s.start()).hasToString(start);
		assertThat(s.end() == null ? null : s.end().toString()).isEqualTo(end);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "El pasado 18 octubre, la Jefa de Gobierno|2021-10-18",
			"presentó el pasado 14 de julio el Informe Local Voluntario|2021-07-14",
			"el 23 de diciembre de 2021 se confirmó la aprobación|2021-12-23",
			"Fechas: Se impartieron dos grupos, el primero fue del 08 al 10 de noviembre|2021-11-08",
			"“Disaster Risk Reduction of Buildings” del 30 de agosto al 3 de septiembre|2021-08-30",
			"dad al encuentro sostenido en Oslo en noviembre de 2019|", "1 agosto: Día Nacional de Suiza|2021-08-01" })
	void datesInRunningTextNeedADay(String text, String start) {
		SpanishDates.Span s = SpanishDates.find(text, H2_2021, false);
		assertThat(s == null ? null : s.start().toString()).isEqualTo(start);
	}

	@Test
	void aBareMonthCountsInAHeadingAndKeepsAnExplicitYear() {
		assertThat(SpanishDates.find("en noviembre de 2019", H1_2020, true).start()).hasToString("2019-11-01");
	}

	@Test
	void aParagraphOpeningOnAMonthIsDatedToThatMonth() {
		SpanishDates.Span s = SpanishDates.openingMonth("En agosto se llevó a cabo el primer intercambio virtual", H2_2021);
		assertThat(s.start()).hasToString("2021-08-01");
		assertThat(s.end()).hasToString("2021-08-31");
		assertThat(s.precision()).isEqualTo("month");
		assertThat(SpanishDates.openingMonth("Durante el mes de octubre de 2020, la red sesionó", H2_2021).start())
			.hasToString("2020-10-01");
		// only as the paragraph's first words: inside running text a bare month is too weak a cue
		assertThat(SpanishDates.openingMonth("Se envió una contribución al boletín de septiembre", H2_2021)).isNull();
		assertThat(SpanishDates.openingMonth("Enviamos en agosto el informe", H2_2021)).isNull();
	}

	@Test
	void aParenthesisThatIsNotOnlyADateIsNoHeadingDate() {
		assertThat(SpanishDates.whole("(imss)", H2_2021)).isNull();
		assertThat(SpanishDates.whole("(vlr’s por sus siglas en inglés)", H2_2021)).isNull();
		assertThat(SpanishDates.whole("(Marina Robles)", H2_2021)).isNull();
	}

	@Test
	void impossibleDatesAreNoDates() {
		assertThat(SpanishDates.whole("(31 de junio)", H2_2021)).isNull();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "(mayo-junio)|2020-05-01|2020-06-30|month", "(abril-mayo)|2020-04-01|2020-05-31|month",
			"(20 al 22 de enero y 17 al 19 de febrero)|2020-01-20|2020-02-19|day",
			"(27 de abril y 1 de mayo)|2020-04-27|2020-05-01|day", "13 de octubre y 23 de diciembre|2020-10-13|2020-12-23|day" })
	void monthRangesWithAHyphenAndDatesListedOneAfterAnother(String text, String start, String end, String precision) {
		SpanishDates.Span s = SpanishDates.whole(text, H1_2020);
		assertThat(s).isNotNull();
		assertThat(s.start()).hasToString(start);
		assertThat(s.end()).hasToString(end);
		assertThat(s.precision()).isEqualTo(precision);
	}

	@Test
	void aListedDateMustStillBeTheWholeParenthesis() {
		assertThat(SpanishDates.whole("(27 de abril y la Embajada)", H1_2020)).isNull();
		assertThat(SpanishDates.whole("(ciudad de mayo)", H1_2020)).isNull();
	}

	@Test
	void theDaysAHeadingListsOneByOne() {
		assertThat(SpanishDates.listedDays("18 y 22 de octubre", H2_2021)).extracting(LocalDate::toString)
			.containsExactly("2021-10-18", "2021-10-22");
		assertThat(SpanishDates.listedDays("27 de abril y 1 de mayo", H1_2020)).extracting(LocalDate::toString)
			.containsExactly("2020-04-27", "2020-05-01");
		assertThat(SpanishDates.listedDays("3, 4 y 6 de marzo", H1_2020)).hasSize(3);
		// a range is one event over several days, and one day is no list
		assertThat(SpanishDates.listedDays("del 8 al 10 de septiembre", H2_2021)).isEmpty();
		assertThat(SpanishDates.listedDays("24 de julio", H2_2021)).isEmpty();
	}

	@Test
	void aParenthesisThePdfPrintedAsAnEightBeforeTheDayIsReadBack() {
		SpanishDates.Span s = SpanishDates.find("Policía Nacional de Colombia” 81 de agosto al 3 de septiembre)", H2_2021, false);
		assertThat(s.start()).hasToString("2021-08-01");
		assertThat(s.end()).hasToString("2021-09-03");
		// a real day is left alone
		assertThat(SpanishDates.find("el 18 de agosto", H2_2021, false).start()).hasToString("2021-08-18");
	}

}
