package mx.vinculos.seed;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportTextTests {

	final ReportText text = new ReportText(List.of(
			"Texto previo.",
			"En el marco de los 500 años de México-",
			"Tenochtitlan, la Secreta-",
			"",
			"IN",
			"FO",
			"RM",
			"E ",
			"12 13",
			"••",
			"• • ",
			" 2ría de Cultura presentó la exposición.",
			"Siguiente párrafo."));

	@Test
	void eachHyphenatedBreakMayBeQuotedRejoinedOrKeptOnItsOwn() {
		assertThat(this.text.containsSkippingNoise(2,
				"En el marco de los 500 años de México-Tenochtitlan, la Secretaría de Cultura presentó la exposición."))
			.isTrue();
		assertThat(this.text.containsSkippingNoise(2,
				"En el marco de los 500 años de MéxicoTenochtitlan, la Secreta-ría de Cultura")).isTrue();
		assertThat(this.text.containsSkippingNoise(2, "de México- Tenochtitlan, la Secretaría")).isTrue();
	}

	@Test
	void noiseIsSkippedButTheExcerptMustStartOnItsLine() {
		assertThat(this.text.containsSkippingNoise(3, "Tenochtitlan, la Secretaría de Cultura presentó")).isTrue();
		assertThat(this.text.containsSkippingNoise(1, "la Secretaría de Cultura presentó")).isFalse();
		assertThat(this.text.containsSkippingNoise(5, "IN FO")).isFalse();
		assertThat(this.text.containsSkippingNoise(12, "ría de Cultura presentó la exposición. Siguiente párrafo."))
			.isTrue();
	}

	@Test
	void noiseIsNotForgivenInOrdinaryQuotes() {
		assertThat(this.text.contains(3, "Tenochtitlan, la Secretaría de Cultura")).isFalse();
		assertThat(this.text.contains(2, "México-Tenochtitlan, la Secretaría")).isFalse();
		assertThat(this.text.contains(2, "México-Tenochtitlan, la Secreta-")).isTrue();
	}

	@Test
	void pageFurnitureIsNoise() {
		assertThat(ReportText.isNoise("12 13")).isTrue();
		assertThat(ReportText.isNoise("• • ")).isTrue();
		assertThat(ReportText.isNoise(" 2")).isTrue();
		assertThat(ReportText.isNoise("Covid-19")).isFalse();
		assertThat(ReportText.isNoise("2 mil estudiantes")).isFalse();
	}

}
