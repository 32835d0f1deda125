package mx.vinculos.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import mx.vinculos.ServiceTestBase;
import mx.vinculos.curation.CurationTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a curator does with the next report, in the system's headless Chromium (no accounts:
 * on loopback everyone may curate): upload its PDF, continue where the review stands, open a
 * correction (its fields filled from the draft), accept event after event, judge the new
 * entities, confirm publishing, and find the new person's page. No console errors, no serious
 * accessibility violation on the curation pages. Screenshots land in {@code target/e2e/}.
 * Publishing writes to a scratch copy of the seeds.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CurationBrowserTests extends ServiceTestBase {

	private static final Path SHOTS = Path.of("target", "e2e");

	private static final Path SEEDS = CurationTests.scratchSeeds();

	private static final String ID = "informe-2022-2";

	@DynamicPropertySource
	static void seeds(DynamicPropertyRegistry registry) {
		registry.add("vinculos.seeds.dir", SEEDS::toString);
	}

	@LocalServerPort
	private int port;

	private Chromium browser;

	@BeforeAll
	void startBrowser() throws Exception {
		this.browser = Chromium.startOrSkip();
	}

	@AfterAll
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	private String base() {
		return "http://127.0.0.1:" + this.port;
	}

	private String text(String selector) {
		return this.browser.eval("(() => { const e = document.querySelector(" + json(selector)
				+ "); return e ? e.textContent.replace(/\\s+/g, ' ').trim() : ''; })()").asString();
	}

	/** Clicks the element and waits for the page it leads to. */
	private void clickAndWait(String selector) {
		int seen = this.browser.eventCount();
		JsonNode clicked = this.browser.eval("(() => { const e = document.querySelector(" + json(selector)
				+ "); if (!e) return false; e.click(); return true; })()");
		assertThat(clicked.asBoolean()).as(selector + " on " + this.browser.url()).isTrue();
		this.browser.waitForLoad(seen);
	}

	private static String json(String s) {
		return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	private List<String> axe() throws Exception {
		this.browser.eval(Files.readString(Path.of("src/test/resources/axe/axe.min.js")));
		List<String> problems = new ArrayList<>();
		this.browser.eval("axe.run(document, {resultTypes: ['violations']}).then(r => r.violations"
				+ ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
				+ ".map(v => v.impact + ' ' + v.id + ': ' + v.help + ' (' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ') + ')'))")
			.forEach(v -> problems.add(this.browser.url() + " → " + v.asString()));
		return problems;
	}

	@Test
	void aCuratorTakesAReportFromItsPdfToTheGraph() throws Exception {
		Chromium b = this.browser;
		List<String> a11y = new ArrayList<>();
		b.open(base() + "/curaduria");
		b.screenshot(SHOTS.resolve("curaduria-lista.png"), false);
		a11y.addAll(axe());

		// the file chosen in the form's own file field, as a person does
		Path pdf = Files.createTempFile("informe-nuevo", ".pdf");
		Files.write(pdf, CurationTests.pdf(CurationTests.REPORT));
		int root = b.send("DOM.getDocument", Map.of()).get("root").get("nodeId").asInt();
		int input = b.send("DOM.querySelector", Map.of("nodeId", root, "selector", "#archivo")).get("nodeId").asInt();
		b.send("DOM.setFileInputFiles", Map.of("nodeId", input, "files", List.of(pdf.toAbsolutePath().toString())));
		clickAndWait(".upload-form button[type=submit]");
		assertThat(b.url()).endsWith("/curaduria/" + ID);
		assertThat(text(".progress label")).matches("Ningún elemento revisado de \\d+ \\(0 %\\)");
		b.screenshot(SHOTS.resolve("curaduria-borrador.png"), false);
		a11y.addAll(axe());

		// where to go on, then the event beside its text
		clickAndWait("main a.button[href*='/eventos/']");
		assertThat(b.url()).endsWith("/curaduria/" + ID + "/eventos/0");
		String title = text("h1");
		assertThat(title).startsWith("Reunión con la Alcaldesa de Bogotá");
		// a correction starts from the draft's own values
		b.eval("document.querySelector('#i-e0 details.correct').open = true");
		assertThat(b.eval("document.getElementById('f-e0-title').value").asString()).isEqualTo(title);
		assertThat(b.eval("document.getElementById('f-e0-line').value").asString()).isNotBlank();
		assertThat(b.eval("document.getElementById('f-e0-startDate').value").asString()).isEqualTo("24/08/2022");
		b.screenshot(SHOTS.resolve("curaduria-evento.png"), false);
		a11y.addAll(axe());

		// accepting an event with all of it moves on, until the overview says all is reviewed
		for (int guard = 0; guard < 10 && b.url().contains("/eventos/"); guard++) {
			clickAndWait("main article.kind-evento button[value=aceptarTodo]");
		}
		assertThat(b.url()).endsWith("/curaduria/" + ID);
		clickAndWait("#i-informe button[value=aceptar]");
		assertThat(text(".progress label")).matches("\\d+ elementos revisados de \\d+ \\(100 %\\)");

		// the new entities, one after another
		b.open(base() + "/curaduria/" + ID + "/entidades");
		b.screenshot(SHOTS.resolve("curaduria-entidades.png"), false);
		a11y.addAll(axe());
		assertThat(text("main")).contains("Zoe Fuentes Ríos");
		for (int guard = 0; guard < 20 && b.eval("document.querySelectorAll('article.review-pending').length").asInt() > 0; guard++) {
			clickAndWait("article.review-pending button[value=nueva]");
		}
		assertThat(text(".progress-line")).matches("Juzgadas: (\\d+) de \\1; no queda ninguna por juzgar.*");
		// without accounts nobody signs a judgement, and the page does not pretend someone did
		b.open(base() + "/curaduria/" + ID + "/entidades?ver=todas");
		assertThat(text("main")).contains("Juzgada entidad nueva (el servicio funciona sin cuentas de usuario).")
			.doesNotContain("por sin cuenta");

		// publishing asks first, then writes and loads
		b.open(base() + "/curaduria/" + ID);
		assertThat(text(".publish")).contains("No queda nada pendiente");
		clickAndWait(".publish button");
		assertThat(text("h1")).isEqualTo("¿Publicar " + ID + "?");
		assertThat(SEEDS.resolve(ID + ".yaml")).doesNotExist();
		b.screenshot(SHOTS.resolve("curaduria-confirmar.png"), false);
		a11y.addAll(axe());
		clickAndWait(".confirm-form button");
		assertThat(text("h1")).isEqualTo(ID + " publicado");
		assertThat(SEEDS.resolve(ID + ".yaml")).exists();
		b.screenshot(SHOTS.resolve("curaduria-publicado.png"), false);

		// the report now answers like the curated ones: the new person's page, with the event
		b.open(base() + "/entidades/zoe-fuentes-rios");
		b.until("document.querySelector('h1') !== null", Duration.ofSeconds(10));
		assertThat(text("h1")).isEqualTo("Zoe Fuentes Ríos");
		assertThat(text("main")).contains("Reunión con la Alcaldesa de Bogotá");
		assertThat(b.errors).as("console errors in the curation flow").isEmpty();
		assertThat(a11y).isEmpty();
	}

}
