package mx.vinculos.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import mx.vinculos.graph.Facts;
import mx.vinculos.graph.GraphReader;
import mx.vinculos.graph.GraphReads;
import mx.vinculos.graph.GraphSnapshot;
import mx.vinculos.graph.GraphSnapshot.Edge;
import mx.vinculos.graph.GraphSnapshot.Node;

import org.springframework.stereotype.Service;

/**
 * An entity's (or event's) profile: its own edges, and the co-participants of its events
 * as partners. Two bounded reads from the node: its edges, then the participations of the
 * events it took part in.
 */
@Service
public class EntityProfiles {

	private final GraphReads reads;

	private final EntitySearch search;

	EntityProfiles(GraphReads reads, EntitySearch search) {
		this.reads = reads;
		this.search = search;
	}

	/** The profile of the entity or event with this id (or name, alias). */
	public Map<String, Object> profile(String id) {
		return this.reads.read(r -> profile(r, this.search.resolve(r, id, "id")));
	}

	private static Map<String, Object> profile(GraphReader r, Node n) {
		GraphSnapshot g = r.graph();
		List<Edge> own = r.expand(List.of(n), GraphReader.Step.ANY);
		r.expand(own.stream().filter(e -> e.type().equals("PARTICIPATED_IN") && e.from() == n).map(Edge::to).toList(),
				GraphReader.Step.PARTICIPANTS);
		Map<String, Object> p = Facts.card(n);
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
		for (Edge e : own) {
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
				Map<String, Object> fact = Facts.edge(e);
				if (e.other(n).isEvent()) {
					// the events listed on a profile say what happened there
					fact.put(out ? "to" : "from", Facts.card(e.other(n)));
				}
				groups.get(group).add(fact);
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
