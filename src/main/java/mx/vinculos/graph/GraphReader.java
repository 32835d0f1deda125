package mx.vinculos.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import mx.vinculos.graph.GraphSnapshot.Edge;
import mx.vinculos.graph.GraphSnapshot.Node;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.summary.ProfiledPlan;
import org.neo4j.driver.types.Relationship;

/**
 * Bounded reads inside one read transaction, filling a {@link GraphSnapshot} with what they
 * touch. Every query starts from nodes already found (by id through the uniqueness
 * constraints, by element id, or through the full-text indexes), follows typed
 * relationships a fixed number of hops and caps what a node may bring in, so its cost
 * depends on the neighbourhood asked about, not on the size of the graph.
 */
public final class GraphReader {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(GraphReader.class);

	private static final org.slf4j.Logger profile = org.slf4j.LoggerFactory.getLogger("mx.vinculos.graph.QueryProfile");

	/**
	 * Most edges one node brings into an answer through {@link #expand}: far above any node
	 * a path may pass through (hubs are not expanded), so it only trims lists of thousands.
	 */
	public static final int FAN_OUT = 5000;

	/** Most nodes in a scope: a whole country of many reporting cities stops here. */
	public static final int SCOPE_CAP = 5000;

	/**
	 * What {@link #expand} follows from the expanded node: one or more typed patterns (each
	 * capped at {@value #FAN_OUT} edges per node).
	 */
	public enum Step {

		/** every edge but REPORTED_IN, both directions */
		ANY("-[r]-"),
		/** the events an entity took part in or that were held in it */
		SCOPE_EVENTS("-[r:PARTICIPATED_IN]->", "<-[r:HELD_IN]-"),
		/** an event's participations, where it was held, what it was part of (and its sessions) */
		EVENT_CARD("<-[r:PARTICIPATED_IN]-", "-[r:HELD_IN|PART_OF]->"),
		/** an event's participations */
		PARTICIPANTS("<-[r:PARTICIPATED_IN]-"),
		/** a person's positions */
		POSITIONS_HELD("-[r:HOLDS_POSITION]->"),
		/** what a subject is within, belongs to, and the positions held in it or by it */
		SUBJECT("-[r:PART_OF|LOCATED_IN|MEMBER_OF]->", "-[r:HOLDS_POSITION]-"),
		MEMBER_OF_OUT("-[r:MEMBER_OF]->"), AGREEMENT("-[r:AGREEMENT]-"), FUNDED("-[r:FUNDED]-"),
		PART_OF_OUT("-[r:PART_OF]->");

		final List<String> patterns;

		Step(String... patterns) {
			this.patterns = List.of(patterns);
		}

	}

	/** An entity or event's degree in the whole graph, REPORTED_IN aside (O(1) per node in Neo4j). */
	public static final String DEGREE = "COUNT { (%1$s)--() } - COUNT { (%1$s)-[:REPORTED_IN]->() }";

	private final TransactionContext tx;

	private final GraphSnapshot graph = new GraphSnapshot();

	private final Map<Step, Map<Node, List<Edge>>> expanded = new HashMap<>();

	private int queries;

	private long dbHits;

	private long rows;

	GraphReader(TransactionContext tx) {
		this.tx = tx;
	}

	/** What was read so far. */
	public GraphSnapshot graph() {
		return this.graph;
	}

	/** Runs a read query of this transaction (for callers with their own bounded Cypher). */
	public List<Record> run(String cypher, Map<String, Object> parameters) {
		if (profile.isDebugEnabled()) {
			return profiled(cypher, parameters);
		}
		long started = System.nanoTime();
		List<Record> rows = this.tx.run(cypher, parameters).list();
		if (log.isDebugEnabled()) {
			log.debug("{} rows in {} ms: {}", rows.size(), (System.nanoTime() - started) / 1_000_000,
					cypher.strip().replaceAll("\\s+", " ").substring(0, Math.min(100, cypher.strip().length())));
		}
		return rows;
	}

