package mx.vinculos.curation;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The review rules on a draft of a small report, against the project's registry; no server. */
class ReviewTests {

	@TempDir
	Path dir;

	CurationStore store;

	Review review;

	String id;

	@BeforeEach
	void draft() {
		this.store = new CurationStore(this.dir.resolve("curaduria"), Path.of("seeds"), DataSize.ofMegabytes(1));
		this.review = new Review(this.store);
		byte[] text = CurationTests.bytes(CurationTests.REPORT);
		this.id = this.store.create("nuevo.txt", new ByteArrayInputStream(text), text.length, null, "prueba");
	}

	private Map<String, String> form(String title, String line, String quote) {
		Map<String, String> f = new LinkedHashMap<>();
		f.put("title", title);
		f.put("startDate", "2022-08-24");
		f.put("endDate", "");
		f.put("line", line);
		f.put("quote", quote);
		return f;
	}

	@Test
	void aCorrectionIsCheckedLikeASeedAndRefusedWithEveryReasonInSpanish() {
		Draft.Item e0 = this.store.load(this.id).item("e0");
		Map<String, String> bad = form("", "8", "Ambas ciudades firmaron");
		bad.put("startDate", "31/02/2022"); // no such day
		assertThatThrownBy(() -> this.review.correct(this.id, "e0", e0.fingerprint(), bad))
			.isInstanceOfSatisfying(CurationException.class, ex -> assertThat(ex.reasons())
				.extracting(CurationException.Reason::key)
				.containsExactlyInAnyOrder("cur.error.title", "cur.error.date", "cur.error.quote"));
		assertThat(this.store.load(this.id).item("e0").data()).isEqualTo(e0.data());
	}

	@Test
	void aDateTypedDayFirstAsTheFormAsksIsKeptAsAnIsoDate() {
		Draft.Item e0 = this.store.load(this.id).item("e0");
		Map<String, String> f = form("Reunión con Zoe Fuentes Ríos", "5", "Reunión con la Alcaldesa de Bogotá en la Ciudad de México");
		f.put("startDate", "25/08/2022");
		f.put("endDate", "26/08/2022");
		this.review.correct(this.id, "e0", e0.fingerprint(), f);
		assertThat(this.store.load(this.id).item("e0").data()).containsEntry("startDate", "2022-08-25")
			.containsEntry("endDate", "2022-08-26");
	}

	@Test
	void aTypedReportIdThatContradictsTheTextIsRefusedAndOneForATextWithoutPeriodIsUsed() {
		byte[] text = CurationTests.bytes(CurationTests.REPORT);
		assertThatThrownBy(() -> this.store.create("otro.txt", new ByteArrayInputStream(text), text.length,
				"informe-2019-2", "prueba"))
			.isInstanceOfSatisfying(CurationException.class, ex -> assertThat(ex.reasons())
				.extracting(CurationException.Reason::key)
				.containsExactly("cur.upload.idMismatch"));
		assertThat(this.store.exists("informe-2019-2")).isFalse();
		// a text that does not state its period takes the typed id
		byte[] bare = CurationTests.bytes(CurationTests.REPORT.subList(2, CurationTests.REPORT.size()));
		assertThat(this.store.create("sin-periodo.txt", new ByteArrayInputStream(bare), bare.length, "informe-2023-1",
				"prueba")).isEqualTo("informe-2023-1");
	}

	@Test
	void anEventHeldInSeveralPlacesShowsEachPlaceToDecide() {
		// the drafter lists every city or alcaldía an event names; each must be reviewable, or the
		// page says nothing is pending while the validator refuses the pending places
		Draft d = this.store.load(this.id);
		Map<String, Object> one = new LinkedHashMap<>(Map.of("entity", "ciudad-de-mexico", "line", 5, "quote",
				"Reunión con la Alcaldesa de Bogotá en la Ciudad", "review", "pending"));
		Map<String, Object> two = new LinkedHashMap<>(Map.of("entity", "bogota", "line", 5, "quote",
				"Reunión con la Alcaldesa de Bogotá", "review", "pending"));
		d.events().get(0).put("heldIn", new java.util.ArrayList<>(List.of(one, two)));
		this.store.save(d);

		d = this.store.load(this.id);
		assertThat(d.eventItems(0)).extracting(Draft.Item::path).contains("e0.lugar0", "e0.lugar1");
		assertThat(d.pendingItems()).extracting(Draft.Item::path).contains("e0.lugar0", "e0.lugar1");
		assertThat(d.references()).contains("ciudad-de-mexico", "bogota");
		assertThat(d.item("e0.lugar")).as("a list's places are addressed by their index").isNull();

		this.review.reject(this.id, "e0.lugar0", d.item("e0.lugar0").fingerprint());
		d = this.store.load(this.id);
		assertThat(Draft.places(d.events().get(0))).extracting(m -> m.get("entity")).containsExactly("bogota");
		this.review.accept(this.id, "e0", d.item("e0").fingerprint(), true);
		assertThat(this.store.load(this.id).eventItems(0)).noneMatch(Draft.Item::pending);
	}

	@Test
	void anEmptyEntityOrLineSaysWhatIsMissing() {
		Draft.Item p = this.store.load(this.id).item("e0.p0");
		Map<String, String> f = new LinkedHashMap<>();
		f.put("entity", " ");
		f.put("role", "host");
		f.put("line", "");
		f.put("quote", p.quote());
		assertThatThrownBy(() -> this.review.correct(this.id, "e0.p0", p.fingerprint(), f))
			.isInstanceOfSatisfying(CurationException.class, ex -> assertThat(ex.reasons())
				.extracting(CurationException.Reason::key)
				.containsExactlyInAnyOrder("cur.error.entityEmpty", "cur.error.lineEmpty"));
	}

