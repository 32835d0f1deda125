package mx.vinculos.seed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes validated seeds: the registry in one transaction, then each report in its own,
 * each only when its content changed since the last load (digests are kept in the graph).
 * A report's transaction replaces everything that report contributed, so an edge removed
 * from a file disappears, and loading twice changes nothing.
 */
public final class SeedLoader {

	private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

	private static final String ENTITY_LABELS = "Agency:City:Country:Organization:Network:Person:Project";

	private final Driver driver;

	private final SessionConfig sessionConfig;

	public SeedLoader(Driver driver, SessionConfig sessionConfig) {
		this.driver = driver;
		this.sessionConfig = sessionConfig;
	}

	/** What a load did. */
	public record Result(boolean registryLoaded, List<String> reportsLoaded, List<String> reportsRemoved) {

		public boolean changedAnything() {
			return this.registryLoaded || !this.reportsLoaded.isEmpty() || !this.reportsRemoved.isEmpty();
		}

	}

	public Result load(SeedSet seeds) {
		try (Session session = this.driver.session(this.sessionConfig)) {
			Map<String, String> shas = new LinkedHashMap<>();
			session.executeRead(tx -> tx.run("MATCH (s:__SeedState) RETURN s.id AS id, s.sha AS sha").list())
				.forEach(r -> shas.put(r.get("id").asString(), r.get("sha").asString(null)));

			boolean registry = !seeds.registrySha().equals(shas.get("registry"));
			if (registry) {
				session.executeWriteWithoutResult(tx -> writeRegistry(tx, seeds));
				log.info("Loaded the entity registry: {} entities", seeds.entities().size());
			}
			List<String> loaded = new ArrayList<>();
			for (SeedSet.ReportRows report : seeds.reports()) {
				if (report.sha().equals(shas.get("report:" + report.id()))) {
					continue;
				}
				session.executeWriteWithoutResult(tx -> writeReport(tx, report));
				loaded.add(report.id());
				log.info("Loaded {} from {}: {} events, {} relationships", report.id(), report.file(),
						report.events().size(), report.edges().size());
			}
			List<String> keep = seeds.reports().stream().map(SeedSet.ReportRows::id).toList();
			List<String> removed = session.executeRead(tx -> tx
				.run("MATCH (r:Report) WHERE NOT r.id IN $keep RETURN r.id AS id", Map.of("keep", keep))
				.list(r -> r.get("id").asString()));
			for (String id : removed) {
				session.executeWriteWithoutResult(tx -> {
					clearReport(tx, id);
					tx.run("MATCH (r:Report {id: $id}) DETACH DELETE r", Map.of("id", id));
					tx.run("MATCH (s:__SeedState {id: $key}) DELETE s", Map.of("key", "report:" + id));
				});
				log.info("Removed {}: its seed file is gone", id);
			}
			return new Result(registry, loaded, removed);
		}
	}

	private static void writeRegistry(TransactionContext tx, SeedSet seeds) {
		Map<String, List<Map<String, Object>>> byType = seeds.entities().stream()
			.collect(Collectors.groupingBy(SeedSet.EntityRow::type, LinkedHashMap::new,
					Collectors.mapping(SeedSet.EntityRow::props, Collectors.toList())));
		byType.forEach((type, rows) -> tx.run("UNWIND $rows AS row MERGE (n:Entity {id: row.id}) REMOVE n:"
				+ ENTITY_LABELS + " SET n = row SET n:" + type, Map.of("rows", rows)));
		List<String> ids = seeds.entities().stream().map(SeedSet.EntityRow::id).toList();
		tx.run("MATCH (n:Entity) WHERE NOT n.id IN $ids DETACH DELETE n", Map.of("ids", ids));
		tx.run("MATCH ()-[r {source: $source}]->() DELETE r", Map.of("source", SeedReader.REGISTRY_SOURCE));
		createEdges(tx, seeds.registryEdges());
		tx.run("MERGE (s:__SeedState {id: 'registry'}) SET s.sha = $sha", Map.of("sha", seeds.registrySha()));
	}

	private static void writeReport(TransactionContext tx, SeedSet.ReportRows report) {
		clearReport(tx, report.id());
		tx.run("MERGE (r:Report {id: $id}) SET r = $props", Map.of("id", report.id(), "props", report.props()));
		tx.run("UNWIND $rows AS row CREATE (e:Event) SET e = row",
				Map.of("rows", report.events().stream().map(SeedSet.EventRow::props).toList()));
		createEdges(tx, report.edges());
		tx.run("MERGE (s:__SeedState {id: $key}) SET s.sha = $sha",
				Map.of("key", "report:" + report.id(), "sha", report.sha()));
	}

	private static void clearReport(TransactionContext tx, String id) {
		tx.run("MATCH (e:Event)-[:REPORTED_IN]->(:Report {id: $id}) DETACH DELETE e", Map.of("id", id));
		tx.run("MATCH ()-[r {source: $id}]->() DELETE r", Map.of("id", id));
	}

	private static void createEdges(TransactionContext tx, List<SeedSet.EdgeRow> edges) {
		Map<String, List<Map<String, Object>>> groups = new LinkedHashMap<>();
		for (SeedSet.EdgeRow e : edges) {
			String from = e.fromEvent() ? "Event" : "Entity";
			String to = e.type().equals("REPORTED_IN") ? "Report" : e.toEvent() ? "Event" : "Entity";
			groups.computeIfAbsent(e.type() + " " + from + " " + to, k -> new ArrayList<>())
				.add(Map.of("from", e.from(), "to", e.to(), "props", e.props()));
		}
		groups.forEach((key, rows) -> {
			String[] k = key.split(" ");
			// labels and types come from the validated seed vocabulary, never from a request
			var summary = tx.run("UNWIND $rows AS row MATCH (a:" + k[1] + " {id: row.from}) MATCH (b:" + k[2]
					+ " {id: row.to}) CREATE (a)-[r:" + k[0] + "]->(b) SET r = row.props", Map.of("rows", rows))
				.consume();
			int created = summary.counters().relationshipsCreated();
			if (created != rows.size()) {
				throw new IllegalStateException(
						"Created " + created + " of " + rows.size() + " " + k[0] + " edges: an end is missing");
			}
		});
	}

}
