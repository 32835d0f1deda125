package mx.vinculos.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Who gave, for what, as the reports say it. */
class FundingCuesTests {

	@Test
	void theGiverIsTheNameAfterItsCue() {
		assertThat(FundingCues.funder("6,000 latas de agua a la SSC, por parte de Heineken").name()).isEqualTo("Heineken");
		assertThat(FundingCues.funder("El proyecto fue posible gracias al financiamiento de la Fundación Rockefeller.").name())
			.isEqualTo("Fundación Rockefeller");
		assertThat(FundingCues.funder("Este será fondeado por Bloomberg durante tres años").name()).isEqualTo("Bloomberg");
		assertThat(FundingCues.funder("2,000 botellas, por parte de Heineken/Fondo Mixto de Promoción Turística").name())
			.isEqualTo("Heineken");
		assertThat(FundingCues.funder("el evento se realizó con gran éxito")).isNull();
	}

	@Test
	void anIntroductionTellsWhoReceivedTheGifts() {
		String s = "la Secretaría de Seguridad Ciudadana (SSC) recibió donaciones de entes internacionales";
		assertThat(FundingCues.received(s)).isEqualTo(s.indexOf("recibió"));
		assertThat(FundingCues.received("La Jefa de Gobierno recibió al Embajador de España")).isEqualTo(-1);
	}

	@Test
	void aProjectCellIsANameNotADateAnAmountOrATitle() {
		assertThat(FundingCues.projectCell("Tianguis Digital: Salida\na Datos Abiertos ")).isEqualTo("Tianguis Digital: Salida a Datos Abiertos");
		assertThat(FundingCues.projectCell("20 mil \ndólares")).isNull();
		assertThat(FundingCues.projectCell("31\nde octubre")).isNull();
		assertThat(FundingCues.projectCell("Fecha de \ninicio")).isNull();
		assertThat(FundingCues.projectCell("2 meses")).isNull();
	}

	@Test
	void aTitledGiverIsAPerson() {
		FundingCues.Named n = FundingCues.funder("10,000 empaques de frutos rojos, por parte del Dr. Rodrigo Canales, asesor");
		assertThat(n.name()).isEqualTo("Rodrigo Canales");
		assertThat(n.person()).isTrue();
	}

	@Test
	void everyGiverOfAClauseIsFound() {
		assertThat(FundingCues.funders("se llevó a cabo con recursos donados por la Rockefeller Philanthropy Advisors, Inc., "
				+ "a través del proyecto patrocinado por el Mayor Migration Council, Global Cities Fund Grant"))
			.extracting(FundingCues.Named::name)
			.containsExactly("Rockefeller Philanthropy Advisors", "Mayor Migration Council");
	}

	@Test
	void aPurposeFollowsTheAmount() {
		String s = "mil 500 mdp destinados al mejoramiento urbano integral del Centro Histórico y 800 mdp en Xochimilco "
				+ "para apoyar la producción de chinampas, limpieza de canales";
		assertThat(FundingCues.purpose(s, "mil 500 mdp".length())).isEqualTo("mejoramiento urbano integral del Centro Histórico");
		assertThat(FundingCues.purpose(s, s.indexOf("800 mdp") + 7)).isEqualTo("producción de chinampas");
		assertThat(FundingCues.purpose("2 mil 300 millones de pesos (mdp) en ambas zonas", 27)).isNull();
	}

	@Test
	void anAmountAloneIsATableCell() {
		assertThat(FundingCues.amountCell("19 mil 500 libras")).isTrue();
		assertThat(FundingCues.amountCell("un monto de 20 mil dólares para el proyecto")).isFalse();
	}

	@Test
	void aSentenceDoesNotEndAfterATitle() {
		assertThat(FundingCues.SENTENCE_END.matcher("por parte del Dr. Rodrigo Canales").find()).isFalse();
		assertThat(FundingCues.SENTENCE_END.matcher("por parte de Heineken. La SSC").find()).isTrue();
	}

}