	@Test
	void aQuoteRunningOverLinesAndAHyphenBreakIsAccepted() {
		Draft.Item e0 = this.store.load(this.id).item("e0");
		this.review.correct(this.id, "e0", e0.fingerprint(),
				form("Reunión con Zoe Fuentes Ríos", "5", "Reunión con la Alcaldesa de Bogotá en la Ciudad de México"));
		Draft.Item after = this.store.load(this.id).item("e0");
		assertThat(after.data()).containsEntry("title", "Reunión con Zoe Fuentes Ríos").containsEntry("review", "corrected");
		// the old form no longer applies
		assertThatThrownBy(() -> this.review.accept(this.id, "e0", e0.fingerprint(), false))
			.isInstanceOfSatisfying(CurationException.class, ex -> assertThat(ex.status()).isEqualTo(409));
	}

	@Test
	void aParticipantNeedsAKnownEntityAndAValidRole() {
		Draft d = this.store.load(this.id);
		Draft.Item p = d.item("e0.p0");
		Map<String, String> f = new LinkedHashMap<>();
		f.put("entity", "Nadie Conocido");
		f.put("role", "jefe");
		f.put("line", String.valueOf(p.line()));
		f.put("quote", p.quote());
		assertThatThrownBy(() -> this.review.correct(this.id, "e0.p0", p.fingerprint(), f))
			.isInstanceOfSatisfying(CurationException.class, ex -> assertThat(ex.reasons())
				.extracting(CurationException.Reason::key)
				.containsExactlyInAnyOrder("cur.error.entity", "cur.error.role"));
		f.put("entity", "Bogotá");
		f.put("role", "host");
		this.review.correct(this.id, "e0.p0", p.fingerprint(), f);
		assertThat(this.store.load(this.id).item("e0.p0").data()).containsEntry("entity", "bogota")
			.containsEntry("role", "host");
	}

	@Test
	void judgingAProposalTheSameReplacesItEverywhere() {
		Draft d = this.store.load(this.id);
		assertThat(d.references()).contains("zoe-fuentes-rios");
		this.review.judge(this.id, "zoe-fuentes-rios", "misma", "claudia-lopez", null, null, "prueba");
		Draft after = this.store.load(this.id);
		assertThat(after.references()).doesNotContain("zoe-fuentes-rios").contains("claudia-lopez");
		assertThat(after.candidate("zoe-fuentes-rios")).containsEntry("review", "accepted");
		assertThat(after.pendingCandidates()).extracting(c -> c.get("id")).doesNotContain("zoe-fuentes-rios");
	}

	@Test
	void rejectingAnEventRemovesItAndWhatPointsAtIt() {
		Draft d = this.store.load(this.id);
		int events = d.events().size();
		this.review.reject(this.id, "e1", d.item("e1").fingerprint());
		assertThat(this.store.load(this.id).events()).hasSize(events - 1);
		assertThatThrownBy(() -> this.review.reject(this.id, "informe", d.item("informe").fingerprint()))
			.isInstanceOf(CurationException.class);
	}

	@Test
	void decisionsAreUndoneOneAtATimeNewestFirstBackToTheDraftAsItWas() {
		Draft before = this.store.load(this.id);
		assertThat(this.store.lastDecision(this.id)).isNull();
		assertThatThrownBy(() -> this.review.undo(this.id))
			.isInstanceOfSatisfying(CurationException.class, ex -> assertThat(ex.status()).isEqualTo(409));
		// a rejection, then a judgement that rewrites references across the draft
		this.review.reject(this.id, "e1", before.item("e1").fingerprint());
		this.review.judge(this.id, "zoe-fuentes-rios", "misma", "claudia-lopez", null, null, "prueba");
		assertThat(this.store.lastDecision(this.id)).isEqualTo(new CurationStore.Decision("juzgar", "Zoe Fuentes Ríos"));

		assertThat(this.review.undo(this.id).action()).isEqualTo("juzgar");
		Draft mid = this.store.load(this.id);
		assertThat(mid.references()).contains("zoe-fuentes-rios").doesNotContain("claudia-lopez");
		assertThat(mid.candidate("zoe-fuentes-rios")).doesNotContainKey("judgement");
		assertThat(mid.events()).hasSize(before.events().size() - 1);

		assertThat(this.review.undo(this.id).action()).isEqualTo("rechazar");
		Draft after = this.store.load(this.id);
		assertThat(after.report).isEqualTo(before.report);
		assertThat(after.candidates).isEqualTo(before.candidates);
		assertThat(this.store.lastDecision(this.id)).isNull();
	}

	@Test
	void anAliasIsAddedToTheRegistryTextWithoutRewritingIt() {
		String registry = "- id: a\n  type: City\n  name: A\n  aliases:\n  - Aa\n- id: b\n  type: City\n  name: B\n";
		assertThat(Publisher.withAlias(registry, "a", "A grande"))
			.isEqualTo("- id: a\n  type: City\n  name: A\n  aliases:\n  - Aa\n  - \"A grande\"\n- id: b\n  type: City\n  name: B\n");
		assertThat(Publisher.withAlias(registry, "b", "Be")).endsWith("  name: B\n  aliases:\n  - \"Be\"\n");
		assertThat(List.of(Publisher.withAlias("- id: c\n  name: C\n  aliases: [Ce]\n", "c", "Cé")))
			.containsExactly("- id: c\n  name: C\n  aliases: [Ce, \"Cé\"]\n");
	}

}
