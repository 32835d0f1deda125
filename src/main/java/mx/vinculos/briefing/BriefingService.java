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

import mx.vinculos.graph.Evidence;
import mx.vinculos.graph.Fact;
import mx.vinculos.graph.ForeignBodies;
import mx.vinculos.graph.GraphReader;
import mx.vinculos.graph.GraphReader.Step;
import mx.vinculos.graph.GraphReads;
import mx.vinculos.graph.GraphSnapshot;
import mx.vinculos.graph.GraphSnapshot.Edge;
import mx.vinculos.graph.GraphSnapshot.Node;
import mx.vinculos.graph.NodeRef;
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

	Briefing briefing(List<String> subjects, Period period) {
		if (subjects == null || subjects.isEmpty()) {
			throw ApiProblem.badRequest("Give at least one subject (subject=Bogotá).").key("problem.briefing.none");
		}
		if (subjects.size() > 6) {
			throw ApiProblem.badRequest("Give at most 6 subjects; got " + subjects.size() + ".")
				.key("problem.briefing.many", subjects.size());
		}
		return this.reads.read(r -> briefing(r, subjects, period));
	}

	private Briefing briefing(GraphReader r, List<String> subjects, Period period) {
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

		Referenced refs = new Referenced();
		List<Briefing.Subject> profiles = new ArrayList<>();
		for (Node root : roots) {
			// "Dependencia" names a Mexican government's body: a foreign ministry or an embassy is not one
			profiles.add(subject(g, root, period, root.type().equals("Agency") ? this.foreign.isForeign(root.id()) : null, refs));
		}
		List<Node> events = engagementEvents(r, theirs, period);
		// the people who took part on either side, and the subject's own: one title each
		List<Node> people = new ArrayList<>();
		for (Node ev : events) {
			for (Edge e : g.edges(ev)) {
				if (e.type().equals("PARTICIPATED_IN") && "Person".equals(e.from().type())
						&& (theirs.contains(e.from()) || ours.contains(e.from()))) {
					people.add(e.from());
				}
			}
		}
		theirs.stream().filter(n -> "Person".equals(n.type())).forEach(people::add);
		r.expand(people, Step.POSITIONS_HELD);
		Map<String, String> titles = titles(g, people, events, period);
		List<Briefing.Engagement> engagements = events.stream()
			.map(ev -> engagement(g, ev, theirs, ours, titles, refs))
			.toList();
		List<Briefing.Agreement> agreements = agreements(r, theirs, period, refs);
		List<Briefing.FundingItem> funding = funding(r, theirs, period, refs);
		List<Briefing.SharedNetwork> networks = sharedNetworks(g, theirs, ours, refs);
		Briefing.People sides = new Briefing.People(
				people(g, engagements, Briefing.Engagement::theirSide, theirs, period, titles, refs),
				people(g, engagements, Briefing.Engagement::ourSide, Set.of(), period, titles, refs));
		List<Evidence> cited = new ArrayList<>();
		for (Briefing.Subject s : profiles) {
			s.positions().forEach(p -> cited.add(p.evidence()));
			s.memberships().forEach(m -> cited.add(m.evidence()));
		}
		for (Briefing.Engagement e : engagements) {
			cited.add(e.evidence());
			for (List<Briefing.Participant> side : List.of(e.theirSide(), e.ourSide(), e.others())) {
				side.forEach(p -> cited.add(p.evidence()));
			}
		}
		agreements.forEach(a -> cited.add(a.evidence()));
		funding.forEach(f -> cited.add(f.evidence()));
		networks.forEach(n -> java.util.stream.Stream.concat(n.theirs().stream(), n.ours().stream())
			.forEach(m -> cited.add(m.evidence())));
		java.util.stream.Stream.concat(sides.theirs().stream(), sides.ours().stream())
			.forEach(p -> p.positions().forEach(pos -> cited.add(pos.evidence())));
		return new Briefing(profiles, period, engagements, agreements, funding, networks, sides, refs.list(),
				sources(cited));
	}

	private Set<Node> home(GraphReader r) {
		Node home = r.byId(this.homeId);
		return home == null ? new LinkedHashSet<>() : r.scope(home);
	}

	/** The projects among the ends of these funding edges (who runs them is shown). */
	private static List<Node> projects(List<Edge> funded) {
		return funded.stream().map(Edge::to).filter(n -> "Project".equals(n.type())).distinct().toList();
	}

	/**
	 * Who the subject is: type, aliases, what it belongs to, positions it holds or hosts (those
	 * cited in the period, one per person: the latest report's) and its memberships.
	 */
	private static Briefing.Subject subject(GraphSnapshot g, Node n, Period period, Boolean foreign, Referenced refs) {
		List<String> within = new ArrayList<>();
		List<Edge> positions = new ArrayList<>();
		List<Briefing.Membership> memberships = new ArrayList<>();
		for (Edge e : g.edges(n)) {
			if (e.from() == n && (e.type().equals("PART_OF") || e.type().equals("LOCATED_IN"))) {
				within.add(refs.id(e.to()));
			}
			else if (e.type().equals("HOLDS_POSITION") && inPeriod(g, e, period)) {
				Edge held = latest(g, e, positions);
				if (held != null) {
					positions.removeIf(p -> p.from() == held.from());
					positions.add(held);
				}
			}
			else if (e.type().equals("MEMBER_OF") && e.from() == n) {
				memberships.add(new Briefing.Membership(null, refs.id(e.to()), Fact.text(e.props().get("role")),
						Evidence.of(e)));
			}
		}
		NodeRef self = NodeRef.of(n);
		return new Briefing.Subject(n.id(), n.name(), n.type(), n.aliases(), self.startDate(), self.endDate(),
				Fact.text(n.props().get("note")), foreign, within,
				positions.stream().map(e -> position(e, refs)).toList(), memberships);
	}

	/** Whether a position (or any cited edge) comes from a report whose half-year is in the period. */
	private static boolean inPeriod(GraphSnapshot g, Edge e, Period period) {
		return period.overlaps(null, null, g.report(e.source()));
	}

	/** This position, unless the list already holds a later one of the same person (then null). */
	private static Edge latest(GraphSnapshot g, Edge e, List<Edge> positions) {
		for (Edge p : positions) {
			if (p.from() == e.from()) {
				return reportEnd(g, e.source()).isAfter(reportEnd(g, p.source())) ? e : null;
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
	static Map<String, String> titles(GraphSnapshot g, Collection<Node> people, List<Node> engagements, Period period) {
		Map<String, String> given = new LinkedHashMap<>();
		for (Node ev : engagements) {
			for (Edge e : g.edges(ev)) {
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

	private static Briefing.Position position(Edge e, Referenced refs) {
		return new Briefing.Position(refs.id(e.from()), Fact.text(e.props().get("title")), refs.id(e.to()), former(e),
				Evidence.of(e));
	}

	/** True for a position held before the report's period; otherwise left out. */
	private static Boolean former(Edge position) {
		return Boolean.TRUE.equals(position.props().get("former")) ? Boolean.TRUE : null;
	}

	/** Events the scope took part in (or that were held in its cities), in date order, their cards read. */
	private static List<Node> engagementEvents(GraphReader r, Set<Node> theirs, Period period) {
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
		return sorted;
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

	private static Briefing.Engagement engagement(GraphSnapshot g, Node ev, Set<Node> theirs, Set<Node> ours,
			Map<String, String> titles, Referenced refs) {
		List<Briefing.Participant> theirSide = new ArrayList<>();
		List<Briefing.Participant> ourSide = new ArrayList<>();
		List<Briefing.Participant> others = new ArrayList<>();
		for (Edge e : g.edges(ev)) {
			if (e.type().equals("PARTICIPATED_IN")) {
				Briefing.Participant p = participant(g, e, titles.get(e.from().id()), refs);
				(theirs.contains(e.from()) ? theirSide : ours.contains(e.from()) ? ourSide : others).add(p);
			}
		}
		EventCard c = EventCard.of(g, ev, refs);
		return new Briefing.Engagement(ev.id(), ev.name(), ev.startDate(), c.endDate(), c.text("summary"),
				c.summaryLine(), c.text("kind"), c.text("modality"), c.text("section"), c.text("eje"), c.text("note"),
				c.heldIn(), c.partOf(), theirSide, ourSide, others, Evidence.of(ev));
	}

	/** What an event's entry shows besides its participants: places and parent by id, its own properties. */
	private record EventCard(Node event, List<String> heldIn, String partOf) {

		static EventCard of(GraphSnapshot g, Node ev, Referenced refs) {
			List<String> where = new ArrayList<>();
			String partOf = null;
			for (Edge e : g.edges(ev)) {
				if (e.type().equals("HELD_IN") && !where.contains(e.to().id())) {
					where.add(refs.id(e.to()));
				}
				else if (e.type().equals("PART_OF") && e.from() == ev) {
					partOf = refs.id(e.to());
				}
			}
			return new EventCard(ev, where, partOf);
		}

		String text(String property) {
			return Fact.text(this.event.props().get(property));
		}

		LocalDate endDate() {
			return this.event.props().get("endDate") instanceof LocalDate d ? d : null;
		}

		Integer summaryLine() {
			return this.event.props().get("summary") != null && this.event.props().get("summaryLine") instanceof Number n
					? n.intValue() : null;
		}

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

	/**
	 * A participant with their role and one title: {@code title} when given (the briefing's one
	 * title for the person), else the one the report gives there, else their first position.
	 */
	private static Briefing.Participant participant(GraphSnapshot g, Edge e, String title, Referenced refs) {
		Node who = e.from();
		if (title == null && e.props().get("title") != null) {
			title = (String) e.props().get("title");
		}
		if (title == null && "Person".equals(who.type())) {
			for (Edge h : g.edges(who)) {
				if (h.type().equals("HOLDS_POSITION") && h.from() == who) {
					title = h.props().get("title") + " (" + h.to().name() + ")";
					break;
				}
			}
		}
		return new Briefing.Participant(refs.id(who), Fact.text(e.props().get("role")), title,
				Fact.text(e.props().get("note")), Evidence.of(e));
	}

	private static List<Briefing.SharedNetwork> sharedNetworks(GraphSnapshot g, Set<Node> theirs, Set<Node> ours,
			Referenced refs) {
		Map<Node, List<Edge>> theirNets = memberships(g, theirs);
		Map<Node, List<Edge>> ourNets = memberships(g, ours);
		List<Briefing.SharedNetwork> out = new ArrayList<>();
		for (Map.Entry<Node, List<Edge>> e : theirNets.entrySet()) {
			if (ourNets.containsKey(e.getKey())) {
				out.add(new Briefing.SharedNetwork(refs.id(e.getKey()), members(e.getValue(), refs),
						members(ourNets.get(e.getKey()), refs)));
			}
		}
		return out;
	}

	private static List<Briefing.Membership> members(List<Edge> memberships, Referenced refs) {
		return memberships.stream()
			.map(e -> new Briefing.Membership(refs.id(e.from()), null, Fact.text(e.props().get("role")), Evidence.of(e)))
			.toList();
	}

	private static Map<Node, List<Edge>> memberships(GraphSnapshot g, Set<Node> scope) {
		Map<Node, List<Edge>> out = new LinkedHashMap<>();
		for (Node n : scope) {
			for (Edge e : g.edges(n)) {
				if (e.type().equals("MEMBER_OF") && e.from() == n) {
					out.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(e);
				}
			}
		}
		return out;
	}

	/**
	 * The people on one side across the engagements, most engaged first, with their one title.
	 * People of the subject ({@code own}) who took part in none count only with a position cited
	 * in the period.
	 */
	private static List<Briefing.Person> people(GraphSnapshot g, List<Briefing.Engagement> engagements,
			java.util.function.Function<Briefing.Engagement, List<Briefing.Participant>> side, Set<Node> own,
			Period period, Map<String, String> titles, Referenced refs) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (Briefing.Engagement en : engagements) {
			for (Briefing.Participant p : side.apply(en)) {
				if ("Person".equals(g.node(p.id()).type())) {
					counts.merge(p.id(), 1, Integer::sum);
				}
			}
		}
		for (Node n : own) {
			if ("Person".equals(n.type()) && !counts.containsKey(n.id()) && citedIn(g, n, period)) {
				counts.put(n.id(), 0);
			}
		}
		List<Briefing.Person> out = new ArrayList<>();
		counts.forEach((id, count) -> {
			Node person = g.node(id);
			refs.id(person);
			out.add(new Briefing.Person(id, titles.get(id), count, positions(g, person, period, refs)));
		});
		out.sort(Comparator.comparing((Briefing.Person p) -> -p.engagements()).thenComparing(p -> g.node(p.id()).name()));
		return out;
	}

	/** Whether a position of this person is cited in a report of the period. */
	private static boolean citedIn(GraphSnapshot g, Node person, Period period) {
		return g.edges(person).stream()
			.anyMatch(e -> e.type().equals("HOLDS_POSITION") && e.from() == person && inPeriod(g, e, period));
	}

	/** A person's positions cited in the period (all of them when none is). */
	private static List<Briefing.Position> positions(GraphSnapshot g, Node person, Period period, Referenced refs) {
		List<Edge> positions = new ArrayList<>();
		List<Edge> outside = new ArrayList<>();
		for (Edge e : g.edges(person)) {
			if (e.type().equals("HOLDS_POSITION") && e.from() == person) {
				(inPeriod(g, e, period) ? positions : outside).add(e);
			}
		}
		// the person's own positions need not name them again
		return (positions.isEmpty() ? outside : positions).stream()
			.map(e -> new Briefing.Position(null, Fact.text(e.props().get("title")), refs.id(e.to()), former(e), Evidence.of(e)))
			.toList();
	}

	/** Every (report, line, quote) cited, once, in report and line order. */
	private static List<Evidence> sources(List<Evidence> cited) {
		Map<String, Evidence> found = new TreeMap<>();
		for (Evidence e : cited) {
			if (e != null && e.line() != null) {
				found.putIfAbsent(e.source() + String.format("%06d", e.line()) + e.quote(), e);
			}
		}
		return new ArrayList<>(found.values());
	}

	// ---------------------------------------------------------------- timeline

	Timeline timeline(String entity, Period period) {
		return this.reads.read(r -> timeline(r, entity, period));
	}

	private Timeline timeline(GraphReader r, String entity, Period period) {
		GraphSnapshot g = r.graph();
		Node root = this.search.resolve(r, entity, "entity");
		Set<Node> scope = r.scope(root);
		r.report("");
		r.expand(scope.stream().filter(n -> !n.isEvent()).toList(), Step.SCOPE_EVENTS);
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
		Referenced refs = new Referenced();
		List<Timeline.Entry> items = new ArrayList<>();
		for (Node ev : events) {
			EventCard c = EventCard.of(g, ev, refs);
			items.add(new Timeline.Entry(ev.id(), ev.name(), ev.startDate(), c.endDate(), c.text("summary"),
					c.summaryLine(), c.text("kind"), c.text("modality"), c.text("section"), c.heldIn(), c.partOf(),
					byEvent.get(ev).stream().map(e -> participant(g, e, null, refs)).toList(), Evidence.of(ev)));
		}
		return new Timeline(NodeRef.of(root), period, items, refs.list());
	}

	// ---------------------------------------------------------------- agreements and funding

	AgreementList agreements(String party, Period period) {
		return this.reads.read(r -> {
			Node root = party(r, party);
			Referenced refs = new Referenced();
			List<Briefing.Agreement> list = agreements(r, root == null ? null : r.scope(root), period, refs);
			return new AgreementList(root == null ? null : NodeRef.of(root), period, list, refs.list());
		});
	}

	FundingList funding(String party, Period period) {
		return this.reads.read(r -> {
			Node root = party(r, party);
			Referenced refs = new Referenced();
			List<Briefing.FundingItem> list = funding(r, root == null ? null : r.scope(root), period, refs);
			return new FundingList(root == null ? null : NodeRef.of(root), period, list, refs.list());
		});
	}

	/** The optional party (null: everything). */
	private Node party(GraphReader r, String party) {
		Node root = party == null || party.isBlank() ? null : this.search.resolve(r, party, "party");
		r.report("");
		return root;
	}

	/** Agreements with a party in scope (all when scope is null), one per instrument. */
	private static List<Briefing.Agreement> agreements(GraphReader r, Set<Node> scope, Period period, Referenced refs) {
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
		Map<String, Edge> byInstrument = new LinkedHashMap<>();
		Map<String, Set<Node>> parties = new LinkedHashMap<>();
		for (Edge e : edges) {
			String key = instrument(e);
			parties.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(List.of(e.from(), e.to()));
			byInstrument.putIfAbsent(key, e);
		}
		record Dated(Briefing.Agreement agreement, String sortDate) {
		}
		List<Dated> out = new ArrayList<>();
		for (Map.Entry<String, Edge> en : byInstrument.entrySet()) {
			Set<Node> ps = parties.get(en.getKey());
			Edge e = en.getValue();
			Node event = e.props().get("event") == null ? null : g.node((String) e.props().get("event"));
			LocalDate date = e.props().get("date") instanceof LocalDate d ? d : event == null ? null : event.startDate();
			if (scope != null && ps.stream().noneMatch(scope::contains)) {
				continue;
			}
			if (!period.overlaps(date, date, g.report(e.source()))) {
				continue;
			}
			Fact f = Fact.of(e);
			out.add(new Dated(new Briefing.Agreement(f.title(), f.kind(), f.status(), f.date(), f.note(), refs.id(event),
					ps.stream().map(refs::id).toList(), f.evidence()), date == null ? "~" : date.toString()));
		}
		out.sort(Comparator.comparing((Dated d) -> String.valueOf(d.agreement().evidence().source()))
			.thenComparing(Dated::sortDate));
		return out.stream().map(Dated::agreement).toList();
	}

	/** One instrument: the report, its title and its signing event. */
	private static String instrument(Edge e) {
		return e.source() + "|" + e.props().get("title") + "|" + e.props().get("event");
	}

	/** Funding with the funder or recipient in scope (all when scope is null). */
	private static List<Briefing.FundingItem> funding(GraphReader r, Set<Node> scope, Period period, Referenced refs) {
		GraphSnapshot g = r.graph();
		List<Edge> edges = scope == null ? r.all("FUNDED")
				: r.expand(scope.stream().filter(n -> !n.isEvent()).toList(), Step.FUNDED);
		r.expand(projects(edges), Step.PART_OF_OUT);
		List<Edge> kept = new ArrayList<>();
		for (Edge e : new LinkedHashSet<>(edges)) {
			if (scope != null && !scope.contains(e.from()) && !scope.contains(e.to())) {
				continue;
			}
			LocalDate start = e.props().get("start") instanceof LocalDate d ? d : null;
			LocalDate end = e.props().get("end") instanceof LocalDate d ? d : start;
			if (period.overlaps(start, end, g.report(e.source()))) {
				kept.add(e);
			}
		}
		kept.sort(Comparator.comparing((Edge e) -> String.valueOf(e.source()))
			.thenComparing(e -> e.props().get("line") instanceof Number n ? n.longValue() : 0L));
		List<Briefing.FundingItem> out = new ArrayList<>();
		for (Edge e : kept) {
			Node owner = null;
			if ("Project".equals(e.to().type())) {
				for (Edge part : g.edges(e.to())) {
					if (part.type().equals("PART_OF") && part.from() == e.to()) {
						owner = part.to();
					}
				}
			}
			Fact f = Fact.of(e);
			out.add(new Briefing.FundingItem(refs.id(e.from()), refs.id(e.to()), refs.id(owner), f.amount(), f.currency(),
					f.amountText(), f.purpose(), f.inKind(), f.start(), f.end(), f.note(), f.evidence()));
		}
		return out;
	}

}
