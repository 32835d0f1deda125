package mx.vinculos.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import mx.vinculos.graph.Fact;
import mx.vinculos.graph.GraphReader;
import mx.vinculos.graph.GraphReads;
import mx.vinculos.graph.GraphSnapshot;
import mx.vinculos.graph.GraphSnapshot.Edge;
import mx.vinculos.graph.GraphSnapshot.Node;
import mx.vinculos.graph.NodeRef;

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
	public Profile profile(String id) {
		return this.reads.read(r -> profile(r, this.search.resolve(r, id, "id")));
	}

	private static Profile profile(GraphReader r, Node n) {
		GraphSnapshot g = r.graph();
		List<Edge> own = r.expand(List.of(n), GraphReader.Step.ANY);
		r.expand(own.stream().filter(e -> e.type().equals("PARTICIPATED_IN") && e.from() == n).map(Edge::to).toList(),
				GraphReader.Step.PARTICIPANTS);
		Map<String, List<Edge>> groups = new LinkedHashMap<>();
		Profile.GROUPS.forEach(k -> groups.put(k, new ArrayList<>()));
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
				groups.get(group).add(e);
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
		groups.get("events").sort(Comparator.comparing((Edge e) -> e.to().startDate(),
				Comparator.nullsLast(Comparator.naturalOrder())));
		List<Node> top = partners.entrySet()
			.stream()
			.sorted(Map.Entry.<Node, Integer>comparingByValue().reversed().thenComparing(en -> en.getKey().name()))
			.limit(25)
			.map(Map.Entry::getKey)
			.toList();
		// the other end of every fact, then the partners: each described once
		Map<String, NodeRef> nodes = new LinkedHashMap<>();
		groups.values().forEach(es -> es.forEach(e -> nodes.putIfAbsent(e.other(n).id(), NodeRef.card(e.other(n)))));
		top.forEach(p -> nodes.putIfAbsent(p.id(), NodeRef.of(p)));
		Map<String, List<Fact>> facts = new HashMap<>();
		groups.forEach((k, v) -> facts.put(k, v.stream().map(Fact::of).toList()));
		NodeRef self = NodeRef.card(n);
		var p = n.props();
		return new Profile(n.id(), n.name(), n.type(), n.aliases(), self.startDate(), self.endDate(),
				text(p.get("datePrecision")), self.summary(), self.summaryLine(), text(p.get("kind")),
				text(p.get("modality")), text(p.get("section")), text(p.get("eje")), text(p.get("part")),
				text(p.get("note")), facts.get("partOf"), facts.get("parts"), facts.get("locatedIn"),
				facts.get("located"), facts.get("positions"), facts.get("people"), facts.get("memberships"),
				facts.get("members"), facts.get("agreements"), facts.get("fundingGiven"), facts.get("fundingReceived"),
				facts.get("events"), facts.get("participants"), facts.get("heldIn"), facts.get("eventsHeldHere"),
				top.stream().map(x -> new Profile.Partner(x.id(), partners.get(x))).toList(),
				List.copyOf(nodes.values()));
	}

	private static String text(Object v) {
		return v == null ? null : v.toString();
	}

}
