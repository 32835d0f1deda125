package mx.vinculos.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code java -jar vinculos.jar ingest REPORT.(pdf|txt) --out DIR [--seeds DIR]
 * [--forget REPORT_ID] [--report-id ID]}: drafts a report file for a curator. Runs before
 * (and instead of) the web application: no server, no database.
 */
public final class IngestCommand {

	static final String USAGE = "Uso / usage: ingest INFORME.(pdf|txt) --out DIR [--seeds DIR] [--forget INFORME_ID] [--report-id informe-AAAA-S]";

	private static final Pattern PERIOD = Pattern.compile(
			"(?i)\\b(enero|julio)\\s*(?:-|–|a|al)\\s*(junio|diciembre)(?:\\s+de)?\\s+(?:del?\\s+)?(\\d{4})");

	private static final Pattern REPORT_ID = Pattern.compile("informe-(\\d{4})-([12])");

	private IngestCommand() {
	}

	/** What one run wrote, for callers and tests. */
	public record Result(String reportId, Path text, Path draft, Path entities, int events, int participants,
			int relationships, int newEntities, long millis) {
	}

	/** Runs the command; returns the process exit code (0 done, 2 bad input, 1 failure). */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		try {
			Result r = execute(args);
			out.printf(Locale.ROOT,
					"Borrador / draft %s: %d eventos, %d participaciones, %d relaciones, %d entidades nuevas (%d ms)%n  %s%n  %s%n  %s%n",
					r.reportId(), r.events(), r.participants(), r.relationships(), r.newEntities(), r.millis(),
					r.text(), r.draft(), r.entities());
			return 0;
		}
		catch (IngestException ex) {
			err.println(ex.getMessage());
			return 2;
		}
		catch (RuntimeException ex) {
			err.println("Error al generar el borrador / drafting failed: " + ex);
			return 1;
		}
	}

	/** Parses the arguments and drafts; bad input is an {@link IngestException}. */
	public static Result execute(String[] args) {
		long t0 = System.nanoTime();
		Path input = null;
		Path outDir = null;
		Path seeds = Path.of("seeds");
		String forget = null;
		String reportId = null;
		for (int i = 0; i < args.length; i++) {
			String a = args[i];
			switch (a) {
				case "--out", "--seeds", "--forget", "--report-id" -> {
					if (i + 1 >= args.length) {
						throw new IngestException("Falta el valor de " + a + " / missing value for " + a + ". " + USAGE);
					}
					String v = args[++i];
					switch (a) {
						case "--out" -> outDir = Path.of(v);
						case "--seeds" -> seeds = Path.of(v);
						case "--forget" -> forget = v;
						default -> reportId = v;
					}
				}
				default -> {
					if (a.startsWith("--")) {
						throw new IngestException("Opción desconocida / unknown option " + a + ". " + USAGE);
					}
					if (input != null) {
						throw new IngestException("Un solo informe a la vez / one report at a time. " + USAGE);
					}
					input = Path.of(a);
				}
			}
		}
		if (input == null || outDir == null) {
			throw new IngestException("Faltan el informe o --out / missing report or --out. " + USAGE);
		}
		if (!Files.isRegularFile(input)) {
			throw new IngestException("No existe el archivo / no such file: " + input);
		}
		String name = input.getFileName().toString().toLowerCase(Locale.ROOT);
		if (!name.endsWith(".pdf") && !name.endsWith(".txt")) {
			throw new IngestException("El informe debe ser .pdf o .txt / the report must be a .pdf or .txt: " + input);
		}
		if (reportId != null && !REPORT_ID.matcher(reportId).matches()) {
			throw new IngestException(
					"--report-id debe ser informe-AAAA-S (S = 1 o 2) / must look like informe-2022-1: " + reportId);
		}
		if (!Files.isDirectory(seeds) || !Files.isRegularFile(seeds.resolve("entities.yaml"))) {
			throw new IngestException("No hay registro de entidades en / no entities.yaml in " + seeds.toAbsolutePath());
		}
		String text = name.endsWith(".pdf") ? pdfText(input) : readText(input);
		if (text.isBlank()) {
			throw new IngestException("El informe no tiene texto extraíble / the report has no extractable text: " + input);
		}
		if (reportId == null) {
			reportId = reportIdFrom(text);
			if (reportId == null) {
				throw new IngestException(
						"No se halló el periodo del informe (p. ej. «julio-diciembre 2021»); indíquelo con --report-id / period not found, give --report-id");
			}
		}
		Matcher rm = REPORT_ID.matcher(reportId);
		rm.matches();
		int year = Integer.parseInt(rm.group(1));
		boolean first = rm.group(2).equals("1");
		LocalDate start = LocalDate.of(year, first ? 1 : 7, 1);
		LocalDate end = first ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);

		Registry registry = Registry.load(seeds);
		if (forget != null) {
			registry = registry.forget(seeds, forget);
		}
		ReportLines lines = new ReportLines(text);
		String title = "Informe de acción internacional de la Ciudad de México, "
				+ (first ? "enero-junio " : "julio-diciembre ") + year;
		Drafter.Draft draft = new Drafter(lines, registry, reportId, start, end).draft(title);
		try {
			Files.createDirectories(outDir);
			Path textFile = outDir.resolve(reportId + ".txt");
			if (name.endsWith(".txt") && Files.exists(textFile) && Files.isSameFile(input, textFile)) {
				// already in place: nothing to copy
			}
			else if (name.endsWith(".txt")) {
				Files.copy(input, textFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			}
			else {
				Files.writeString(textFile, text, StandardCharsets.UTF_8);
			}
			Path draftFile = outDir.resolve(reportId + ".yaml");
			Path entitiesFile = outDir.resolve(reportId + ".entities.yaml");
			write(draftFile, draft.report(), "# Borrador generado por `ingest`: cada elemento está en review: pending hasta que\n"
					+ "# un curador lo acepte (review: accepted), lo corrija o lo borre. El cargador rechaza lo pendiente.\n");
			write(entitiesFile, draft.newEntities(),
					"# Entidades nuevas propuestas por `ingest` (formato del registro), con sus menciones y\n"
							+ "# candidatos sameAs (entidades existentes que podrían ser la misma, con puntuación).\n"
							+ "# Para cada una: copiarla a entities.yaml (sin mentions/sameAs/confidence/review), o\n"
							+ "# reemplazar su id en el borrador por el de la entidad existente.\n");
			List<?> events = (List<?>) draft.report().get("events");
			int participants = 0;
			for (Object e : events) {
				participants += ((List<?>) ((Map<?, ?>) e).get("participants")).size();
			}
			return new Result(reportId, textFile, draftFile, entitiesFile, events.size(), participants,
					((List<?>) draft.report().get("relationships")).size(), draft.newEntities().size(),
					(System.nanoTime() - t0) / 1_000_000);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The report's id from the period its text states, or null. */
	static String reportIdFrom(String text) {
		String head = text.length() > 20000 ? text.substring(0, 20000) : text;
		Matcher m = PERIOD.matcher(head.replaceAll("\\s+", " "));
		if (m.find()) {
			return "informe-" + m.group(3) + "-" + (m.group(1).equalsIgnoreCase("enero") ? 1 : 2);
		}
		return null;
	}

	/**
	 * PDF to text, one text line per line of the page, pages one after the other, a blank
	 * line between paragraphs as in the curated reports' texts (blocks and headings are
	 * recognised by them) whatever the line spacing, page numbers left out.
	 */
	static String pdfText(Path pdf) {
		try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
			return PdfLines.text(doc);
		}
		catch (IOException ex) {
			throw new IngestException("No se pudo leer el PDF / cannot read the PDF " + pdf + ": " + ex.getMessage());
		}
	}

	private static String readText(Path txt) {
		try {
			return Files.readString(txt, StandardCharsets.UTF_8);
		}
		catch (java.nio.charset.MalformedInputException ex) {
			throw new IngestException("El texto no está en UTF-8 / the text is not UTF-8: " + txt);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(Path file, Object doc, String header) throws IOException {
		try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			w.write(header);
			w.write(yaml(doc));
		}
	}

	/** A document in the seeds' YAML style (block style, unicode kept, long lines not split). */
	public static String yaml(Object doc) {
		DumperOptions o = new DumperOptions();
		o.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
		o.setAllowUnicode(true);
		o.setWidth(120);
		o.setSplitLines(false);
		o.setIndent(2);
		return new Yaml(o).dump(doc);
	}

	/** Entry point from {@code VinculosApplication.main}. */
	public static void main(String[] args) {
		System.exit(run(args, System.out, System.err));
	}


}