	/**
	 * The same read under {@code PROFILE} (logger {@code mx.vinculos.graph.QueryProfile} at
	 * debug): what each query costs in database hits and rows, figures that do not move with
	 * the machine's load, so `bench/profile.py` can compare them at two graph sizes.
	 */
	private List<Record> profiled(String cypher, Map<String, Object> parameters) {
		Result result = this.tx.run("PROFILE " + cypher, parameters);
		List<Record> rows = result.list();
		ProfiledPlan plan = result.consume().profile();
		long hits = plan == null ? 0 : dbHits(plan);
		this.queries++;
		this.dbHits += hits;
		this.rows += rows.size();
		profile.debug("query: {} db hits, {} rows: {}", hits, rows.size(), cypher.strip().replaceAll("\\s+", " "));
		return rows;
	}

	private static long dbHits(ProfiledPlan plan) {
		long hits = plan.dbHits();
		for (ProfiledPlan child : plan.children()) {
			hits += dbHits(child);
		}
		return hits;
	}

	/** Logs what this reader's queries cost in all, when profiling (see {@link #profiled}). */
	void logProfile() {
		if (profile.isDebugEnabled() && this.queries > 0) {
			profile.debug("read: {} queries, {} db hits, {} rows", this.queries, this.dbHits, this.rows);
		}
	}

	/** Adds a driver node to the snapshot (its element id, {@code id}, type and properties). */
	public Node node(org.neo4j.driver.types.Node n) {
		Map<String, Object> props = n.asMap();
		String type = n.hasLabel("Event") ? "Event" : String.valueOf(props.getOrDefault("type", "Entity"));
		return this.graph.add(n.elementId(), String.valueOf(props.get("id")), type, props);
	}

	/** Adds a driver relationship between two nodes already in the snapshot. */
	public Edge edge(Relationship r) {
		Node from = this.graph.byElementId(r.startNodeElementId());
		Node to = this.graph.byElementId(r.endNodeElementId());
		if (from == null || to == null) {
			throw new IllegalStateException("edge " + r.type() + " read before its ends");
		}
		return this.graph.addEdge(r.elementId(), r.type(), from, to, r.asMap());
	}

	/** The element id Neo4j gave a node of the snapshot (valid within this transaction). */
	public String elementId(Node n) {
		return this.graph.elementId(n);
	}

	/** The entity or event with this id, or null. */
	public Node byId(String id) {
		List<Record> rows = run("""
				CALL () {
				  MATCH (n:Entity {id: $id}) RETURN n
				  UNION
				  MATCH (n:Event {id: $id}) RETURN n
				}
				RETURN n, %s AS degree LIMIT 1""".formatted(DEGREE.formatted("n")), Map.of("id", id));
		if (rows.isEmpty()) {
			return null;
		}
		Node n = node(rows.get(0).get("n").asNode());
		this.graph.degree(n, rows.get(0).get("degree").asInt());
		return n;
	}

	/** Events with these ids (agreements name their signing event by id). */
	public Map<String, Node> eventsById(Collection<String> ids) {
		Map<String, Node> out = new HashMap<>();
		if (ids.isEmpty()) {
			return out;
		}
		for (Record r : run("UNWIND $ids AS id MATCH (n:Event {id: id}) RETURN n", Map.of("ids", List.copyOf(ids)))) {
			Node n = node(r.get("n").asNode());
			out.put(n.id(), n);
		}
		return out;
	}

