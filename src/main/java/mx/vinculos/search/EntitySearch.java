package mx.vinculos.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import mx.vinculos.graph.GraphReader;
import mx.vinculos.graph.GraphReads;
import mx.vinculos.graph.GraphSnapshot.Node;
import mx.vinculos.graph.Names;
import mx.vinculos.web.ApiProblem;
import org.neo4j.driver.Record;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Search and resolution of names. Resolution takes an id, a name or an alias: an exact
 * (folded) match wins; otherwise a fuzzy match clearly ahead of the rest; otherwise the
 * request is refused with the closest candidates (404) or the ones it could mean (409).
 *
 * <p>
 * Candidates come from the full-text indexes {@code entity_names} and {@code event_names}
 * (accent-folding analyzer): every typed word must match a word of the name or an alias
 * exactly, as a prefix or within one or two edits (Lucene fuzzy terms); when nothing
 * matches that way, any word may. At most {@value #CANDIDATES} candidates per index are then
 * scored here by {@link NameMatcher}, which orders them as before the indexes were used.
 */
@Service
public class EntitySearch {

	/** Entity types a {@code type=} filter accepts. */
	public static final Set<String> TYPES = Set.of("Agency", "City", "Country", "Organization", "Network", "Person",
			"Project", "Event");

	static final double MIN_SCORE = 0.6;

	/** Candidates an ambiguous name's refusal lists, best connected first. */
	static final int SHOWN_CANDIDATES = 10;

	/** Candidates read from an index per query: the best by Lucene's own score. */
	static final int CANDIDATES = 100;

	/** Lucene's English stop words: the index drops them, so a query must not require them. */
	private static final Set<String> INDEX_STOP = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by", "for",
			"if", "in", "into", "is", "it", "no", "not", "of", "on", "or", "such", "that", "the", "their", "then",
			"there", "these", "they", "this", "to", "was", "will", "with");

	private final GraphReads reads;

	EntitySearch(GraphReads reads) {
		this.reads = reads;
	}

	/** A search hit, with how many edges the node has in the graph. */
	public record Hit(Node node, double score, int connections) {

		public Hit(Node node, double score) {
			this(node, score, 0);
		}

	}

	public List<Hit> search(String query, String type, int limit) {
		if (type != null && !TYPES.contains(type)) {
			throw ApiProblem.badRequest("Unknown type '" + type + "'; use one of " + new java.util.TreeSet<>(TYPES))
				.key("problem.unknownType", type, new java.util.TreeSet<>(TYPES))
				.with("types", new java.util.TreeSet<>(TYPES));
		}
		List<Hit> hits = this.reads.read(r -> candidates(r, query, type == null ? Kind.ENTITIES : type.equals("Event")
				? Kind.EVENTS : Kind.ENTITIES, type == null || type.equals("Event") ? null : type, MIN_SCORE));
		return hits.size() > limit ? hits.subList(0, limit) : hits;
	}

	private enum Kind {

		ENTITIES, EVENTS, BOTH

	}

	/** Hits scoring at least {@code min}, best first (then the most connected, then by name). */
	private static List<Hit> candidates(GraphReader r, String query, Kind kind, String type, double min) {
		Map<Node, Hit> hits = new LinkedHashMap<>();
		Node byId = looksLikeId(query) ? r.byId(query) : null;
		if (byId != null && matches(byId, kind, type)) {
			hits.put(byId, new Hit(byId, 1, r.graph().degree(byId)));
		}
		// both indexes in one query when resolving (a name may be an entity's or an event's)
		String indexes = switch (kind) {
			case ENTITIES -> "CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: $candidates}) YIELD node";
			case EVENTS -> "CALL db.index.fulltext.queryNodes('event_names', $lucene, {limit: $candidates}) YIELD node";
			case BOTH -> """
					CALL () {
					  CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: $candidates}) YIELD node RETURN node
					  UNION ALL
					  CALL db.index.fulltext.queryNodes('event_names', $lucene, {limit: $candidates}) YIELD node RETURN node
					}""";
		};
		for (boolean every : new boolean[] { true, false }) {
			String lucene = lucene(query, every);
			if (lucene.isEmpty()) {
				break;
			}
			for (Record row : r.run(indexes + """

					WITH node WHERE $type IS NULL OR node.type = $type
					RETURN node, COUNT { (node)--() } - COUNT { (node)-[:REPORTED_IN]->() } AS degree""",
					params(lucene, type))) {
				Node n = r.node(row.get("node").asNode());
				double s = score(query, n);
				if (s >= min && !hits.containsKey(n)) {
					hits.put(n, new Hit(n, s, row.get("degree").asInt()));
				}
			}
			if (!hits.isEmpty()) {
				break;
			}
		}
		List<Hit> sorted = new ArrayList<>(hits.values());
		sorted.sort(Comparator.comparingDouble(Hit::score).reversed()
			.thenComparing(h -> -h.connections())
			.thenComparing(h -> h.node().name()));
		return sorted;
	}

	private static Map<String, Object> params(String lucene, String type) {
		Map<String, Object> p = new LinkedHashMap<>();
		p.put("lucene", lucene);
		p.put("candidates", CANDIDATES);
		p.put("type", type);
		return p;
	}

	/** Ids are slugs: lower-case ASCII letters, digits and hyphens. */
	private static boolean looksLikeId(String text) {
		return text.matches("[a-z0-9][a-z0-9-]{0,200}");
	}

	private static boolean matches(Node n, Kind kind, String type) {
		return switch (kind) {
			case BOTH -> true;
			case EVENTS -> n.isEvent();
			case ENTITIES -> !n.isEvent() && (type == null || type.equals(n.type()));
		};
	}

	/**
	 * The Lucene query for what was typed: per word (folded to lower-case ASCII letters and
	 * digits, so no Lucene syntax survives), the word itself, words it begins (3 letters or
	 * more) and words within the edits {@link NameMatcher} allows. {@code every}: all words
	 * required. Empty when nothing searchable was typed.
	 */
	static String lucene(String query, boolean every) {
		String folded = Names.fold(query);
		List<String> words = new ArrayList<>();
		for (String w : NameMatcher.words(folded)) {
			if (!INDEX_STOP.contains(w)) {
				words.add(w);
			}
		}
		if (words.isEmpty()) {
			for (String w : folded.split(" ")) {
				if (!w.isEmpty() && !INDEX_STOP.contains(w)) {
					words.add(w);
				}
			}
		}
		StringJoiner q = new StringJoiner(" ");
		for (String w : words) {
			StringJoiner group = new StringJoiner(" ", (every ? "+" : "") + "(", ")");
			group.add(w);
			if (w.length() >= 3) {
				group.add(w + "*");
			}
			int edits = NameMatcher.allowedEdits(w.length());
			if (edits > 0) {
				group.add(w + "~" + edits);
			}
			q.add(group.toString());
		}
		return q.toString();
	}

	static double score(String query, Node n) {
		double best = NameMatcher.score(query, n.name());
		for (String alias : n.aliases()) {
			best = Math.max(best, NameMatcher.score(query, alias));
		}
		if (query.equals(n.id())) {
			best = 1;
		}
		return best;
	}

	/**
	 * One entity (or event) for a name, alias or id.
	 * @param what the parameter it came from, for the error message
	 */
	public Node resolve(String name, String what) {
		return this.reads.read(r -> resolve(r, name, what));
	}

	/** {@link #resolve(String, String)} inside a read already open; the node is in its snapshot. */
	public Node resolve(GraphReader r, String name, String what) {
		if (name == null || name.isBlank()) {
			throw ApiProblem.badRequest("Parameter '" + what + "' is empty.").key("problem.emptyParameter", what);
		}
		Node byId = looksLikeId(name) ? r.byId(name) : null;
		if (byId != null) {
			return byId;
		}
		List<Hit> exact = exact(r, name);
		if (exact.isEmpty()) {
			exact = candidates(r, name, Kind.BOTH, null, 0.5);
		}
		List<Hit> hits = exact;
		exact = hits.stream().filter(h -> h.score() == 1).toList();
		if (exact.size() == 1) {
			return exact.get(0).node();
		}
		if (exact.size() > 1) {
			throw ambiguous(name, what, exact);
		}
		if (!hits.isEmpty() && hits.get(0).score() >= 0.7) {
			Hit first = hits.get(0);
			if (hits.size() == 1 || first.score() - hits.get(1).score() >= 0.05) {
				return first.node();
			}
			throw ambiguous(name, what, hits.stream().filter(h -> first.score() - h.score() < 0.05).toList());
		}
		throw new ApiProblem(HttpStatus.NOT_FOUND, "Unknown entity",
				"No entity is called '" + name + "' (" + what + ")"
						+ (hits.isEmpty() ? "." : "; the closest names are listed in candidates."))
			.key(hits.isEmpty() ? "problem.unknownEntity" : "problem.unknownEntity.candidates", name, what)
			.with("candidates", candidates(hits.size() > 5 ? hits.subList(0, 5) : hits));
	}

	/**
	 * The entities and events whose folded name or alias is exactly the folded text, through
	 * the keyword index {@code name_keys}: as many rows as there are namesakes, however many
	 * names merely contain these words. Keys are checked against the name as read (a key left
	 * stale by another writer cannot resolve), best connected first.
	 */
	static List<Hit> exact(GraphReader r, String name) {
		String key = Names.fold(name);
		if (key.isEmpty()) {
			return List.of();
		}
		List<Hit> hits = new ArrayList<>();
		// a folded key holds only [a-z0-9 ]: quoted, it is one term of the keyword analyzer
		for (Record row : r.run("""
				CALL db.index.fulltext.queryNodes('name_keys', $key, {limit: $candidates}) YIELD node
				RETURN node, %s AS degree""".formatted(GraphReader.DEGREE.formatted("node")),
				Map.of("key", '"' + key + '"', "candidates", CANDIDATES))) {
			Node n = r.node(row.get("node").asNode());
			if (score(name, n) == 1) {
				hits.add(new Hit(n, 1, row.get("degree").asInt()));
			}
		}
		hits.sort(Comparator.comparingInt((Hit h) -> -h.connections()).thenComparing(h -> h.node().name()));
		return hits;
	}

	private static ApiProblem ambiguous(String name, String what, List<Hit> hits) {
		return new ApiProblem(HttpStatus.CONFLICT, "Ambiguous name",
				"'" + name + "' (" + what + ") could be any of the candidates; ask again with one's id.")
			.key("problem.ambiguous", name, what)
			.with("candidates", candidates(hits.size() > SHOWN_CANDIDATES ? hits.subList(0, SHOWN_CANDIDATES) : hits))
			// how many the name could be, so a page can say it shows only the first ones
			.with("candidatesTotal", hits.size());
	}

	static List<Map<String, Object>> candidates(List<Hit> hits) {
		return hits.stream()
			.map(h -> Map.<String, Object>of("id", h.node().id(), "name", h.node().name(), "type", h.node().type(),
					"score", Math.round(h.score() * 100) / 100.0))
			.toList();
	}

}
