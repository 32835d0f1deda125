package mx.vinculos.curation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import mx.vinculos.ingest.IngestCommand;
import mx.vinculos.ingest.IngestException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;
import org.springframework.util.unit.DataSize;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The curation folder ({@code vinculos.curation.dir}, by default {@code curaduria} under the
 * data folder): one folder per draft, named by its report id, holding what {@code ingest}
 * wrote ({@code <id>.txt}, {@code <id>.yaml}, {@code <id>.entities.yaml}) as the curator's
 * decisions change it. Nothing here is in the seeds until it is published.
 */
@Component
class CurationStore {

	private static final Pattern REPORT_ID = Pattern.compile("informe-\\d{4}-[12]");

	private final Path dir;

	private final Path seeds;

	private final long maxUpload;

	CurationStore(@Value("${vinculos.curation.dir:${vinculos.data-dir:./data}/curaduria}") Path dir,
			@Value("${vinculos.seeds.dir:./seeds}") Path seeds,
			@Value("${vinculos.curation.max-upload:25MB}") DataSize maxUpload) {
		this.dir = dir;
		this.seeds = seeds;
		this.maxUpload = maxUpload.toBytes();
	}

	Path seeds() {
		return this.seeds;
	}

	long maxUpload() {
		return this.maxUpload;
	}

	/** A draft in the folder, for the list. */
	record Summary(String id, String file, String user, String uploaded, int events, int pending, int total) {
	}

