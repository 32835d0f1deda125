package mx.vinculos.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The part of the graph one answer needs, read from Neo4j in one read transaction by
 * {@link GraphReader}: the nodes it touched and the edges it loaded between them. It is
 * never the whole graph: {@link #edges(Node)} lists the edges loaded so far, which are all
 * of a node's edges of a kind only once the reader has expanded that node for that kind.
 * One instance per node id, so nodes compare with {@code ==}. Report nodes and REPORTED_IN
 * edges are left out: the report an edge comes from is its {@code source}.
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

	private final Map<String, Node> byId = new LinkedHashMap<>();

	private final Map<String, Node> byElementId = new HashMap<>();

	private final Map<Node, String> elementIds = new HashMap<>();

	private final Map<String, Edge> edgesByElementId = new LinkedHashMap<>();

	private final Map<Node, List<Edge>> incident = new HashMap<>();

	private final Map<Node, Integer> degrees = new HashMap<>();

	private Map<String, Report> reports;

	GraphSnapshot() {
	}

	/** The node with this id, when the reader has touched it. */
	public Node node(String id) {
		return this.byId.get(id);
	}

	public Collection<Node> nodes() {
		return Collections.unmodifiableCollection(this.byId.values());
	}

	/** Every edge loaded. */
	public List<Edge> edges() {
		return List.copyOf(this.edgesByElementId.values());
	}

	/** The edges of {@code n} loaded so far (see the class comment). */
	public List<Edge> edges(Node n) {
		return this.incident.getOrDefault(n, List.of());
	}

	/**
	 * How many edges the node has in the whole graph (REPORTED_IN aside), as read by
	 * {@link GraphReader#degrees}; the loaded ones when it was not read.
	 */
	public int degree(Node n) {
		Integer d = this.degrees.get(n);
		return d != null ? d : edges(n).size();
	}

	public Report report(String id) {
		return this.reports == null ? null : this.reports.get(id);
	}

	public Collection<Report> reports() {
		return this.reports == null ? List.of() : this.reports.values();
	}

	// ------------------------------------------------------------ filled by GraphReader

	Node add(String elementId, String id, String type, Map<String, Object> props) {
		Node known = this.byElementId.get(elementId);
		if (known != null) {
			return known;
		}
		Node n = this.byId.get(id);
		if (n == null) {
			n = new Node(id, type, Map.copyOf(props));
			this.byId.put(id, n);
		}
		this.byElementId.put(elementId, n);
		this.elementIds.put(n, elementId);
		return n;
	}

	Node byElementId(String elementId) {
		return this.byElementId.get(elementId);
	}

	String elementId(Node n) {
		return this.elementIds.get(n);
	}

	Edge addEdge(String elementId, String type, Node from, Node to, Map<String, Object> props) {
		Edge known = this.edgesByElementId.get(elementId);
		if (known != null) {
			return known;
		}
		Edge e = new Edge(type, from, to, Map.copyOf(props));
		this.edgesByElementId.put(elementId, e);
		this.incident.computeIfAbsent(from, k -> new ArrayList<>()).add(e);
		if (to != from) {
			this.incident.computeIfAbsent(to, k -> new ArrayList<>()).add(e);
		}
		return e;
	}

	void degree(Node n, int degree) {
		this.degrees.put(n, degree);
	}

	boolean hasDegree(Node n) {
		return this.degrees.containsKey(n);
	}

	void reports(Map<String, Report> reports) {
		this.reports = reports;
	}

	boolean hasReports() {
		return this.reports != null;
	}

}
