package mx.vinculos.curation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import mx.vinculos.seed.ReportText;
import mx.vinculos.web.Labels;

import org.springframework.stereotype.Component;

/**
 * A curator's decisions on a draft: accept, correct or reject an item, judge a proposed
 * entity. Corrections are checked as the seed loader checks a curated file (the quote must
 * start on its cited line of the report's text, the entity must exist, the role and dates
 * must be valid), and refused with every reason, in Spanish, before anything is written.
 */
@Component
class Review {

	static final Set<String> ROLES = Set.of("organizer", "host", "speaker", "moderator", "attendee", "represented");

	/** The fields a curator edits, per kind of item. */
	static final Map<String, List<String>> FIELDS = Map.of("informe", List.of("title", "periodStart", "periodEnd"),
			"evento", List.of("title", "startDate", "endDate", "line", "quote"), "lugar",
			List.of("entity", "line", "quote"), "participante", List.of("entity", "role", "title", "line", "quote"),
			"relacion", List.of("from", "to", "title", "line", "quote"));

	private final CurationStore store;

	Review(CurationStore store) {
		this.store = store;
	}

	/** Accepts one item, or with {@code whole} an event and everything of it still pending. */
	synchronized void accept(String id, String path, String fingerprint, boolean whole) {
		Draft d = this.store.load(id);
		Draft.Item item = current(d, path, fingerprint);
		if (whole && item.kind().equals("evento")) {
			int e = Integer.parseInt(path.substring(1));
			List<Draft.Item> items = new ArrayList<>(d.eventItems(e));
			items.addAll(d.relationshipItems(e));
			items.stream().filter(Draft.Item::pending).forEach(i -> i.data().put("review", "accepted"));
		}
		else {
			item.data().put("review", "accepted");
		}
		this.store.save(d, new CurationStore.Decision(whole && item.kind().equals("evento") ? "aceptarTodo" : "aceptar",
				named(item)));
	}

	synchronized void reject(String id, String path, String fingerprint) {
		Draft d = this.store.load(id);
		Draft.Item item = current(d, path, fingerprint);
		if (item.kind().equals("informe")) {
			throw new CurationException(400, "cur.reject.header");
		}
		d.remove(path);
		this.store.save(d, new CurationStore.Decision("rechazar", named(item)));
	}

