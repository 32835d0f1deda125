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

	@org.springframework.beans.factory.annotation.Autowired
	private mx.vinculos.graph.ForeignBodies foreign;

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
		// each event once, as the briefing counts them: the cable-car visits Bogotá took part in and hosted
		// are one row with both ties cited
		Page briefing = get("/briefing", Map.of("sujeto", "Bogotá"));
		java.util.regex.Matcher engagements = java.util.regex.Pattern.compile("Encuentros \\((\\d+)\\)").matcher(briefing.body());
		assertThat(engagements.find()).isTrue();
		assertThat(p.body()).contains("Participación en eventos (" + engagements.group(1) + ")");
		assertThat(p.body().split("href=\"/entidades/s212-visitas-tecnicas-telefericos-colombia\"", -1)).hasSize(2);
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
		assertThat(html).contains("Qué une a Bogotá", "Unión de Ciudades Capitales Iberoamericanas", "class=\"chip\"", "<details>",
				"Evidencia", "data-graph=");
		// the card's own example: the forum Bogotá organised, with Madrid (a UCCI member) and SEMOVI there
		int first = html.indexOf("class=\"connector\"");
		String top = html.substring(first, html.indexOf("</li>", html.indexOf("class=\"why\"", first)));
		assertThat(top).contains("Foro virtual sobre medidas en el sistema de transporte público", "25 de junio de 2020");
		String why = top.substring(top.indexOf("class=\"why\""));
		assertThat(why).contains("Bogotá organizó el foro virtual sobre medidas",
				"(25 de junio de 2020), al que asistió la Secretaría de Movilidad;",
				"Madrid, que es miembro de la Unión de Ciudades Capitales Iberoamericanas, también asistió.")
			.doesNotContain("asistió a Foro", "este evento");
	}

	@Test
	void theDrawingsLegendExplainsOnlyTheColoursDrawnAndNamesForeignBodiesAsSuch() {
		Page p = get("/conexiones", Map.of("entidad", List.of("Bogotá", "UCCI", "Secretaría de Movilidad")));
		String html = p.body();
		String legend = html.substring(html.indexOf("class=\"legend\""), html.indexOf("</ul>", html.indexOf("class=\"legend\"")));
		String graph = html.substring(html.indexOf("data-graph=\""), html.indexOf("\"", html.indexOf("data-graph=\"") + 12));
		// every colour listed is drawn, and every type drawn is listed
		for (String type : List.of("City", "Country", "Agency", "Organization", "Network", "Person", "Project", "Event")) {
			assertThat(legend.contains("t-" + type + "\""))
				.as(type)
				.isEqualTo(graph.contains("&quot;type&quot;:&quot;" + type + "&quot;"));
		}
		// Mexico City's SEMOVI and Bogotá's own secretariat share the Agency colour: the legend says both
		assertThat(legend).contains("Dependencia u organismo público extranjero");
	}

	@Test
	void eachConnectorSaysWhichTiesAreDirectAndWhichGoThroughSomeone() {
		Page p = get("/conexiones", Map.of("entidad", List.of("Bogotá", "UCCI", "Secretaría de Movilidad")));
		String html = p.body();
		int first = html.indexOf("class=\"connector\"");
		String top = html.substring(first, html.indexOf("</ul>", html.indexOf("class=\"ties\"", first)));
		assertThat(top).contains("Une a 3 de las 3 entidades; 2 de forma directa");
		assertThat(top.replaceAll("\\s+", " ")).contains("Bogotá</span>: <strong>vínculo directo</strong>",
				"Unión de Ciudades Capitales Iberoamericanas</span>: <span>a través de</span> <a href=\"/entidades/madrid\">Madrid</a>",
				"Secretaría de Movilidad</span>: <strong>vínculo directo</strong>");
		// not every connector is tied the same way
		assertThat(html).contains("; ninguna de forma directa").doesNotContain("Vincula a 3 de las 3");
	}

	@Test
	void aNameWithACommaStaysOneName() {
		// "Bogotá, Colombia" is one value: the page must not split it into "Bogotá" and "Colombia"
		Page p = get("/conexiones", Map.of("entidad", List.of("Madrid, España", "UCCI")));
		assertFriendlyPage(p);
		assertThat(p.status()).isEqualTo(404);
		assertThat(p.body()).contains("No encontramos «Madrid, España».");
		Page empty = get("/conexiones", Map.of("entidad", List.of("Bogotá, Colombia")));
		assertThat(empty.body()).contains("value=\"Bogotá, Colombia\"", "Elija al menos dos entidades");
	}

	@Test
	void anAmbiguousNameKeepsTheChosenChipsAndOffersCandidatesThatReplaceOnlyIt() {
		Page p = get("/conexiones", Map.of("entidad", List.of("Bogotá", "UCCI", "Embajada"), "desde", "01/01/2020"));
		assertThat(p.status()).isEqualTo(409);
		assertFriendlyPage(p);
		String html = p.body();
		// the good chips are still chosen (sent again with the form), the bad one is marked
		assertThat(html).contains("name=\"entidad\" value=\"Bogotá\"", "name=\"entidad\" value=\"UCCI\"", "class=\"chip bad\"",
				"«Embajada» puede referirse a varias entidades.", "¿Se refiere a alguna de estas?", "Embajada del Reino Unido en México")
			.doesNotContain("name=\"entidad\" value=\"Embajada\"", "Elija al menos dos entidades");
		// a candidate replaces only the bad name, by id, and keeps the period
		assertThat(html).contains(
				"href=\"/conexiones?entidad=Bogot%C3%A1&amp;entidad=UCCI&amp;entidad=embajada-del-reino-unido-en-mexico&amp;desde=2020-01-01\"");

		Page unknown = get("/conexiones", Map.of("entidad", List.of("Bogotá", "UCCI", "Narnia Madrid")));
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.body()).contains("No encontramos «Narnia Madrid».", "Revise cómo está escrito",
				"name=\"entidad\" value=\"UCCI\"");
	}

	@Test
	void theCandidatesSayHowManyThereAreAndHowToNarrow() {
		Page p = get("/conexiones", Map.of("entidad", List.of("Bogotá", "Embajada")));
		assertThat(p.status()).isEqualTo(409);
		String html = p.body();
		int listed = html.split("<ul class=\"candidates\"", 2)[1].split("</ul>", 2)[0].split("<li").length - 1;
		assertThat(listed).isEqualTo(10);
		// the page says it lists only some of them, and how to narrow
		assertThat(html).containsPattern("Se muestran 10 de las (1[1-9]|[2-9]\\d|\\d{3}) entidades que coinciden con ese nombre.")
			.contains("escriba un nombre más completo en «Añadir entidad»", "href=\"/buscar?q=Embajada\"");
		var api = this.http.get("/api/connect", Map.of("entity", List.of("Bogotá", "Embajada")));
		assertThat(api.json().get("candidatesTotal").asInt()).isGreaterThan(10);
		assertThat(api.json().get("candidates").size()).isEqualTo(10);
		// a name with few namesakes lists them all and says nothing more
		Page few = get("/conexiones", Map.of("entidad", List.of("Bogotá", "UCCI", "Claudia")));
		assertThat(few.body()).doesNotContain("Se muestran");
	}

	@Test
	void aForeignCitysBodiesAreTheBodiesOfItsGovernmentNotDependencias() {
		String bogota = get("/entidades/bogota", Map.of()).body();
		assertThat(bogota).contains("<h2>Organismos de su gobierno</h2>", "Secretaría de Movilidad de Bogotá")
			.doesNotContain("Dependencias y unidades");
		// a plain membership says nothing more under "Membresías"
		assertThat(bogota).contains("Red de Destinos Turísticos Latinos").doesNotContain("(miembro)");
		assertThat(get("/entidades/ciudad-de-mexico", Map.of()).body()).contains("<h2>Dependencias y unidades</h2>");
		// a country's bodies and the places in it are two lists
		String colombia = get("/entidades/colombia", Map.of()).body();
		assertThat(colombia).contains("<h2>Organismos de su gobierno</h2>", "<h2>En su territorio</h2>")
			.doesNotContain("Dependencias y unidades");
		assertThat(colombia.split("<h2>En su territorio</h2>", 2)[1].split("</section>", 2)[0]).contains("Medellín")
			.doesNotContain("ProColombia");
	}

	@Test
	void searchSaysWhenItListsOnlyTheClosestResults() {
		String many = get("/buscar", Map.of("q", "embajada")).body();
		assertThat(many).contains("30 resultados", "Se muestran los más parecidos; hay más. Para acotar");
		String few = get("/buscar", Map.of("q", "bogota")).body();
		assertThat(few).doesNotContain("hay más");
	}

	@Test
	void anEventIsHeldInACityItDoesNotFormPartOfIt() {
		String event = get("/entidades/s201-taller-alianza-contrataciones-abiertas", Map.of()).body();
		assertThat(event).contains("<h2>Sede y marco</h2>", "Sede").doesNotContain("Forma parte de");
		assertThat(get("/entidades/bogota", Map.of()).body()).contains("<h2>Forma parte de</h2>");
	}

	@Test
	void anEntityPageAsksWhichBodiesAreForeignOnce() {
		get("/entidades/ciudad-de-mexico", Map.of());
		long before = this.foreign.reads();
		Page cdmx = get("/entidades/ciudad-de-mexico", Map.of());
		// dozens of bodies labelled, one query
		assertThat(this.foreign.reads() - before).isEqualTo(1);
		assertThat(cdmx.body()).contains("Dependencia");
		before = this.foreign.reads();
		get("/entidades/bogota", Map.of());
		assertThat(this.foreign.reads() - before).isEqualTo(1);
		before = this.foreign.reads();
		Page embassies = get("/buscar", Map.of("q", "embajada"));
		assertThat(this.foreign.reads() - before).isEqualTo(1);
		assertThat(embassies.body()).contains("Organismo público extranjero");
		before = this.foreign.reads();
		get("/conexiones", Map.of("entidad", List.of("Bogotá", "Embajada")));
		assertThat(this.foreign.reads() - before).isEqualTo(1);
	}

	@Test
	void theConnectHeadingNamesEachEntityWithItsArticle() {
		Page p = get("/conexiones", Map.of("entidad", List.of("Reino Unido", "Bogotá")));
		assertThat(p.status()).isEqualTo(200);
		assertThat(p.body()).contains("<h1>Qué une al Reino Unido y Bogotá</h1>");
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
		assertThat(bad.body()).contains("«Desde» debe ser una fecha escrita como día/mes/año (dd/mm/aaaa)", "se recibió «ayer»");
		Page impossible = get("/conexiones", Map.of("entidad", List.of("Bogotá", "UCCI"), "hasta", "31/02/2021"));
		assertThat(impossible.status()).isEqualTo(400);
	}

	@Test
	void periodInputsReadAndAcceptDayMonthYear() {
		// what the form sends (dd/mm/aaaa) means the same as the ISO dates links carry
		Page typed = get("/conexiones",
				Map.of("entidad", List.of("Bogotá", "UCCI", "Secretaría de Movilidad"), "tipo", "Event", "desde", "01/07/2021"));
		Page iso = get("/conexiones",
				Map.of("entidad", List.of("Bogotá", "UCCI", "Secretaría de Movilidad"), "tipo", "Event", "desde", "2021-07-01"));
		assertThat(typed.status()).isEqualTo(200);
		String list = typed.body().substring(typed.body().indexOf("class=\"connectors\""));
		assertThat(list).isEqualTo(iso.body().substring(iso.body().indexOf("class=\"connectors\"")));
		// the inputs are shown day first, with the format said, never the browser's mm/dd/yyyy date widget
		assertThat(iso.body()).contains("name=\"desde\" type=\"text\"", "value=\"01/07/2021\"", "placeholder=\"dd/mm/aaaa\"",
				"Fechas como día/mes/año").doesNotContain("type=\"date\"");
	}

	@Test
	void anUnknownPageAddressIsAFriendlySpanishPageButTheApiStaysJson() {
		Page page = get("/no-existe", Map.of());
		assertThat(page.status()).isEqualTo(404);
		assertFriendlyPage(page);
		assertThat(page.body()).contains("No existe esa página", "name=\"q\"", "href=\"/\"", "English");
		Page api = get("/api/no-existe", Map.of());
		assertThat(api.status()).isEqualTo(404);
		assertThat(api.contentType()).startsWith("application/problem+json");
		var json = this.http.get("/no-existe", Map.of());
		assertThat(json.contentType()).startsWith("application/problem+json");
	}

	@Test
	void aliasesAreShownOnceAndAcronymsInCapitals() {
		Page ucci = get("/entidades/union-de-ciudades-capitales-iberoamericanas", Map.of());
		assertThat(ucci.body()).contains("También conocido como UCCI").doesNotContain("UCCI, ucci", ">ucci<");
		Page connect = get("/conexiones", Map.of("entidad", List.of("Bogotá", "UCCI", "Secretaría de Movilidad")));
		// names, sentences and the drawing's labels; the evidence keeps the report's exact words
		String shown = connect.body().replaceAll("(?s)<blockquote>.*?</blockquote>", "").replaceAll("title=\"[^\"]*\"", "")
			.replaceAll("cita=[^\"]*", "");
		assertThat(shown).contains("Pasantía del Proyecto UCCI").doesNotContain("Proyecto ucci");
		Page semovi = get("/entidades/secretaria-de-movilidad", Map.of());
		assertThat(semovi.body()).contains("SEMOVI").doesNotContain("Semovi,");
	}

	@Test
	void pagesCarryTheAliasesTheReportsUse() {
		Page search = get("/buscar", Map.of("q", "embajada britanica"));
		assertThat(search.body()).contains("Embajada del Reino Unido en México", "Encontrado como", "<mark>Embajada Británica",
				"Embajada Británica en México");
		Page entity = get("/entidades/embajada-del-reino-unido-en-mexico", Map.of());
		assertThat(entity.body()).contains("También conocido como Embajada Británica en México");
		// a funder is named with the spellings the reports use for it
		Page funded = get("/entidades/tianguis-digital-salida-a-datos-abiertos-conforme-al-estandar-de-datos-para-contrataciones-abiertas-edca-segundo-alcance",
				Map.of());
		assertThat(funded.body()).contains("Embajada del Reino Unido en México</a><span class=\"muted\"> (también: Embajada Británica en México");
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
	void aBriefingOnOneEngagementSaysItInOneSentence() {
		Page p = get("/briefing", Map.of("sujeto", "Budapest"));
		assertThat(p.status()).isEqualTo(200);
		String summary = p.body().substring(p.body().indexOf("Resumen"), p.body().indexOf("</p>", p.body().indexOf("Resumen")))
			.replaceAll("\\s+", " ");
		assertThat(summary).contains("Un encuentro registrado: Videoconferencia con el alcalde de Berlín")
			.doesNotContain("Fue:", "encuentros registrados");
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
		assertThat(near.body()).contains("No encontramos «Ciudad Gótica de Narnia».", "name=\"entidad\" value=\"Bogotá\"");

		Page entity = get("/entidades/no-existe-nada", Map.of());
		assertThat(entity.status()).isEqualTo(404);
		assertFriendlyPage(entity);
	}

	@Test
	void foreignGovernmentBodiesAreNoDependenciaOnAnyPage() {
		String foreign = "Organismo público extranjero";
		Page results = get("/buscar", Map.of("q", "embajada"));
		assertThat(results.status()).isEqualTo(200);
		// every embassy found is badged foreign; "Dependencia" is kept for Mexico's own bodies
		String embassy = results.body().replaceAll("(?s).*?(<li[^>]*>\\s*<a[^>]*href=\"/entidades/embajada-del-reino-unido-en-mexico\".*?</li>).*", "$1");
		assertThat(embassy).contains(foreign).doesNotContain("Dependencia");

		Page page = get("/entidades/embajada-del-reino-unido-en-mexico", Map.of());
		assertThat(page.body().replaceAll("(?s).*<p class=\"type-line\">(.*?)</p>.*", "$1")).contains(foreign)
			.doesNotContain("Dependencia");
		Page semovi = get("/entidades/secretaria-de-movilidad", Map.of());
		assertThat(semovi.body().replaceAll("(?s).*<p class=\"type-line\">(.*?)</p>.*", "$1")).contains("Dependencia");

		Page ambiguous = get("/briefing", Map.of("sujeto", "Embajada"));
		assertFriendlyPage(ambiguous);
		assertThat(ambiguous.body()).contains("embajada-del-reino-unido-en-mexico", foreign,
				"«Embajada» coincide con varios nombres");

		Page briefing = get("/briefing", Map.of("sujeto", "Embajada del Reino Unido en México"));
		assertThat(briefing.body()).contains("(<span>" + foreign + "</span>)");
	}

	@Test
	void personTitlesShowTheirAcronymsInCapitals() {
		Page person = get("/entidades/javier-mora", Map.of());
		assertThat(person.status()).isEqualTo(200);
		// the title as shown; the cited quote keeps the report's own spelling
		String shown = "Asesor del Instituto para la Economía Social (IPES) de la Alcaldía Mayor de Bogotá";
		assertThat(person.body()).contains("<span>" + shown + "</span>").doesNotContain(">" + shown.replace("IPES", "ipes"));
		assertThat(person.body()).contains("title=\"el Asesor del Instituto para la Economía Social (ipes)");
		Page briefing = get("/briefing", Map.of("sujeto", "Instituto para la Economía Social"));
		assertThat(briefing.body()).contains("Economía Social (IPES)").doesNotContain(">" + shown.replace("IPES", "ipes"));
	}

	@Test
	void withNoAccountsEveryoneMayCurateAndIsOfferedTheCuratorsLink() {
		// the loopback-only default lets anyone in: the link says what the security rules do
		assertThat(get("/curaduria", Map.of()).status()).isEqualTo(200);
		for (String page : List.of("/", "/entidades/no-existe-nada", "/buscar")) {
			assertThat(get(page, Map.of()).body()).as(page).contains("href=\"/curaduria\"");
		}
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
	void theLanguageSwitchIsBuiltForPagesOnly() {
		// JSON answers have no switch to draw: the advice must not run for the API's controllers
		var advice = LanguageLinks.class.getAnnotation(org.springframework.web.bind.annotation.ControllerAdvice.class);
		assertThat(advice.annotations()).containsExactly(PageController.class);
		assertThat(get("/entidades/bogota", Map.of()).body()).contains("lang=en");
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
