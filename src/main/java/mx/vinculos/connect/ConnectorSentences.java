package mx.vinculos.connect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import mx.vinculos.graph.Fact;
import mx.vinculos.graph.NodeRef;
import mx.vinculos.web.Labels;
import mx.vinculos.web.SpanishArticles;
import mx.vinculos.web.ShownNames;

import org.springframework.stereotype.Component;

/**
 * Why a connector ties the given entities, in one short sentence a strategist reads aloud
 * ("Bogotá organizó el foro virtual … (25 de junio de 2020), al que asistió la Secretaría de
 * Movilidad; Madrid, que es miembro de la Unión de Ciudades Capitales Iberoamericanas, también
 * asistió"), and, for each given entity, whether the tie is direct or through whom.
 *
 * <p>
 * Built over the connect answer as the API returns it (a connector and its paths, each an
 * edge list from the connector back to one given entity), so it does not depend on how
 * connect ranks. Verbs and glue come from the message bundles; Spanish articles and the
 * gender of relative pronouns ("al que", "a la que") come from the first word of a name
 * ({@link SpanishArticles}, shared with the briefing and the other pages): a name that starts
 * with no known noun (a proper name, an English name) takes no article, and an event whose
 * kind is unknown is "el evento «…»".
 */
@Component
class ConnectorSentences {

	/** Roles in the order the sentence prefers its subject: who organised it comes first. */
	private static final List<String> ROLES = List.of("organizer", "host", "speaker", "moderator", "attendee",
			"supporter", "represented", "out");