	/** Applies a correction, or refuses it with every reason. */
	synchronized void correct(String id, String path, String fingerprint, Map<String, String> form) {
		Draft d = this.store.load(id);
		Draft.Item item = current(d, path, fingerprint);
		KnownEntities known = KnownEntities.of(this.store.seeds());
		List<CurationException.Reason> errors = new ArrayList<>();
		Map<String, Object> changes = new LinkedHashMap<>();
		String kind = item.kind();
		for (String field : FIELDS.get(kind)) {
			String v = form.get(field) == null ? "" : form.get(field).strip();
			switch (field) {
				case "title" -> {
					if (v.isEmpty() && (kind.equals("evento") || kind.equals("informe"))) {
						errors.add(new CurationException.Reason("cur.error.title"));
					}
					else if (!v.isEmpty() || item.data().containsKey("title")) {
						changes.put("title", v.isEmpty() ? null : v);
					}
				}
				case "periodStart", "periodEnd", "startDate", "endDate" -> {
					boolean required = kind.equals("informe");
					if (v.isEmpty()) {
						if (required) {
							errors.add(new CurationException.Reason("cur.error.date", v));
						}
						else {
							changes.put(field, null);
						}
					}
					else {
						// typed day first (dd/mm/aaaa, what the form asks for) or ISO; the seed keeps ISO
						LocalDate date = Labels.parseDate(v);
						if (date == null) {
							errors.add(new CurationException.Reason("cur.error.date", v));
						}
						else {
							changes.put(field, date.toString());
						}
					}
				}
				case "role" -> {
					if (!ROLES.contains(v)) {
						errors.add(new CurationException.Reason("cur.error.role", v));
					}
					else {
						changes.put("role", v);
					}
				}
				case "entity", "from" -> {
					if (v.isEmpty()) {
						// "no entity «»" reads as a fault of the system; say what is missing
						errors.add(new CurationException.Reason("cur.error.entityEmpty"));
						continue;
					}
					String e = resolve(d, known, v, errors);
					if (e != null && kind.equals("lugar") && !isPlace(d, known, e)) {
						errors.add(new CurationException.Reason("cur.error.place", v));
					}
					changes.put(field, e);
				}
				case "to" -> {
					if ("PARTICIPATED_IN".equals(item.data().get("type"))) {
						if (d.events().stream().noneMatch(ev -> v.equals(ev.get("id")))) {
							errors.add(new CurationException.Reason("cur.error.event", v));
						}
						changes.put("to", v);
					}
					else {
						List<String> ends = new ArrayList<>();
						for (String part : v.split("\\s*,\\s*")) {
							if (!part.isBlank()) {
								ends.add(resolve(d, known, part, errors));
							}
						}
						if (ends.isEmpty()) {
							errors.add(new CurationException.Reason("cur.error.entity", v));
						}
						changes.put("to", item.data().get("to") instanceof List<?> || ends.size() > 1 ? ends
								: ends.isEmpty() ? null : ends.get(0));
					}
				}
				default -> {
					// line and quote: checked together below
				}
			}
		}
		if (changes.get("startDate") instanceof String s && changes.get("endDate") instanceof String e
				&& e.compareTo(s) < 0) {
			errors.add(new CurationException.Reason("cur.error.dateOrder", s, e));
		}
		if (changes.get("periodStart") instanceof String s && changes.get("periodEnd") instanceof String e
				&& e.compareTo(s) < 0) {
			errors.add(new CurationException.Reason("cur.error.dateOrder", s, e));
		}
		if (FIELDS.get(kind).contains("line")) {
			String lineText = form.getOrDefault("line", "").strip();
			String quote = form.getOrDefault("quote", "").strip().replaceAll("\\s+", " ");
			Integer line = null;
			try {
				line = Integer.parseInt(lineText);
			}
			catch (NumberFormatException ex) {
				// reported below
			}
			if (lineText.isEmpty()) {
				errors.add(new CurationException.Reason("cur.error.lineEmpty", d.text.size()));
			}
			else if (line == null || line < 1 || line > d.text.size()) {
				errors.add(new CurationException.Reason("cur.error.line", lineText, d.text.size()));
			}
			else if (quote.isEmpty()) {
				errors.add(new CurationException.Reason("cur.error.quoteEmpty"));
			}
			else if (!new ReportText(d.text).contains(line, quote)) {
				errors.add(new CurationException.Reason("cur.error.quote", line));
			}
			else {
				changes.put("line", line);
				changes.put("quote", quote);
			}
		}
		if (!errors.isEmpty()) {
			throw new CurationException(400, errors);
		}
		changes.forEach((k, v) -> {
			if (v == null && !k.endsWith("Date")) {
				item.data().remove(k);
			}
			else {
				item.data().put(k, v);
			}
		});
		if (kind.equals("evento") && changes.containsKey("endDate") && changes.get("endDate") == null) {
			item.data().put("endDate", null);
		}
		item.data().put("review", "corrected");
		this.store.save(d, new CurationStore.Decision("corregir", named(item)));
	}

	/** Takes back the latest decision on a draft (one at a time, newest first). */
	synchronized CurationStore.Decision undo(String id) {
		return this.store.undo(id);
	}

