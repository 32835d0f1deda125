package mx.vinculos.ingest;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import mx.vinculos.seed.ReportText;
import mx.vinculos.seed.SeedReader;
import mx.vinculos.seed.SeedSet;
import mx.vinculos.seed.SeedValidationException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A small report made here as a PDF, drafted against the project's registry. */
class IngestCommandTests {

	static final List<String> REPORT = List.of("Informe de acción internacional, julio-diciembre 2022", "",
			"Agenda internacional de la Jefa de Gobierno", "",
			"Reunión con la Alcaldesa de Bogotá en la Ciudad", "de México (24 de agosto)", "",
			"La Jefa de Gobierno, Claudia Sheinbaum Pardo, recibió a la Alcaldesa de", "Bogotá, Zoe Fuentes Ríos, en el Antiguo Palacio del Ayuntamiento. Ambas",
			"ciudades firmaron un memorándum de entendimiento en materia de movi-", "lidad con la Unión de Ciudades Capitales Iberoamericanas (ucci).", "",
			"Donación de la Embajada de Israel en México (del 8 al 10 de septiembre)", "",
			"La Embajada de Israel en México donó 20 mil dólares a la Secretaría de Movilidad", "para el programa de bicicletas.");

	@TempDir
	Path dir;

	@Test
	void aPdfBecomesItsTextAndADraftWhoseEveryQuoteChecksAgainstIt() throws Exception {
		Path pdf = pdf(this.dir.resolve("nuevo.pdf"));
		IngestCommand.Result r = IngestCommand.execute(new String[] { pdf.toString(), "--out",
				this.dir.resolve("out").toString(), "--seeds", "seeds" });
		assertThat(r.reportId()).isEqualTo("informe-2022-2");
		assertThat(r.text()).hasFileName("informe-2022-2.txt");
		List<String> lines = Files.readAllLines(r.text());
		assertThat(lines).contains("de México (24 de agosto)");

		Map<String, Object> draft = new Yaml().load(Files.readString(r.draft()));
		assertThat((Map<String, Object>) draft.get("report")).containsEntry("id", "informe-2022-2")
			.containsEntry("periodStart", "2022-07-01");
		List<Map<String, Object>> events = (List<Map<String, Object>>) draft.get("events");
		assertThat(events).extracting(e -> e.get("title"))
			.containsExactly("Reunión con la Alcaldesa de Bogotá en la Ciudad de México",
					"Donación de la Embajada de Israel en México");
		Map<String, Object> meeting = events.get(0);
		assertThat(meeting).containsEntry("startDate", "2022-08-24")
			.containsEntry("review", "pending")
			.containsKey("confidence");
		assertThat(events.get(1)).containsEntry("startDate", "2022-09-08").containsEntry("endDate", "2022-09-10");
		List<Map<String, Object>> participants = (List<Map<String, Object>>) meeting.get("participants");
		assertThat(participants).extracting(p -> p.get("entity"))
			.contains("claudia-sheinbaum-pardo", "union-de-ciudades-capitales-iberoamericanas");
		assertThat(participants).allSatisfy(p -> assertThat(p).containsEntry("review", "pending"));

		List<Map<String, Object>> rels = (List<Map<String, Object>>) draft.get("relationships");
		assertThat(rels).anySatisfy(x -> assertThat(x).containsEntry("type", "HOLDS_POSITION")
			.containsEntry("from", "claudia-sheinbaum-pardo")
			.containsEntry("to", "ciudad-de-mexico"));
		assertThat(rels).anySatisfy(x -> assertThat(x).containsEntry("type", "AGREEMENT").containsEntry("kind", "memorando"));
		assertThat(rels).anySatisfy(x -> assertThat(x).containsEntry("type", "FUNDED")
			.containsEntry("amount", 20000)
			.containsEntry("currency", "USD")
			.containsEntry("to", "secretaria-de-movilidad"));

		// the person introduced by title is a new entity for the curator, with where it was seen
		List<Map<String, Object>> fresh = new Yaml().load(Files.readString(r.entities()));
		assertThat(fresh).anySatisfy(e -> assertThat(e).containsEntry("id", "zoe-fuentes-rios")
			.containsEntry("type", "Person")
			.containsKey("mentions")
			.containsKey("sameAs"));

		// every cited item validates against the text written beside the draft
		ReportText text = ReportText.read(r.text());
		for (Map<String, Object> e : events) {
			assertThat(text.contains((Integer) e.get("line"), (String) e.get("quote"))).as(e.toString()).isTrue();
			for (Map<String, Object> p : (List<Map<String, Object>>) e.get("participants")) {
				assertThat(text.contains((Integer) p.get("line"), (String) p.get("quote"))).as(p.toString()).isTrue();
			}
		}
		for (Map<String, Object> x : rels) {
			assertThat(text.contains((Integer) x.get("line"), (String) x.get("quote"))).as(x.toString()).isTrue();
		}
	}

