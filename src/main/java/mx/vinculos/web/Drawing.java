package mx.vinculos.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;

/**
 * A drawing of part of the graph, handed to the browser as JSON in a {@code data-graph}
 * attribute (the page's lists already say the same in words; the drawing only adds the
 * picture). Nodes know their type (colour), whether they are a hub (drawn small and grey),
 * whether they were asked about, and their page.
 */
public final class Drawing {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** A node: {@code role} is {@code given}, {@code connector} (with its rank) or {@code other}. */
	public record Node(String id, String label, String type, String role, int rank, boolean hub, String url) {
	}

	/** An edge between two node ids, with its label (a role, "miembro de"...). */
	public record Edge(String source, String target, String label) {
	}

	private final Map<String, Node> nodes = new LinkedHashMap<>();

	private final Map<String, Edge> edges = new LinkedHashMap<>();

	/** Adds a node; the first role given wins (a given entity stays given). */
	public Drawing node(Map<?, ?> ref, String role, int rank) {
		return node(String.valueOf(ref.get("id")), String.valueOf(ref.get("name")), String.valueOf(ref.get("type")), role,
				rank);
	}

	/** {@link #node(Map, String, int)} for a typed answer's node. */
	public Drawing node(String id, String name, String type, String role, int rank) {
		this.nodes.putIfAbsent(id, new Node(id, name, type, role, rank, false, "/entidades/" + id));
		return this;
	}

	public Drawing edge(String from, String to, String label) {
		if (!from.equals(to)) {
			this.edges.putIfAbsent(from + "|" + to + "|" + label, new Edge(from, to, label));
		}
		return this;
	}

	public Set<String> ids() {
		return new LinkedHashSet<>(this.nodes.keySet());
	}

	public boolean isEmpty() {
		return this.nodes.size() < 2;
	}

	/** Marks as hubs the nodes whose degree reaches the threshold (given entities excepted). */
	public Drawing hubs(Map<String, Long> degrees, long threshold) {
		this.nodes.replaceAll((id, n) -> degrees.getOrDefault(id, 0L) >= threshold && !"given".equals(n.role())
				? new Node(n.id(), n.label(), n.type(), n.role(), n.rank(), true, n.url()) : n);
		return this;
	}

	/** Rewrites every label (names as a reader sees them, see {@link ShownNames}). */
	public Drawing relabel(java.util.function.UnaryOperator<String> shown) {
		this.nodes.replaceAll((id, n) -> new Node(n.id(), shown.apply(n.label()), n.type(), n.role(), n.rank(), n.hub(), n.url()));
		return this;
	}

	/** The order the legend lists types in. */
	private static final List<String> LEGEND = List.of("City", "Country", "Agency", "Organization", "Network", "Person",
			"Project", "Event");

	/** The types drawn, in the legend's order: the legend explains only the colours on the page. */
	public List<String> types() {
		Set<String> drawn = new LinkedHashSet<>();
		this.nodes.values().stream().filter(n -> !n.hub()).forEach(n -> drawn.add(n.type()));
		return LEGEND.stream().filter(drawn::contains).toList();
	}

	/** Whether some node is drawn as a hub (the legend then explains the small grey dots). */
	public boolean hasHubs() {
		return this.nodes.values().stream().anyMatch(Node::hub);
	}

	/** The ids of the drawn nodes of one type. */
	public List<String> idsOf(String type) {
		return this.nodes.values().stream().filter(n -> type.equals(n.type()) && !n.hub()).map(Node::id).toList();
	}

	public Collection<Node> nodes() {
		return this.nodes.values();
	}

	public String json() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("nodes", new ArrayList<>(this.nodes.values()));
		m.put("edges", List.copyOf(this.edges.values()));
		return JSON.writeValueAsString(m);
	}

}