	/**
	 * What speaks for an entity: itself, the bodies under it or located in it (an embassy of
	 * a country, a city of a country, an agency of a city, a unit of an agency, a project of
	 * an agency), and the people who held a position in any of those. An event's scope is
	 * itself and its sessions. The walk down PART_OF / LOCATED_IN is bounded at 3 hops
	 * (unit, agency, city, country), as deep as the registry goes, and at
	 * {@value #SCOPE_CAP} nodes. Nearest first, then by name.
	 */
	public Set<Node> scope(Node root) {
		List<Record> rows = run("""
				MATCH (root) WHERE elementId(root) = $root
				OPTIONAL MATCH p = (b)-[:PART_OF|LOCATED_IN*1..3]->(root)
				WITH root, b, min(length(p)) AS depth
				WITH root, [x IN collect({n: b, depth: depth}) WHERE x.n IS NOT NULL] AS below
				UNWIND [{n: root, depth: 0}] + below AS x
				WITH x.n AS b, x.depth AS depth ORDER BY depth, b.name LIMIT $cap
				OPTIONAL MATCH (p:Person)-[:HOLDS_POSITION]->(b) WHERE $people
				RETURN b, depth, collect(DISTINCT p) AS people
				ORDER BY depth, b.name""",
				Map.of("root", elementId(root), "cap", SCOPE_CAP, "people", !root.isEvent()));
		Set<Node> scope = new LinkedHashSet<>();
		List<Node> people = new ArrayList<>();
		for (Record r : rows) {
			scope.add(node(r.get("b").asNode()));
			for (Value p : r.get("people").values()) {
				people.add(node(p.asNode()));
			}
		}
		people.sort(Comparator.comparing(Node::name));
		scope.addAll(people);
		return scope;
	}

	/**
	 * Loads the edges of these nodes that follow {@code step} (at most {@value #FAN_OUT} per
	 * node), with the nodes at their other ends; returns the edges loaded. A node is read
	 * once per step.
	 */
	public List<Edge> expand(Collection<Node> nodes, Step step) {
		Map<Node, List<Edge>> done = this.expanded.computeIfAbsent(step, k -> new HashMap<>());
		List<String> ids = new ArrayList<>();
		for (Node n : nodes) {
			if (!done.containsKey(n)) {
				done.put(n, new ArrayList<>());
				ids.add(elementId(n));
			}
		}
		if (!ids.isEmpty()) {
			// the patterns are the constants above, never a request's text
			StringBuilder union = new StringBuilder();
			for (String pattern : step.patterns) {
				if (!union.isEmpty()) {
					union.append("\n  UNION ALL\n");
				}
				union.append("  MATCH (a)")
					.append(pattern)
					.append("(b) WHERE (b:Entity OR b:Event) AND type(r) <> 'REPORTED_IN' RETURN r, b LIMIT $fanOut");
			}
			String cypher = """
					UNWIND $ids AS id
					MATCH (a) WHERE elementId(a) = id
					CALL (a) {
					%s
					}
					RETURN id, r, b""".formatted(union);
			for (Record r : run(cypher, Map.of("ids", ids, "fanOut", FAN_OUT))) {
				node(r.get("b").asNode());
				Edge e = edge(r.get("r").asRelationship());
				done.get(this.graph.byElementId(r.get("id").asString())).add(e);
			}
		}
		Set<Edge> out = new LinkedHashSet<>();
		for (Node n : nodes) {
			out.addAll(done.get(n));
		}
		return new ArrayList<>(out);
	}

