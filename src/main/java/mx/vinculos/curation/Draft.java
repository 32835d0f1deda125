package mx.vinculos.curation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A drafted report under review, as the drafter wrote it: the report file (header, events
 * with their place and participants, relationships) and the proposed entities. Items are
 * addressed by a path ({@code informe}, {@code e3}, {@code e3.lugar}, {@code e3.lugar1} (an event held in
 * several places lists them), {@code e3.p2},
 * {@code r5}) and guarded by a fingerprint of their content, so that a form made from an
 * older state of the draft is refused rather than applied to another item.
 */
final class Draft {

	static final String PENDING = "pending";

	private static final Pattern PATH = Pattern.compile("informe|e(\\d+)(?:\\.(lugar(\\d*)|p(\\d+)))?|r(\\d+)");

	final String id;

	final Path dir;

	final Map<String, Object> report;

	final List<Map<String, Object>> candidates;

	final List<String> text;

	Draft(String id, Path dir, Map<String, Object> report, List<Map<String, Object>> candidates, List<String> text) {
		this.id = id;
		this.dir = dir;
		this.report = report;
		this.candidates = candidates;
		this.text = text;
	}

	/** One reviewable item: where it is, what it is, its fields. */
	record Item(String path, String kind, Map<String, Object> data) {

		String review() {
			Object r = this.data.get("review");
			return r == null ? "accepted" : String.valueOf(r);
		}

		boolean pending() {
			return PENDING.equals(review());
		}

		Object confidence() {
			return this.data.get("confidence");
		}

		int line() {
			return this.data.get("line") instanceof Number n ? n.intValue() : 0;
		}

		String quote() {
			return this.data.get("quote") == null ? null : String.valueOf(this.data.get("quote"));
		}

		String fingerprint() {
			return Draft.fingerprint(this.data);
		}

	}

	static String fingerprint(Map<String, Object> data) {
		return Integer.toHexString(String.valueOf(data).hashCode());
	}

	@SuppressWarnings("unchecked")
	Map<String, Object> header() {
		return (Map<String, Object>) this.report.get("report");
	}

	@SuppressWarnings("unchecked")
	List<Map<String, Object>> events() {
		return (List<Map<String, Object>>) this.report.computeIfAbsent("events", k -> new ArrayList<>());
	}

