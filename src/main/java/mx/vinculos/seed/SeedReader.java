package mx.vinculos.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import mx.vinculos.graph.Names;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads the registry and every report file of a seeds folder, and checks all of it before
 * anything is written: evidence found in the report at the cited line, references that
 * exist, no entity known under another's name, valid dates and enumerations. The result is
 * the rows to write, or a {@link SeedValidationException} listing every problem as
 * "file: entry: reason".
 */
public final class SeedReader {

	static final Set<String> ENTITY_TYPES = Set.of("Agency", "City", "Country", "Organization", "Network", "Person",
			"Project");

	static final Set<String> EVENT_KINDS = Set.of("meeting", "visit", "forum", "session", "workshop", "signing",
			"award", "interview", "ceremony", "course", "webinar", "conference", "assembly", "exchange",
			"illumination", "exhibition", "campaign", "mission", "program", "other");

	static final Set<String> MODALITIES = Set.of("presencial", "virtual", "híbrido");

	static final Set<String> ROLES = Set.of("organizer", "host", "speaker", "moderator", "attendee", "supporter",
			"represented");

	static final Set<String> AGREEMENT_KINDS = Set.of("convenio", "memorando", "carta de intención", "declaración",
			"acuerdo", "protocolo", "programa", "other");

	static final Set<String> STATUSES = Set.of("signed", "extended", "renewed", "in-force", "in-negotiation",
			"announced", "adhered", "adopted", "concluded", "other");

	static final Set<String> PRECISIONS = Set.of("day", "month", "unknown");

	static final Set<String> RELATIONSHIP_TYPES = Set.of("HOLDS_POSITION", "AGREEMENT", "FUNDED", "MEMBER_OF",
			"PARTICIPATED_IN");

	/** Registry-only edges: facts about the world rather than about one report. */
	public static final String REGISTRY_SOURCE = "registry";

	/** Longest summary accepted: 1–3 sentences of a report rarely pass 400 characters. */
	static final int MAX_SUMMARY = 600;

	private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Pattern HYPHEN_BREAK = Pattern.compile("(\\w)-[ \\t]*\\n[ \\t]*(\\w)",
			Pattern.UNICODE_CHARACTER_CLASS);

	private static final Pattern REPORT_FILE = Pattern.compile("informe-.+\\.ya?ml");

	private final Path dir;

	private final List<SeedValidationException.Problem> problems = new ArrayList<>();

	private final Map<String, Map<String, Object>> entities = new LinkedHashMap<>();

	private final Map<String, String> entityTypes = new HashMap<>();

	/** Entities that are places as well as bodies (Mexico City's alcaldías): events may be held in them. */
	private final Set<String> places = new HashSet<>();

	/** Every name of each entity (name, aliases, external aliases) but those marked ambiguous. */
	private final Map<String, List<String>> names = new LinkedHashMap<>();

	/** Report texts, folded, for the check that every alias is a spelling some report uses. */
	private final List<String> foldedTexts = new ArrayList<>();

	private static final Set<String> PLACE_TYPES = Set.of("City", "Country");

	private SeedReader(Path dir) {
		this.dir = dir;
	}

	/**
	 * Reads and validates the seeds under {@code dir}.
	 * @throws SeedValidationException listing every problem found
	 */
	public static SeedSet read(Path dir) {
		return new SeedReader(dir).read();
	}

	private SeedSet read() {
		Path registryFile = this.dir.resolve("entities.yaml");
		List<Path> reportFiles = reportFiles();
		List<Object> registryDoc = asList(parse(registryFile), "entities.yaml", "the registry");
		String registrySha = Files.isRegularFile(registryFile) ? sha256(registryFile) : "";
		List<SeedSet.EntityRow> entityRows = readRegistry(registryDoc);
		List<Map<String, Object>> docs = new ArrayList<>();
		for (Path f : reportFiles) {
			Object doc = parse(f);
			docs.add(doc instanceof Map<?, ?> m ? cast(m) : Map.of());
			if (!(doc instanceof Map)) {
				problem(f.getFileName().toString(), "file", "notMapping", "not a YAML mapping with report, events, relationships");
			}
		}
		Map<String, String> eventOwners = new HashMap<>();
		for (int i = 0; i < docs.size(); i++) {
			String file = reportFiles.get(i).getFileName().toString();
			for (Object o : list(docs.get(i).get("events"))) {
				if (o instanceof Map<?, ?> ev && ev.get("id") instanceof String id) {
					String previous = eventOwners.put(id, file);
					if (previous != null) {
						problem(file, "event " + id, "duplicateEvent", "duplicate event id (also in " + previous + ")", previous);
					}
				}
			}
		}
		List<SeedSet.ReportRows> reports = new ArrayList<>();
		for (int i = 0; i < docs.size(); i++) {
			reports.add(readReport(reportFiles.get(i), docs.get(i), eventOwners.keySet()));
		}
		checkAliasesInReports(registryDoc);
		checkJudgements();
		if (!this.problems.isEmpty()) {
			throw new SeedValidationException(this.problems);
		}
		List<SeedSet.EdgeRow> registryEdges = registryEdges();
		return new SeedSet(registrySha, entityRows, registryEdges, reports);
	}

