package mx.vinculos.briefing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import mx.vinculos.graph.Facts;
import mx.vinculos.graph.GraphSnapshot;
import mx.vinculos.graph.GraphSnapshot.Edge;
import mx.vinculos.graph.GraphSnapshot.Node;
import mx.vinculos.graph.Snapshots;
import mx.vinculos.search.EntitySearch;
import mx.vinculos.web.ApiProblem;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Briefings, timelines, agreements and funding. An entity speaks through its scope (itself,
 * the bodies under or in it, the people holding positions there: see
 * {@link GraphSnapshot#scope}); "our side" is the scope of the home city
 * ({@code vinculos.home}).
 */
@Service
class BriefingService {

	private final Snapshots snapshots;

	private final EntitySearch search;

	private final String homeId;

	BriefingService(Snapshots snapshots, EntitySearch search,
			@Value("${vinculos.home:ciudad-de-mexico}") String homeId) {
		this.snapshots = snapshots;
		this.search = search;
		this.homeId = homeId;
	}

	// ---------------------------------------------------------------- briefing

	Map<String, Object> briefing(List<String> subjects, Period period) {
		if (subjects == null || subjects.isEmpty()) {
			throw ApiProblem.badRequest("Give at least one subject (subject=Bogotá).").key("problem.briefing.none");
		}
		if (subjects.size() > 6) {
			throw ApiProblem.badRequest("Give at most 6 subjects; got " + subjects.size() + ".")
				.key("problem.briefing.many", subjects.size());
		}
		GraphSnapshot g = this.snapshots.current();
		List<Node> roots = new ArrayList<>();
		for (String s : subjects) {
			Node n = this.search.resolve(s, "subject");
			if (!roots.contains(n)) {
				roots.add(n);
			}
		}
		Set<Node> theirs = new LinkedHashSet<>();
		roots.forEach(r -> theirs.addAll(g.scope(r)));
		Set<Node> ours = home(g);
		if (!theirs.containsAll(ours)) {
			ours.removeAll(theirs);
		}

		Map<String, Object> out = new LinkedHashMap<>();
		out.put("subjects", roots.stream().map(r -> profile(g, r)).toList());
		out.put("period", periodJson(period));
		List<Map<String, Object>> engagements = engagements(g, theirs, ours, period);
		out.put("engagements", engagements);
		out.put("agreements", agreements(g, theirs, period));
		out.put("funding", funding(g, theirs, period));
		out.put("sharedNetworks", sharedNetworks(g, theirs, ours));
		out.put("people", Map.of("theirs", people(g, engagements, "theirSide", theirs),
				"ours", people(g, engagements, "ourSide", ours)));
		out.put("sources", sources(out));
		return out;
	}

	private Set<Node> home(GraphSnapshot g) {
		Node home = g.node(this.homeId);
		return home == null ? new LinkedHashSet<>() : g.scope(home);
	}

	private static Map<String, Object> periodJson(Period p) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("from", p.from() == null ? null : p.from().toString());
		m.put("to", p.to() == null ? null : p.to().toString());
		return m;
	}

	/** Who the subject is: type, aliases, what it belongs to, positions it holds or hosts. */
	private static Map<String, Object> profile(GraphSnapshot g, Node n) {
		Map<String, Object> m = Facts.ref(n);
		m.put("aliases", n.aliases());
		if (n.props().get("note") != null) {
			m.put("note", n.props().get("note"));
		}
		List<Map<String, Object>> within = new ArrayList<>();
		List<Map<String, Object>> positions = new ArrayList<>();
		List<Map<String, Object>> memberships = new ArrayList<>();
		for (Edge e : g.edges(n)) {
			if (e.from() == n && (e.type().equals("PART_OF") || e.type().equals("LOCATED_IN"))) {
				within.add(Facts.ref(e.to()));
			}
			else if (e.type().equals("HOLDS_POSITION")) {
				positions.add(position(e));
			}
			else if (e.type().equals("MEMBER_OF") && e.from() == n) {
				Map<String, Object> mm = Facts.ref(e.to());
				mm.put("role", e.props().get("role"));
				mm.put("evidence", Facts.evidence(e));
				memberships.add(mm);
			}
		}
		m.put("within", within);
		m.put("positions", positions);
		m.put("memberships", memberships);
		return m;
	}

	private static Map<String, Object> position(Edge e) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("person", e.from().name());
		m.put("personId", e.from().id());
		m.put("title", e.props().get("title"));
		m.put("body", e.to().name());
		m.put("bodyId", e.to().id());
		if (Boolean.TRUE.equals(e.props().get("former"))) {
			m.put("former", true);
		}
		m.put("evidence", Facts.evidence(e));
		return m;
	}

	/** Events the scope took part in (or that were held in its cities), in date order. */
	private List<Map<String, Object>> engagements(GraphSnapshot g, Set<Node> theirs, Set<Node> ours, Period period) {
		Set<Node> events = new LinkedHashSet<>();
		for (Node n : theirs) {
			if (n.isEvent()) {
				events.add(n);
				continue;
			}
			for (Edge e : g.edges(n)) {
				boolean took = e.type().equals("PARTICIPATED_IN") && e.from() == n;
				boolean hosted = e.type().equals("HELD_IN") && e.to() == n;
				if (took || hosted) {
					events.add(took ? e.to() : e.from());
				}
			}
		}
		List<Node> sorted = new ArrayList<>(events);
		sorted.removeIf(ev -> !period.overlaps(ev.startDate(), ev.endDate(), report(g, ev)));
		sorted.sort(chronological(g));
		List<Map<String, Object>> out = new ArrayList<>();
		for (Node ev : sorted) {
			out.add(engagement(g, ev, theirs, ours));
		}
		return out;
	}

	private static GraphSnapshot.Report report(GraphSnapshot g, Node event) {
		return g.report((String) event.props().get("source"));
	}

	/** By start date; undated events after the dated ones of their report, in report order. */
	static Comparator<Node> chronological(GraphSnapshot g) {
		return Comparator.comparing((Node ev) -> {
			LocalDate d = ev.startDate();
			if (d == null) {
				GraphSnapshot.Report r = report(g, ev);
				d = r == null || r.periodEnd() == null ? LocalDate.MAX : r.periodEnd();
			}
			return d;
		}).thenComparing(ev -> ev.startDate() == null ? 1 : 0)
			.thenComparing(ev -> String.valueOf(ev.props().get("source")))
			.thenComparing(ev -> ((Number) ev.props().getOrDefault("line", 0L)).longValue());
	}

	private static Map<String, Object> engagement(GraphSnapshot g, Node ev, Set<Node> theirs, Set<Node> ours) {
		Map<String, Object> m = eventCard(g, ev, List.of("kind", "modality", "section", "eje", "note"));
		List<Map<String, Object>> theirSide = new ArrayList<>();
		List<Map<String, Object>> ourSide = new ArrayList<>();
		List<Map<String, Object>> others = new ArrayList<>();
		for (Edge e : g.edges(ev)) {
			if (e.type().equals("PARTICIPATED_IN")) {
				Map<String, Object> p = participant(g, e);
				(theirs.contains(e.from()) ? theirSide : ours.contains(e.from()) ? ourSide : others).add(p);
			}
		}
		m.put("theirSide", theirSide);
		m.put("ourSide", ourSide);
		m.put("others", others);
		m.put("evidence", Facts.evidence(ev));
		return m;
	}

	/** An event with the given properties, where it was held and what it was part of. */
	private static Map<String, Object> eventCard(GraphSnapshot g, Node ev, List<String> properties) {
		Map<String, Object> m = Facts.ref(ev);
		for (String k : properties) {
			if (ev.props().get(k) != null) {
				m.put(k, ev.props().get(k));
			}
		}
		List<String> where = new ArrayList<>();
		for (Edge e : g.edges(ev)) {
			if (e.type().equals("HELD_IN")) {
				where.add(e.to().name());
			}
			else if (e.type().equals("PART_OF") && e.from() == ev) {
				m.put("partOf", Facts.ref(e.to()));
			}
		}
		m.put("where", where);
		return m;
	}

	/** A participant with their role and titles: the one given there, else their positions. */
	private static Map<String, Object> participant(GraphSnapshot g, Edge e) {
		Node who = e.from();
		Map<String, Object> p = new LinkedHashMap<>();
		p.put("id", who.id());
		p.put("name", who.name());
		p.put("type", who.type());
		p.put("role", e.props().get("role"));
		List<String> titles = new ArrayList<>();
		if (e.props().get("title") != null) {
			titles.add((String) e.props().get("title"));
		}
		if (titles.isEmpty() && "Person".equals(who.type())) {
			for (Edge h : g.edges(who)) {
				if (h.type().equals("HOLDS_POSITION") && h.from() == who) {
					titles.add(h.props().get("title") + " (" + h.to().name() + ")");
				}
			}
		}
		p.put("titles", titles);
		if (e.props().get("note") != null) {
			p.put("note", e.props().get("note"));
		}
		p.put("evidence", Facts.evidence(e));
		return p;
	}

	private static List<Map<String, Object>> sharedNetworks(GraphSnapshot g, Set<Node> theirs, Set<Node> ours) {
		Map<Node, List<Map<String, Object>>> theirNets = memberships(g, theirs);
		Map<Node, List<Map<String, Object>>> ourNets = memberships(g, ours);
		List<Map<String, Object>> out = new ArrayList<>();
		for (Map.Entry<Node, List<Map<String, Object>>> e : theirNets.entrySet()) {
			if (ourNets.containsKey(e.getKey())) {
				Map<String, Object> m = Facts.ref(e.getKey());
				m.put("theirs", e.getValue());
				m.put("ours", ourNets.get(e.getKey()));
				out.add(m);
			}
		}
		return out;
	}

	private static Map<Node, List<Map<String, Object>>> memberships(GraphSnapshot g, Set<Node> scope) {
		Map<Node, List<Map<String, Object>>> out = new LinkedHashMap<>();
		for (Node n : scope) {
			for (Edge e : g.edges(n)) {
				if (e.type().equals("MEMBER_OF") && e.from() == n) {
					Map<String, Object> m = new LinkedHashMap<>();
					m.put("member", n.name());
					m.put("role", e.props().get("role"));
					m.put("evidence", Facts.evidence(e));
					out.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(m);
				}
			}
		}
		return out;
	}

	/** The people on one side across the engagements, most engaged first, with titles. */
	private static List<Map<String, Object>> people(GraphSnapshot g, List<Map<String, Object>> engagements,
			String side, Set<Node> scope) {
		Map<String, Map<String, Object>> people = new LinkedHashMap<>();
		Map<String, Integer> counts = new TreeMap<>();
		for (Map<String, Object> en : engagements) {
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> ps = (List<Map<String, Object>>) en.get(side);
			for (Map<String, Object> p : ps) {
				if (!"Person".equals(p.get("type"))) {
					continue;
				}
				String id = (String) p.get("id");
				counts.merge(id, 1, Integer::sum);
				people.computeIfAbsent(id, k -> personCard(g, g.node(k)));
			}
		}
		if (side.equals("theirSide")) {
			for (Node n : scope) {
				if ("Person".equals(n.type())) {
					counts.putIfAbsent(n.id(), 0);
					people.computeIfAbsent(n.id(), k -> personCard(g, n));
				}
			}
		}
		List<Map<String, Object>> out = new ArrayList<>(people.values());
		out.forEach(p -> p.put("engagements", counts.get((String) p.get("id"))));
		out.sort(Comparator.comparing((Map<String, Object> p) -> -((Integer) p.get("engagements")))
			.thenComparing(p -> (String) p.get("name")));
		return out;
	}

	private static Map<String, Object> personCard(GraphSnapshot g, Node person) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("id", person.id());
		m.put("name", person.name());
		List<Map<String, Object>> positions = new ArrayList<>();
		for (Edge e : g.edges(person)) {
			if (e.type().equals("HOLDS_POSITION") && e.from() == person) {
				positions.add(position(e));
			}
		}
		m.put("positions", positions);
		return m;
	}

	/** Every (report, line, quote) the briefing cites, in report order. */
	private static List<Map<String, Object>> sources(Object briefing) {
		Map<String, Map<String, Object>> found = new TreeMap<>();
		collect(briefing, found);
		return new ArrayList<>(found.values());
	}

	@SuppressWarnings("unchecked")
	private static void collect(Object o, Map<String, Map<String, Object>> found) {
		if (o instanceof Map<?, ?> m) {
			if (m.containsKey("source") && m.containsKey("line") && m.containsKey("quote") && m.get("line") != null) {
				String key = m.get("source") + String.format("%06d", ((Number) m.get("line")).longValue()) + m.get("quote");
				found.putIfAbsent(key, (Map<String, Object>) m);
				return;
			}
			m.values().forEach(v -> collect(v, found));
		}
		else if (o instanceof List<?> l) {
			l.forEach(v -> collect(v, found));
		}
	}

	// ---------------------------------------------------------------- timeline

	Map<String, Object> timeline(String entity, Period period) {
		GraphSnapshot g = this.snapshots.current();
		Node root = this.search.resolve(entity, "entity");
		Set<Node> scope = g.scope(root);
		List<Map<String, Object>> items = new ArrayList<>();
		Map<Node, List<Edge>> byEvent = new LinkedHashMap<>();
		for (Node n : scope) {
			if (n.isEvent()) {
				byEvent.computeIfAbsent(n, k -> new ArrayList<>());
				continue;
			}
			for (Edge e : g.edges(n)) {
				if (e.type().equals("PARTICIPATED_IN") && e.from() == n) {
					byEvent.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(e);
				}
				else if (e.type().equals("HELD_IN") && e.to() == n) {
					byEvent.computeIfAbsent(e.from(), k -> new ArrayList<>());
				}
			}
		}
		List<Node> events = new ArrayList<>(byEvent.keySet());
		events.removeIf(ev -> !period.overlaps(ev.startDate(), ev.endDate(), report(g, ev)));
		events.sort(chronological(g));
		for (Node ev : events) {
			Map<String, Object> m = eventCard(g, ev, List.of("kind", "modality", "section"));
			m.put("participation", byEvent.get(ev).stream().map(e -> participant(g, e)).toList());
			m.put("evidence", Facts.evidence(ev));
			items.add(m);
		}
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("entity", Facts.ref(root));
		out.put("period", periodJson(period));
		out.put("events", items);
		return out;
	}

	// ---------------------------------------------------------------- agreements and funding

	Map<String, Object> agreements(String party, Period period) {
		return forParty(party, period, "agreements", BriefingService::agreements);
	}

	Map<String, Object> funding(String party, Period period) {
		return forParty(party, period, "funding", BriefingService::funding);
	}

	private interface PartyQuery {

		List<Map<String, Object>> list(GraphSnapshot g, Set<Node> scope, Period period);

	}

	/** Resolves the optional party (null scope = everything) and answers under {@code key}. */
	private Map<String, Object> forParty(String party, Period period, String key, PartyQuery query) {
		GraphSnapshot g = this.snapshots.current();
		Node root = party == null || party.isBlank() ? null : this.search.resolve(party, "party");
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("party", root == null ? null : Facts.ref(root));
		out.put("period", periodJson(period));
		out.put(key, query.list(g, root == null ? null : g.scope(root), period));
		return out;
	}

	/** Agreements with a party in scope (all when scope is null), one per instrument. */
	private static List<Map<String, Object>> agreements(GraphSnapshot g, Set<Node> scope, Period period) {
		Map<String, Map<String, Object>> byInstrument = new LinkedHashMap<>();
		Map<String, Set<Node>> parties = new LinkedHashMap<>();
		for (Edge e : g.edges()) {
			if (!e.type().equals("AGREEMENT")) {
				continue;
			}
			String key = e.source() + "|" + e.props().get("title") + "|" + e.props().get("event");
			parties.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(List.of(e.from(), e.to()));
			byInstrument.computeIfAbsent(key, k -> {
				Map<String, Object> m = new LinkedHashMap<>();
				for (String p : List.of("title", "kind", "status", "date", "note")) {
					m.put(p, Facts.str(e.props().get(p)));
				}
				Node event = e.props().get("event") == null ? null : g.node((String) e.props().get("event"));
				m.put("event", event == null ? null : Facts.ref(event));
				m.put("evidence", Facts.evidence(e));
				m.put("_date", e.props().get("date") instanceof LocalDate d ? d
						: event == null ? null : event.startDate());
				return m;
			});
		}
		List<Map<String, Object>> out = new ArrayList<>();
		for (Map.Entry<String, Map<String, Object>> en : byInstrument.entrySet()) {
			Set<Node> ps = parties.get(en.getKey());
			Map<String, Object> m = en.getValue();
			LocalDate date = (LocalDate) m.remove("_date");
			if (scope != null && ps.stream().noneMatch(scope::contains)) {
				continue;
			}
			if (!period.overlaps(date, date, g.report((String) ((Map<?, ?>) m.get("evidence")).get("source")))) {
				continue;
			}
			m.put("parties", ps.stream().map(Facts::ref).toList());
			m.put("sortDate", date == null ? null : date.toString());
			out.add(m);
		}
		out.sort(Comparator.comparing((Map<String, Object> m) -> String.valueOf(((Map<?, ?>) m.get("evidence")).get("source")))
			.thenComparing(m -> m.get("sortDate") == null ? "~" : (String) m.get("sortDate")));
		out.forEach(m -> m.remove("sortDate"));
		return out;
	}

	/** Funding with the funder or recipient in scope (all when scope is null). */
	private static List<Map<String, Object>> funding(GraphSnapshot g, Set<Node> scope, Period period) {
		List<Map<String, Object>> out = new ArrayList<>();
		for (Edge e : g.edges()) {
			if (!e.type().equals("FUNDED")) {
				continue;
			}
			if (scope != null && !scope.contains(e.from()) && !scope.contains(e.to())) {
				continue;
			}
			LocalDate start = e.props().get("start") instanceof LocalDate d ? d : null;
			LocalDate end = e.props().get("end") instanceof LocalDate d ? d : start;
			if (!period.overlaps(start, end, g.report(e.source()))) {
				continue;
			}
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("funder", Facts.ref(e.from()));
			m.put("recipient", Facts.ref(e.to()));
			if ("Project".equals(e.to().type())) {
				for (Edge owner : g.edges(e.to())) {
					if (owner.type().equals("PART_OF") && owner.from() == e.to()) {
						m.put("projectOf", Facts.ref(owner.to()));
					}
				}
			}
			for (String p : List.of("amount", "currency", "amountText", "purpose", "inKind", "start", "end", "note")) {
				m.put(p, Facts.str(e.props().get(p)));
			}
			m.put("evidence", Facts.evidence(e));
			out.add(m);
		}
		out.sort(Comparator.comparing((Map<String, Object> m) -> String.valueOf(((Map<?, ?>) m.get("evidence")).get("source")))
			.thenComparing(m -> ((Number) ((Map<?, ?>) m.get("evidence")).get("line")).longValue()));
		return out;
	}

}
