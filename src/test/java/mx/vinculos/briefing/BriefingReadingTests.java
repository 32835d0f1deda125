package mx.vinculos.briefing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mx.vinculos.ServiceTestBase;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The briefing as a protocol officer reads it, printed: one title per person, a summary that
 * keeps to the period, no sentence quoted twice, numbers and names that read well, candidates
 * that lead to a briefing, and a PDF without pages of sources.
 */
class BriefingReadingTests extends ServiceTestBase {

	@LocalServerPort
	private int port;

	private JsonNode json(Map<String, ?> params) {
		var r = this.http.get("/api/briefing", params);
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		return r.json();
	}

	private String markdown(Map<String, ?> params) {
		Map<String, Object> p = new java.util.LinkedHashMap<>(params);
		p.put("format", "markdown");
		var r = this.http.get("/api/briefing", p);
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		return r.body();
	}

	@Test
	void aPersonHasOneTitleAcrossTheBriefing() {
		// the report calls Andrés Lajous "titular de Movilidad" at the meeting, the registry "Secretario de Movilidad"
		JsonNode b = json(Map.of("subject", "Reino Unido", "from", "2021-07-01"));
		Set<String> lajous = new HashSet<>();
		Set<String> sheinbaum = new HashSet<>();
		b.get("engagements").forEach(e -> List.of("theirSide", "ourSide", "others").forEach(side -> e.get(side).forEach(p -> {
			if (p.get("id").asString().equals("andres-lajous")) {
				lajous.add(p.get("title").asString());
			}
			if (p.get("id").asString().equals("claudia-sheinbaum-pardo")) {
				sheinbaum.add(p.get("title").asString());
			}
		})));
		b.get("people").get("ours").forEach(p -> {
			if (p.get("id").asString().equals("andres-lajous")) {
				lajous.add(p.get("title").asString());
			}
		});
		assertThat(lajous).containsExactly("Secretario de Movilidad");
		// the title that names the office, not "titular de la Jefatura de Gobierno"
		assertThat(sheinbaum).hasSize(1).allMatch(t -> t.startsWith("Jefa de Gobierno"));
		String md = markdown(Map.of("subject", "Reino Unido", "from", "2021-07-01"));
		assertThat(md).contains("Andrés Lajous, Secretario de Movilidad", "Andrés Lajous: Secretario de Movilidad")
			.doesNotContain("Lajous, titular de Movilidad", "Sheinbaum Pardo, titular de la Jefatura");
	}

	@Test
	void theSummaryKeepsToThePeriod() {
		JsonNode all = json(Map.of("subject", "Reino Unido"));
		assertThat(BriefingTests.names(all, all.get("people").get("theirs"))).contains("Sadiq Khan");
		// Sadiq Khan is cited in 2020-1 only: not a key person of a briefing from July 2021
		JsonNode late = json(Map.of("subject", "Reino Unido", "from", "2021-07-01"));
		assertThat(late.get("people").toString()).doesNotContain("sadiq-khan");
		assertThat(late.get("nodes").toString()).doesNotContain("Sadiq Khan");
		late.get("subjects").get(0).get("positions")
			.forEach(p -> assertThat(p.get("evidence").get("source").asString()).isEqualTo("informe-2021-2"));
		late.get("people").get("ours").forEach(p -> p.get("positions")
			.forEach(pos -> assertThat(pos.get("evidence").get("source").asString()).isEqualTo("informe-2021-2")));
		assertThat(markdown(Map.of("subject", "Reino Unido", "from", "2021-07-01"))).doesNotContain("Sadiq Khan",
				"informe-2020-1, línea 75");
	}

	@Test
	void anIntroductionSharedByTheItemsOfAListIsQuotedOnce() {
		String intro = "Con la red de Ciudades y Gobiernos Locales Unidos (cglu) se realizaron diversas acciones";
		JsonNode b = json(Map.of("subject", "CGLU"));
		long carrying = 0;
		for (JsonNode e : b.get("engagements")) {
			carrying += e.has("summary") && e.get("summary").asString().startsWith(intro) ? 1 : 0;
		}
		// the data keeps each event's summary; the reader meets the sentence once
		assertThat(carrying).isGreaterThan(5);
		String md = markdown(Map.of("subject", "CGLU"));
		assertThat(count(md, "> " + intro)).isEqualTo(1);
		var html = this.http.get("/briefing", Map.of("sujeto", "CGLU"));
		assertThat(count(html.body(), "<span>" + intro)).as("quoted under an engagement").isEqualTo(1);
	}

	@Test
	void namesNumbersAndMembershipsReadWell() {
		String md = markdown(Map.of("subject", "Bogotá"));
		assertThat(md).contains("Bogotá D.C. Forma parte de Colombia.", "- Miembro de la Red de Destinos Turísticos Latinos _(")
			.doesNotContain("D.C..", "(miembro)");
		// amounts in Mexican Spanish figures, with the currency in words
		String adip = markdown(Map.of("subject", "ADIP"));
		assertThat(adip).contains("308,000 dólares estadounidenses", "19,500 libras esterlinas").doesNotContain("308.000");
	}

	@Test
	void fundersAreNamedWithTheSpellingsTheReportsUse() {
		// the report calls the funder "Embajada Británica en México"; the briefing names it canonically
		var html = this.http.get("/briefing", Map.of("sujeto", "ADIP"));
		assertThat(html.body()).contains("Embajada del Reino Unido en México", "también: Embajada Británica en México");
	}

