package mx.vinculos.seed;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Drafted items (confidence, review) load only once a curator has accepted them. */
class SeedReviewTests {

	@TempDir
	Path dir;

	Path report;

	@BeforeEach
	void fixture() {
		SeedFixture.copyTo(this.dir);
		this.report = this.dir.resolve("informe-prueba.yaml");
	}

	@Test
	void anItemStillPendingIsRefusedWithItsPlace() {
		SeedFixture.edit(this.report, "        role: attendee\n", "        role: attendee\n        confidence: 0.8\n        review: pending\n");
		assertThatThrownBy(() -> SeedReader.read(this.dir)).isInstanceOfSatisfying(SeedValidationException.class,
				ex -> assertThat(ex.problems()).singleElement()
					.asString()
					.startsWith("informe-prueba.yaml: event prueba-reunion-bogota participant claudia-lopez: review: pending"));
	}

	@Test
	void pendingEventsRelationshipsAndHeadersAreRefusedToo() {
		SeedFixture.edit(this.report, "    kind: meeting\n", "    kind: meeting\n    review: pending\n");
		SeedFixture.edit(this.report, "    title: Alcaldesa de Bogotá\n", "    title: Alcaldesa de Bogotá\n    review: pending\n");
		SeedFixture.edit(this.report, "  title: Informe de prueba\n", "  title: Informe de prueba\n  review: pending\n");
		assertThatThrownBy(() -> SeedReader.read(this.dir)).isInstanceOfSatisfying(SeedValidationException.class,
				ex -> assertThat(ex.problems()).hasSize(3)
					.anyMatch(p -> p.startsWith("informe-prueba.yaml: event prueba-reunion-bogota: review: pending"))
					.anyMatch(p -> p.startsWith("informe-prueba.yaml: relationship #1 HOLDS_POSITION"))
					.anyMatch(p -> p.startsWith("informe-prueba.yaml: report: review: pending")));
	}

	@Test
	void rejectedItemsAreRefusedRatherThanSilentlyLoaded() {
		SeedFixture.edit(this.report, "    kind: meeting\n", "    kind: meeting\n    review: rejected\n");
		assertThatThrownBy(() -> SeedReader.read(this.dir)).isInstanceOf(SeedValidationException.class)
			.hasMessageContaining("review: rejected");
	}

	@Test
	void acceptedAndCorrectedItemsLoadWithTheirConfidence() {
		SeedFixture.edit(this.report, "        role: attendee\n",
				"        role: attendee\n        confidence: 0.8\n        review: accepted\n");
		SeedFixture.edit(this.report, "    kind: meeting\n", "    kind: meeting\n    confidence: 0.9\n    review: corrected\n");
		SeedSet seeds = SeedReader.read(this.dir);
		assertThat(seeds.reports().get(0).events()).hasSize(1);
	}

	@Test
	void aConfidenceOutsideZeroToOneIsRefused() {
		SeedFixture.edit(this.report, "        role: attendee\n", "        role: attendee\n        confidence: 80\n        review: accepted\n");
		assertThatThrownBy(() -> SeedReader.read(this.dir)).isInstanceOf(SeedValidationException.class)
			.hasMessageContaining("confidence 80 must be a number from 0 to 1");
	}

	@Test
	void aPendingRegistryEntryIsRefused() {
		SeedFixture.edit(this.dir.resolve("entities.yaml"), "- id: claudia-lopez\n",
				"- id: claudia-lopez\n  review: pending\n");
		assertThatThrownBy(() -> SeedReader.read(this.dir)).isInstanceOf(SeedValidationException.class)
			.hasMessageContaining("entities.yaml: entity claudia-lopez: review: pending");
	}

}
