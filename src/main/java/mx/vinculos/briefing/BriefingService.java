package mx.vinculos.briefing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import mx.vinculos.graph.Facts;
import mx.vinculos.graph.ForeignBodies;
import mx.vinculos.graph.GraphReader;
import mx.vinculos.graph.GraphReader.Step;
import mx.vinculos.graph.GraphReads;
import mx.vinculos.graph.GraphSnapshot;
import mx.vinculos.graph.GraphSnapshot.Edge;
import mx.vinculos.graph.GraphSnapshot.Node;
import mx.vinculos.search.EntitySearch;
import mx.vinculos.web.ApiProblem;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Briefings, timelines, agreements and funding. An entity speaks through its scope (itself,
 * the bodies under or in it, the people holding positions there: see
 * {@link GraphReader#scope}); "our side" is the scope of the home city
 * ({@code vinculos.home}). Each answer is read in one read transaction, from the scope out:
 * the scope's events, their participations and places, the participants' positions, the
 * scope's memberships, agreements and funding; never the whole graph (except the
 * agreements and funding lists asked for without a party, which are all of them).
 */
@Service
class BriefingService {

	/** Event properties a card shows, when the event has them. */
	static final List<String> EVENT_PROPERTIES = List.of("kind", "modality", "section", "eje", "note", "summary",
			"summaryLine");

	private final GraphReads reads;

	private final EntitySearch search;

	private final String homeId;

	private final ForeignBodies foreign;

	BriefingService(GraphReads reads, EntitySearch search,
			@Value("${vinculos.home:ciudad-de-mexico}") String homeId, ForeignBodies foreign) {
		this.reads = reads;
		this.search = search;
		this.homeId = homeId;
		this.foreign = foreign;
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
		return this.reads.read(r -> briefing(r, subjects, period));
	}

	private Map<String, Object> briefing(GraphReader r, List<String> subjects, Period period) {
		GraphSnapshot g = r.graph();
		List<Node> roots = new ArrayList<>();
		for (String s : subjects) {
			Node n = this.search.resolve(r, s, "subject");
			if (!roots.contains(n)) {
				roots.add(n);
			}
		}
		Set<Node> theirs = new LinkedHashSet<>();
		roots.forEach(root -> theirs.addAll(r.scope(root)));
		Set<Node> ours = home(r);
		if (!theirs.containsAll(ours)) {
			ours.removeAll(theirs);
		}
		r.report("");
		r.expand(roots, Step.SUBJECT);
		Set<Node> both = new LinkedHashSet<>(theirs);
		both.addAll(ours);
		r.expand(both.stream().filter(n -> !n.isEvent()).toList(), Step.MEMBER_OF_OUT);

		Map<String, Object> out = new LinkedHashMap<>();
		List<Map<String, Object>> profiles = new ArrayList<>();
		for (Node root : roots) {
			Map<String, Object> profile = profile(g, root, period);
			if (root.type().equals("Agency")) {
				// "Dependencia" names a Mexican government's body: a foreign ministry or an embassy is not one
				profile.put("foreign", this.foreign.isForeign(root.id()));
			}
			profiles.add(profile);
		}
		out.put("subjects", profiles);
		out.put("period", periodJson(period));
		List<Map<String, Object>> engagements = engagements(r, theirs, ours, period);
		out.put("engagements", engagements);
		out.put("agreements", agreements(r, theirs, period));
		out.put("funding", funding(r, theirs, period));
		out.put("sharedNetworks", sharedNetworks(g, theirs, ours));
		List<Node> people = new ArrayList<>();
		for (Map<String, Object> en : engagements) {
			for (String side : List.of("theirSide", "ourSide")) {
				@SuppressWarnings("unchecked")
				List<Map<String, Object>> ps = (List<Map<String, Object>>) en.get(side);
				ps.stream().filter(p -> "Person".equals(p.get("type"))).map(p -> g.node((String) p.get("id")))
					.forEach(people::add);
			}
		}
		theirs.stream().filter(n -> "Person".equals(n.type())).forEach(people::add);
		r.expand(people, Step.POSITIONS_HELD);
		Map<String, String> titles = titles(g, people, engagements, period);
		for (Map<String, Object> en : engagements) {
			for (String side : List.of("theirSide", "ourSide", "others")) {
				@SuppressWarnings("unchecked")
				List<Map<String, Object>> ps = (List<Map<String, Object>>) en.get(side);
				ps.stream().filter(p -> titles.containsKey(p.get("id"))).forEach(p -> p.put("title", titles.get(p.get("id"))));
			}
		}
		Map<String, Object> sides = new LinkedHashMap<>();
		sides.put("theirs", people(g, engagements, "theirSide", theirs, period, titles));
		sides.put("ours", people(g, engagements, "ourSide", ours, period, titles));
		out.put("people", sides);
		out.put("sources", sources(out));
		return out;
	}

	private Set<Node> home(GraphReader r) {
		Node home = r.byId(this.homeId);
		return home == null ? new LinkedHashSet<>() : r.scope(home);
	}

	/** The projects among the ends of these funding edges (who runs them is shown). */
	private static List<Node> projects(List<Edge> funded) {
		return funded.stream().map(Edge::to).filter(n -> "Project".equals(n.type())).distinct().toList();
	}

	private static Map<String, Object> periodJson(Period p) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("from", p.from() == null ? null : p.from().toString());
		m.put("to", p.to() == null ? null : p.to().toString());
		return m;
	}

	/**
	 * Who the subject is: type, aliases, what it belongs to, positions it holds or hosts (those
	 * cited in the period, one per person: the latest report's) and its memberships.
	 */
	private static Map<String, Object> profile(GraphSnapshot g, Node n, Period period) {
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
			else if (e.type().equals("HOLDS_POSITION") && inPeriod(g, e, period)) {
				Edge held = latest(g, e, positions);
				if (held != null) {
					positions.removeIf(p -> p.get("personId").equals(held.from().id()));
					positions.add(position(held));
				}
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

	/** Whether a position (or any cited edge) comes from a report whose half-year is in the period. */
	private static boolean inPeriod(GraphSnapshot g, Edge e, Period period) {
		return period.overlaps(null, null, g.report(e.source()));
	}

	/** This position, unless the list already holds a later one of the same person (then null). */
	private static Edge latest(GraphSnapshot g, Edge e, List<Map<String, Object>> positions) {
		for (Map<String, Object> p : positions) {
			if (p.get("personId").equals(e.from().id())) {
				String had = String.valueOf(((Map<?, ?>) p.get("evidence")).get("source"));
				return reportEnd(g, e.source()).isAfter(reportEnd(g, had)) ? e : null;
			}
		}
		return e;
	}

	private static LocalDate reportEnd(GraphSnapshot g, String source) {
		GraphSnapshot.Report r = g.report(source);
		return r == null || r.periodEnd() == null ? LocalDate.MIN : r.periodEnd();
	}

	/**
	 * One title per person for the whole briefing: their latest position cited in the period
	 * (a curated title at a named body, "Secretario de Movilidad"), else the title the latest
	 * engagement gives them ("titular de Movilidad"), else their latest current position. Reports
	 * name the same office many ways; a reader should meet one.
	 */
	static Map<String, String> titles(GraphSnapshot g, Collection<Node> people, List<Map<String, Object>> engagements,
			Period period) {
		Map<String, String> given = new LinkedHashMap<>();
		for (Map<String, Object> en : engagements) {
			Node ev = g.node((String) en.get("id"));
			for (Edge e : ev == null ? List.<Edge>of() : g.edges(ev)) {
				if (e.type().equals("PARTICIPATED_IN") && e.props().get("title") != null) {
					// engagements are in date order: the latest title given wins
					given.put(e.from().id(), (String) e.props().get("title"));
				}
			}
		}
		Map<String, String> out = new LinkedHashMap<>();
		for (Node person : new LinkedHashSet<>(people)) {
			Edge inPeriod = null;
			Edge current = null;
			for (Edge e : g.edges(person)) {
				if (!e.type().equals("HOLDS_POSITION") || e.from() != person || Boolean.TRUE.equals(e.props().get("former"))) {
					continue;
				}
				if (current == null || later(g, e, current)) {
					current = e;
				}
				if (period.overlaps(null, null, g.report(e.source())) && (inPeriod == null || later(g, e, inPeriod))) {
					inPeriod = e;
				}
			}
			String title = inPeriod != null ? titleAt(inPeriod)
					: given.containsKey(person.id()) ? given.get(person.id()) : current != null ? titleAt(current) : null;
			if (title != null) {
				out.put(person.id(), title);
			}
		}
		return out;
	}

	/** Words that open a title naming no office of its own ("titular de la Jefatura de Gobierno"). */
	private static final List<String> GENERIC_TITLES = List.of("titular", "representante", "encargad", "funcionari",
			"integrante", "personal");

	/**
	 * Whether position {@code a} is the better title: one that names the office ("Jefa de
	 * Gobierno") before a generic one ("titular de la Jefatura de Gobierno"), then the later
	 * report's, then the one at the body it names, then the longer (more specific) title.
	 */
	private static boolean later(GraphSnapshot g, Edge a, Edge b) {
		String ta = String.valueOf(a.props().get("title"));
		String tb = String.valueOf(b.props().get("title"));
		if (generic(ta) != generic(tb)) {
			return generic(tb);
		}
		int byReport = reportEnd(g, a.source()).compareTo(reportEnd(g, b.source()));
		if (byReport != 0) {
			return byReport > 0;
		}
		// one cited line may credit the office and the city: the office the title names reads best
		boolean ha = BriefingRenderer.heads(ta, a.to().name());
		boolean hb = BriefingRenderer.heads(tb, b.to().name());
		return ha != hb ? ha : ta.length() > tb.length();
	}

	private static boolean generic(String title) {
		String t = title.strip().toLowerCase(java.util.Locale.ROOT);
		return GENERIC_TITLES.stream().anyMatch(t::startsWith);
	}

	/** "Secretario de Movilidad" (the title names its body), "Jefa de Gobierno, Ciudad de México". */
	private static String titleAt(Edge position) {
		String title = String.valueOf(position.props().get("title"));
		String body = position.to().name();
		return BriefingRenderer.heads(title, body) ? title : title + ", " + body;
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
	private List<Map<String, Object>> engagements(GraphReader r, Set<Node> theirs, Set<Node> ours, Period period) {
		GraphSnapshot g = r.graph();
		r.expand(theirs.stream().filter(n -> !n.isEvent()).toList(), Step.SCOPE_EVENTS);
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
		cards(r, sorted);
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
		Map<String, Object> m = eventCard(g, ev, EVENT_PROPERTIES);
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

	/**
	 * Reads what the cards of these events show: participations, places, what they were part
	 * of, and the positions of participating people (their titles when the report gives none).
	 */
	private static void cards(GraphReader r, Collection<Node> events) {
		List<Edge> participations = r.expand(events, Step.EVENT_CARD);
		r.expand(participations.stream()
			.filter(e -> e.type().equals("PARTICIPATED_IN") && e.props().get("title") == null
					&& "Person".equals(e.from().type()))
			.map(Edge::from)
			.distinct()
			.toList(), Step.POSITIONS_HELD);
	}

	/** An event with the given properties, where it was held and what it was part of. */
	private static Map<String, Object> eventCard(GraphSnapshot g, Node ev, List<String> properties) {
		Map<String, Object> m = Facts.card(ev);
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

	/**
	 * The people on one side across the engagements, most engaged first, with their one title.
	 * People of the subject who took part in none count only with a position cited in the period.
	 */
	private static List<Map<String, Object>> people(GraphSnapshot g, List<Map<String, Object>> engagements,
			String side, Set<Node> scope, Period period, Map<String, String> titles) {
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
				people.computeIfAbsent(id, k -> personCard(g, g.node(k), period));
			}
		}
		if (side.equals("theirSide")) {
			for (Node n : scope) {
				if ("Person".equals(n.type()) && !people.containsKey(n.id()) && citedIn(g, n, period)) {
					counts.putIfAbsent(n.id(), 0);
					people.computeIfAbsent(n.id(), k -> personCard(g, n, period));
				}
			}
		}
		List<Map<String, Object>> out = new ArrayList<>(people.values());
		out.forEach(p -> p.put("engagements", counts.get((String) p.get("id"))));
		out.forEach(p -> p.put("title", titles.get((String) p.get("id"))));
		out.sort(Comparator.comparing((Map<String, Object> p) -> -((Integer) p.get("engagements")))
			.thenComparing(p -> (String) p.get("name")));
		return out;
	}

	/** Whether a position of this person is cited in a report of the period. */
	private static boolean citedIn(GraphSnapshot g, Node person, Period period) {
		return g.edges(person).stream()
			.anyMatch(e -> e.type().equals("HOLDS_POSITION") && e.from() == person && inPeriod(g, e, period));
	}

	/** A person with their positions cited in the period (all of them when none is). */
	private static Map<String, Object> personCard(GraphSnapshot g, Node person, Period period) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("id", person.id());
		m.put("name", person.name());
		List<Map<String, Object>> positions = new ArrayList<>();
		List<Map<String, Object>> outside = new ArrayList<>();
		for (Edge e : g.edges(person)) {
			if (e.type().equals("HOLDS_POSITION") && e.from() == person) {
				(inPeriod(g, e, period) ? positions : outside).add(position(e));
			}
		}
		m.put("positions", positions.isEmpty() ? outside : positions);
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

	/** Event properties a timeline entry shows, when the event has them. */
	static final List<String> TIMELINE_PROPERTIES = List.of("kind", "modality", "section", "summary", "summaryLine");

	Map<String, Object> timeline(String entity, Period period) {
		return this.reads.read(r -> timeline(r, entity, period));
	}

	private Map<String, Object> timeline(GraphReader r, String entity, Period period) {
		GraphSnapshot g = r.graph();
		Node root = this.search.resolve(r, entity, "entity");
		Set<Node> scope = r.scope(root);
		r.report("");
		r.expand(scope.stream().filter(n -> !n.isEvent()).toList(), Step.SCOPE_EVENTS);
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
		cards(r, events);
		for (Node ev : events) {
			Map<String, Object> m = eventCard(g, ev, TIMELINE_PROPERTIES);
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

		List<Map<String, Object>> list(GraphReader r, Set<Node> scope, Period period);

	}

	/** Resolves the optional party (null scope = everything) and answers under {@code key}. */
	private Map<String, Object> forParty(String party, Period period, String key, PartyQuery query) {
		return this.reads.read(r -> {
			Node root = party == null || party.isBlank() ? null : this.search.resolve(r, party, "party");
			r.report("");
			Map<String, Object> out = new LinkedHashMap<>();
			out.put("party", root == null ? null : Facts.ref(root));
			out.put("period", periodJson(period));
			out.put(key, query.list(r, root == null ? null : r.scope(root), period));
			return out;
		});
	}

	/** Agreements with a party in scope (all when scope is null), one per instrument. */
	private static List<Map<String, Object>> agreements(GraphReader r, Set<Node> scope, Period period) {
		GraphSnapshot g = r.graph();
		List<Edge> edges;
		if (scope == null) {
			edges = r.all("AGREEMENT");
		}
		else {
			// the scope's agreements, then the other pairs of the same instruments (a party of
			// an instrument is a party of one of its pairs)
			List<Edge> own = r.expand(scope.stream().filter(n -> !n.isEvent()).toList(), Step.AGREEMENT);
			Set<Edge> found = new LinkedHashSet<>(own);
			found.addAll(r.sameInstrument(own));
			edges = new ArrayList<>(found);
		}
		r.eventsById(edges.stream().map(e -> (String) e.props().get("event")).filter(java.util.Objects::nonNull)
			.collect(java.util.stream.Collectors.toSet()));
		Map<String, Map<String, Object>> byInstrument = new LinkedHashMap<>();
		Map<String, Set<Node>> parties = new LinkedHashMap<>();
		for (Edge e : edges) {
			String key = instrument(e);
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

	/** One instrument: the report, its title and its signing event. */
	private static String instrument(Edge e) {
		return e.source() + "|" + e.props().get("title") + "|" + e.props().get("event");
	}

	/** Funding with the funder or recipient in scope (all when scope is null). */
	private static List<Map<String, Object>> funding(GraphReader r, Set<Node> scope, Period period) {
		GraphSnapshot g = r.graph();
		List<Edge> edges = scope == null ? r.all("FUNDED")
				: r.expand(scope.stream().filter(n -> !n.isEvent()).toList(), Step.FUNDED);
		r.expand(projects(edges), Step.PART_OF_OUT);
		List<Map<String, Object>> out = new ArrayList<>();
		for (Edge e : new LinkedHashSet<>(edges)) {
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
