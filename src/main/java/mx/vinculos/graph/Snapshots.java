package mx.vinculos.graph;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out the current {@link GraphSnapshot}. At most every couple of seconds it asks Neo4j
 * for the digests of the loaded seeds (one tiny read) and rebuilds the snapshot when they
 * changed, so another instance loading new seeds into a shared server is seen here too.
 */
@Component
public class Snapshots {

	private static final Duration CHECK_EVERY = Duration.ofSeconds(2);

	private final Neo4jClient client;

	/** Read transactions, so that a cluster serves the refresh from a follower. */
	private final TransactionTemplate readOnly;

	private volatile GraphSnapshot current;

	private volatile long checkedAt;

	Snapshots(Neo4jClient client, PlatformTransactionManager transactions) {
		this.client = client;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	public GraphSnapshot current() {
		GraphSnapshot snapshot = this.current;
		long now = System.nanoTime();
		if (snapshot != null && now - this.checkedAt < CHECK_EVERY.toNanos()) {
			return snapshot;
		}
		synchronized (this) {
			snapshot = this.current;
			if (snapshot != null && System.nanoTime() - this.checkedAt < CHECK_EVERY.toNanos()) {
				return snapshot;
			}
			GraphSnapshot previous = snapshot;
			snapshot = this.readOnly.execute(status -> {
				String version = version();
				return previous != null && previous.version().equals(version) ? previous : load(version);
			});
			this.current = snapshot;
			this.checkedAt = System.nanoTime();
			return snapshot;
		}
	}

	private String version() {
		return this.client.query("MATCH (s:__SeedState) WITH s ORDER BY s.id RETURN collect(s.id + '=' + s.sha) AS v")
			.fetchAs(String.class)
			.mappedBy((types, record) -> String.join(",", record.get("v").asList(Object::toString)))
			.one()
			.orElse("");
	}

	private GraphSnapshot load(String version) {
		Map<String, GraphSnapshot.Node> nodes = new LinkedHashMap<>();
		for (Map<String, Object> row : this.client.query("""
				MATCH (n) WHERE n:Entity OR n:Event
				RETURN n.id AS id, CASE WHEN n:Event THEN 'Event' ELSE n.type END AS type, properties(n) AS props
				""").fetch().all()) {
			@SuppressWarnings("unchecked")
			Map<String, Object> props = (Map<String, Object>) row.get("props");
			String id = (String) row.get("id");
			nodes.put(id, new GraphSnapshot.Node(id, (String) row.get("type"), Map.copyOf(props)));
		}
		List<GraphSnapshot.Edge> edges = new ArrayList<>();
		for (Map<String, Object> row : this.client.query("""
				MATCH (a)-[r]->(b) WHERE (a:Entity OR a:Event) AND (b:Entity OR b:Event)
				RETURN a.id AS a, type(r) AS type, b.id AS b, properties(r) AS props
				""").fetch().all()) {
			@SuppressWarnings("unchecked")
			Map<String, Object> props = (Map<String, Object>) row.get("props");
			GraphSnapshot.Node a = nodes.get((String) row.get("a"));
			GraphSnapshot.Node b = nodes.get((String) row.get("b"));
			if (a != null && b != null) {
				edges.add(new GraphSnapshot.Edge((String) row.get("type"), a, b, Map.copyOf(props)));
			}
		}
		Map<String, GraphSnapshot.Report> reports = new HashMap<>();
		for (Map<String, Object> row : this.client.query(
				"MATCH (r:Report) RETURN r.id AS id, r.name AS name, r.file AS file, r.periodStart AS s, r.periodEnd AS e")
			.fetch()
			.all()) {
			reports.put((String) row.get("id"), new GraphSnapshot.Report((String) row.get("id"), (String) row.get("name"),
					(String) row.get("file"), (LocalDate) row.get("s"), (LocalDate) row.get("e")));
		}
		return new GraphSnapshot(nodes.values(), edges, reports, version);
	}

}
