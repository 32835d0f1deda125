package mx.vinculos.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import mx.vinculos.graph.GraphSessions;
import mx.vinculos.graph.GraphSnapshot;
import mx.vinculos.graph.GraphSnapshot.Edge;
import mx.vinculos.graph.GraphSnapshot.Node;
import mx.vinculos.graph.GraphReader;
import mx.vinculos.graph.GraphReads;
import mx.vinculos.search.EntitySearch;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Service;

/**
 * Writes the graph, or a subject's part of it, to a {@link GraphSink}. Nodes and edges are
 * read in one read transaction and handed to the sink one record at a time, so the export
 * never holds the graph in memory; a subject's export holds only the ids of its nodes.
 *
 * <p>
 * The graph is every node but the service's bookkeeping (labels starting with {@code __}).
 * A subject's part is its scope (itself, the bodies under it or located in it by
 * PART_OF/LOCATED_IN up to 3 hops, the people holding positions there: the scope of the
 * briefing), the events the scope took part in or that were held in it, and the direct
 * neighbours of all those (other participants, places, parent events, agreement and funding
 * partners, networks, bodies), with every edge among them. Report nodes are left out of a
 * subject's part: each edge names its report in {@code source}. A period keeps the events it
 * overlaps and the edges dated in it (undated ones by their report's half-year; registry
 * edges always).
 */
@Service
class ExportService {

	/** What to export: all nodes ({@code ids} null) or those ids, within a period. */
	record Selection(String name, Set<String> ids, ExportPeriod period) {
	}

	private static final String BOOKKEEPING = "any(l IN labels(%s) WHERE l STARTS WITH '__')";

	private static final String NODES = """
			MATCH (n) WHERE NOT %s AND ($ids IS NULL OR n.id IN $ids)
			RETURN n.id AS id, labels(n) AS labels, properties(n) AS props, n:Event AS event
			""".formatted(BOOKKEEPING.formatted("n"));

	private static final String EDGES = """
			MATCH (a)-[r]->(b)
			WHERE NOT %s AND NOT %s AND ($ids IS NULL OR (a.id IN $ids AND b.id IN $ids))
			RETURN a.id AS from, b.id AS to, type(r) AS type, properties(r) AS props,
			       CASE WHEN a:Event THEN {startDate: a.startDate, endDate: a.endDate, source: a.source} END AS fromEvent,
			       CASE WHEN b:Event THEN {startDate: b.startDate, endDate: b.endDate, source: b.source} END AS toEvent
			""".formatted(BOOKKEEPING.formatted("a"), BOOKKEEPING.formatted("b"));

	private static final String NODE_PROPERTIES = """
			CALL db.schema.nodeTypeProperties() YIELD nodeLabels, propertyName, propertyTypes
			RETURN nodeLabels AS labels, propertyName, propertyTypes
			""";

	private static final String EDGE_PROPERTIES = """
			CALL db.schema.relTypeProperties() YIELD propertyName, propertyTypes
			RETURN [] AS labels, propertyName, propertyTypes
			""";

	private final Driver driver;

	private final GraphSessions sessions;

	private final GraphReads reads;

	private final EntitySearch search;

	ExportService(Driver driver, GraphSessions sessions, GraphReads reads, EntitySearch search) {
		this.driver = driver;
		this.sessions = sessions;
		this.reads = reads;
		this.search = search;
	}

	/** Resolves the subject (404/409 problems for unknown or ambiguous names) before anything is written. */
	Selection select(String subject, ExportPeriod period) {
		if (subject == null) {
			return new Selection(null, null, period);
		}
		return this.reads.read(r -> select(r, subject, period));
	}

