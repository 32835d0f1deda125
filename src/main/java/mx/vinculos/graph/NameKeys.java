package mx.vinculos.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes {@code nameKeys} ({@link Names#keys}) on the entities and events of a database
 * loaded before the key existed, once: the seed loader writes it on every node it loads,
 * but folding (accents aside) is Java's, so a Cypher migration cannot compute it. Done once
 * per database, recorded as {@code (:__SeedState {id: 'nameKeys'})}. A node written later
 * without keys (by another writer) is still resolved: the word index is asked when no key
 * matches.
 */
public final class NameKeys {

	private static final Logger log = LoggerFactory.getLogger(NameKeys.class);

	static final String DONE = "MATCH (s:__SeedState {id: 'nameKeys'}) RETURN count(s) > 0 AS done";

	private static final int BATCH = 10_000;

	private final Driver driver;

	private final SessionConfig sessionConfig;

	NameKeys(Driver driver, SessionConfig sessionConfig) {
		this.driver = driver;
		this.sessionConfig = sessionConfig;
	}

	/** Writes the missing keys unless that was done; how many nodes got them. */
	int backfill() {
		try (Session read = this.driver.session(this.sessionConfig);
				Session write = this.driver.session(this.sessionConfig)) {
			if (read.executeRead(tx -> tx.run(DONE).single().get("done").asBoolean())) {
				return 0;
			}
			long started = System.nanoTime();
			int written = 0;
			// one pass streamed from an auto-commit read; the writes go in batches beside it
			Result rows = read.run("""
					MATCH (n) WHERE (n:Entity OR n:Event) AND n.nameKeys IS NULL
					RETURN elementId(n) AS id, n.name AS name, n.aliases AS aliases""");
			List<Map<String, Object>> batch = new ArrayList<>();
			while (rows.hasNext()) {
				Record r = rows.next();
				Value aliases = r.get("aliases");
				batch.add(Map.of("id", r.get("id").asString(), "keys", Names.keys(r.get("name").asString(null),
						aliases.isNull() ? List.of() : aliases.asList(Value::asString))));
				if (batch.size() == BATCH || !rows.hasNext()) {
					List<Map<String, Object>> rowsOut = List.copyOf(batch);
					write.executeWriteWithoutResult(tx -> tx.run(
							"UNWIND $rows AS row MATCH (n) WHERE elementId(n) = row.id SET n.nameKeys = row.keys",
							Map.of("rows", rowsOut)));
					written += batch.size();
					batch.clear();
				}
			}
			write.executeWriteWithoutResult(tx -> tx.run("MERGE (s:__SeedState {id: 'nameKeys'})"));
			if (written > 0) {
				log.info("Name keys written on {} nodes loaded before they existed, in {} ms", written,
						(System.nanoTime() - started) / 1_000_000);
			}
			return written;
		}
	}

}