	@Test
	void theLoaderRefusesADraftUntilItIsReviewed() throws Exception {
		Path seeds = this.dir.resolve("seeds");
		Files.createDirectories(seeds);
		Files.copy(Path.of("seeds/entities.yaml"), seeds.resolve("entities.yaml"));
		Path txt = this.dir.resolve("nuevo.txt");
		Files.write(txt, REPORT);
		IngestCommand.Result r = IngestCommand.execute(
				new String[] { txt.toString(), "--out", seeds.toString(), "--seeds", seeds.toString() });
		// new entities would go to the registry after review; drop the items that cite them here
		String yaml = Files.readString(r.draft());
		Files.delete(r.entities());
		Map<String, Object> doc = new Yaml().load(yaml);
		assertThatThrownBy(() -> SeedReader.read(seeds)).isInstanceOfSatisfying(SeedValidationException.class,
				ex -> assertThat(ex.problems()).anyMatch(p -> p.contains("review: pending")));
		assertThat(doc).containsKeys("report", "events", "relationships");
	}

	@Test
	void aDraftOnceAcceptedLoadsLikeACuratedReport() throws Exception {
		Path seeds = this.dir.resolve("seeds");
		Files.createDirectories(seeds);
		Path txt = this.dir.resolve("nuevo.txt");
		Files.write(txt, REPORT);
		IngestCommand.Result r = IngestCommand.execute(
				new String[] { txt.toString(), "--out", this.dir.resolve("out").toString(), "--seeds", "seeds" });
		// the curator accepts every item and every new entity as new
		List<Map<String, Object>> fresh = new Yaml().load(Files.readString(r.entities()));
		List<Object> registry = new Yaml().load(Files.readString(Path.of("seeds/entities.yaml")));
		for (Map<String, Object> e : fresh) {
			e.keySet().removeAll(List.of("mentions", "sameAs", "confidence", "review"));
			registry.add(e);
		}
		org.yaml.snakeyaml.DumperOptions block = new org.yaml.snakeyaml.DumperOptions();
		block.setDefaultFlowStyle(org.yaml.snakeyaml.DumperOptions.FlowStyle.BLOCK);
		Files.writeString(seeds.resolve("entities.yaml"), new Yaml(block).dump(registry));
		Files.copy(r.text(), seeds.resolve("informe-2022-2.txt"));
		// a seeds folder holds every report's text (aliases are checked against them) and the
		// judgements of duplicate candidates
		for (String f : List.of("informe-2020-1.txt", "informe-2021-2.txt", "judgements.yaml")) {
			Files.copy(Path.of("seeds", f), seeds.resolve(f));
		}
		Files.writeString(seeds.resolve("informe-2022-2.yaml"),
				Files.readString(r.draft()).replace("review: pending", "review: accepted"));
		SeedSet set = SeedReader.read(seeds);
		assertThat(set.reports()).singleElement().satisfies(rows -> {
			assertThat(rows.id()).isEqualTo("informe-2022-2");
			assertThat(rows.events()).hasSize(2);
			assertThat(rows.edges()).extracting(SeedSet.EdgeRow::type)
				.contains("PARTICIPATED_IN", "HOLDS_POSITION", "AGREEMENT", "FUNDED");
		});
	}