	/**
	 * The AGREEMENT edges of the same instruments (report, title, signing event) as these,
	 * from their parties; compared in Neo4j, so a party with thousands of agreements sends
	 * only the matching ones.
	 */
	public List<Edge> sameInstrument(List<Edge> agreements) {
		List<Map<String, Object>> keys = new ArrayList<>();
		Set<String> seen = new java.util.HashSet<>();
		for (Edge e : agreements) {
			for (Node party : List.of(e.from(), e.to())) {
				String key = elementId(party) + "|" + e.source() + "|" + e.props().get("title") + "|" + e.props().get("event");
				if (seen.add(key)) {
					Map<String, Object> k = new HashMap<>();
					k.put("party", elementId(party));
					k.put("source", e.source());
					k.put("title", e.props().get("title"));
					k.put("event", e.props().get("event"));
					keys.add(k);
				}
			}
		}
		List<Edge> out = new ArrayList<>();
		if (keys.isEmpty()) {
			return out;
		}
		// signed at an event: the index on the event's id finds the instrument's edges, however
		// many agreements a party has; otherwise from the party
		List<Map<String, Object>> signed = keys.stream().filter(k -> k.get("event") != null).toList();
		List<Map<String, Object>> unsigned = keys.stream().filter(k -> k.get("event") == null).toList();
		Set<String> seenEdges = new java.util.HashSet<>();
		for (Record r : signed.isEmpty() ? List.<Record>of() : run("""
				UNWIND $keys AS k
				MATCH (a)-[r:AGREEMENT]->(b) WHERE r.event = k.event
				  AND (elementId(a) = k.party OR elementId(b) = k.party)
				  AND r.source = k.source AND coalesce(r.title, '') = coalesce(k.title, '')
				  AND (a:Entity OR a:Event) AND (b:Entity OR b:Event)
				RETURN DISTINCT a, r, b""", Map.of("keys", signed))) {
			node(r.get("a").asNode());
			node(r.get("b").asNode());
			if (seenEdges.add(r.get("r").asRelationship().elementId())) {
				out.add(edge(r.get("r").asRelationship()));
			}
		}
		for (Record r : unsigned.isEmpty() ? List.<Record>of() : run("""
				UNWIND $keys AS k
				MATCH (a) WHERE elementId(a) = k.party
				MATCH (a)-[r:AGREEMENT]-(b)
				WHERE r.source = k.source AND coalesce(r.title, '') = coalesce(k.title, '')
				  AND r.event IS NULL AND (b:Entity OR b:Event)
				RETURN DISTINCT r, b""", Map.of("keys", unsigned))) {
			node(r.get("b").asNode());
			if (seenEdges.add(r.get("r").asRelationship().elementId())) {
				out.add(edge(r.get("r").asRelationship()));
			}
		}
		return out;
	}

	/** Every edge of a type (for the lists asked for without a party: as long as the answer). */
	public List<Edge> all(String type) {
		if (!List.of("AGREEMENT", "FUNDED").contains(type)) {
			throw new IllegalArgumentException(type);
		}
		List<Edge> out = new ArrayList<>();
		for (Record r : run("MATCH (a)-[r:" + type + "]->(b) WHERE (a:Entity OR a:Event) AND (b:Entity OR b:Event) "
				+ "RETURN a, r, b", Map.of())) {
			node(r.get("a").asNode());
			node(r.get("b").asNode());
			out.add(edge(r.get("r").asRelationship()));
		}
		return out;
	}

	/** Reads the degree of each node (see {@link GraphSnapshot#degree}). */
	public void degrees(Collection<Node> nodes) {
		List<String> ids = nodes.stream().filter(n -> !this.graph.hasDegree(n)).map(this::elementId).toList();
		if (ids.isEmpty()) {
			return;
		}
		for (Record r : run("UNWIND $ids AS id MATCH (n) WHERE elementId(n) = id RETURN id, " + DEGREE.formatted("n")
				+ " AS degree", Map.of("ids", ids))) {
			this.graph.degree(this.graph.byElementId(r.get("id").asString()), r.get("degree").asInt());
		}
	}

	/** The reports (a handful: one per half-year). */
	public GraphSnapshot.Report report(String id) {
		if (!this.graph.hasReports()) {
			Map<String, GraphSnapshot.Report> reports = new LinkedHashMap<>();
			for (Record r : run(
					"MATCH (r:Report) RETURN r.id AS id, r.name AS name, r.file AS file, r.periodStart AS s, r.periodEnd AS e",
					Map.of())) {
				reports.put(r.get("id").asString(),
						new GraphSnapshot.Report(r.get("id").asString(), r.get("name").asString(null),
								r.get("file").asString(null), date(r.get("s")), date(r.get("e"))));
			}
			this.graph.reports(reports);
		}
		return this.graph.report(id);
	}

	private static LocalDate date(Value v) {
		return v.isNull() ? null : v.asLocalDate();
	}

}
