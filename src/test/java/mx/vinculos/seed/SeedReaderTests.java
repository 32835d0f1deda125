package mx.vinculos.seed;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SeedReaderTests {

	@TempDir
	Path dir;

	Path report;

	Path registry;

	@BeforeEach
	void fixture() {
		SeedFixture.copyTo(this.dir);
		this.report = this.dir.resolve("informe-prueba.yaml");
		this.registry = this.dir.resolve("entities.yaml");
	}

	@Test
	void aValidFixtureBecomesRowsWithEvidenceOnEveryEdge() {
		SeedSet seeds = SeedReader.read(this.dir);
		assertThat(seeds.entities()).hasSize(6);
		SeedSet.ReportRows rows = seeds.reports().get(0);
		assertThat(rows.events()).singleElement()
			.satisfies(e -> assertThat(e.props()).containsEntry("name", "Reunión con la Alcaldesa de Bogotá"));
		assertThat(rows.edges()).extracting(SeedSet.EdgeRow::type)
			.containsExactlyInAnyOrder("REPORTED_IN", "HELD_IN", "PARTICIPATED_IN", "PARTICIPATED_IN",
					"HOLDS_POSITION", "AGREEMENT");
		assertThat(rows.edges()).allSatisfy(e -> assertThat(e.props()).containsKeys("source", "line", "quote"));
		assertThat(seeds.registryEdges()).extracting(SeedSet.EdgeRow::type).containsOnly("LOCATED_IN");
	}

	@Test
	void aQuoteHyphenatedAcrossLinesIsFoundEitherWay() {
		SeedFixture.edit(this.report, "Claudia Sheinbaum Pardo, recibió", "Claudia Sheinbaum Par-do, recibió");
		assertThat(SeedReader.read(this.dir).reports()).hasSize(1);
	}

	@Test
	void aQuoteNotAtItsLineIsReportedWithFileEntryAndReason() {
		SeedFixture.edit(this.report, "line: 6\n        quote: \"la Alcaldesa", "line: 5\n        quote: \"la Alcaldesa");
		assertThatThrownBy(() -> SeedReader.read(this.dir)).isInstanceOfSatisfying(SeedValidationException.class,
				ex -> assertThat(ex.problems()).containsExactly(
						"informe-prueba.yaml: event prueba-reunion-bogota participant claudia-lopez: "
								+ "quote not found at line 5: \"la Alcaldesa de Bogotá, Claudia López\""));
	}

	@Test
	void aGarbledQuoteIsNotForgiven() {
		SeedFixture.edit(this.report, "Ambas ciudades firmaron", "Ambas ciudades firmaron ya");
		assertThatThrownBy(() -> SeedReader.read(this.dir)).isInstanceOf(SeedValidationException.class)
			.hasMessageContaining("relationship #2 AGREEMENT");
	}

	@Test
	void unknownEntitiesAndEventsAreReported() {
		SeedFixture.edit(this.report, "to: [bogota]", "to: [medellin]");
		SeedFixture.edit(this.report, "event: prueba-reunion-bogota", "event: no-such-event");
		assertThatThrownBy(() -> SeedReader.read(this.dir)).isInstanceOfSatisfying(SeedValidationException.class,
				ex -> assertThat(ex.problems()).anyMatch(p -> p.contains("unknown entity medellin"))
					.anyMatch(p -> p.contains("unknown event no-such-event")));
	}

	@Test
	void twoEntitiesWithTheSameNameOnceAccentsAreFoldedAreRefused() {
		SeedFixture.edit(this.registry, "- id: claudia-lopez\n  type: Person\n  name: Claudia López",
				"- id: claudia-lopez\n  type: Person\n  name: Claudia López\n  aliases: [BOGOTA]");
		assertThatThrownBy(() -> SeedReader.read(this.dir)).isInstanceOf(SeedValidationException.class)
			.hasMessageContaining("'bogota' also names");
	}

	@Test
	void aSharedAliasIsAllowedWhenBothMarkItAmbiguous() {
		SeedFixture.edit(this.registry, "  name: Claudia López", "  name: Claudia López\n  aliases: [Claudia]\n  ambiguous: [Claudia]");
		SeedFixture.edit(this.registry, "  name: Claudia Sheinbaum Pardo",
				"  name: Claudia Sheinbaum Pardo\n  aliases: [claudia]\n  ambiguous: [claudia]");
		assertThat(SeedReader.read(this.dir).entities()).hasSize(6);
	}

	@Test
	void invalidDatesAndEnumerationsAreReported() {
		SeedFixture.edit(this.report, "startDate: 2021-08-03", "startDate: 2021-08-33");
		SeedFixture.edit(this.report, "modality: presencial", "modality: remote");
		SeedFixture.edit(this.report, "role: host", "role: boss");
		assertThatThrownBy(() -> SeedReader.read(this.dir)).isInstanceOfSatisfying(SeedValidationException.class,
				ex -> assertThat(ex.problems()).anyMatch(p -> p.contains("startDate 2021-08-33 is not an ISO date"))
					.anyMatch(p -> p.contains("modality remote is not one of"))
					.anyMatch(p -> p.contains("role boss is not one of")));
	}

	@Test
	void aSummaryRunsOverHyphenationAndPageNoiseAndIsKeptOnTheEvent() {
		SeedSet.EventRow event = SeedReader.read(this.dir).reports().get(0).events().get(0);
		assertThat(event.props()).containsEntry("summaryLine", 5L)
			.containsEntry("summary", "La Jefa de Gobierno, Claudia Sheinbaum Pardo, recibió a la Alcaldesa de Bogotá, "
					+ "Claudia López, en el Antiguo Palacio del Ayuntamiento. Ambas ciudades firmaron un memorando de "
					+ "entendimiento en materia de movilidad. La reunión concluyó con un recorrido por el Centro Histórico.");
	}

	@Test
	void aSummaryIsOptional() throws java.io.IOException {
		String yaml = java.nio.file.Files.readString(this.report);
		java.nio.file.Files.writeString(this.report, yaml.replaceFirst("    summary:\n(      .*\n){2}", ""));
		SeedSet.EventRow event = SeedReader.read(this.dir).reports().get(0).events().get(0);
		assertThat(event.props()).doesNotContainKeys("summary", "summaryLine");
	}

	@Test
	void aSummaryNotFoundAtItsLineIsReportedWithFileEntryAndReason() {
		SeedFixture.edit(this.report, "    summary:\n      line: 5", "    summary:\n      line: 6");
		assertThatThrownBy(() -> SeedReader.read(this.dir)).isInstanceOfSatisfying(SeedValidationException.class,
				ex -> assertThat(ex.problems()).containsExactly("informe-prueba.yaml: event prueba-reunion-bogota summary: "
						+ "quote not found at line 6: \"La Jefa de Gobierno, Claudia Sheinbaum Pardo, recibió a la Alcaldesa de "
						+ "Bogotá, …\""));
	}

	@Test
	void aSummaryMaySkipNoiseButNotText() {
		// line 8-9 of the fixture is text, not noise: leaving it out is a garbled excerpt
		SeedFixture.edit(this.report, "Ayuntamiento. Ambas ciudades firmaron un memorando de entendimiento en materia de "
				+ "movilidad. La reunión", "Ayuntamiento. La reunión");
		assertThatThrownBy(() -> SeedReader.read(this.dir)).isInstanceOf(SeedValidationException.class)
			.hasMessageContaining("event prueba-reunion-bogota summary: quote not found at line 5");
	}

	@Test
	void aSummaryWithoutLineOrTooLongIsRefused() {
		SeedFixture.edit(this.report, "      line: 5\n      quote: \"La Jefa", "      quote: \"La Jefa");
		assertThatThrownBy(() -> SeedReader.read(this.dir)).isInstanceOf(SeedValidationException.class)
			.hasMessageContaining("event prueba-reunion-bogota summary: line (a number) and quote are required");
		SeedFixture.edit(this.report, "      quote: \"La Jefa", "      line: 5\n      quote: \"" + "x".repeat(601) + "La Jefa");
		assertThatThrownBy(() -> SeedReader.read(this.dir)).isInstanceOf(SeedValidationException.class)
			.hasMessageContaining("summary: longer than 600 characters");
	}

	@Test
	void theCuratedReportsSayWhatHappenedForNineInTenEvents() {
		SeedSet seeds = SeedReader.read(Path.of("seeds"));
		for (SeedSet.ReportRows report : seeds.reports()) {
			long with = report.events().stream().filter(e -> e.props().containsKey("summary")).count();
			assertThat(with).as(report.id()).isGreaterThanOrEqualTo(report.events().size() * 9L / 10);
		}
	}

	@Test
	void brokenYamlNamesTheFile() {
		SeedFixture.edit(this.report, "events:", "events: [");
		assertThatThrownBy(() -> SeedReader.read(this.dir)).isInstanceOf(SeedValidationException.class)
			.hasMessageContaining("informe-prueba.yaml: file: not valid YAML");
	}

}
