package mx.vinculos.graph;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The entities and events of the graph with every edge between them, held in memory. The
 * reports make a graph of a few thousand facts, so the query endpoints compute from this
 * copy in microseconds; it is rebuilt from Neo4j whenever the seeds change (see
 * {@link Snapshots}). Report nodes and REPORTED_IN edges are left out: the report an edge
 * comes from is its {@code source}.
 */
public final class GraphSnapshot {

	/** A node: an entity of the registry or an event of a report. */
	public record Node(String id, String type, Map<String, Object> props) {

		public String name() {
			return (String) this.props.getOrDefault("name", this.id);
		}

		public boolean isEvent() {
			return "Event".equals(this.type);
		}

		@SuppressWarnings("unchecked")
		public List<String> aliases() {
			Object a = this.props.get("aliases");
			return a instanceof List<?> l ? (List<String>) l : List.of();
		}

		public LocalDate startDate() {
			return this.props.get("startDate") instanceof LocalDate d ? d : null;
		}

		public LocalDate endDate() {
			return this.props.get("endDate") instanceof LocalDate d ? d : startDate();
		}

	}

	/** A directed edge with its properties (role, title, amount... and source, line, quote). */
	public record Edge(String type, Node from, Node to, Map<String, Object> props) {

		public Node other(Node n) {
			return this.from == n ? this.to : this.from;
		}

		public String source() {
			return (String) this.props.get("source");
		}

	}

	/** A report: its id, file and the half-year it covers. */
	public record Report(String id, String name, String file, LocalDate periodStart, LocalDate periodEnd) {
	}

	private final Map<String, Node> nodes;

	private final List<Edge> edges;

	private final Map<Node, List<Edge>> incident = new HashMap<>();

	private final Map<String, Report> reports;

	private final String version;

	GraphSnapshot(Collection<Node> nodes, List<Edge> edges, Map<String, Report> reports, String version) {
		Map<String, Node> byId = new HashMap<>();
		nodes.forEach(n -> byId.put(n.id(), n));
		this.nodes = Collections.unmodifiableMap(byId);
		this.edges = List.copyOf(edges);
		for (Edge e : this.edges) {
			this.incident.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e);
			this.incident.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(e);
		}
		this.reports = Map.copyOf(reports);
		this.version = version;
	}

	/** What the snapshot was built from: the digests of the loaded seeds. */
	public String version() {
		return this.version;
	}

	public Node node(String id) {
		return this.nodes.get(id);
	}

	public Collection<Node> nodes() {
		return this.nodes.values();
	}

	public List<Edge> edges() {
		return this.edges;
	}

	public List<Edge> edges(Node n) {
		return this.incident.getOrDefault(n, List.of());
	}

	public int degree(Node n) {
		return edges(n).size();
	}

	public Report report(String id) {
		return this.reports.get(id);
	}

	public Collection<Report> reports() {
		return this.reports.values();
	}

	/**
	 * What speaks for an entity: itself, the bodies under it or located in it (an embassy of
	 * a country, a city of a country, an agency of a city, a unit of an agency, a project of
	 * an agency), and the people who held a position in any of those. An event's scope is
	 * itself and its sessions. The walk down PART_OF / LOCATED_IN is bounded at 3 hops
	 * (unit, agency, city, country), as deep as the registry goes.
	 */
	public Set<Node> scope(Node root) {
		Set<Node> scope = new LinkedHashSet<>();
		scope.add(root);
		Deque<Node> frontier = new ArrayDeque<>(List.of(root));
		for (int depth = 0; depth < 3 && !frontier.isEmpty(); depth++) {
			Deque<Node> next = new ArrayDeque<>();
			for (Node n : frontier) {
				for (Edge e : edges(n)) {
					boolean down = e.to() == n && (e.type().equals("PART_OF") || e.type().equals("LOCATED_IN"));
					if (down && scope.add(e.from())) {
						next.add(e.from());
					}
				}
			}
			frontier = next;
		}
		if (!root.isEvent()) {
			for (Node body : List.copyOf(scope)) {
				for (Edge e : edges(body)) {
					if (e.type().equals("HOLDS_POSITION") && e.to() == body) {
						scope.add(e.from());
					}
				}
			}
		}
		return scope;
	}

}