	@Test
	void badInputIsOneClearLineAndANonZeroExit() {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		PrintStream errs = new PrintStream(err, true, StandardCharsets.UTF_8);
		PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
		assertThat(IngestCommand.run(new String[] { "no-existe.pdf", "--out", this.dir.toString() }, out, errs))
			.isEqualTo(2);
		assertThat(IngestCommand.run(new String[] { "--out" }, out, errs)).isEqualTo(2);
		assertThat(IngestCommand.run(new String[] { "seeds/README.md", "--out", this.dir.toString() }, out, errs))
			.isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8).lines()).hasSize(3)
			.allSatisfy(l -> assertThat(l).doesNotContain("Exception").doesNotContain("\tat "))
			.anySatisfy(l -> assertThat(l).startsWith("No existe el archivo / no such file"));
	}

	@Test
	void aReportWithoutAStatedPeriodNeedsItsId() throws Exception {
		Path txt = this.dir.resolve("sin-periodo.txt");
		Files.writeString(txt, "Reunión con la Alcaldesa de Bogotá (24 de agosto)\n");
		assertThatThrownBy(() -> IngestCommand.execute(new String[] { txt.toString(), "--out", this.dir.toString() }))
			.isInstanceOf(IngestException.class)
			.hasMessageContaining("--report-id");
		IngestCommand.Result r = IngestCommand
			.execute(new String[] { txt.toString(), "--out", this.dir.toString(), "--report-id", "informe-2023-1" });
		assertThat(Files.readString(r.draft())).contains("startDate: '2023-08-24'");
	}

	@Test
	void forgettingAReportDropsTheEntitiesOnlyItCites() {
		Registry all = Registry.load(Path.of("seeds"));
		Registry without = all.forget(Path.of("seeds"), "informe-2021-2");
		// Liz Truss appears only in the 2021 report; the head of government in both
		assertThat(all.contains("liz-truss")).isTrue();
		assertThat(without.contains("liz-truss")).isFalse();
		assertThat(without.contains("claudia-sheinbaum-pardo")).isTrue();
		assertThat(without.size()).isLessThan(all.size());
	}

	/** A longer report: headings (marked "#"), paragraphs long enough to run across pages. */
	static final List<String> PAGES = List.of("#Informe de acción internacional, julio-diciembre 2022", "",
			"#Agenda internacional de la Jefa de Gobierno", "",
			"#Reunión con la Alcaldesa de Bogotá en la Ciudad", "#de México (24 de agosto)", "",
			"La Jefa de Gobierno, Claudia Sheinbaum Pardo, recibió a la Alcaldesa de",
			"Bogotá, Zoe Fuentes Ríos, en el Antiguo Palacio del Ayuntamiento. Ambas",
			"ciudades firmaron un memorándum de entendimiento en materia de movi-",
			"lidad con la Unión de Ciudades Capitales Iberoamericanas (ucci). Las dos",
			"alcaldesas recorrieron después el Centro Histórico y conversaron sobre",
			"el transporte eléctrico, la seguridad vial y los parques lineales que",
			"ambas ciudades construyen en sus barrios con más población, así como",
			"sobre el intercambio de experiencias entre sus equipos técnicos.", "",
			"#Donación de la Embajada de Israel en México (del 8 al 10 de septiembre)", "",
			"La Embajada de Israel en México donó 20 mil dólares a la Secretaría de Movilidad",
			"para el programa de bicicletas. La entrega se hizo en tres jornadas de",
			"trabajo con personal de la Secretaría, que presentó el plan de nuevas",
			"ciclovías y las estaciones que se abrirán en el oriente de la Ciudad.", "",
			"#Visita de la Alcaldesa de París a la Ciudad de México (3 de octubre)", "",
			"La Jefa de Gobierno recibió a la Alcaldesa de París en el Antiguo Palacio",
			"del Ayuntamiento para conversar sobre los Juegos Olímpicos, la calidad",
			"del aire y la recuperación de los ríos urbanos de ambas capitales.");

	@ParameterizedTest
	@ValueSource(floats = { 1.0f, 1.5f, 2.0f })
	void aPdfReadsTheSameWhateverItsLineSpacing(float spacing) throws Exception {
		Path pdf = pages(this.dir.resolve("espaciado.pdf"), spacing);
		try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
			assertThat(doc.getNumberOfPages()).as("runs across pages").isGreaterThan(1);
		}
		IngestCommand.Result r = IngestCommand.execute(new String[] { pdf.toString(), "--out",
				this.dir.resolve("out").toString(), "--seeds", "seeds" });
		// the same lines, a blank line between paragraphs only, no page numbers, a paragraph
		// running on across a page break
		assertThat(Files.readAllLines(r.text())).containsExactlyElementsOf(
				PAGES.stream().map(l -> l.replaceFirst("^#", "")).toList());
		Map<String, Object> draft = new Yaml().load(Files.readString(r.draft()));
		assertThat((List<Map<String, Object>>) draft.get("events")).extracting(e -> e.get("title"))
			.containsExactly("Reunión con la Alcaldesa de Bogotá en la Ciudad de México",
					"Donación de la Embajada de Israel en México",
					"Visita de la Alcaldesa de París a la Ciudad de México");
	}

	/**
	 * {@link #PAGES} typeset on small pages as a word processor does: 10 pt body at the
	 * given line spacing, 12 pt bold headings with space before, 6 pt after each
	 * paragraph, and a page number at the foot of each page.
	 */
	private static Path pages(Path file, float spacing) throws Exception {
		PDType1Font body = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
		PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
		float height = 300;
		float top = height - 40;
		float foot = 60;
		try (PDDocument doc = new PDDocument()) {
			PDPageContentStream cs = null;
			float y = 0;
			boolean paragraphEnded = false;
			for (String raw : PAGES) {
				if (raw.isEmpty()) {
					paragraphEnded = true;
					continue;
				}
				boolean heading = raw.startsWith("#");
				float size = heading ? 12 : 10;
				float leading = size * 1.2f * spacing;
				float before = paragraphEnded ? 6 + (heading ? 6 : 0) : 0;
				if (cs == null || y - before - leading < foot) {
					if (cs != null) {
						cs.close();
					}
					PDPage page = new PDPage(new PDRectangle(420, height));
					doc.addPage(page);
					cs = new PDPageContentStream(doc, page);
					cs.beginText();
					cs.setFont(body, 9);
					cs.newLineAtOffset(205, 30);
					cs.showText(String.valueOf(doc.getNumberOfPages()));
					cs.endText();
					// the space before a paragraph is dropped at a page's top
					y = top + leading;
					before = 0;
				}
				y -= before + leading;
				paragraphEnded = false;
				cs.beginText();
				cs.setFont(heading ? bold : body, size);
				cs.newLineAtOffset(30, y);
				cs.showText(heading ? raw.substring(1) : raw);
				cs.endText();
			}
			cs.close();
			doc.save(file.toFile());
		}
		return file;
	}

	private static Path pdf(Path file) throws Exception {
		try (PDDocument doc = new PDDocument()) {
			PDPage page = new PDPage();
			doc.addPage(page);
			try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
				cs.beginText();
				cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
				cs.setLeading(14);
				cs.newLineAtOffset(40, 740);
				for (String line : REPORT) {
					if (line.isEmpty()) {
						// a paragraph gap, as typeset reports have
						cs.newLineAtOffset(0, -24);
						continue;
					}
					cs.showText(line);
					cs.newLine();
				}
				cs.endText();
			}
			doc.save(file.toFile());
		}
		return file;
	}

}
