package mx.vinculos.ingest;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A plural heading that tells one meeting per listed day and counterpart. */
class HeadingSplitsTests {

	static final String BODY = "El pasado 18 octubre, la Jefa de Gobierno, Claudia Sheinbaum Pardo sostuvo un encuentro con "
			+ "el expresidente de Ecuador, Rafael Correa, con quien conversó acerca de su participación en la Feria. "
			+ "Posteriormente, el 22 de octubre, recibió de igual manera al expresidente de Bolivia, Evo Morales en el "
			+ "Antiguo Palacio del Ayuntamiento.";

	@Test
	void eachDayAndCounterpartIsOneMeeting() {
		List<HeadingSplits.Part> parts = HeadingSplits.split("Reuniones de cortesía con los expresidentes de Ecuador y Bolivia",
				"18 y 22 de octubre", BODY, SpanishDatesTests.H2_2021);
		assertThat(parts).extracting(HeadingSplits.Part::title)
			.containsExactly("Reunión de cortesía con el expresidente de Ecuador, Rafael Correa",
					"Reunión de cortesía con el expresidente de Bolivia, Evo Morales");
		assertThat(parts).extracting(p -> p.date().toString()).containsExactly("2021-10-18", "2021-10-22");
		// each meeting's stretch of the body names its own counterpart only
		assertThat(BODY.substring(parts.get(0).bodyFrom(), parts.get(0).bodyTo())).contains("Correa").doesNotContain("Morales");
		assertThat(BODY.substring(parts.get(1).bodyFrom(), parts.get(1).bodyTo())).contains("Morales").doesNotContain("Correa");
	}

	@Test
	void oneMeetingOverSeveralDaysIsNotSplit() {
		assertThat(HeadingSplits.split("Reunión de cortesía con los expresidentes de Ecuador y Bolivia", "18 y 22 de octubre",
				BODY, SpanishDatesTests.H2_2021)).isEmpty();
		assertThat(HeadingSplits.split("Reuniones con los alcaldes de Bogotá y Quito", "del 18 al 22 de octubre", BODY,
				SpanishDatesTests.H2_2021)).isEmpty();
		// three counterparts, two days: they do not pair up
		assertThat(HeadingSplits.split("Visitas con los embajadores de Chile, Perú y Colombia", "3 y 5 de agosto", "",
				SpanishDatesTests.H2_2021)).isEmpty();
	}

	@Test
	void withoutNamesInTheBodyTheTitlesStillPairTheCounterparts() {
		List<HeadingSplits.Part> parts = HeadingSplits.split("Visitas técnicas con las alcaldesas de Bogotá y Montevideo",
				"(3 y 5 de agosto)", "", SpanishDatesTests.H2_2021);
		assertThat(parts).extracting(HeadingSplits.Part::title)
			.containsExactly("Visita técnica con la alcaldesa de Bogotá", "Visita técnica con la alcaldesa de Montevideo");
	}

	@Test
	void pluralNounsOfHeadingsMadeSingular() {
		assertThat(HeadingSplits.singular("Reuniones")).isEqualTo("Reunión");
		assertThat(HeadingSplits.singular("expresidentes")).isEqualTo("expresidente");
		assertThat(HeadingSplits.singular("embajadores")).isEqualTo("embajador");
		assertThat(HeadingSplits.singular("alcaldes")).isEqualTo("alcalde");
		assertThat(HeadingSplits.singular("ministras")).isEqualTo("ministra");
	}

}