	private Selection select(GraphReader r, String subject, ExportPeriod period) {
		Node root = this.search.resolve(r, subject, "subject");
		Map<String, ExportPeriod.HalfYear> reports = new HashMap<>();
		for (Record row : r.run("MATCH (x:Report) RETURN x.id AS id, x.periodStart AS s, x.periodEnd AS e", Map.of())) {
			reports.put(row.get("id").asString(),
					new ExportPeriod.HalfYear(row.get("s").asLocalDate(null), row.get("e").asLocalDate(null)));
		}
		Set<Node> core = r.scope(root);
		GraphSnapshot g = r.graph();
		r.expand(core, GraphReader.Step.ANY);
		Set<Node> events = new LinkedHashSet<>();
		for (Node n : core) {
			if (n.isEvent()) {
				events.add(n);
				continue;
			}
			for (Edge e : g.edges(n)) {
				if (e.type().equals("PARTICIPATED_IN") && e.from() == n) {
					events.add(e.to());
				}
				else if (e.type().equals("HELD_IN") && e.to() == n) {
					events.add(e.from());
				}
			}
		}
		events.removeIf(ev -> ev != root && !period.coversEvent(ev.props(), reports));
		Set<Node> focus = new LinkedHashSet<>(core);
		focus.addAll(events);
		r.expand(focus, GraphReader.Step.ANY);
		Set<String> ids = new LinkedHashSet<>();
		focus.forEach(n -> ids.add(n.id()));
		for (Node n : focus) {
			for (Edge e : g.edges(n)) {
				Node other = e.other(n);
				boolean keep = other.isEvent() ? events.contains(other) || period.coversEvent(other.props(), reports)
						: n.isEvent() || period.coversEdge(e.props(), reports);
				if (keep) {
					ids.add(other.id());
				}
			}
		}
		return new Selection(root.id(), ids, period);
	}

	void write(Selection selection, GraphSink sink) throws IOException {
		Map<String, Object> params = new HashMap<>();
		params.put("ids", selection.ids() == null ? null : List.copyOf(selection.ids()));
		ExportPeriod period = selection.period();
		boolean filterEvents = selection.ids() == null;
		try (Session session = this.driver.session(this.sessions.read()); Transaction tx = session.beginTransaction()) {
			Map<String, ExportPeriod.HalfYear> reports = new HashMap<>();
			tx.run("MATCH (r:Report) RETURN r.id AS id, r.periodStart AS start, r.periodEnd AS end")
				.forEachRemaining(r -> reports.put(r.get("id").asString(),
						new ExportPeriod.HalfYear(r.get("start").asLocalDate(null), r.get("end").asLocalDate(null))));
			sink.begin(columns(tx, NODE_PROPERTIES), columns(tx, EDGE_PROPERTIES));

			Result nodes = tx.run(NODES, params);
			while (nodes.hasNext()) {
				Record r = nodes.next();
				Map<String, Object> props = r.get("props").asMap();
				if (filterEvents && r.get("event").asBoolean() && !period.coversEvent(props, reports)) {
					continue;
				}
				sink.node(r.get("id").asString(), r.get("labels").asList(Value::asString), props);
			}
			sink.startEdges();
			Result edges = tx.run(EDGES, params);
			while (edges.hasNext()) {
				Record r = edges.next();
				Map<String, Object> props = r.get("props").asMap();
				Value from = r.get("fromEvent");
				Value to = r.get("toEvent");
				boolean keep;
				if (from.isNull() && to.isNull()) {
					keep = period.coversEdge(props, reports);
				}
				else {
					keep = !filterEvents || ((from.isNull() || period.coversEvent(from.asMap(), reports))
							&& (to.isNull() || period.coversEvent(to.asMap(), reports)));
				}
				if (keep) {
					sink.edge(r.get("from").asString(), r.get("to").asString(), r.get("type").asString(), props);
				}
			}
			sink.end();
		}
	}

	/**
	 * The property columns, from Neo4j's schema procedures: a property numeric everywhere
	 * is a number column (long when always an integer), a boolean one boolean, anything else
	 * (dates, lists, mixed) text. Bookkeeping labels' properties are left out.
	 */
	private static List<GraphSink.Column> columns(Transaction tx, String query) {
		Map<String, Set<String>> types = new TreeMap<>();
		tx.run(query).forEachRemaining(r -> {
			List<String> labels = r.get("labels").asList(Value::asString);
			if (r.get("propertyName").isNull()
					|| (!labels.isEmpty() && labels.stream().allMatch(l -> l.startsWith("__")))) {
				return;
			}
			types.computeIfAbsent(r.get("propertyName").asString(), k -> new LinkedHashSet<>())
				.addAll(r.get("propertyTypes").asList(Value::asString));
		});
		List<GraphSink.Column> columns = new ArrayList<>();
		types.forEach((name, t) -> columns.add(new GraphSink.Column(name, graphMlType(t))));
		return columns;
	}

	private static String graphMlType(Set<String> neo4jTypes) {
		if (neo4jTypes.equals(Set.of("Long"))) {
			return "long";
		}
		if (!neo4jTypes.isEmpty() && Set.of("Long", "Double").containsAll(neo4jTypes)) {
			return "double";
		}
		if (neo4jTypes.equals(Set.of("Boolean"))) {
			return "boolean";
		}
		return "string";
	}

}
