package mx.vinculos.curation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import mx.vinculos.ServiceTestBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.yaml.snakeyaml.Yaml;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The curator's story on the running service, with accounts and a scratch copy of the
 * project's seeds: upload a report made here (text, then a PDF), review its draft through
 * the pages' forms (CSRF included), judge its new entities, publish it, and find it in the
 * API; and everything a curator may not do, refused.
 */
@TestPropertySource(properties = { "vinculos.security.users.cura.password={noop}cura-pw",
		"vinculos.security.users.cura.roles=CURADOR", "vinculos.security.users.lee.password={noop}lee-pw",
		"vinculos.security.users.lee.roles=LECTOR", "vinculos.curation.max-upload=1MB" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class CurationTests extends ServiceTestBase {

	static final Path SEEDS = scratchSeeds();

	/** A report of the second half of 2022, with a person the registry does not know. */
	public static final List<String> REPORT = List.of("Informe de acción internacional, julio-diciembre 2022", "",
			"Agenda internacional de la Jefa de Gobierno", "",
			"Reunión con la Alcaldesa de Bogotá en la Ciudad", "de México (24 de agosto)", "",
			"La Jefa de Gobierno, Claudia Sheinbaum Pardo, recibió a la Alcaldesa de",
			"Bogotá, Zoe Fuentes Ríos, en el Antiguo Palacio del Ayuntamiento. Ambas",
			"ciudades firmaron un memorándum de entendimiento en materia de movi-",
			"lidad con la Unión de Ciudades Capitales Iberoamericanas (ucci).", "",
			"Donación de la Embajada de Israel en México (del 8 al 10 de septiembre)", "",
			"La Embajada de Israel en México donó 20 mil dólares a la Secretaría de Movilidad",
			"para el programa de bicicletas.");

	static final String ID = "informe-2022-2";

	@DynamicPropertySource
	static void seeds(DynamicPropertyRegistry registry) {
		registry.add("vinculos.seeds.dir", SEEDS::toString);
	}

	@LocalServerPort
	int port;

	@Autowired
	CurationStore store;

	public static Path scratchSeeds() {
		try {
			Path dir = Files.createTempDirectory("vinculos-curation-seeds-");
			try (Stream<Path> files = Files.list(Path.of("seeds"))) {
				for (Path f : files.filter(Files::isRegularFile).toList()) {
					Files.copy(f, dir.resolve(f.getFileName()));
				}
			}
			return dir;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Test
	@Order(1)
	void onlyCuratorsReachTheReviewAndFormsNeedTheirToken() {
		Browser reader = new Browser(this.port, "lee", "lee-pw");
		assertThat(reader.get("/curaduria").status()).isEqualTo(403);
		Browser.Page api = reader.get("/api/curaduria/borradores");
		assertThat(api.status()).isEqualTo(403);
		assertThat(api.contentType()).startsWith("application/problem+json");
		assertThat(reader.upload("/curaduria/subir", "nuevo.txt", bytes(REPORT), reader.token("/")).status())
			.isEqualTo(403);
		// nobody signed in: the Spanish sign-in form
		Browser anonymous = new Browser(this.port, null, null);
		Browser.Page page = anonymous.get("/curaduria");
		assertThat(page.status()).isEqualTo(302);
		assertThat(page.location()).endsWith("/login");
		// a curator without the form's token is refused too
		Browser curator = new Browser(this.port, "cura", "cura-pw");
		assertThat(curator.upload("/curaduria/subir", "nuevo.txt", bytes(REPORT), null).status()).isEqualTo(403);
		assertThat(curator.get("/curaduria").body()).contains("Subir un informe");
	}

	@Test
	@Order(2)
	void badFilesGetASpanishPageAndNoDraft() {
		Browser curator = new Browser(this.port, "cura", "cura-pw");
		String token = curator.token("/curaduria");
		Browser.Page word = curator.upload("/curaduria/subir", "informe.docx", new byte[] { 1, 2, 3 }, token);
		assertThat(word.status()).isEqualTo(400);
		assertThat(word.contentType()).startsWith("text/html");
		assertThat(word.body()).contains("Solo se aceptan informes en PDF (.pdf) o en texto (.txt)");
		Browser.Page fake = curator.upload("/curaduria/subir", "informe.pdf", bytes(REPORT), token);
		assertThat(fake.status()).isEqualTo(400);
		assertThat(fake.body()).contains("no es un PDF");
		Browser.Page big = curator.upload("/curaduria/subir", "grande.txt", new byte[1_100_000], token);
		assertThat(big.status()).isEqualTo(413);
		assertThat(big.body()).contains("pasa del límite de 1 MB");
		Browser.Page noPeriod = curator.upload("/curaduria/subir", "sin-periodo.txt",
				"Reunión con la Alcaldesa de Bogotá (3 de agosto)\n".getBytes(StandardCharsets.UTF_8), token);
		assertThat(noPeriod.status()).isEqualTo(400);
		assertThat(noPeriod.body()).contains("No se halló el periodo del informe");
		assertThat(this.store.list()).isEmpty();
	}

	@Test
	@Order(3)
	void aTinyPdfIsDraftedAndCanBeDiscarded() throws Exception {
		Browser curator = new Browser(this.port, "cura", "cura-pw");
		String token = curator.token("/curaduria");
		Browser.Page up = curator.upload("/curaduria/subir", "informe-2023.pdf",
				pdf(List.of("Informe de acción internacional, enero-junio 2023", "", "Agenda internacional", "",
						"Reunión con la Alcaldesa de Bogotá (3 de marzo)", "",
						"La Jefa de Gobierno, Claudia Sheinbaum Pardo, recibió a la Alcaldesa de Bogotá.")),
				token);
		assertThat(up.status()).isEqualTo(302);
		assertThat(up.location()).endsWith("/curaduria/informe-2023-1");
		Draft d = this.store.load("informe-2023-1");
		assertThat(d.events()).extracting(e -> e.get("title")).contains("Reunión con la Alcaldesa de Bogotá");
		assertThat(d.text).contains("Reunión con la Alcaldesa de Bogotá (3 de marzo)");
		// the same report again is refused while its draft is under review
		Browser.Page again = curator.upload("/curaduria/subir", "otra-vez.pdf",
				pdf(List.of("Informe de acción internacional, enero-junio 2023")), token);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.body()).contains("Ya hay un borrador de informe-2023-1");
		// discarding asks first, saying what goes; only the confirmed form deletes
		Browser.Page ask = curator.post("/curaduria/informe-2023-1/descartar", Map.of(), token);
		assertThat(ask.status()).isEqualTo(200);
		assertThat(ask.body()).contains("¿Descartar el borrador informe-2023-1?", "Esto no se puede deshacer",
				"name=\"confirmar\" value=\"si\"");
		assertThat(this.store.exists("informe-2023-1")).isTrue();
		assertThat(curator.post("/curaduria/informe-2023-1/descartar", Map.of("confirmar", "si"), token).status())
			.isEqualTo(302);
		assertThat(this.store.exists("informe-2023-1")).isFalse();
	}

	@Test
	@Order(4)
	void aReportGoesFromUploadThroughReviewToTheApi() {
		Browser curator = new Browser(this.port, "cura", "cura-pw");
		String token = curator.token("/curaduria");
		Browser.Page up = curator.upload("/curaduria/subir", "informe-nuevo.txt", bytes(REPORT), token);
		assertThat(up.status()).isEqualTo(302);
		assertThat(up.location()).endsWith("/curaduria/" + ID);
		assertThat(Files.exists(SEEDS.resolve(ID + ".yaml"))).as("nothing in the seeds before publishing").isFalse();

		// the report's period in words; a registry body labelled by the pages' one type rule
		int all = this.store.load(ID).allItems().size();
		assertThat(curator.get("/curaduria/" + ID).body())
			.contains("informe-2022-2: del 1 de julio de 2022 al 31 de diciembre de 2022")
			// how far the review is, and where to go on
			.contains("Ningún elemento revisado de " + all + " (0 %)")
			.contains("Seguir revisando (evento 1, el primero con pendientes)");
		assertThat(curator.get("/curaduria/" + ID + "/eventos/1").body())
			.contains("Embajada de Israel en México (Organismo público extranjero)")
			.doesNotContain("Embajada de Israel en México (Dependencia)");

		// the event beside its text, with its items' forms
		Browser.Page event = curator.get("/curaduria/" + ID + "/eventos/0");
		assertThat(event.status()).isEqualTo(200);
		assertThat(event.body()).contains("Reunión con la Alcaldesa de Bogotá en la Ciudad de México")
			.contains("class=\"report-text\"")
			.contains("Zoe Fuentes Ríos")
			.contains("Confianza del borrador")
			.containsPattern("(Queda un elemento pendiente|Quedan \\d+ elementos pendientes) en este evento")
			.doesNotContain("<script>");
		// the correction form starts from what the draft says, not from empty fields
		Draft.Item first = this.store.load(ID).item("e0");
		assertThat(event.body()).contains("id=\"f-e0-title\" name=\"title\" type=\"text\" value=\"" + first.data().get("title") + "\"")
			.contains("id=\"f-e0-line\" name=\"line\" type=\"number\" min=\"1\" value=\"" + first.line() + "\"")
			// dates as the pages write them (dd/mm/aaaa), whatever the browser's language
			.containsPattern("id=\"f-e0-startDate\" name=\"startDate\" type=\"text\"[^>]*placeholder=\"dd/mm/aaaa\"\\s+value=\""
					+ java.util.regex.Pattern.quote(mx.vinculos.web.Labels.dayFirst(first.data().get("startDate"))) + "\"");
		assertThat(mx.vinculos.web.Labels.dayFirst("2022-08-24")).isEqualTo("24/08/2022");

		// pending items block publishing, with the reason in Spanish
		Browser.Page early = curator.post("/curaduria/" + ID + "/publicar", Map.of(), token);
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.body()).contains("No se publicó").contains("elementos pendientes");
		assertThat(Files.exists(SEEDS.resolve(ID + ".yaml"))).isFalse();

		// a correction whose quote is not on its line is refused, and nothing changes
		Draft d = this.store.load(ID);
		Draft.Item e0 = d.item("e0");
		Map<String, String> bad = correction(e0, "Reunión con Zoe Fuentes Ríos", "8", "Ambas ciudades firmaron");
		Browser.Page refused = curator.post("/curaduria/" + ID + "/elementos", bad, token);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("La cita no está en la línea 8 del texto");
		assertThat(this.store.load(ID).item("e0").data()).containsEntry("title", e0.data().get("title"));

		// a good correction: new title, the quote where it is
		Map<String, String> good = correction(e0, "Reunión con la Alcaldesa de Bogotá, Zoe Fuentes Ríos", "5",
				"Reunión con la Alcaldesa de Bogotá en la Ciudad de México");
		assertThat(curator.post("/curaduria/" + ID + "/elementos", good, token).status()).isEqualTo(302);
		Draft.Item corrected = this.store.load(ID).item("e0");
		assertThat(corrected.data()).containsEntry("title", "Reunión con la Alcaldesa de Bogotá, Zoe Fuentes Ríos")
			.containsEntry("review", "corrected")
			.containsEntry("startDate", "2022-08-24");

		// a stale form (the item changed since) is refused
		assertThat(curator.post("/curaduria/" + ID + "/elementos", good, token).status()).isEqualTo(409);

		// reject a participant, then accept the rest event by event
		d = this.store.load(ID);
		int participants = Draft.participants(d.events().get(0)).size();
		Draft.Item last = d.item("e0.p" + (participants - 1));
		assertThat(curator.post("/curaduria/" + ID + "/elementos", action(last, "rechazar", 0), token).status())
			.isEqualTo(302);
		assertThat(Draft.participants(this.store.load(ID).events().get(0))).hasSize(participants - 1);
		// a rejection taken by mistake is undone from the page, which says what it undid
		String undoButton = "Deshacer la última decisión: rechazar «" + last.data().get("entity") + "»";
		assertThat(curator.get("/curaduria/" + ID + "/eventos/0").body()).contains(undoButton);
		Browser.Page undone = curator.post("/curaduria/" + ID + "/deshacer", Map.of("volver", "0"), token);
		assertThat(undone.status()).isEqualTo(302);
		assertThat(undone.location()).endsWith("/curaduria/" + ID + "/eventos/0");
		assertThat(Draft.participants(this.store.load(ID).events().get(0))).hasSize(participants);
		assertThat(curator.get("/curaduria/" + ID + "/eventos/0").body())
			.contains("Se deshizo: rechazar «" + last.data().get("entity") + "»")
			.doesNotContain(undoButton);
		assertThat(curator.post("/curaduria/" + ID + "/elementos", action(this.store.load(ID).item(last.path()), "rechazar", 0),
				token).status()).isEqualTo(302);
		int events = this.store.load(ID).events().size();
		for (int e = 0; e < events; e++) {
			Draft.Item ev = this.store.load(ID).item("e" + e);
			Browser.Page accepted = curator.post("/curaduria/" + ID + "/elementos", action(ev, "aceptarTodo", e), token);
			assertThat(accepted.status()).isEqualTo(302);
			// on to the next event with something pending; after the last, the overview
			assertThat(accepted.location())
				.endsWith(e + 1 < events ? "/curaduria/" + ID + "/eventos/" + (e + 1) : "/curaduria/" + ID);
		}
		d = this.store.load(ID);
		for (Draft.Item item : d.pendingItems()) {
			assertThat(curator.post("/curaduria/" + ID + "/elementos", action(item, "aceptar", -1), token).status())
				.isEqualTo(302);
		}
		assertThat(this.store.load(ID).pendingItems()).isEmpty();

		// the new entities still block publishing until judged
		d = this.store.load(ID);
		assertThat(d.pendingCandidates()).extracting(c -> c.get("id")).contains("zoe-fuentes-rios");
		Browser.Page blocked = curator.post("/curaduria/" + ID + "/publicar", Map.of(), token);
		assertThat(blocked.status()).isEqualTo(409);
		assertThat(blocked.body()).containsPattern("(Queda una entidad nueva|Quedan \\d+ entidades nuevas) sin juzgar");

		Browser.Page entities = curator.get("/curaduria/" + ID + "/entidades");
		assertThat(entities.body()).contains("Zoe Fuentes Ríos").contains("Es una entidad nueva");
		// judging "the same" as something that does not exist is refused in Spanish
		Browser.Page unknown = curator.post("/curaduria/" + ID + "/entidades",
				Map.of("candidato", "zoe-fuentes-rios", "juicio", "misma", "entidadEscrita", "Nadie Conocido"), token);
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.body()).contains("No se encontró «Nadie Conocido» en el registro");
		for (Map<String, Object> c : this.store.load(ID).pendingCandidates()) {
			Map<String, String> form = new LinkedHashMap<>();
			form.put("candidato", String.valueOf(c.get("id")));
			form.put("juicio", "nueva");
			form.put("nombre", String.valueOf(c.get("name")));
			form.put("tipo", String.valueOf(c.get("type")));
			assertThat(curator.post("/curaduria/" + ID + "/entidades", form, token).status()).isEqualTo(302);
		}
		assertThat(this.store.load(ID).pendingCandidates()).isEmpty();
		assertThat(curator.get("/api/curaduria/borradores/" + ID).body()).contains("\"blockers\":[]");
		// judged ones leave the default list; "ver todas" shows them with their judgement
		assertThat(curator.get("/curaduria/" + ID + "/entidades").body())
			.contains("Todas las entidades nuevas están juzgadas.")
			.doesNotContain("id=\"c-zoe-fuentes-rios\"")
			// the latest judgement can still be taken back from here
			.contains("Deshacer la última decisión: juzgar la entidad «Zoe Fuentes Ríos»");
		assertThat(curator.get("/curaduria/" + ID + "/entidades?ver=todas").body()).contains("Zoe Fuentes Ríos")
			.contains("Juzgada entidad nueva por cura.");

		// the seed validator's refusal reads in Spanish: a new entity named as an existing one
		Map<String, String> taken = new LinkedHashMap<>(Map.of("candidato", "zoe-fuentes-rios", "juicio", "nueva",
				"nombre", "Secretaría de Movilidad", "tipo", "Person"));
		// the judgement itself is refused first, saying which entity has that name, and nothing changes
		Browser.Page nameTaken = curator.post("/curaduria/" + ID + "/entidades", taken, token);
		assertThat(nameTaken.status()).isEqualTo(400);
		assertThat(nameTaken.body()).contains("«Secretaría de Movilidad» ya es un nombre de «Secretaría de Movilidad» (secretaria-de-movilidad)");
		assertThat(this.store.load(ID).candidate("zoe-fuentes-rios")).containsEntry("name", "Zoe Fuentes Ríos");
		// written past the pages (an editor, an older draft), the validator still refuses it at publishing
		Draft edited = this.store.load(ID);
		edited.candidate("zoe-fuentes-rios").put("name", "Secretaría de Movilidad");
		this.store.save(edited);
		Browser.Page invalid = curator.post("/curaduria/" + ID + "/publicar", Map.of("confirmar", "si"), token);
		assertThat(invalid.status()).isEqualTo(422);
		assertThat(invalid.body()).contains("El validador de semillas encontró", "entidad zoe-fuentes-rios",
				"también nombra a secretaria-de-movilidad")
			.doesNotContain("also names", "problem(s)", ": entity ")
			// with a link to judge it again
			.contains("href=\"/curaduria/" + ID + "/entidades?ver=todas#c-zoe-fuentes-rios\"");
		assertThat(SEEDS.resolve(ID + ".yaml")).doesNotExist();
		taken.put("nombre", "Zoe Fuentes Ríos");
		assertThat(curator.post("/curaduria/" + ID + "/entidades", taken, token).status()).isEqualTo(302);

		// a kept entity the drafter found nothing like is still a recorded judgement: "new"
		Draft kept = this.store.load(ID);
		List<String> alone = kept.candidates.stream()
			.filter(c -> kept.references().contains(String.valueOf(c.get("id"))))
			.filter(c -> !(c.get("sameAs") instanceof List<?> l) || l.isEmpty())
			.map(c -> String.valueOf(c.get("id")))
			.toList();
		assertThat(alone).as("the draft proposes an entity with no sameAs candidates").isNotEmpty();

		// publishing asks first, saying what it writes
		Browser.Page ask = curator.post("/curaduria/" + ID + "/publicar", Map.of(), token);
		assertThat(ask.status()).isEqualTo(200);
		assertThat(ask.body()).contains("¿Publicar " + ID + "?", "Sí, publicar", "se cargarán en el grafo");
		assertThat(SEEDS.resolve(ID + ".yaml")).doesNotExist();
		Browser.Page published = curator.post("/curaduria/" + ID + "/publicar", Map.of("confirmar", "si"), token);
		assertThat(published.status()).isEqualTo(200);
		assertThat(published.body()).contains(ID + " publicado");
		assertThat(SEEDS.resolve(ID + ".yaml")).exists();
		assertThat(SEEDS.resolve(ID + ".txt")).hasContent(String.join("\n", REPORT));
		assertThat(readString(SEEDS.resolve("entities.yaml"))).contains("id: zoe-fuentes-rios");
		List<Map<String, Object>> judgements = new Yaml().load(readString(SEEDS.resolve("judgements.yaml")));
		assertThat(judgements).isNotEmpty();
		for (String id : alone) {
			assertThat(judgements).as("judgement recorded for " + id)
				.anySatisfy(j -> assertThat(j).containsEntry("left", id).containsEntry("judgement", "new")
					.doesNotContainKey("right"));
		}
		assertThat(this.store.exists(ID)).as("the draft leaves the list once published").isFalse();

		// the new report answers like any curated one
		Browser.Page person = curator.get("/api/entities/zoe-fuentes-rios");
		assertThat(person.status()).isEqualTo(200);
		assertThat(person.body()).contains("Zoe Fuentes Ríos");
		Browser.Page timeline = curator.get("/api/timeline?entity=zoe-fuentes-rios");
		assertThat(timeline.status()).isEqualTo(200);
		assertThat(timeline.body()).contains("Reunión con la Alcaldesa de Bogotá, Zoe Fuentes Ríos");
		assertThat(curator.get("/fuentes/" + ID + "?linea=9").body()).contains("Zoe Fuentes Ríos");

		// and cannot be drafted or published twice
		Browser.Page twice = curator.upload("/curaduria/subir", "informe-nuevo.txt", bytes(REPORT), token);
		assertThat(twice.status()).isEqualTo(409);
		assertThat(twice.body()).contains("ya está publicado");
	}

	private static Map<String, String> correction(Draft.Item item, String title, String line, String quote) {
		Map<String, String> form = action(item, "corregir", 0);
		form.put("title", title);
		form.put("startDate", String.valueOf(item.data().get("startDate")));
		form.put("endDate", "");
		form.put("line", line);
		form.put("quote", quote);
		return form;
	}

	private static Map<String, String> action(Draft.Item item, String action, int back) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("ruta", item.path());
		form.put("huella", item.fingerprint());
		form.put("accion", action);
		form.put("volver", String.valueOf(back));
		return form;
	}

	static byte[] bytes(List<String> lines) {
		return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
	}

	static String readString(Path p) {
		try {
			return Files.readString(p);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static byte[] pdf(List<String> lines) throws IOException {
		try (PDDocument doc = new PDDocument()) {
			PDPage page = new PDPage();
			doc.addPage(page);
			try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
				cs.beginText();
				cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
				cs.setLeading(14);
				cs.newLineAtOffset(50, 740);
				for (String l : lines) {
					cs.showText(l);
					cs.newLine();
				}
				cs.endText();
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			doc.save(out);
			return out.toByteArray();
		}
	}

	/** A browser: cookies, optional Basic credentials, no redirects followed. */
	static final class Browser {

		private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

		private final String base;

		private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

		private final String authorization;

		Browser(int port, String user, String password) {
			this.base = "http://127.0.0.1:" + port;
			this.authorization = user == null ? null
					: "Basic " + Base64.getEncoder()
						.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		}

		record Page(int status, String contentType, String location, String body) {
		}

		Page get(String path) {
			// pages are asked for as a browser does; the API as a script does
			return send(request(path).header("Accept", path.startsWith("/api/") ? "application/json" : "text/html").GET());
		}

		/** The CSRF token of the forms on a page. */
		String token(String path) {
			Matcher m = CSRF.matcher(get(path).body());
			return m.find() ? m.group(1) : "sin-token";
		}

		Page post(String path, Map<String, String> form, String token) {
			StringBuilder b = new StringBuilder();
			Map<String, String> all = new LinkedHashMap<>(form);
			if (token != null) {
				all.put("_csrf", token);
			}
			all.forEach((k, v) -> b.append(b.isEmpty() ? "" : "&")
				.append(URLEncoder.encode(k, StandardCharsets.UTF_8))
				.append('=')
				.append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
			return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
				.header("Accept", "text/html")
				.POST(HttpRequest.BodyPublishers.ofString(b.toString())));
		}

		Page upload(String path, String fileName, byte[] content, String token) {
			String boundary = "----vinculos" + System.nanoTime();
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			if (token != null) {
				body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token
						+ "\r\n").getBytes(StandardCharsets.UTF_8));
			}
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"archivo\"; filename=\""
					+ fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			body.writeBytes(content);
			body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.header("Accept", "text/html")
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
		}

		private HttpRequest.Builder request(String path) {
			HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(this.base + path));
			if (this.authorization != null) {
				b.header("Authorization", this.authorization);
			}
			return b;
		}

		private Page send(HttpRequest.Builder request) {
			try {
				HttpResponse<String> r = this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
				return new Page(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
						r.headers().firstValue("Location").orElse(""), r.body());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

	}

}
