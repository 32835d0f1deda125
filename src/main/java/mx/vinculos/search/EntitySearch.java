package mx.vinculos.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import mx.vinculos.graph.GraphSnapshot;
import mx.vinculos.graph.GraphSnapshot.Node;
import mx.vinculos.graph.Snapshots;
import mx.vinculos.web.ApiProblem;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Search and resolution of names. Resolution takes an id, a name or an alias: an exact
 * (folded) match wins; otherwise a fuzzy match clearly ahead of the rest; otherwise the
 * request is refused with the closest candidates (404) or the ones it could mean (409).
 */
@Service
public class EntitySearch {

	/** Entity types a {@code type=} filter accepts. */
	public static final Set<String> TYPES = Set.of("Agency", "City", "Country", "Organization", "Network", "Person",
			"Project", "Event");

	static final double MIN_SCORE = 0.6;

	private final Snapshots snapshots;

	EntitySearch(Snapshots snapshots) {
		this.snapshots = snapshots;
	}

	/** A search hit. */
	public record Hit(Node node, double score) {
	}

	public List<Hit> search(String query, String type, int limit) {
		if (type != null && !TYPES.contains(type)) {
			throw ApiProblem.badRequest("Unknown type '" + type + "'; use one of " + new java.util.TreeSet<>(TYPES))
				.key("problem.unknownType", type, new java.util.TreeSet<>(TYPES))
				.with("types", new java.util.TreeSet<>(TYPES));
		}
		GraphSnapshot g = this.snapshots.current();
		List<Hit> hits = new ArrayList<>();
		for (Node n : g.nodes()) {
			if (type == null ? n.isEvent() : !type.equals(n.type())) {
				continue;
			}
			double s = score(query, n);
			if (s >= MIN_SCORE) {
				hits.add(new Hit(n, s));
			}
		}
		hits.sort(Comparator.comparingDouble(Hit::score).reversed()
			.thenComparing(h -> -g.degree(h.node()))
			.thenComparing(h -> h.node().name()));
		return hits.size() > limit ? hits.subList(0, limit) : hits;
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
		if (name == null || name.isBlank()) {
			throw ApiProblem.badRequest("Parameter '" + what + "' is empty.").key("problem.emptyParameter", what);
		}
		GraphSnapshot g = this.snapshots.current();
		Node byId = g.node(name);
		if (byId != null) {
			return byId;
		}
		List<Hit> hits = new ArrayList<>();
		for (Node n : g.nodes()) {
			double s = score(name, n);
			if (s >= 0.5) {
				hits.add(new Hit(n, s));
			}
		}
		hits.sort(Comparator.comparingDouble(Hit::score).reversed().thenComparing(h -> -g.degree(h.node())));
		List<Hit> exact = hits.stream().filter(h -> h.score() == 1).toList();
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

	private static ApiProblem ambiguous(String name, String what, List<Hit> hits) {
		return new ApiProblem(HttpStatus.CONFLICT, "Ambiguous name",
				"'" + name + "' (" + what + ") could be any of the candidates; ask again with one's id.")
			.key("problem.ambiguous", name, what)
			.with("candidates", candidates(hits.size() > 10 ? hits.subList(0, 10) : hits));
	}

	static List<Map<String, Object>> candidates(List<Hit> hits) {
		return hits.stream()
			.map(h -> Map.<String, Object>of("id", h.node().id(), "name", h.node().name(), "type", h.node().type(),
					"score", Math.round(h.score() * 100) / 100.0))
			.toList();
	}

}
