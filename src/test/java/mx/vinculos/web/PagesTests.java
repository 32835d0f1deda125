package mx.vinculos.web;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import mx.vinculos.ServiceTestBase;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages as served, on the real loaded reports: each route answers in Spanish (English
 * on request), with its content in the HTML itself (no JavaScript needed), and bad input
 * gets a friendly page, never JSON or a stack trace.
 */
class PagesTests extends ServiceTestBase {

	private static final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	private int port;

	record Page(int status, String contentType, String body, byte[] bytes, String location) {
	}

	private Page get(String path, String language, Map<String, ?> params) {
		String query = params.entrySet().stream().flatMap(e -> {
			List<?> values = e.getValue() instanceof List<?> l ? l : List.of(e.getValue());
			return values.stream().map(v -> enc(e.getKey()) + "=" + enc(String.valueOf(v)));
		}).collect(Collectors.joining("&"));
		HttpRequest.Builder r = HttpRequest.newBuilder(
				URI.create("http://127.0.0.1:" + this.port + path + (query.isEmpty() ? "" : "?" + query)))
			.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
		if (language != null) {
			r.header("Accept-Language", language);
		}
		try {
			HttpResponse<byte[]> res = client.send(r.build(), HttpResponse.BodyHandlers.ofByteArray());
			return new Page(res.statusCode(), res.headers().firstValue("Content-Type").orElse(""),
					new String(res.body(), StandardCharsets.UTF_8), res.body(),
					res.headers().firstValue("Location").orElse(null));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Page get(String path, Map<String, ?> params) {
		return get(path, null, params);
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	private static void assertFriendlyPage(Page p) {
		assertThat(p.contentType()).startsWith("text/html");
		assertThat(p.body()).contains("<html", "lang=\"es\"").doesNotContain("Exception", "at mx.vinculos", "\"status\":");
	}

	@Test
	void aBrowserSetToEnglishCanSwitchBackToSpanishAndTheChoiceIsRemembered() throws Exception {
		Page english = get("/briefing", "en-US,en;q=0.9", Map.of("sujeto", "Bogotá"));
		assertThat(english.body()).contains("lang=\"en\"").contains("Español");
		// the switch keeps the page's own parameters
		assertThat(english.body()).contains("/briefing?sujeto=Bogot%C3%A1&amp;lang=es");

		HttpRequest choose = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/briefing?sujeto=Bogot%C3%A1&lang=es"))
			.header("Accept-Language", "en-US,en;q=0.9")
			.build();
		HttpResponse<String> chosen = client.send(choose, HttpResponse.BodyHandlers.ofString());
		assertThat(chosen.body()).contains("Ficha informativa: Bogotá");
		String cookie = chosen.headers().firstValue("Set-Cookie").orElseThrow();
		assertThat(cookie).startsWith("vinculos-idioma=es");

		HttpRequest later = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/briefing.pdf?sujeto=Bogot%C3%A1"))
			.header("Accept-Language", "en-US,en;q=0.9")
			.header("Cookie", cookie.split(";")[0])
			.build();
		HttpResponse<byte[]> pdf = client.send(later, HttpResponse.BodyHandlers.ofByteArray());
		try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
			assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains("Ficha informativa: Bogotá", "Generada el");
		}
	}

	@Test
	void springsOwnRefusalsAreSpanishProblems() {
		var unknown = this.http.get("/no-existe", Map.of());
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.json().get("title").asString()).isEqualTo("No encontrado");
		assertThat(unknown.json().get("detail").asString()).startsWith("No hay nada en la dirección /no-existe");
		var unreadable = this.http.post("/api/cypher", "{bad");
		assertThat(unreadable.status()).isEqualTo(400);
		assertThat(unreadable.json().get("detail").asString()).contains("debe ser JSON válido");
	}

	@Test
	void theStartPageSaysWhatIsLoadedAndOffersTheSearch() {
		Page p = get("/", Map.of());
		assertThat(p.status()).isEqualTo(200);
		assertFriendlyPage(p);
		assertThat(p.body()).contains("Buscar en las relaciones internacionales", "name=\"q\"", "enero-junio 2020",
				"1 de enero de 2020", "114 eventos", "229 eventos", "Contrapartes más frecuentes", "/entidades/bogota");
	}

	@Test
	void searchForgivesAccentsAndListsTheBestMatchFirst() {
		Page p = get("/buscar", Map.of("q", "bogota"));
		assertThat(p.status()).isEqualTo(200);
		assertThat(p.body()).contains("Resultados para «bogota»", "Ciudad");
		int bogota = p.body().indexOf("href=\"/entidades/bogota\"");
		assertThat(bogota).isPositive();
		assertThat(p.body().indexOf("href=\"/entidades/", p.body().indexOf("class=\"results\""))).isEqualTo(bogota);

		Page none = get("/buscar", Map.of("q", "zzxxqqww"));
		assertThat(none.status()).isEqualTo(200);
		assertThat(none.body()).contains("Ningún resultado", "No encontramos nada parecido a «zzxxqqww»");
	}

	@Test
	void anEntityPageShowsPeoplePartnersEventsInOrderAndCitesItsSources() {
		Page p = get("/entidades/bogota", Map.of());
		assertThat(p.status()).isEqualTo(200);
		assertThat(p.body()).contains("<h1>Bogotá</h1>", "Claudia López", "Alcaldesa de Bogotá", "Contrapartes principales",
				"Participación en eventos", "asistente", "/fuentes/informe-2021-2?linea=124",
				"/api/export?format=graphml&amp;subject=bogota", "data-graph=");
		// dates in words, in order
		int may = p.body().indexOf("de mayo de 2020");
		int december = p.body().indexOf("de diciembre de 2021");
		assertThat(may).isPositive();
		assertThat(december).isGreaterThan(may);
		assertThat(p.body()).doesNotContain("attendee", "organizer", "2020-05-13");
	}

	@Test
	void anEntityAskedForByNameRedirectsToItsPage() {
		Page p = get("/entidades/semovi", Map.of());
		assertThat(p.status()).isEqualTo(302);
		assertThat(p.location()).endsWith("/entidades/secretaria-de-movilidad");
	}

	@Test
	void theConnectPageExplainsWhyBogotaUcciAndSemoviAreTied() {
		Page p = get("/conexiones", Map.of("entidad", List.of("Bogotá", "UCCI", "Secretaría de Movilidad")));
		assertThat(p.status()).isEqualTo(200);
		assertFriendlyPage(p);
		String html = p.body();
		assertThat(html).contains("Qué une a Bogotá", "Unión de Ciudades Capitales Iberoamericanas", "class=\"chip\"",
				"Vincula a 3 de las 3 entidades", "<details>", "Evidencia", "data-graph=");
		// the card's own example: the forum Bogotá organised, with Madrid (a UCCI member) and SEMOVI there
		int first = html.indexOf("class=\"connector\"");
		String top = html.substring(first, html.indexOf("</li>", html.indexOf("class=\"why\"", first)));
		assertThat(top).contains("Foro virtual sobre medidas en el sistema de transporte público", "25 de junio de 2020");
		String why = top.substring(top.indexOf("class=\"why\""));
		assertThat(why).contains("Bogotá organizó este evento", "Madrid asistió a", "Madrid es miembro de Unión de Ciudades Capitales Iberoamericanas",
				"Secretaría de Movilidad asistió a este evento");
	}

	@Test
	void aNameWithACommaStaysOneName() {
		// "Bogotá, Colombia" is one value: the page must not split it into "Bogotá" and "Colombia"
		Page p = get("/conexiones", Map.of("entidad", List.of("Madrid, España", "UCCI")));
		assertFriendlyPage(p);
		assertThat(p.status()).isEqualTo(404);
		assertThat(p.body()).contains("Ninguna entidad se llama &#39;Madrid, España&#39;");
		Page empty = get("/conexiones", Map.of("entidad", List.of("Bogotá, Colombia")));
		assertThat(empty.body()).contains("value=\"Bogotá, Colombia\"", "Elija al menos dos entidades");
	}

	@Test
	void theConnectPageFiltersByKindAndPeriod() {
		Page events = get("/conexiones",
				Map.of("entidad", List.of("Bogotá", "UCCI", "Secretaría de Movilidad"), "tipo", "Event", "desde", "2021-07-01"));
		assertThat(events.status()).isEqualTo(200);
		assertThat(events.body()).doesNotContain("Foro virtual sobre medidas en el sistema de transporte público");
		Page bad = get("/conexiones", Map.of("entidad", List.of("Bogotá", "UCCI"), "desde", "ayer"));
		assertThat(bad.status()).isEqualTo(400);
		assertFriendlyPage(bad);
		assertThat(bad.body()).contains("debe ser una fecha");
	}

	@Test
	void theBriefingIsInSpanishWithDatesInWordsAndASummary() {
		Page p = get("/briefing", Map.of("sujeto", "Bogotá"));
		assertThat(p.status()).isEqualTo(200);
		assertThat(p.body()).contains("Ficha informativa: Bogotá", "Resumen", "encuentros registrados", "Quiénes son",
				"Encuentros (", "Por la contraparte", "Por la Ciudad de México", "Acuerdos", "Financiamiento", "Personas a conocer", "Fuentes",
				"en negociación", "del 13 al 20 de mayo de 2020", "Descargar PDF");
		assertThat(p.body()).doesNotContain("Who they are", "Our side", "in-negotiation", "[attendee]");
	}

	@Test
	void theBriefingPdfIsA4WithPageNumbersAndTheSubjectInTheHeader() throws Exception {
		Page p = get("/briefing.pdf", Map.of("sujeto", "Bogotá"));
		assertThat(p.status()).isEqualTo(200);
		assertThat(p.contentType()).isEqualTo("application/pdf");
		try (PDDocument pdf = Loader.loadPDF(p.bytes())) {
			assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
			assertThat(pdf.getPage(0).getMediaBox().getWidth()).isBetween(594f, 597f);
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			String text = stripper.getText(pdf);
			assertThat(text).contains("Ficha informativa: Bogotá", "Generada el", "Página 1 de " + pdf.getNumberOfPages(),
					"Claudia López");
		}
	}

	@Test
	void englishOnRequest() {
		Page p = get("/briefing", "en-US,en;q=0.9", Map.of("sujeto", "Bogotá"));
		assertThat(p.body()).contains("Briefing: Bogotá", "Who they are", "Our side", "May 13 to May 20, 2020")
			.doesNotContain("Quiénes son");
		Page md = get("/api/briefing", Map.of("subject", "Bogotá", "format", "markdown"));
		assertThat(md.body()).startsWith("# Ficha informativa: Bogotá").contains("## Encuentros (", "asistente");
	}

	@Test
	void theSourceViewHighlightsTheQuoteAtItsLine() {
		Page p = get("/fuentes/informe-2021-2", Map.of("linea", 124, "cita", "Claudia López, Alcaldesa de Bogotá"));
		assertThat(p.status()).isEqualTo(200);
		assertThat(p.body()).contains("<mark>Claudia López, Alcaldesa de Bogotá</mark>", "id=\"l124\"", "línea 124");

		Page bad = get("/fuentes/informe-2021-2", Map.of("linea", "muchas"));
		assertThat(bad.status()).isEqualTo(400);
		assertFriendlyPage(bad);
		Page unknown = get("/fuentes/informe-1999-1", Map.of("linea", 3));
		assertThat(unknown.status()).isEqualTo(404);
		assertFriendlyPage(unknown);
		assertThat(unknown.body()).contains("No existe el informe «informe-1999-1»");
	}

	@Test
	void unknownAndAmbiguousNamesGetAFriendlyPageWithCandidates() {
		Page unknown = get("/briefing", Map.of("sujeto", "Bogotaa Narnia"));
		assertThat(unknown.status()).isEqualTo(404);
		assertFriendlyPage(unknown);
		assertThat(unknown.body()).contains("No encontramos ese nombre", "Ninguna entidad se llama");

		Page near = get("/conexiones", Map.of("entidad", List.of("Bogotá", "Ciudad Gótica de Narnia")));
		assertThat(near.status()).isEqualTo(404);
		assertFriendlyPage(near);

		Page entity = get("/entidades/no-existe-nada", Map.of());
		assertThat(entity.status()).isEqualTo(404);
		assertFriendlyPage(entity);
	}

	@Test
	void apiProblemsSpeakSpanishByDefaultAndEnglishOnRequest() {
		Page es = get("/api/connect", Map.of("entity", "Bogotá"));
		assertThat(es.status()).isEqualTo(400);
		assertThat(es.body()).contains("\"detail\":\"Indique de 2 a 6 entidades", "\"title\":\"Solicitud incorrecta\"");
		Page en = get("/api/connect", "en", Map.of("entity", "Bogotá"));
		assertThat(en.body()).contains("\"detail\":\"Give 2 to 6 entities");
	}

	@Test
	void pagesWorkWithoutJavaScript() {
		// everything the drawing shows is also in the HTML as links
		Page p = get("/conexiones", Map.of("entidad", List.of("Bogotá", "UCCI", "Secretaría de Movilidad")));
		assertThat(p.body()).contains("<noscript>", "href=\"/entidades/");
		Page form = get("/conexiones", Map.of("entidad", "Bogotá"));
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body()).contains("Elija al menos dos entidades", "name=\"entidad\"");
	}

}
