package mx.vinculos.briefing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PartiesTests {

	@Test
	void aTitleThatNamesTheBodyMakesTheHeadStandForIt() {
		assertThat(BriefingRenderer.heads("titular de la Coordinación General de Asesores y Asuntos Internacionales",
				"Coordinación General de Asesores y Asuntos Internacionales")).isTrue();
		assertThat(BriefingRenderer.heads("titular de Movilidad", "Secretaría de Movilidad")).isTrue();
		assertThat(BriefingRenderer.heads("Alcaldesa de Bogotá", "Bogotá")).isTrue();
	}

	@Test
	void aTitleOfAnotherBodyOrAGenericNameIsNotEnough() {
		assertThat(BriefingRenderer.heads("titular de Movilidad", "Secretaría del Medio Ambiente")).isFalse();
		assertThat(BriefingRenderer.heads("Jefa de Gobierno", "Ciudad de México")).isFalse();
		assertThat(BriefingRenderer.heads("Secretaria de Estado para el Comercio Internacional", "Reino Unido")).isFalse();
	}

}
