package mx.vinculos.web;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * What the pages say about the graph as a whole: which reports are loaded and how much is in
 * them, and how connected a node is (to draw hubs small). Plain read-only Cypher on the
 * analysts' contract (labels, {@code id}, {@code Report}), so it does not depend on how the
 * answering services compute.
 */
@Component
public class GraphOverview {

	/**
	 * How long the counts are reused. A write committed by anyone (a reload, a publish, a
	 * client of the same Neo4j) must show within 2 s (issue 10), and the three count queries
	 * take a few milliseconds: so at most one page a second pays for them.
	 */
	static final long TTL_NANOS = 1_000_000_000L;

	/** A node with at least this share of all edges is a hub (as the connect ranking says). */
	private static final double HUB_SHARE = 0.03;

	private final Neo4jClient client;

	private volatile Overview cached;

	private volatile long cachedAt;

	GraphOverview(Neo4jClient client) {
		this.client = client;
	}

	/** A loaded report. */
	public record Report(String id, String name, String file, LocalDate periodStart, LocalDate periodEnd, long events) {
	}

	/** The loaded reports and the number of entities of each type, facts and edges. */
	public record Overview(List<Report> reports, Map<String, Long> entities, long facts, long edges) {

		public long entityTotal() {
			return this.entities.values().stream().mapToLong(Long::longValue).sum();
		}

		public long hubDegree() {
			return Math.max(1, Math.round(this.edges * HUB_SHARE));
		}

	}

	/** What a report row returns, for the list and for one report. */
	private static final String REPORT_ROW = """
			RETURN r.id AS id, coalesce(r.name, r.id) AS name, r.file AS file, r.periodStart AS periodStart,
			       r.periodEnd AS periodEnd, COUNT { (:Event)-[:REPORTED_IN]->(r) } AS events""";

	private static Report report(Map<String, Object> m) {
		return new Report((String) m.get("id"), (String) m.get("name"), (String) m.get("file"), date(m.get("periodStart")),
				date(m.get("periodEnd")), ((Number) m.get("events")).longValue());
	}

	public Overview overview() {
		Overview o = this.cached;
		if (o != null && System.nanoTime() - this.cachedAt < TTL_NANOS) {
			return o;
		}
		List<Report> reports = this.client.query("MATCH (r:Report) " + REPORT_ROW + " ORDER BY r.periodStart")
			.fetch()
			.all()
			.stream()
			.map(GraphOverview::report)
			.toList();
		Map<String, Long> entities = new HashMap<>();
		for (Map<String, Object> m : this.client.query("""
				MATCH (n:Entity)
				UNWIND [l IN labels(n) WHERE l <> 'Entity'] AS type
				RETURN type, count(*) AS n""").fetch().all()) {
			entities.put((String) m.get("type"), ((Number) m.get("n")).longValue());
		}
		Map<String, Object> counts = this.client.query("""
				MATCH ()-[r]->() WHERE type(r) <> 'REPORTED_IN'
				RETURN count(r) AS edges, count(CASE WHEN r.source IS NOT NULL AND r.source <> 'registry' THEN 1 END) AS facts""")
			.fetch()
			.one()
			.orElse(Map.of("edges", 0L, "facts", 0L));
		o = new Overview(reports, entities, ((Number) counts.get("facts")).longValue(),
				((Number) counts.get("edges")).longValue());
		this.cached = o;
		this.cachedAt = System.nanoTime();
		return o;
	}

	/**
	 * A loaded report by id, or null. Read from the graph each time, not from the cached
	 * overview: a report published a moment ago must open in the source view at once.
	 */
	public Report report(String id) {
		return this.client.query("MATCH (r:Report {id: $id}) " + REPORT_ROW)
			.bind(id)
			.to("id")
			.fetch()
			.one()
			.map(GraphOverview::report)
			.orElse(null);
	}

	/** How many edges each node has (report links aside), by id. */
	public Map<String, Long> degrees(Collection<String> ids) {
		Map<String, Long> out = new HashMap<>();
		if (ids.isEmpty()) {
			return out;
		}
		for (Map<String, Object> m : this.client.query("""
				MATCH (n) WHERE (n:Entity OR n:Event) AND n.id IN $ids
				RETURN n.id AS id, COUNT { (n)-[r]-(m) WHERE type(r) <> 'REPORTED_IN' } AS degree""")
			.bind(List.copyOf(Set.copyOf(ids)))
			.to("ids")
			.fetch()
			.all()) {
			out.put((String) m.get("id"), ((Number) m.get("degree")).longValue());
		}
		return out;
	}

	private static LocalDate date(Object v) {
		return v instanceof LocalDate d ? d : Labels.toDate(v);
	}

}
