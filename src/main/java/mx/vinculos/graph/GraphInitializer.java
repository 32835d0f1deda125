package mx.vinculos.graph;

import java.nio.file.Files;
import java.nio.file.Path;

import mx.vinculos.StartupRefusal;
import mx.vinculos.embedded.EmbeddedNeo4j;
import mx.vinculos.seed.SeedLoader;
import mx.vinculos.seed.SeedReader;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Brings the graph up to date before the web server takes requests: schema migrations,
 * then the seeds (when {@code vinculos.seeds.load} is on), the name keys of a database loaded
 * before they existed ({@link NameKeys}), then the global figures connect
 * ranks with ({@link GlobalFigures}) when the seeds changed or they were never computed. Invalid seeds stop the start with
 * every problem listed; the graph keeps what it had.
 */
@Component
public class GraphInitializer implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(GraphInitializer.class);

	private final Driver driver;

	private final GraphSessions sessions;

	private final Path seedsDir;

	private final boolean loadSeeds;

	/** The embedded server, when there is one: its start is awaited here, not earlier. */
	private final ObjectProvider<EmbeddedNeo4j> embedded;

	GraphInitializer(Driver driver, GraphSessions sessions, @Value("${vinculos.seeds.dir:./seeds}") Path seedsDir,
			@Value("${vinculos.seeds.load:true}") boolean loadSeeds, ObjectProvider<EmbeddedNeo4j> embedded) {
		this.embedded = embedded;
		this.driver = driver;
		this.sessions = sessions;
		this.seedsDir = seedsDir;
		this.loadSeeds = loadSeeds;
	}

	private boolean graphIsEmpty() {
		try (Session session = this.driver.session(this.sessions.read())) {
			return session.executeRead(tx -> tx
				.run("MATCH (n) WHERE NOT n:__Migration AND NOT n:__SeedState "
						+ "RETURN count(n) = 0 AS empty")
				.single()
				.get("empty")
				.asBoolean());
		}
	}

	@Override
	public void afterSingletonsInstantiated() {
		// Spring built the web layer while Neo4j started (EarlyNeo4jStart); wait for it now
		this.embedded.getIfAvailable();
		long started = System.nanoTime();
		int applied = new SchemaMigrations(this.driver, this.sessions.write()).apply();
		log.info("Schema up to date ({} migrations applied) in {} ms", applied, (System.nanoTime() - started) / 1_000_000);
		boolean changed = this.loadSeeds && loadSeeds();
		new NameKeys(this.driver, this.sessions.write()).backfill();
		GlobalFigures figures = new GlobalFigures(this.driver, this.sessions.write());
		if (changed || !figures.present()) {
			figures.compute();
		}
	}

	/**
	 * Loads the seeds folder again (a curator published a report): only what changed is
	 * written, each report in its own transaction, then the global figures are recomputed.
	 * @throws mx.vinculos.seed.SeedValidationException when the folder does not validate
	 */
	public synchronized boolean reloadSeeds() {
		boolean changed = loadSeeds();
		if (changed) {
			new GlobalFigures(this.driver, this.sessions.write()).compute();
		}
		return changed;
	}

	/** Loads the seeds when they changed; whether anything changed. */
	private synchronized boolean loadSeeds() {
		if (!Files.isDirectory(this.seedsDir)) {
			// An empty graph served as healthy hides a mistyped path; a graph that was loaded
			// before keeps serving what it has.
			if (graphIsEmpty()) {
				throw new StartupRefusal("Refusing to start: the seeds folder " + this.seedsDir.toAbsolutePath().normalize()
						+ " does not exist and the database is empty; set vinculos.seeds.dir to the folder with the "
						+ "reports (or vinculos.seeds.load=false to serve an empty graph on purpose).");
			}
			log.warn("No seeds folder at {}: the graph is served as it is", this.seedsDir.toAbsolutePath());
			return false;
		}
		long started = System.nanoTime();
		String digest = SeedReader.folderDigest(this.seedsDir);
		try (Session session = this.driver.session(this.sessions.write())) {
			boolean same = session.executeRead(tx -> tx
				.run(StartQueries.SEEDS_UNCHANGED, Map.of("sha", digest))
				.single()
				.get("same")
				.asBoolean());
			if (same) {
				log.info("Seeds in {} unchanged since they were loaded", this.seedsDir.toAbsolutePath().normalize());
				return false;
			}
			var result = new SeedLoader(this.driver, this.sessions.write()).load(SeedReader.read(this.seedsDir));
			session.executeWriteWithoutResult(tx -> tx.run("MERGE (s:__SeedState {id: 'folder'}) SET s.sha = $sha",
					Map.of("sha", digest)));
			log.info("Seeds from {} {} in {} ms", this.seedsDir.toAbsolutePath().normalize(),
					result.changedAnything() ? "loaded " + result : "unchanged", (System.nanoTime() - started) / 1_000_000);
			return result.changedAnything();
		}
	}

}