	private List<Path> reportFiles() {
		List<Path> files = new ArrayList<>();
		try (DirectoryStream<Path> stream = Files.newDirectoryStream(this.dir)) {
			for (Path p : stream) {
				if (REPORT_FILE.matcher(p.getFileName().toString()).matches()) {
					files.add(p);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the seeds folder " + this.dir.toAbsolutePath(), ex);
		}
		files.sort(null);
		return files;
	}

	private Object parse(Path file) {
		if (!Files.isRegularFile(file)) {
			problem(file.getFileName().toString(), "file", "fileMissing", "missing (looked in " + file.toAbsolutePath() + ")");
			return null;
		}
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		try (InputStream in = Files.newInputStream(file)) {
			return new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(),
					options, new DatesAsText()).load(in);
		}
		catch (YAMLException ex) {
			String why = ex.getMessage().replace('\n', ' ');
			problem(file.getFileName().toString(), "file", "notYaml", "not valid YAML: " + why, why);
			return null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private List<SeedSet.EntityRow> readRegistry(List<Object> items) {
		String file = "entities.yaml";
		List<SeedSet.EntityRow> rows = new ArrayList<>();
		Map<String, String> keyOwners = new HashMap<>();
		Map<String, Set<String>> ambiguousBy = new HashMap<>();
		for (int i = 0; i < items.size(); i++) {
			if (!(items.get(i) instanceof Map<?, ?> raw)) {
				problem(file, "entry #" + (i + 1), "entryNotMapping", "not a mapping");
				continue;
			}
			Map<String, Object> e = cast(raw);
			String id = str(e.get("id"));
			String where = "entity " + (id == null ? "#" + (i + 1) : id);
			if (id == null || !ID.matcher(id).matches()) {
				problem(file, where, "idNotSlug", "id missing or not a slug (lowercase letters, digits and '-')");
				continue;
			}
			if (this.entities.containsKey(id)) {
				problem(file, where, "duplicateId", "duplicate id");
				continue;
			}
			String type = str(e.get("type"));
			if (!ENTITY_TYPES.contains(type)) {
				problem(file, where, "entityType", "type " + type + " is not one of " + new TreeSet<>(ENTITY_TYPES), type, new TreeSet<>(ENTITY_TYPES));
			}
			String name = str(e.get("name"));
			if (name == null || name.isBlank()) {
				problem(file, where, "nameMissing", "name missing");
				name = id;
			}
			List<String> aliases = strings(e.get("aliases"), file, where, "aliases");
			for (String a : aliases) {
				String why = SeedLint.aliasProblem(a);
				if (why != null) {
					problem(file, where, why.startsWith("alias looks like a sentence") ? "aliasSentence" : "aliasNote", "alias '" + a + "': " + why, a);
				}
			}
			for (Object x : list(e.get("externalAliases"))) {
				Map<String, Object> ext = map(x);
				String alias = str(ext.get("alias"));
				String reason = str(ext.get("reason"));
				if (alias == null || alias.isBlank() || reason == null || reason.isBlank()) {
					problem(file, where, "externalAliases", "externalAliases: each needs alias and reason");
					continue;
				}
				String why = SeedLint.aliasProblem(alias);
				if (why != null) {
					problem(file, where, why.startsWith("alias looks like a sentence") ? "aliasSentence" : "aliasNote", "alias '" + alias + "': " + why, alias);
				}
				if (SeedLint.english(reason)) {
					problem(file, where, "englishNote", "note looks English (externalAliases reason): write it in Spanish", "externalAliases");
				}
				// names the world uses for it, though no report does: searchable all the same
				aliases.add(alias);
			}
			if (SeedLint.english(str(e.get("note")))) {
				problem(file, where, "englishNote", "note looks English: write it in Spanish", "note");
			}
			if (Boolean.TRUE.equals(e.get("place"))) {
				this.places.add(id);
			}
			review(e, file, where);
			this.entities.put(id, e);
			this.entityTypes.put(id, type);
			Set<String> ambiguous = new HashSet<>();
			for (String a : strings(e.get("ambiguous"), file, where, "ambiguous")) {
				ambiguous.add(Names.fold(a));
			}
			ambiguousBy.put(id, ambiguous);
			Map<String, Object> props = new LinkedHashMap<>();
			props.put("id", id);
			props.put("name", name);
			props.put("aliases", aliases);
			props.put("aliasText", String.join(" | ", aliases));
			props.put("nameKeys", Names.keys(name, aliases));
			props.put("type", type);
			if (e.get("note") != null) {
				props.put("note", String.valueOf(e.get("note")));
			}
			if (!ambiguous.isEmpty()) {
				props.put("ambiguous", strings(e.get("ambiguous"), file, where, "ambiguous"));
			}
			if (this.places.contains(id)) {
				props.put("place", true);
			}
			List<String> all = new ArrayList<>();
			all.add(name);
			all.addAll(aliases);
			this.names.put(id, all.stream().filter(n -> !ambiguous.contains(Names.fold(n))).toList());
			rows.add(new SeedSet.EntityRow(id, type, props));
		}
		// One thing, one node: no folded key may name two entities, unless both say so.
		for (SeedSet.EntityRow row : rows) {
			Set<String> keys = new HashSet<>();
			keys.add(Names.fold((String) row.props().get("name")));
			for (Object a : (List<?>) row.props().get("aliases")) {
				keys.add(Names.fold((String) a));
			}
			for (String key : keys) {
				if (key.isEmpty()) {
					continue;
				}
				String other = keyOwners.putIfAbsent(key, row.id());
				if (other != null && !other.equals(row.id()) && !(ambiguousBy.get(row.id()).contains(key)
						&& ambiguousBy.get(other).contains(key))) {
					problem(file, "entity " + row.id(), "nameTaken", "name or alias '" + key + "' also names " + other
							+ " (merge them, or list it under ambiguous in both)", key, other);
				}
			}
		}
		for (Map.Entry<String, Map<String, Object>> e : this.entities.entrySet()) {
			for (String field : List.of("parent", "country")) {
				String ref = str(e.getValue().get(field));
				if (ref != null && !this.entities.containsKey(ref)) {
					problem(file, "entity " + e.getKey(), "notAnEntity", field + " " + ref + " is not an entity", field, ref);
				}
			}
		}
		return rows;
	}

	private List<SeedSet.EdgeRow> registryEdges() {
		List<SeedSet.EdgeRow> edges = new ArrayList<>();
		for (Map.Entry<String, Map<String, Object>> e : this.entities.entrySet()) {
			String parent = str(e.getValue().get("parent"));
			String country = str(e.getValue().get("country"));
			if (parent != null) {
				edges.add(new SeedSet.EdgeRow("PART_OF", e.getKey(), false, parent, false,
						Map.of("source", REGISTRY_SOURCE)));
			}
			if (country != null) {
				edges.add(new SeedSet.EdgeRow("LOCATED_IN", e.getKey(), false, country, false,
						Map.of("source", REGISTRY_SOURCE)));
			}
		}
		return edges;
	}

	private SeedSet.ReportRows readReport(Path path, Map<String, Object> doc, Set<String> allEvents) {
		String file = path.getFileName().toString();
		Map<String, Object> report = map(doc.get("report"));
		String reportId = str(report.get("id"));
		String textFile = str(report.get("file"));
		if (reportId == null || !ID.matcher(reportId).matches()) {
			problem(file, "report", "reportId", "report.id missing or not a slug");
			reportId = file.replaceFirst("\\.ya?ml$", "");
		}
		if (doc.containsKey("entities")) {
			problem(file, "entities", "entitiesInReport", "entities belong in entities.yaml, not in a report file");
		}
		ReportText text = null;
		if (textFile == null || !Files.isRegularFile(this.dir.resolve(textFile))) {
			problem(file, "report", "reportFile", "report.file " + textFile + " is not a file in the seeds folder", textFile);
		}
		else {
			text = ReportText.read(this.dir.resolve(textFile));
		}
		SeedLint.Tracker tracker = new SeedLint.Tracker();
		Context c = new Context(file, reportId, text);
		review(report, file, "report");
		Map<String, Object> reportProps = new LinkedHashMap<>();
		reportProps.put("id", reportId);
		reportProps.put("name", str(report.getOrDefault("title", reportId)));
		reportProps.put("file", textFile);
		reportProps.put("periodStart", date(report.get("periodStart"), c, "report", "periodStart"));
		reportProps.put("periodEnd", date(report.get("periodEnd"), c, "report", "periodEnd"));

		List<SeedSet.EventRow> events = new ArrayList<>();
		List<SeedSet.EdgeRow> edges = new ArrayList<>();
		for (Object o : list(doc.get("events"))) {
			Map<String, Object> ev = map(o);
			String id = str(ev.get("id"));
			String where = "event " + id;
			if (id == null || !ID.matcher(id).matches()) {
				problem(file, where, "idNotSlug", "id missing or not a slug");
				continue;
			}
			Map<String, Object> props = new LinkedHashMap<>();
			props.put("id", id);
			String title = str(ev.get("title"));
			if (title == null || title.isBlank()) {
				problem(file, where, "titleMissing", "title missing");
			}
			props.put("name", title);
			props.put("title", title);
			List<String> aliases = strings(ev.get("aliases"), file, where, "aliases");
			props.put("aliases", aliases);
			props.put("aliasText", String.join(" | ", aliases));
			props.put("nameKeys", Names.keys(title, aliases));
			props.put("kind", oneOf(ev.get("kind"), EVENT_KINDS, c, where, "kind", false));
			LocalDate start = date(ev.get("startDate"), c, where, "startDate");
			LocalDate end = date(ev.get("endDate"), c, where, "endDate");
			if (start != null && end != null && end.isBefore(start)) {
				problem(file, where, "dateOrder", "endDate " + end + " is before startDate " + start, end, start);
			}
			if (end != null && start == null) {
				problem(file, where, "endWithoutStart", "endDate without startDate");
			}
			props.put("startDate", start);
			props.put("endDate", end != null && !end.equals(start) ? end : null);
			Object precision = ev.getOrDefault("datePrecision", start == null ? "unknown" : "day");
			props.put("datePrecision", oneOf(precision, PRECISIONS, c, where, "datePrecision", false));
			props.put("modality", oneOf(ev.get("modality"), MODALITIES, c, where, "modality", true));
			for (String f : List.of("section", "eje", "part", "note")) {
				props.put(f, str(ev.get(f)));
			}
			englishNote(str(ev.get("note")), c, where, "note");
			Evidence evidence = evidence(ev, c, where);
			props.putAll(evidence.props(reportId));
			summary(ev.get("summary"), c, where, props);
			props.values().removeIf(v -> v == null);
			events.add(new SeedSet.EventRow(id, props));
			edges.add(new SeedSet.EdgeRow("REPORTED_IN", id, true, reportId, false, evidence.props(reportId)));

			Map<String, Object> partOf = map(ev.get("partOf"));
			if (!partOf.isEmpty()) {
				String parent = str(partOf.get("event"));
				if (!allEvents.contains(parent)) {
					problem(file, where, "unknownParent", "partOf: unknown event " + parent, parent);
				}
				Evidence pe = partOf.get("line") != null ? evidence(partOf, c, where + " partOf") : evidence;
				edges.add(new SeedSet.EdgeRow("PART_OF", id, true, parent, true, pe.props(reportId)));
			}
			// one place (a mapping) or several (a list), each with its own evidence
			Object heldIns = ev.get("heldIn");
			for (Object h : heldIns instanceof List<?> l ? l : heldIns == null ? List.of() : List.of(heldIns)) {
				Map<String, Object> heldIn = map(h);
				String place = str(heldIn.get("entity"));
				String hw = where + " heldIn " + place;
				if (heldIn.isEmpty()) {
					problem(file, hw, "place", "each place needs entity, line and quote");
					continue;
				}
				if (place == null || !this.places.contains(place)) {
					entity(place, PLACE_TYPES, c, hw);
				}
				Map<String, Object> edge = evidence(heldIn, c, hw).props(reportId);
				edges.add(new SeedSet.EdgeRow("HELD_IN", id, true, place, false, edge));
				track(tracker.edge(hw, "HELD_IN", id, place, heldIn.get("line"), false), c, hw);
				englishNote(str(heldIn.get("note")), c, hw, "note");
			}
			for (Object po : list(ev.get("participants"))) {
				Map<String, Object> p = map(po);
				String who = str(p.get("entity"));
				String pw = where + " participant " + who;
				entity(who, null, c, pw);
				Map<String, Object> edge = new LinkedHashMap<>();
				edge.put("role", oneOf(p.get("role"), ROLES, c, pw, "role", false));
				edge.put("title", str(p.get("title")));
				edge.put("note", str(p.get("note")));
				edge.putAll(evidence(p, c, pw).props(reportId));
				edge.values().removeIf(v -> v == null);
				edges.add(new SeedSet.EdgeRow("PARTICIPATED_IN", who, false, id, true, edge));
				track(tracker.edge(pw, "PARTICIPATED_IN", who, id, p.get("line"), false), c, pw);
				track(tracker.role(pw, id, who, str(p.get("role"))), c, pw);
				englishNote(str(p.get("note")), c, pw, "note");
			}
		}

		int n = 0;
		for (Object o : list(doc.get("relationships"))) {
			n++;
			Map<String, Object> r = map(o);
			String type = str(r.get("type"));
			String where = "relationship #" + n + " " + type + " " + r.get("from") + " -> " + r.get("to");
			if (!RELATIONSHIP_TYPES.contains(type)) {
				problem(file, where, "relationshipType", "type must be one of " + new TreeSet<>(RELATIONSHIP_TYPES), new TreeSet<>(RELATIONSHIP_TYPES));
				continue;
			}
			List<String> froms = refs(r.get("from"));
			List<String> tos = refs(r.get("to"));
			if (froms.isEmpty() || tos.isEmpty()) {
				problem(file, where, "fromTo", "from and to are required");
			}
			for (String f : froms) {
				entity(f, type.equals("HOLDS_POSITION") ? Set.of("Person") : null, c, where);
			}
			boolean toEvent = type.equals("PARTICIPATED_IN");
			for (String t : tos) {
				if (toEvent) {
					if (!allEvents.contains(t)) {
						problem(file, where, "unknownEvent", "unknown event " + t, t);
					}
				}
				else {
					entity(t, type.equals("MEMBER_OF") ? Set.of("Network", "Organization") : null, c, where);
				}
			}
			Map<String, Object> props = new LinkedHashMap<>();
			switch (type) {
				case "HOLDS_POSITION" -> {
					props.put("title", required(r, "title", c, where));
					props.put("former", Boolean.TRUE.equals(r.get("former")));
				}
				case "AGREEMENT" -> {
					props.put("title", required(r, "title", c, where));
					props.put("kind", oneOf(r.get("kind"), AGREEMENT_KINDS, c, where, "kind", false));
					props.put("status", oneOf(r.get("status"), STATUSES, c, where, "status", true));
					props.put("date", date(r.get("date"), c, where, "date"));
					String event = str(r.get("event"));
					if (event != null && !allEvents.contains(event)) {
						problem(file, where, "unknownEvent", "unknown event " + event, event);
					}
					props.put("event", event);
				}
				case "FUNDED" -> {
					Object amount = r.get("amount");
					if (amount != null && !(amount instanceof Number)) {
						problem(file, where, "amount", "amount must be a number or null (the words go in amountText)");
					}
					props.put("amount", amount instanceof Number num ? num.doubleValue() : null);
					props.put("currency", str(r.get("currency")));
					props.put("amountText", str(r.get("amountText")));
					props.put("purpose", str(r.get("purpose")));
					props.put("inKind", Boolean.TRUE.equals(r.get("inKind")));
					props.put("start", date(r.get("start"), c, where, "start"));
					props.put("end", date(r.get("end"), c, where, "end"));
				}
				case "MEMBER_OF" -> {
					props.put("role", str(r.get("role")));
					props.put("since", date(r.get("since"), c, where, "since"));
				}
				case "PARTICIPATED_IN" -> {
					props.put("role", oneOf(r.get("role"), ROLES, c, where, "role", false));
					props.put("title", str(r.get("title")));
				}
				default -> throw new IllegalStateException(type);
			}
			props.put("note", str(r.get("note")));
			englishNote(str(r.get("note")), c, where, "note");
			englishNote(str(r.get("purpose")), c, where, "purpose");
			props.putAll(evidence(r, c, where).props(reportId));
			props.values().removeIf(v -> v == null);
			for (String f : froms) {
				for (String t : tos) {
					edges.add(new SeedSet.EdgeRow(type, f, false, t, toEvent, props));
					track(tracker.edge(where, type, f, t, r.get("line"), type.equals("AGREEMENT")), c, where);
					if (toEvent) {
						track(tracker.role(where, t, f, str(r.get("role"))), c, where);
					}
				}
			}
		}
		reportProps.values().removeIf(v -> v == null);
		String sha = sha256(path) + (textFile == null ? "" : sha256(this.dir.resolve(textFile)));
		return new SeedSet.ReportRows(reportId, file, reportProps, events, edges, sha);
	}

	/**
	 * YAML's implicit timestamps are parsed leniently (2021-08-33 becomes 2 September); keep
	 * dates as text so {@link LocalDate#parse} checks them strictly.
	 */
	private static final class DatesAsText extends Resolver {

		@Override
		protected void addImplicitResolvers() {
			addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO", 10);
			addImplicitResolver(Tag.INT, INT, "-+0123456789");
			addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
			addImplicitResolver(Tag.MERGE, MERGE, "<", 10);
			addImplicitResolver(Tag.NULL, NULL, "~nN\0", 10);
			addImplicitResolver(Tag.NULL, EMPTY, null, 10);
		}

	}

	private record Context(String file, String reportId, ReportText text) {
	}

	private record Evidence(int line, String quote) {

		Map<String, Object> props(String reportId) {
			Map<String, Object> p = new LinkedHashMap<>();
			p.put("source", reportId);
			p.put("line", (long) this.line);
			p.put("quote", this.quote);
			return p;
		}

	}

	/** Review states a drafted item may carry once a curator decided; anything else is refused. */
	static final Set<String> REVIEWED = Set.of("accepted", "corrected");

	/**
	 * Drafted items carry {@code confidence} and {@code review}: the loader takes an item only
	 * once a curator accepted or corrected it (items without the fields are curated by hand).
	 */
	private void review(Map<String, Object> m, String file, String where) {
		Object review = m.get("review");
		if (review != null && !REVIEWED.contains(String.valueOf(review))) {
			problem(file, where, "review", "review: " + review + " (a drafted item loads only once a curator sets review: "
					+ "accepted or corrected; delete rejected items)", review);
		}
		Object confidence = m.get("confidence");
		if (confidence != null && !(confidence instanceof Number n && n.doubleValue() >= 0 && n.doubleValue() <= 1)) {
			problem(file, where, "confidence", "confidence " + confidence + " must be a number from 0 to 1", confidence);
		}
	}

	private Evidence evidence(Map<String, Object> m, Context c, String where) {
		review(m, c.file(), where);
		Object line = m.get("line");
		String quote = str(m.get("quote"));
		if (!(line instanceof Integer l) || quote == null || quote.isBlank()) {
			problem(c.file(), where, "evidence", "line (a number) and quote are required: no evidence, no edge");
			return new Evidence(0, quote == null ? "" : quote);
		}
		if (c.text() != null && !c.text().contains(l, quote)) {
			String shown = quote.length() > 80 ? quote.substring(0, 80) + "…" : quote;
			problem(c.file(), where, "quote", "quote not found at line " + l + ": \"" + shown + "\"", l, shown);
		}
		return new Evidence(l, ReportText.squash(quote));
	}

	/**
	 * What happened, in the report's own words: an excerpt of the event's body, checked like
	 * any quote but allowed to run over page noise. Kept on the event as {@code summary} and
	 * {@code summaryLine}.
	 */
	private void summary(Object value, Context c, String where, Map<String, Object> props) {
		if (value == null) {
			return;
		}
		Map<String, Object> s = map(value);
		Object line = s.get("line");
		String quote = str(s.get("quote"));
		if (!(line instanceof Integer l) || quote == null || quote.isBlank()) {
			problem(c.file(), where + " summary", "summaryEvidence", "line (a number) and quote are required");
			return;
		}
		String text = ReportText.squash(quote);
		if (text.length() > MAX_SUMMARY) {
			problem(c.file(), where + " summary", "summaryLength",
					"longer than " + MAX_SUMMARY + " characters (" + text.length() + "): keep it to 1–3 sentences", MAX_SUMMARY, text.length());
		}
		if (c.text() != null && !c.text().containsSkippingNoise(l, quote)) {
			String shown = text.length() > 80 ? text.substring(0, 80) + "…" : text;
			problem(c.file(), where + " summary", "quote", "quote not found at line " + l + ": \"" + shown + "\"", l, shown);
		}
		props.put("summary", text);
		props.put("summaryLine", (long) l);
	}

	private void track(SeedLint.Tracker.Finding finding, Context c, String where) {
		if (finding != null) {
			problem(c.file(), where, finding.key(), finding.reason(), finding.args());
		}
	}

	private void englishNote(String text, Context c, String where, String field) {
		if (SeedLint.english(text)) {
			problem(c.file(), where, "englishNote", "note looks English (" + field + "): write it in Spanish", field);
		}
	}

	/** Aliases are spellings a report uses; others go under externalAliases, with a reason. */
	private void checkAliasesInReports(List<Object> registry) {
		try (DirectoryStream<Path> stream = Files.newDirectoryStream(this.dir, "*.txt")) {
			for (Path p : stream) {
				String text = Files.readString(p, java.nio.charset.StandardCharsets.UTF_8);
				this.foldedTexts.add(" " + Names.fold(HYPHEN_BREAK.matcher(text).replaceAll("$1$2")) + " ");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (this.foldedTexts.isEmpty()) {
			return;
		}
		for (Object o : registry) {
			Map<String, Object> e = map(o);
			String id = str(e.get("id"));
			for (Object a : list(e.get("aliases"))) {
				String alias = str(a);
				if (alias == null || SeedLint.aliasProblem(alias) != null) {
					continue;
				}
				String key = " " + Names.fold(alias) + " ";
				if (this.foldedTexts.stream().noneMatch(t -> t.contains(key))) {
					problem("entities.yaml", "entity " + id, "aliasNotInReports", "alias '" + alias
							+ "': alias not found in any report: remove it or move it to externalAliases with a reason", alias);
				}
			}
		}
	}

	/**
	 * Every likely duplicate pair of entities must be judged, the way nomenklatura records
	 * judgements: same (then merge them) or different, by whom and why. A curator who keeps a
	 * drafted entity with nothing like it in the registry records it as {@code new} (left only).
	 */
	private void checkJudgements() {
		String file = "judgements.yaml";
		Path path = this.dir.resolve(file);
		Set<String> judged = new HashSet<>();
		List<Object> items = Files.isRegularFile(path) ? asList(parse(path), file, "judgements") : List.of();
		for (int i = 0; i < items.size(); i++) {
			Map<String, Object> j = map(items.get(i));
			String a = str(j.get("left"));
			String b = str(j.get("right"));
			String judgement = str(j.get("judgement"));
			String where = "judgement " + a + ("new".equals(judgement) ? "" : " / " + b);
			if ("new".equals(judgement)) {
				// a curator's word that an entity is none of the registry's: it names one entity
				if (b != null) {
					problem(file, where, "judgementNew", "a new judgement names one entity (left), no right");
				}
				else if (a == null || !this.entities.containsKey(a)) {
					problem(file, where, "unknownEntity", "unknown entity " + a + " (not in entities.yaml)", a);
				}
			}
			else if (!"same".equals(judgement) && !"different".equals(judgement)) {
				problem(file, where, "judgementKind", "judgement must be same, different or new");
			}
			String reason = str(j.get("reason"));
			if (str(j.get("user")) == null || reason == null) {
				problem(file, where, "judgementFields", "user and reason are required");
			}
			else if (SeedLint.english(reason)) {
				problem(file, where, "englishNote", "note looks English (reason): write it in Spanish", "reason");
			}
			if ("same".equals(judgement) && this.entities.containsKey(a) && this.entities.containsKey(b)) {
				problem(file, where, "judgedSame", "judged the same thing: merge them (keep one id, the other names as aliases)");
			}
			if (a != null && b != null) {
				judged.add(SeedLint.pairKey(a, b));
			}
		}
		SeedLint.duplicateCandidates(this.names).forEach((pair, why) -> {
			if (!judged.contains(pair)) {
				String[] ab = pair.split("\\|");
				problem("entities.yaml", "entity " + ab[0], "duplicateCandidate", "duplicate candidate with " + ab[1] + " (" + why
						+ "): merge them or judge the pair in judgements.yaml", ab[1],
						why.replaceFirst("^same words '(.*)'$", "$1"));
			}
		});
	}

	private void entity(String id, Set<String> types, Context c, String where) {
		if (id == null || !this.entities.containsKey(id)) {
			problem(c.file(), where, "unknownEntity", "unknown entity " + id + " (not in entities.yaml)", id);
		}
		else if (types != null && !types.contains(this.entityTypes.get(id))) {
			problem(c.file(), where, "entityKind", id + " is a " + this.entityTypes.get(id) + ", expected one of " + types,
					id, this.entityTypes.get(id), types);
		}
	}

	private String oneOf(Object value, Set<String> allowed, Context c, String where, String field,
			boolean optional) {
		String v = str(value);
		if (v == null && optional) {
			return null;
		}
		if (v == null || !allowed.contains(v)) {
			problem(c.file(), where, "notOneOf", field + " " + v + " is not one of " + new TreeSet<>(allowed), field, v, new TreeSet<>(allowed));
		}
		return v;
	}

	private String required(Map<String, Object> m, String field, Context c, String where) {
		String v = str(m.get(field));
		if (v == null || v.isBlank()) {
			problem(c.file(), where, "fieldMissing", field + " missing", field);
		}
		return v;
	}

	private LocalDate date(Object value, Context c, String where, String field) {
		if (value == null) {
			return null;
		}
		if (value instanceof Date d) {
			return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
		}
		try {
			return LocalDate.parse(String.valueOf(value));
		}
		catch (DateTimeParseException ex) {
			problem(c.file(), where, "notADate", field + " " + value + " is not an ISO date (YYYY-MM-DD)", field, value);
			return null;
		}
	}

	private List<String> strings(Object value, String file, String where, String field) {
		List<String> out = new ArrayList<>();
		for (Object o : list(value)) {
			if (o == null) {
				continue;
			}
			if (!(o instanceof String) && !(o instanceof Number)) {
				problem(file, where, "notStrings", field + " must be a list of strings", field);
				continue;
			}
			out.add(String.valueOf(o));
		}
		return out;
	}

	private static List<String> refs(Object value) {
		List<String> out = new ArrayList<>();
		if (value instanceof Collection<?> c) {
			c.forEach(o -> out.add(str(o)));
		}
		else if (value != null) {
			out.add(str(value));
		}
		return out;
	}

	private List<Object> asList(Object doc, String file, String what) {
		if (doc == null) {
			return List.of();
		}
		if (!(doc instanceof List<?> l)) {
			problem(file, "file", "notAList", what + " must be a YAML list", what);
			return List.of();
		}
		return new ArrayList<>(l);
	}

	/** A problem, with its bundle key ({@code seed.problem.<key>}) and arguments for curators. */
	private void problem(String file, String entry, String key, String reason, Object... args) {
		this.problems.add(new SeedValidationException.Problem(file, entry, "seed.problem." + key,
				java.util.Arrays.asList(args), reason));
	}

	private static String str(Object o) {
		if (o == null) {
			return null;
		}
		if (o instanceof Date d) {
			return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString();
		}
		return String.valueOf(o);
	}

	private static List<?> list(Object o) {
		return o instanceof List<?> l ? l : List.of();
	}

	private static Map<String, Object> map(Object o) {
		return o instanceof Map<?, ?> m ? cast(m) : Map.of();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> cast(Map<?, ?> m) {
		return (Map<String, Object>) m;
	}

	/**
	 * One digest of everything in the seeds folder that the graph is built from (registry,
	 * report files, report texts): equal digests mean nothing to load.
	 */
	public static String folderDigest(Path dir) {
		try (var files = Files.list(dir)) {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (Path f : files.filter(Files::isRegularFile)
				.filter(f -> f.getFileName().toString().matches(".*\\.(ya?ml|txt)"))
				.sorted()
				.toList()) {
				digest.update(f.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
				digest.update(Files.readAllBytes(f));
			}
			return java.util.HexFormat.of().formatHex(digest.digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String sha256(Path file) {
		try {
			return java.util.HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
