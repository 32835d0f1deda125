package mx.vinculos.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import mx.vinculos.ServiceTestBase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a protocol officer does, in the system's headless Chromium: search, open an entity,
 * its briefing, print it; connect three entities and click a connector in the drawing. No
 * console errors anywhere, and no serious accessibility violation (axe-core) on any page.
 * Screenshots land in {@code target/e2e/}. Skipped, saying so, where no Chromium is found
 * ({@code .ci/run} installs Debian's).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTests extends ServiceTestBase {

	private static final Path SHOTS = Path.of("target", "e2e");

	private static final String CONNECT = "/conexiones?entidad=" + enc("Bogotá") + "&entidad=UCCI&entidad=" + enc("Secretaría de Movilidad");

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

	@BeforeEach
	void clean() {
		this.browser.clearErrors();
	}

	private String base() {
		return "http://127.0.0.1:" + this.port;
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	private void noConsoleErrors(String where) {
		assertThat(this.browser.errors).as("console errors on " + where).isEmpty();
	}

	/** Clicks the first link with that exact visible text and waits for the next page. */
	private void clickLink(String selector, String text) {
		int seen = this.browser.eventCount();
		JsonNode clicked = this.browser.eval("(() => { const a = [...document.querySelectorAll(" + json(selector)
				+ ")].find(x => x.textContent.trim() === " + json(text) + "); if (!a) return false; a.click(); return true; })()");
		assertThat(clicked.asBoolean()).as("link '" + text + "' on " + this.browser.url()).isTrue();
		this.browser.waitForLoad(seen);
	}

	private static String json(String s) {
		return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	@Test
	void searchFindsBogotaOpensItsPageAndItsBriefingAndPrintsIt() throws Exception {
		Chromium b = this.browser;
		b.open(base() + "/");
		b.screenshot(SHOTS.resolve("inicio.png"), false);
		// typing offers suggestions from the API
		b.eval("document.getElementById('q').focus()");
		b.send("Input.insertText", java.util.Map.of("text", "bogota"));
		b.until("document.querySelectorAll('#sugerencias-q option').length > 0", Duration.ofSeconds(10));
		assertThat(b.eval("[...document.querySelectorAll('#sugerencias-q option')].map(o => o.value).join('|')").asString())
			.contains("Bogotá");
		int seen = b.eventCount();
		b.eval("document.querySelector('form.search').requestSubmit()");
		b.waitForLoad(seen);
		assertThat(b.url()).contains("/buscar?q=bogota");
		b.screenshot(SHOTS.resolve("buscar.png"), false);

		clickLink(".results a.name", "Bogotá");
		assertThat(b.url()).endsWith("/entidades/bogota");
		assertThat(b.eval("document.querySelector('h1').textContent").asString()).isEqualTo("Bogotá");
		b.until("document.querySelector('.drawing') && document.querySelector('.drawing').dataset.drawn === 'true'",
				Duration.ofSeconds(30));
		b.screenshot(SHOTS.resolve("entidad.png"), false);

		clickLink("a.button", "Ver ficha informativa");
		assertThat(b.url()).contains("/briefing?sujeto=Bogot");
		assertThat(b.eval("document.querySelector('h1').textContent").asString()).isEqualTo("Ficha informativa: Bogotá");
		b.screenshot(SHOTS.resolve("ficha.png"), false);
		byte[] pdf = b.printToPdf();
		Files.createDirectories(SHOTS);
		Files.write(SHOTS.resolve("ficha-impresa.pdf"), pdf);
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		assertThat(pdf.length).isGreaterThan(20_000);
		noConsoleErrors("search → entity → briefing");
	}

	@Test
	void connectingBogotaUcciAndSemoviDrawsTheTopConnectorsAndAClickOpensOne() throws Exception {
		Chromium b = this.browser;
		b.open(base() + CONNECT);
		b.until("document.querySelector('.drawing') && document.querySelector('.drawing').dataset.drawn === 'true'",
				Duration.ofSeconds(30));
		List<String> listed = new ArrayList<>();
		b.eval("[...document.querySelectorAll('.connector')].slice(0, 5).map(li => li.id.substring(2))")
			.forEach(n -> listed.add(n.asString()));
		assertThat(listed).hasSize(5);
		for (String id : listed) {
			assertThat(b.eval("document.querySelector('.drawing').cy.getElementById(" + json(id) + ").length").asInt())
				.as("connector " + id + " drawn").isEqualTo(1);
		}
		b.eval("document.querySelector('.drawing').scrollIntoView({block: 'center'})");
		b.screenshot(SHOTS.resolve("conexiones.png"), false);
		// a real click on the top connector's node, where the canvas draws it
		String top = listed.get(0);
		JsonNode at = b.eval("(() => { const box = document.querySelector('.drawing'); const r = box.getBoundingClientRect();"
				+ " const p = box.cy.getElementById(" + json(top) + ").renderedPosition();"
				+ " return {x: r.left + p.x, y: r.top + p.y}; })()");
		int seen = b.eventCount();
		b.click(at.get("x").asDouble(), at.get("y").asDouble());
		b.waitForLoad(seen);
		assertThat(b.url()).endsWith("/entidades/" + top);
		noConsoleErrors("connect → click a connector");
	}

	@Test
	void anAmbiguousNameKeepsTheOtherChipsAndADayFirstPeriodWorks() throws Exception {
		Chromium b = this.browser;
		b.open(base() + "/conexiones?entidad=" + enc("Bogotá") + "&entidad=UCCI&entidad=Embajada");
		assertThat(b.eval("document.querySelectorAll('.chip').length").asInt()).isEqualTo(3);
		assertThat(b.eval("document.querySelector('.bad-name').textContent").asString()).contains("«Embajada»");
		b.screenshot(SHOTS.resolve("conexiones-candidatos.png"), false);
		// the page answers 409 on purpose (the name is ambiguous), which the browser logs
		b.clearErrors();
		clickLink(".bad-name a", "Embajada del Reino Unido en México");
		assertThat(b.eval("[...document.querySelectorAll('.chip span')].map(s => s.textContent).join('|')").asString())
			.isEqualTo("Bogotá|Unión de Ciudades Capitales Iberoamericanas|Embajada del Reino Unido en México");
		// the period typed day first, as a person in Mexico writes it
		b.eval("document.querySelector('details.filters').open = true; document.getElementById('desde').value = '01/07/2021'");
		int seen = b.eventCount();
		b.eval("document.querySelector('form.connect-form').requestSubmit()");
		b.waitForLoad(seen);
		assertThat(b.url()).contains("desde=01%2F07%2F2021");
		assertThat(b.eval("document.getElementById('desde').value").asString()).isEqualTo("01/07/2021");
		assertThat(b.eval("document.querySelector('h1').textContent").asString()).startsWith("Qué une a Bogotá");
		noConsoleErrors("connect with an ambiguous name, then a period");
	}

	@Test
	void noPageHasSeriousAccessibilityViolations() throws Exception {
		String axe = Files.readString(Path.of("src/test/resources/axe/axe.min.js"));
		List<String> pages = List.of("/", "/buscar?q=bogota", "/entidades/bogota", "/entidades/s201-taller-alianza-contrataciones-abiertas",
				CONNECT, "/conexiones", "/briefing?sujeto=" + enc("Bogotá"), "/briefing",
				"/fuentes/informe-2021-2?linea=124&cita=" + enc("Claudia López, Alcaldesa de Bogotá"),
				"/entidades/no-existe-nada", "/no-existe", "/conexiones?entidad=UCCI&entidad=Embajada");
		List<String> problems = new ArrayList<>();
		for (String page : pages) {
			this.browser.open(base() + page);
			this.browser.eval(axe);
			JsonNode violations = this.browser.eval("axe.run(document, {resultTypes: ['violations']}).then(r => r.violations"
					+ ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
					+ ".map(v => v.impact + ' ' + v.id + ': ' + v.help + ' (' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ') + ')'))");
			violations.forEach(v -> problems.add(page + " → " + v.asString()));
		}
		assertThat(problems).isEmpty();
	}

}