	List<Summary> list() {
		if (!Files.isDirectory(this.dir)) {
			return List.of();
		}
		List<Summary> out = new ArrayList<>();
		try (Stream<Path> s = Files.list(this.dir)) {
			for (Path p : s.sorted().toList()) {
				String id = p.getFileName().toString();
				if (REPORT_ID.matcher(id).matches() && Files.isRegularFile(p.resolve(id + ".yaml"))) {
					Draft d = load(id);
					Map<String, Object> origin = origin(p);
					out.add(new Summary(id, str(origin.get("file")), str(origin.get("user")), str(origin.get("uploaded")),
							d.events().size(), d.pendingItems().size() + d.pendingCandidates().size(),
							d.allItems().size() + d.candidates.size()));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out;
	}

	/**
	 * Drafts an uploaded report with the ingest code. Bad files are refused with a Spanish
	 * reason before the drafter sees them; the drafter's own refusals keep their Spanish half.
	 */
	synchronized String create(String fileName, InputStream content, long size, String reportId, String user) {
		String name = fileName == null ? "" : Path.of(fileName).getFileName().toString();
		String lower = name.toLowerCase(Locale.ROOT);
		if (size <= 0) {
			throw new CurationException(400, "cur.upload.empty");
		}
		if (size > this.maxUpload) {
			throw new CurationException(413, "cur.upload.tooLarge", this.maxUpload / (1024 * 1024));
		}
		boolean pdf = lower.endsWith(".pdf");
		if (!pdf && !lower.endsWith(".txt")) {
			throw new CurationException(400, "cur.upload.type");
		}
		if (reportId != null && !reportId.isBlank() && !REPORT_ID.matcher(reportId.strip()).matches()) {
			throw new CurationException(400, "cur.upload.reportId", reportId);
		}
		try {
			Files.createDirectories(this.dir);
			Path work = Files.createTempDirectory(this.dir, ".subida-");
			try {
				Path input = work.resolve(pdf ? "informe.pdf" : "informe.txt");
				Files.copy(content, input);
				checkContent(input, pdf);
				List<String> args = new ArrayList<>(List.of(input.toString(), "--out", work.resolve("out").toString(),
						"--seeds", this.seeds.toString()));
				boolean given = reportId != null && !reportId.isBlank();
				IngestCommand.Result r;
				try {
					// the period the text states comes first: a typed id that contradicts it would
					// date every event of the report in the wrong semester
					r = IngestCommand.execute(args.toArray(String[]::new));
					if (given && !r.reportId().equals(reportId.strip())) {
						throw new CurationException(400, "cur.upload.idMismatch", reportId.strip(), r.reportId());
					}
				}
				catch (IngestException first) {
					if (!given) {
						throw refusal(first);
					}
					// the text does not say its period: the typed id says it
					FileSystemUtils.deleteRecursively(work.resolve("out"));
					args.addAll(List.of("--report-id", reportId.strip()));
					try {
						r = IngestCommand.execute(args.toArray(String[]::new));
					}
					catch (IngestException ex) {
						throw refusal(ex);
					}
				}
				if (Files.exists(this.seeds.resolve(r.reportId() + ".yaml"))) {
					throw new CurationException(409, "cur.upload.published", r.reportId());
				}
				Path target = this.dir.resolve(r.reportId());
				if (Files.exists(target)) {
					throw new CurationException(409, "cur.upload.exists", r.reportId());
				}
				Map<String, Object> origin = new LinkedHashMap<>();
				origin.put("file", name);
				origin.put("user", user);
				origin.put("uploaded", Instant.now().toString());
				dump(work.resolve("out").resolve("origen.yaml"), origin, "");
				Files.move(work.resolve("out"), target);
				return r.reportId();
			}
			finally {
				FileSystemUtils.deleteRecursively(work);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The drafter's refusal for the page: it speaks both languages ("Spanish / English"); paths stay out. */
	private static CurationException refusal(IngestException ex) {
		String m = ex.getMessage();
		String spanish = m.contains(" / ") ? m.substring(0, m.indexOf(" / ")) : m;
		return new CurationException(400, "cur.upload.ingest", spanish);
	}

	/** A PDF starts with its signature; a text is UTF-8 without NUL bytes. */
	private static void checkContent(Path input, boolean pdf) throws IOException {
		byte[] head;
		try (InputStream in = Files.newInputStream(input)) {
			head = in.readNBytes(1024);
		}
		if (pdf) {
			if (!new String(head, StandardCharsets.ISO_8859_1).startsWith("%PDF-")) {
				throw new CurationException(400, "cur.upload.notPdf");
			}
			return;
		}
		byte[] all = Files.readAllBytes(input);
		for (byte b : all) {
			if (b == 0) {
				throw new CurationException(400, "cur.upload.notText");
			}
		}
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(java.nio.ByteBuffer.wrap(all));
		}
		catch (CharacterCodingException ex) {
			throw new CurationException(400, "cur.upload.notUtf8");
		}
	}

	boolean exists(String id) {
		return id != null && REPORT_ID.matcher(id).matches() && Files.isRegularFile(this.dir.resolve(id).resolve(id + ".yaml"));
	}

	@SuppressWarnings("unchecked")
	Draft load(String id) {
		if (!exists(id)) {
			throw new CurationException(404, "cur.draft.unknown", id);
		}
		Path d = this.dir.resolve(id);
		Object report = read(d.resolve(id + ".yaml"));
		Object cands = Files.isRegularFile(d.resolve(id + ".entities.yaml")) ? read(d.resolve(id + ".entities.yaml"))
				: null;
		try {
			List<String> text = List.of(Files.readString(d.resolve(id + ".txt"), StandardCharsets.UTF_8).split("\n", -1));
			return new Draft(id, d, (Map<String, Object>) report,
					cands instanceof List<?> l ? new ArrayList<>((List<Map<String, Object>>) l) : new ArrayList<>(), text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** How many decisions on a draft can be taken back, newest first. */
	static final int UNDO_STEPS = 200;

	/** Where a draft keeps the files each decision replaced. */
	private static final String UNDO_DIR = "deshacer";

	/**
	 * A curator's decision, as the undo button names it: the action ({@code aceptar},
	 * {@code aceptarTodo}, {@code rechazar}, {@code corregir}, {@code juzgar}) and its item.
	 */
	record Decision(String action, String what) {
	}

	/**
	 * Writes the draft back after a curator's decision, keeping the files it replaces (the
	 * draft and its entity candidates) so that the decision can be undone.
	 */
	synchronized void save(Draft draft, Decision decision) {
		Path steps = draft.dir.resolve(UNDO_DIR);
		try {
			Files.createDirectories(steps);
			List<Path> old = steps(steps);
			int next = old.isEmpty() ? 1 : Integer.parseInt(old.get(old.size() - 1).getFileName().toString()) + 1;
			Path step = steps.resolve(String.format(Locale.ROOT, "%06d", next));
			Path tmp = steps.resolve(".paso-" + UUID.randomUUID());
			Files.createDirectories(tmp);
			for (String f : List.of(draft.id + ".yaml", draft.id + ".entities.yaml")) {
				if (Files.isRegularFile(draft.dir.resolve(f))) {
					Files.copy(draft.dir.resolve(f), tmp.resolve(f));
				}
			}
			Map<String, Object> d = new LinkedHashMap<>();
			d.put("action", decision.action());
			d.put("what", decision.what());
			dump(tmp.resolve("decision.yaml"), d, "");
			// the step appears whole or not at all
			Files.move(tmp, step, StandardCopyOption.ATOMIC_MOVE);
			for (int i = 0; i + UNDO_STEPS <= old.size(); i++) {
				FileSystemUtils.deleteRecursively(old.get(i));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		save(draft);
	}

	/** The decision the undo button would take back, or null when there is none. */
	Decision lastDecision(String id) {
		if (!exists(id)) {
			return null;
		}
		List<Path> steps = steps(this.dir.resolve(id).resolve(UNDO_DIR));
		return steps.isEmpty() ? null : decision(steps.get(steps.size() - 1));
	}

	/** Takes back the latest decision on a draft: its files return to what they were before it. */
	synchronized Decision undo(String id) {
		if (!exists(id)) {
			throw new CurationException(404, "cur.draft.unknown", id);
		}
		Path dir = this.dir.resolve(id);
		List<Path> steps = steps(dir.resolve(UNDO_DIR));
		if (steps.isEmpty()) {
			throw new CurationException(409, "cur.undo.nothing");
		}
		Path step = steps.get(steps.size() - 1);
		Decision decision = decision(step);
		try {
			for (String f : List.of(id + ".yaml", id + ".entities.yaml")) {
				if (Files.isRegularFile(step.resolve(f))) {
					Files.move(step.resolve(f), dir.resolve(f), StandardCopyOption.REPLACE_EXISTING,
							StandardCopyOption.ATOMIC_MOVE);
				}
			}
			FileSystemUtils.deleteRecursively(step);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return decision;
	}

	private static List<Path> steps(Path steps) {
		if (!Files.isDirectory(steps)) {
			return List.of();
		}
		try (Stream<Path> s = Files.list(steps)) {
			return s.filter(p -> p.getFileName().toString().matches("\\d{6}")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Decision decision(Path step) {
		Path f = step.resolve("decision.yaml");
		if (Files.isRegularFile(f) && read(f) instanceof Map<?, ?> m) {
			return new Decision(str(m.get("action")), str(m.get("what")));
		}
		return new Decision("", "");
	}

	/** Writes the draft back, each file replaced whole (never half written). */
	synchronized void save(Draft draft) {
		dump(draft.dir.resolve(draft.id + ".yaml"), draft.report,
				"# Borrador en revisión (curaduría). Lo pendiente está en review: pending.\n");
		dump(draft.dir.resolve(draft.id + ".entities.yaml"), draft.candidates,
				"# Entidades nuevas propuestas por el borrador, con el juicio del curador.\n");
	}

	/** Moves a published draft out of the list, keeping it as a record. */
	synchronized void archive(String id) {
		try {
			Path done = this.dir.resolve("publicados");
			Files.createDirectories(done);
			Files.move(this.dir.resolve(id), done.resolve(id + "-" + System.currentTimeMillis()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	synchronized void discard(String id) {
		if (!exists(id)) {
			throw new CurationException(404, "cur.draft.unknown", id);
		}
		FileSystemUtils.deleteRecursively(this.dir.resolve(id).toFile());
	}

	private static Map<String, Object> origin(Path draftDir) {
		Path f = draftDir.resolve("origen.yaml");
		return Files.isRegularFile(f) && read(f) instanceof Map<?, ?> m ? cast(m) : Map.of();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> cast(Map<?, ?> m) {
		return (Map<String, Object>) m;
	}

	static Object read(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Writes a YAML file through a temporary file and an atomic move. */
	static void dump(Path file, Object doc, String header) {
		try {
			Path tmp = file.resolveSibling("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
			try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
				w.write(header);
				w.write(IngestCommand.yaml(doc));
			}
			Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String str(Object o) {
		return o == null ? null : String.valueOf(o);
	}


}