	/** An acronym among a node's aliases ("UCCI", "SEMOVI"): how a name is said again. */
	private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z0-9&]{1,9}");

	private static final Pattern TRAILING_COMMA = Pattern.compile(",(;|$)");

	private final Labels labels;

	private final ShownNames shown;

	ConnectorSentences(Labels labels, ShownNames shown) {
		this.labels = labels;
		this.shown = shown;
	}

	/** How the connector reaches one given entity: directly, or through these nodes (in order). */
	record Tie(NodeRef entity, List<NodeRef> via) {

		public boolean direct() {
			return this.via.isEmpty();
		}

	}

	/** The sentence and the tie to each given entity it reaches (in the order they were given). */
	record Explanation(String sentence, List<Tie> ties) {

		public long directTies() {
			return this.ties.stream().filter(Tie::direct).count();
		}

	}

	/** One step of a path: from node {@code a} to node {@code b} along {@code edge}. */
	private record Hop(NodeRef a, NodeRef b, Fact edge) {

		String type() {
			return this.edge.type();
		}

		/** Whether {@code a} is where the edge starts (a participant of an event, a member of a network). */
		boolean forward() {
			return this.a.id().equals(this.edge.from());
		}

		String role() {
			String r = this.edge.role();
			return r == null || !ROLES.contains(r) ? "out" : r;
		}

	}

	/**
	 * The sentence for a connector of a connect answer, and its tie to each given entity.
	 *
	 * @param facts the answer's facts (the paths' edges are indexes into it)
	 * @param nodes every node of the answer by id ({@link ConnectAnswer#nodesById()})
	 * @param given the given entities, in the order asked
	 */
	Explanation explain(ConnectAnswer.Connector connector, List<Fact> facts, Map<String, NodeRef> nodes,
			List<NodeRef> given) {
		NodeRef self = nodes.get(connector.id());
		Map<String, List<Hop>> paths = new HashMap<>();
		for (ConnectAnswer.Path path : connector.paths()) {
			List<Hop> hops = new ArrayList<>(path.edges().size());
			NodeRef at = self;
			for (int i : path.edges()) {
				Fact f = facts.get(i);
				NodeRef next = nodes.get(f.other(at.id()));
				hops.add(new Hop(at, next, f));
				at = next;
			}
			paths.put(path.to(), hops);
		}
		List<Tie> ties = new ArrayList<>();
		List<List<Hop>> ordered = new ArrayList<>();
		for (NodeRef g : given) {
			List<Hop> p = paths.get(g.id());
			if (p != null && !p.isEmpty()) {
				ties.add(new Tie(g, p.subList(0, p.size() - 1).stream().map(Hop::b).toList()));
				ordered.add(p);
			}
		}
		Writer w = new Writer(self);
		return new Explanation(finish(self.isEvent() ? w.event(ordered) : w.entity(ordered)), ties);
	}

	private String finish(String s) {
		if (s.isEmpty()) {
			return s;
		}
		s = SpanishArticles.contract(s);
		// an apposition closed at the end of a clause: "…, que es miembro de la UCCI;"
		s = TRAILING_COMMA.matcher(s).replaceAll("$1");
		return Character.toUpperCase(s.charAt(0)) + s.substring(1) + this.labels.msg("why.end");
	}

	/** Builds one sentence; remembers what it already named (an event is dated once). */
	private final class Writer {

		private final NodeRef connector;

		private final Set<String> named = new HashSet<>();

		Writer(NodeRef connector) {
			this.connector = connector;
		}

		/**
		 * An event connector: the given entity with the leading role as subject, the others
		 * in a relative clause, then who else took part on behalf of the rest.
		 */
		String event(List<List<Hop>> paths) {
			Map<String, List<NodeRef>> byRole = new LinkedHashMap<>();
			ROLES.forEach(r -> byRole.put(r, new ArrayList<>()));
			List<NodeRef> places = new ArrayList<>();
			List<List<Hop>> indirect = new ArrayList<>();
			for (List<Hop> p : paths) {
				Hop h = p.get(0);
				if (p.size() == 1 && h.type().equals("PARTICIPATED_IN")) {
					byRole.get(h.role()).add(h.b());
				}
				else if (p.size() == 1 && h.type().equals("HELD_IN")) {
					places.add(h.b());
				}
				else {
					indirect.add(p);
				}
			}
			List<String> clauses = new ArrayList<>();
			String lead = ROLES.stream().filter(r -> !byRole.get(r).isEmpty()).findFirst().orElse(null);
			if (lead != null || !places.isEmpty()) {
				StringBuilder first = new StringBuilder();
				List<String> relatives = new ArrayList<>();
				if (lead == null) {
					// only where it was held: "el taller … (fecha) se celebró en Bogotá"
					first.append(eventNp(this.connector, true)).append(' ').append(msg("why.pred.HELD_IN", list(places)));
				}
				else {
					NodeRef subject = byRole.get(lead).remove(0);
					first.append(np(subject)).append(' ');
					// who shared the lead's role did it with them: "Bogotá organizó con la UCCI la pasantía…"
					List<NodeRef> partners = new ArrayList<>(byRole.get(lead));
					byRole.get(lead).clear();
					first.append(partners.isEmpty() ? msg("why.do." + lead, eventNp(this.connector, true))
							: msg("why.with." + lead, list(partners), eventNp(this.connector, true)));
					byRole.forEach((role, who) -> {
						if (!who.isEmpty()) {
							relatives.add(msg("why.rel." + role, gender(this.connector), list(who), who.size()));
						}
					});
					if (!places.isEmpty()) {
						relatives.add(msg("why.rel.HELD_IN", gender(this.connector), list(places), places.size()));
					}
				}
				if (!relatives.isEmpty()) {
					first.append(", ").append(join(relatives));
				}
				clauses.add(first.toString());
			}
			for (List<Hop> p : indirect) {
				Hop h = p.get(0);
				NodeRef through = h.b();
				List<Hop> rest = p.subList(1, p.size());
				if (this.named.contains(through.id())) {
					// already in the sentence (a given entity): what else it did, in its own clause
					clauses.add(msg("why.besides", np(through), predicate(rest)));
				}
				else if (h.type().equals("PARTICIPATED_IN")) {
					String who = np(through) + apposition(rest);
					clauses.add(this.named.contains(this.connector.id())
							? msg("why.also." + h.role(), who, gender(this.connector))
							: who + " " + msg("why.do." + h.role(), eventNp(this.connector, true)));
				}
				else {
					clauses.add(msg("why.besides", eventNp(this.connector, true), predicateOf(h) + apposition(rest)));
				}
			}
			return String.join(msg("why.join"), clauses);
		}

		/** Any other connector: its own ties, one clause per neighbour it reaches them through. */
		String entity(List<List<Hop>> paths) {
			Map<String, List<List<Hop>>> byFirst = new LinkedHashMap<>();
			for (List<Hop> p : paths) {
				byFirst.computeIfAbsent(p.get(0).b().id(), k -> new ArrayList<>()).add(p);
			}
			List<String> clauses = new ArrayList<>();
			for (List<List<Hop>> group : byFirst.values()) {
				Hop h = group.get(0).get(0);
				// who did at the event what the connector did: "organizó con la UCCI la pasantía…"
				List<String> partners = new ArrayList<>();
				if (h.b().isEvent() && h.type().equals("PARTICIPATED_IN") && h.forward()) {
					for (List<Hop> p : group) {
						if (p.size() == 2 && sameRole(h, p.get(1))) {
							partners.add(np(p.get(1).b()));
						}
					}
				}
				String clause = partners.isEmpty() ? predicateOf(h)
						: msg("why.with." + h.role(), words(partners), eventNp(h.b(), true));
				List<String> relatives = new ArrayList<>();
				// "…, que organizó Bogotá y al que asistieron la Secretaría de Movilidad y Madrid, que es miembro de…"
				Map<String, List<String>> plain = new LinkedHashMap<>();
				Map<String, List<String>> described = new LinkedHashMap<>();
				List<List<Hop>> longer = new ArrayList<>();
				for (List<Hop> p : group) {
					if (!partners.isEmpty() && p.size() == 2 && sameRole(h, p.get(1))) {
						continue;
					}
					if (p.size() >= 2 && h.b().isEvent() && p.get(1).type().equals("PARTICIPATED_IN") && !p.get(1).forward()) {
						String who = np(p.get(1).b());
						(p.size() == 2 ? plain : described).computeIfAbsent(p.get(1).role(), k -> new ArrayList<>())
							.add(who + apposition(p.subList(2, p.size())));
						described.putIfAbsent(p.get(1).role(), new ArrayList<>());
					}
					else if (p.size() > 1) {
						longer.add(p);
					}
				}
				described.forEach((role, more) -> {
					List<String> who = new ArrayList<>(plain.getOrDefault(role, List.of()));
					who.addAll(more);
					relatives.add(msg("why.rel." + role, gender(h.b()), words(who), who.size()));
				});
				longer.forEach(p -> relatives.add(relative(h.b(), p.subList(1, p.size()))));
				if (!relatives.isEmpty()) {
					clause += ", " + join(relatives);
				}
				clauses.add(clauses.isEmpty() ? np(this.connector) + " " + clause : msg("why.too", clause));
			}
			return String.join(msg("why.join"), clauses);
		}

		/** What {@code a} of the first hop does with {@code b}, as a verb phrase ("es miembro de la UCCI"). */
		private String predicateOf(Hop h) {
			NodeRef b = h.b();
			String type = h.type();
			if (type.equals("PARTICIPATED_IN")) {
				return h.forward() ? msg("why.do." + h.role(), eventNp(b, h.a().id().equals(this.connector.id())))
						: msg("why.had." + h.role(), np(b));
			}
			if (type.equals("HOLDS_POSITION")) {
				String title = h.edge().title();
				if (title == null) {
					return msg(h.forward() ? "why.pred.HOLDS_POSITION.plain" : "why.pred.HOLDS_POSITION.in.plain", np(b));
				}
				String t = ConnectorSentences.this.shown.text(title);
				if (h.forward()) {
					// "es Alcaldesa de Bogotá", not "es Alcaldesa de Bogotá de Bogotá"
					return ShownNames.fold(t).contains(ShownNames.fold(b.name())) ? msg("why.pred.HOLDS_POSITION.titled", t)
							: msg("why.pred.HOLDS_POSITION", np(b), t);
				}
				return msg("why.pred.HOLDS_POSITION.in", np(b), t);
			}
			if (type.equals("AGREEMENT")) {
				return msg("why.pred.AGREEMENT", np(b));
			}
			String key = "why.pred." + type + (h.forward() ? "" : ".in");
			String named = np(b);
			return ConnectorSentences.this.labels.msgOr(key, msg("why.pred.other", named), named);
		}

		/** Whether {@code next} took part in the event {@code h} reaches in the role {@code h} did. */
		private boolean sameRole(Hop h, Hop next) {
			return next.type().equals("PARTICIPATED_IN") && !next.forward() && next.role().equals(h.role());
		}

		/** The rest of a path as a verb phrase of its first node: "fue ponente en una reunión que organizó la UCCI". */
		private String predicate(List<Hop> rest) {
			Hop h = rest.get(0);
			if (rest.size() == 2 && h.b().isEvent() && h.type().equals("PARTICIPATED_IN") && h.forward()
					&& sameRole(h, rest.get(1))) {
				// "organizó con Bogotá una pasantía", not "organizó una pasantía que organizó Bogotá"
				String event = eventNp(h.b(), h.a().id().equals(this.connector.id()));
				return msg("why.with." + h.role(), np(rest.get(1).b()), event);
			}
			String p = predicateOf(h);
			return rest.size() == 1 ? p : p + " " + relative(h.b(), rest.subList(1, rest.size()));
		}

		/** A relative clause about {@code node} (where the next hops start). */
		private String relative(NodeRef node, List<Hop> rest) {
			Hop h = rest.get(0);
			if (node.isEvent() && h.type().equals("PARTICIPATED_IN") && !h.forward()) {
				String who = np(h.b()) + (rest.size() > 1 ? apposition(rest.subList(1, rest.size())) : "");
				return msg("why.rel." + h.role(), gender(node), who, 1);
			}
			return msg("why.that", predicate(rest));
		}

		/** ", que es miembro de la UCCI," after a name; empty when nothing follows. */
		private String apposition(List<Hop> rest) {
			return rest.isEmpty() ? "" : ", " + msg("why.that", predicate(rest)) + ",";
		}

		/** A name with its article ("la Secretaría de Movilidad"); an event with its kind and date. */
		private String np(NodeRef node) {
			if (node.isEvent()) {
				return eventNp(node, false);
			}
			boolean again = !this.named.add(node.id());
			String acronym = again ? acronym(node) : null;
			String name = acronym != null ? acronym : ConnectorSentences.this.shown.text(node.name());
			// the article goes by the full name: "la UCCI" after "la Unión de Ciudades…"
			String article = ConnectorSentences.this.labels.article(node.name(), node.type());
			return article == null ? name : article + " " + name;
		}

		/**
		 * The connector event, or an event on its way, is named in full with its date the first
		 * time ("el foro virtual sobre … (25 de junio de 2020)"); an event only passed through
		 * is "una reunión", "otro evento".
		 */
		private String eventNp(NodeRef event, boolean full) {
			boolean first = this.named.add(event.id());
			String name = ConnectorSentences.this.shown.text(event.name());
			String g = spanish() ? SpanishArticles.gender(name) : null;
			boolean isConnector = event.id().equals(this.connector.id());
			if (!isConnector && !full) {
				String shortName = g == null ? msg("why.event.other")
						: msg("why.event.some." + g) + " " + name.split("\\s+")[0].toLowerCase(Locale.ROOT);
				return dated(shortName, event);
			}
			if (!first) {
				return g == null ? msg("why.event.this") : the(g) + " " + name.split("\\s+")[0].toLowerCase(Locale.ROOT);
			}
			String phrase = g == null ? msg("why.event.named", name)
					: the(g) + " " + Character.toLowerCase(name.charAt(0)) + name.substring(1);
			return dated(phrase, event);
		}

		private String dated(String phrase, NodeRef event) {
			return event.startDate() == null ? phrase
					: msg("why.event.dated", phrase,
							ConnectorSentences.this.labels.when(event.startDate(), event.endDate(), null));
		}

		private String list(List<NodeRef> nodes) {
			return words(nodes.stream().map(this::np).toList());
		}

		private String words(List<String> names) {
			if (names.size() == 1) {
				return names.get(0);
			}
			return msg("why.and", String.join(", ", names.subList(0, names.size() - 1)), names.get(names.size() - 1));
		}

		private String join(List<String> relatives) {
			if (relatives.size() == 1) {
				return relatives.get(0);
			}
			return msg("why.and", String.join(", ", relatives.subList(0, relatives.size() - 1)),
					relatives.get(relatives.size() - 1));
		}

	}

	private String msg(String key, Object... args) {
		return this.labels.msg(key, args);
	}

	private boolean spanish() {
		return this.labels.spanish();
	}

	private String the(String gender) {
		return this.labels.articleFor(gender);
	}

	/**
	 * The acronym a name is said again by ("la UCCI" after "la Unión de Ciudades Capitales
	 * Iberoamericanas"): the shortest all-capitals alias, or null.
	 */
	private static String acronym(NodeRef node) {
		String best = null;
		for (String a : node.aliases() == null ? List.<String>of() : node.aliases()) {
			if (ACRONYM.matcher(a).matches() && a.length() >= 3 && (best == null || a.length() < best.length())) {
				best = a;
			}
		}
		return best;
	}

	/** 0 masculine, 1 feminine (plural counts as its gender), for the bundles' choice formats. */
	private int gender(NodeRef node) {
		String g = spanish() ? SpanishArticles.gender(node.name()) : null;
		return g != null && g.startsWith("f") ? 1 : 0;
	}

}