	@SuppressWarnings("unchecked")
	List<Map<String, Object>> relationships() {
		return (List<Map<String, Object>>) this.report.computeIfAbsent("relationships", k -> new ArrayList<>());
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> participants(Map<String, Object> event) {
		return (List<Map<String, Object>>) event.computeIfAbsent("participants", k -> new ArrayList<>());
	}

	/** The item at a path, or null when there is none. */
	@SuppressWarnings("unchecked")
	Item item(String path) {
		Matcher m = PATH.matcher(path == null ? "" : path);
		if (!m.matches()) {
			return null;
		}
		if (path.equals("informe")) {
			return new Item(path, "informe", header());
		}
		if (m.group(5) != null) {
			int r = Integer.parseInt(m.group(5));
			return r < relationships().size() ? new Item(path, "relacion", relationships().get(r)) : null;
		}
		int e = Integer.parseInt(m.group(1));
		if (e >= events().size()) {
			return null;
		}
		Map<String, Object> event = events().get(e);
		if (m.group(2) == null) {
			return new Item(path, "evento", event);
		}
		if (m.group(2).startsWith("lugar")) {
			List<Map<String, Object>> places = places(event);
			int k = m.group(3).isEmpty() ? 0 : Integer.parseInt(m.group(3));
			return k < places.size() && placePath(e, event, k).equals(path) ? new Item(path, "lugar", places.get(k)) : null;
		}
		int p = Integer.parseInt(m.group(4));
		List<Map<String, Object>> ps = participants(event);
		return p < ps.size() ? new Item(path, "participante", ps.get(p)) : null;
	}

	/** Deletes the item at a path (a rejected item is deleted, not marked). */
	void remove(String path) {
		Matcher m = PATH.matcher(path);
		if (!m.matches() || path.equals("informe")) {
			throw new IllegalArgumentException(path);
		}
		if (m.group(5) != null) {
			relationships().remove(Integer.parseInt(m.group(5)));
			return;
		}
		int e = Integer.parseInt(m.group(1));
		Map<String, Object> event = events().get(e);
		if (m.group(2) == null) {
			events().remove(e);
			// what pointed at the event no longer has it to point at
			Object id = event.get("id");
			for (Map<String, Object> r : relationships()) {
				if (id != null && id.equals(r.get("event"))) {
					r.remove("event");
				}
			}
			relationships().removeIf(r -> "PARTICIPATED_IN".equals(r.get("type")) && id != null && id.equals(r.get("to")));
			for (Map<String, Object> other : events()) {
				if (other.get("partOf") instanceof Map<?, ?> po && id != null && id.equals(po.get("event"))) {
					other.remove("partOf");
				}
			}
		}
		else if (m.group(2).startsWith("lugar")) {
			if (event.get("heldIn") instanceof List<?> l) {
				l.remove(m.group(3).isEmpty() ? 0 : Integer.parseInt(m.group(3)));
				if (l.isEmpty()) {
					event.remove("heldIn");
				}
			}
			else {
				event.remove("heldIn");
			}
		}
		else {
			participants(event).remove(Integer.parseInt(m.group(4)));
		}
	}

	/**
	 * An event's places: its {@code heldIn}, one place or a list of them (an event held in
	 * several cities or alcaldías). Each is an item of its own, to accept or reject.
	 */
	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> places(Map<String, Object> event) {
		Object held = event.get("heldIn");
		if (held instanceof Map<?, ?> h) {
			return List.of((Map<String, Object>) h);
		}
		if (held instanceof List<?> l) {
			return l.stream().filter(Map.class::isInstance).map(x -> (Map<String, Object>) x).toList();
		}
		return List.of();
	}

	/** {@code e3.lugar} for an event's one place, {@code e3.lugar0}, {@code e3.lugar1} … in a list. */
	private static String placePath(int e, Map<String, Object> event, int k) {
		return "e" + e + ".lugar" + (event.get("heldIn") instanceof List<?> ? String.valueOf(k) : "");
	}

	/** The items of one event: itself, its places, its participants. */
	List<Item> eventItems(int e) {
		List<Item> items = new ArrayList<>();
		Map<String, Object> event = events().get(e);
		items.add(new Item("e" + e, "evento", event));
		List<Map<String, Object>> places = places(event);
		for (int k = 0; k < places.size(); k++) {
			items.add(new Item(placePath(e, event, k), "lugar", places.get(k)));
		}
		for (int p = 0; p < participants(event).size(); p++) {
			items.add(new Item("e" + e + ".p" + p, "participante", participants(event).get(p)));
		}
		return items;
	}

	/** The lines from event {@code e} to the line before the next event's. */
	int[] stretch(int e) {
		int from = e == 0 ? 1 : lineOf(events().get(e));
		int to = e + 1 < events().size() ? Math.max(from, lineOf(events().get(e + 1)) - 1) : this.text.size();
		return new int[] { from, to };
	}

	/** The relationships cited in event {@code e}'s stretch of the text (before the first event: the first). */
	List<Item> relationshipItems(int e) {
		int[] s = stretch(e);
		List<Item> items = new ArrayList<>();
		for (int r = 0; r < relationships().size(); r++) {
			Map<String, Object> rel = relationships().get(r);
			int line = lineOf(rel);
			if (line >= s[0] && line <= s[1] || e == events().size() - 1 && line > s[1]) {
				items.add(new Item("r" + r, "relacion", rel));
			}
		}
		return items;
	}

	/** Every reviewable item: the header, each event's items, the relationships. */
	List<Item> allItems() {
		List<Item> items = new ArrayList<>();
		items.add(item("informe"));
		for (int e = 0; e < events().size(); e++) {
			items.addAll(eventItems(e));
		}
		for (int r = 0; r < relationships().size(); r++) {
			items.add(new Item("r" + r, "relacion", relationships().get(r)));
		}
		return items;
	}

	List<Item> pendingItems() {
		return allItems().stream().filter(Item::pending).toList();
	}

	/** Ids the draft refers to: participants, places, relationships' ends. */
	Set<String> references() {
		Set<String> ids = new LinkedHashSet<>();
		for (Map<String, Object> e : events()) {
			places(e).forEach(h -> ids.add(String.valueOf(h.get("entity"))));
			participants(e).forEach(p -> ids.add(String.valueOf(p.get("entity"))));
		}
		for (Map<String, Object> r : relationships()) {
			ids.add(String.valueOf(r.get("from")));
			if (!"PARTICIPATED_IN".equals(r.get("type"))) {
				ends(r.get("to")).forEach(ids::add);
			}
		}
		return ids;
	}

	/** A proposed entity by id, or null. */
	Map<String, Object> candidate(String id) {
		return this.candidates.stream().filter(c -> String.valueOf(c.get("id")).equals(id)).findFirst().orElse(null);
	}

	/** Proposed entities the draft still refers to and nobody judged yet. */
	List<Map<String, Object>> pendingCandidates() {
		Set<String> refs = references();
		return this.candidates.stream()
			.filter(c -> PENDING.equals(String.valueOf(c.get("review"))) && refs.contains(String.valueOf(c.get("id"))))
			.toList();
	}

	/** Replaces every reference to {@code from} by {@code to} (a proposed entity judged an existing one). */
	void replaceEntity(String from, String to) {
		for (Map<String, Object> e : events()) {
			places(e).forEach(h -> {
				if (from.equals(h.get("entity"))) {
					h.put("entity", to);
				}
			});
			participants(e).forEach(p -> {
				if (from.equals(p.get("entity"))) {
					p.put("entity", to);
				}
			});
		}
		for (Map<String, Object> r : relationships()) {
			if (from.equals(r.get("from"))) {
				r.put("from", to);
			}
			if (r.get("to") instanceof List<?> l) {
				r.put("to", l.stream().map(x -> from.equals(x) ? to : x).toList());
			}
			else if (from.equals(r.get("to"))) {
				r.put("to", to);
			}
		}
	}

	static List<String> ends(Object to) {
		if (to instanceof List<?> l) {
			return l.stream().map(String::valueOf).toList();
		}
		return to == null ? List.of() : List.of(String.valueOf(to));
	}

	static int lineOf(Map<String, Object> item) {
		return item.get("line") instanceof Number n ? n.intValue() : 0;
	}

}