	/**
	 * Judges a proposed entity: a new entity (optionally renamed or retyped), or the same as
	 * an existing one, whose id then replaces the proposed one everywhere in the draft.
	 */
	synchronized void judge(String id, String candidateId, String judgement, String target, String name, String type,
			String user) {
		Draft d = this.store.load(id);
		Map<String, Object> c = d.candidate(candidateId);
		if (c == null) {
			throw new CurationException(404, "cur.candidate.unknown", candidateId);
		}
		if (c.get("judgement") instanceof Map<?, ?> j && "same".equals(j.get("judgement"))) {
			throw new CurationException(409, "cur.candidate.merged", c.get("name"));
		}
		Map<String, Object> j = new LinkedHashMap<>();
		j.put("user", user);
		j.put("date", LocalDate.now().toString());
		if ("misma".equals(judgement)) {
			KnownEntities known = KnownEntities.of(this.store.seeds());
			String t = target == null ? "" : target.strip();
			String resolved = known.get(t) != null ? t : known.named(t).size() == 1 ? known.named(t).get(0) : null;
			if (resolved == null) {
				throw new CurationException(400, "cur.error.same", t);
			}
			j.put("judgement", "same");
			j.put("entity", resolved);
			d.replaceEntity(candidateId, resolved);
		}
		else if ("nueva".equals(judgement)) {
			List<CurationException.Reason> errors = new ArrayList<>();
			String kept = name != null && !name.isBlank() ? name.strip() : String.valueOf(c.get("name"));
			// the seed validator refuses two entities with one name at publishing, after every
			// other judgement; said here, the curator can choose "the same" at once
			for (String other : KnownEntities.of(this.store.seeds()).named(kept)) {
				KnownEntities.Entity e = KnownEntities.of(this.store.seeds()).get(other);
				errors.add(new CurationException.Reason("cur.error.nameTaken", kept, e.name(), e.id()));
			}
			if (name != null && !name.isBlank()) {
				c.put("name", name.strip());
			}
			if (type != null && !type.isBlank()) {
				if (!Arrays.asList("Agency", "City", "Country", "Organization", "Network", "Person", "Project")
					.contains(type)) {
					errors.add(new CurationException.Reason("cur.error.type", type));
				}
				else {
					c.put("type", type);
				}
			}
			if (!errors.isEmpty()) {
				throw new CurationException(400, errors);
			}
			j.put("judgement", "new");
		}
		else {
			throw new CurationException(400, "cur.error.judgement");
		}
		c.put("judgement", j);
		c.put("review", "accepted");
		this.store.save(d, new CurationStore.Decision("juzgar", String.valueOf(c.get("name"))));
	}

	/** What an undo button calls an item: an event's or the report's title, a participant's or place's entity, a relationship's ends. */
	private static String named(Draft.Item item) {
		Map<String, Object> m = item.data();
		if (m.get("title") != null && !item.kind().equals("participante") && !item.kind().equals("relacion")) {
			return String.valueOf(m.get("title"));
		}
		if (m.get("entity") != null) {
			return String.valueOf(m.get("entity"));
		}
		return m.get("from") + " → " + m.get("to");
	}

	private static Draft.Item current(Draft d, String path, String fingerprint) {
		Draft.Item item = d.item(path);
		if (item == null || (fingerprint != null && !fingerprint.equals(item.fingerprint()))) {
			throw new CurationException(409, "cur.stale");
		}
		return item;
	}

	/** An entity typed as id or name: a registry entity, or a proposed one not merged into another. */
	private static String resolve(Draft d, KnownEntities known, String value, List<CurationException.Reason> errors) {
		if (known.get(value) != null) {
			return value;
		}
		Map<String, Object> c = d.candidate(value);
		if (c != null && !(c.get("judgement") instanceof Map<?, ?> j && "same".equals(j.get("judgement")))) {
			return value;
		}
		List<String> named = known.named(value);
		if (named.size() == 1) {
			return named.get(0);
		}
		for (Map<String, Object> cand : d.candidates) {
			if (mx.vinculos.graph.Names.fold(String.valueOf(cand.get("name"))).equals(mx.vinculos.graph.Names.fold(value))
					&& !(cand.get("judgement") instanceof Map<?, ?> j && "same".equals(j.get("judgement")))) {
				return String.valueOf(cand.get("id"));
			}
		}
		errors.add(new CurationException.Reason(named.size() > 1 ? "cur.error.ambiguous" : "cur.error.entity", value));
		return null;
	}

	private static boolean isPlace(Draft d, KnownEntities known, String id) {
		KnownEntities.Entity e = known.get(id);
		if (e != null) {
			return e.place() || e.type().equals("City") || e.type().equals("Country");
		}
		Map<String, Object> c = d.candidate(id);
		return c != null && ("City".equals(c.get("type")) || "Country".equals(c.get("type")));
	}

}
