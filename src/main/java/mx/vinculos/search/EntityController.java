package mx.vinculos.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import mx.vinculos.graph.Facts;
import mx.vinculos.graph.GraphSnapshot;
import mx.vinculos.graph.GraphSnapshot.Edge;
import mx.vinculos.graph.GraphSnapshot.Node;
import mx.vinculos.graph.Snapshots;
import mx.vinculos.web.ApiProblem;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/entities}: search, and an entity's profile. */
@RestController
@RequestMapping("/api/entities")
class EntityController {

	private final EntitySearch search;

	private final Snapshots snapshots;

	EntityController(EntitySearch search, Snapshots snapshots) {
		this.search = search;
		this.snapshots = snapshots;
	}

	@Operation(summary = "Find entities by name, alias or acronym",
			description = "Case, accents and small typos aside, best match first. Events are searched with type=Event.")
	@GetMapping
	Map<String, Object> search(@Parameter(example = "semovi") @RequestParam String q,
			@Parameter(example = "Agency") @RequestParam(required = false) String type,
			@RequestParam(defaultValue = "10") int limit) {
		if (q.isBlank()) {
			throw ApiProblem.badRequest("Parameter 'q' is empty.").key("problem.emptyParameter", "q");
		}
		if (limit < 1 || limit > 100) {
			throw ApiProblem.badRequest("Parameter 'limit' must be between 1 and 100.").key("problem.limit");
		}
		GraphSnapshot g = this.snapshots.current();
		List<Map<String, Object>> results = new ArrayList<>();
		for (EntitySearch.Hit h : this.search.search(q, type, limit)) {
			Map<String, Object> m = Facts.ref(h.node());
			m.put("aliases", h.node().aliases());
			m.put("score", Math.round(h.score() * 1000) / 1000.0);
			m.put("connections", g.degree(h.node()));
			results.add(m);
		}
		return Map.of("query", q, "results", results);
	}

	@Operation(summary = "An entity's (or event's) profile",
			description = "What it is, aliases, positions, memberships, agreements, funding, events in order and direct partners, every fact with its evidence.")
	@GetMapping("/{id}")
	Map<String, Object> profile(@Parameter(example = "bogota") @PathVariable String id) {
		GraphSnapshot g = this.snapshots.current();
		Node n = g.node(id);
		if (n == null) {
			n = this.search.resolve(id, "id");
		}
		Map<String, Object> p = Facts.ref(n);
		p.put("aliases", n.aliases());
		for (String k : List.of("note", "kind", "modality", "section", "eje", "part", "datePrecision")) {
			if (n.props().get(k) != null) {
				p.put(k, n.props().get(k));
			}
		}
		Map<String, List<Map<String, Object>>> groups = new LinkedHashMap<>();
		for (String k : List.of("partOf", "parts", "locatedIn", "located", "positions", "people", "memberships",
				"members", "agreements", "fundingGiven", "fundingReceived", "events", "participants", "heldIn",
				"eventsHeldHere")) {
			groups.put(k, new ArrayList<>());
		}
		Map<Node, Integer> partners = new HashMap<>();
		for (Edge e : g.edges(n)) {
			boolean out = e.from() == n;
			String group = switch (e.type()) {
				case "PART_OF" -> out ? "partOf" : "parts";
				case "LOCATED_IN" -> out ? "locatedIn" : "located";
				case "HOLDS_POSITION" -> out ? "positions" : "people";
				case "MEMBER_OF" -> out ? "memberships" : "members";
				case "AGREEMENT" -> "agreements";
				case "FUNDED" -> out ? "fundingGiven" : "fundingReceived";
				case "PARTICIPATED_IN" -> out ? "events" : "participants";
				case "HELD_IN" -> out ? "heldIn" : "eventsHeldHere";
				default -> null;
			};
			if (group != null) {
				groups.get(group).add(Facts.edge(e));
			}
			if (!e.other(n).isEvent() && !e.type().equals("PART_OF") && !e.type().equals("LOCATED_IN")) {
				partners.merge(e.other(n), 1, Integer::sum);
			}
			if (e.type().equals("PARTICIPATED_IN") && out) {
				for (Edge co : g.edges(e.to())) {
					if (co.type().equals("PARTICIPATED_IN") && co.from() != n) {
						partners.merge(co.from(), 1, Integer::sum);
					}
				}
			}
		}
		Comparator<Map<String, Object>> byDate = Comparator.comparing(
				m -> String.valueOf(((Map<?, ?>) m.get("to")).get("startDate")), Comparator.nullsLast(String::compareTo));
		groups.get("events").sort(byDate);
		groups.forEach((k, v) -> {
			if (!v.isEmpty()) {
				p.put(k, v);
			}
		});
		p.put("partners", partners.entrySet().stream()
			.sorted(Map.Entry.<Node, Integer>comparingByValue().reversed().thenComparing(en -> en.getKey().name()))
			.limit(25)
			.map(en -> {
				Map<String, Object> m = Facts.ref(en.getKey());
				m.put("sharedFacts", en.getValue());
				return m;
			})
			.toList());
		return p;
	}

}