	@Test
	void thePeriodIsTypedDayFirstAndAcronymsReadInCapitals() {
		var page = this.http.get("/briefing", Map.of("sujeto", "Bogotá", "desde", "01/07/2021", "hasta", "31/12/2021"));
		assertThat(page.status()).isEqualTo(200);
		// the form shows the dates as typed; the links carry them as ISO
		assertThat(page.body()).contains("value=\"01/07/2021\"", "desde=2021-07-01", "placeholder=\"dd/mm/aaaa\"")
			.doesNotContain("type=\"date\"", "Taller de la Alianza para las Contrataciones Abiertas");
		// an event title as the report writes it ("… de la ucci"), its acronym as the graph spells it
		assertThat(page.body()).contains(">XXXVI Reunión del Comité Sectorial de Cultura de la UCCI");
		var bad = this.http.get("/briefing", Map.of("sujeto", "Bogotá", "desde", "31/02/2021"));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body()).contains("dd/mm/aaaa", "31/02/2021");
	}

	@Test
	void namesInSentencesTakeTheirArticleInEveryFormat() {
		String embassy = "Embajada del Reino Unido en México";
		assertThat(markdown(Map.of("subject", embassy))).contains("Forma parte del Reino Unido.")
			.doesNotContain("Forma parte de Reino Unido");
		var page = this.http.get("/briefing", Map.of("sujeto", embassy));
		assertThat(page.body()).contains("Forma parte del Reino Unido.").doesNotContain("Forma parte de Reino Unido");
		var print = this.http.get("/api/briefing", Map.of("subject", embassy, "format", "html"));
		assertThat(print.body()).contains("Forma parte del Reino Unido.");
		// a network takes its article too, on the page as in Markdown
		var bogota = this.http.get("/briefing", Map.of("sujeto", "Bogotá"));
		assertThat(bogota.body()).contains("Miembro de la Red de Destinos Turísticos Latinos")
			.doesNotContain("Miembro de Red de");
	}

	@Test
	void markdownWritesAcronymsInTitlesInCapitalsAsThePageDoes() {
		String md = markdown(Map.of("subject", "Instituto para la Economía Social"));
		// quotes (event summaries, sources) keep the report's spelling; everything else is shown
		String shown = java.util.Arrays.stream(md.substring(0, md.indexOf("## Fuentes")).split("\n"))
			.filter(line -> !line.startsWith("> "))
			.collect(java.util.stream.Collectors.joining("\n"));
		assertThat(shown).contains("Economía Social (IPES)").doesNotContain("(ipes)");
	}

	@Test
	void aForeignGovernmentsBodyIsNoDependencia() {
		assertThat(markdown(Map.of("subject", "Embajada del Reino Unido en México")))
			.contains("**Embajada del Reino Unido en México** (Organismo público extranjero)");
		assertThat(markdown(Map.of("subject", "Secretaría de Movilidad de Bogotá")))
			.contains("(Organismo público extranjero)");
		assertThat(markdown(Map.of("subject", "SEMOVI"))).contains("**Secretaría de Movilidad** (Dependencia)");
	}

	@Test
	void candidatesForAnAmbiguousSubjectLeadToTheirBriefings() throws Exception {
		HttpResponse<String> page = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port
					+ "/briefing?sujeto=Bogot%C3%A1&sujeto=Movilidad&desde=2021-01-01"))
				.header("Accept", "text/html")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(409);
		assertThat(page.body()).contains(
				"href=\"/briefing?sujeto=Bogot%C3%A1&amp;sujeto=secretaria-de-movilidad&amp;desde=2021-01-01\"",
				"href=\"/briefing?sujeto=Bogot%C3%A1&amp;sujeto=secretaria-de-movilidad-de-bogota&amp;desde=2021-01-01\"");
		assertThat(page.body()).doesNotContain("href=\"/entidades/secretaria-de-movilidad\"");
	}

	private byte[] pdf(String query) throws Exception {
		HttpResponse<byte[]> r = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/briefing.pdf?" + query)).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(r.statusCode()).isEqualTo(200);
		return r.body();
	}

	@Test
	void thePdfListsEachSourceOnOneLineAndFitsFewPages() throws Exception {
		byte[] bytes = pdf("sujeto=Bogot%C3%A1");
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			// ten pages before, three of them sources
			assertThat(pdf.getNumberOfPages()).isLessThanOrEqualTo(7);
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			String text = stripper.getText(pdf);
			String sources = text.substring(text.lastIndexOf("Fuentes"));
			// a heading per report, then two sources to a line, each "línea N “first words…”"
			List<String> lines = new ArrayList<>(sources.lines()
				.filter(l -> !l.isBlank() && !l.startsWith("Fuentes") && !l.startsWith("Página") && !l.startsWith("Ficha"))
				.toList());
			assertThat(lines).hasSizeGreaterThan(20).allMatch(l -> l.startsWith("línea ") || l.matches("informe-\\d{4}-\\d"));
		}
		assertThat(pdf("sujeto=Bogot%C3%A1")).as("the same briefing, drawn once").isEqualTo(bytes);
	}

	@Test
	void thousandsAreWrittenTheMexicanWay() {
		var home = this.http.get("/", Map.of());
		Matcher m = Pattern.compile("\\d\\.\\d{3}\\b").matcher(home.body());
		assertThat(m.find()).as("a figure written with a dot for thousands").isFalse();
	}

	private static int count(String text, String part) {
		int n = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
			n++;
		}
		return n;
	}

}
