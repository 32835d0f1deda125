package mx.vinculos.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Applies {@code classpath:graph/migrations/V<nnn>__<description>.cypher} in version order,
 * each once, recording what was applied as {@code (:__Migration {version, description,
 * checksum})} nodes. A changed checksum of an applied migration stops the start: migrations
 * are append-only, like Flyway's or neo4j-migrations'.
 */
public final class SchemaMigrations {

	private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

	private static final Pattern NAME = Pattern.compile("V(\\d+)__(.+)\\.cypher");

	private final Driver driver;

	private final SessionConfig sessionConfig;

	public SchemaMigrations(Driver driver, SessionConfig sessionConfig) {
		this.driver = driver;
		this.sessionConfig = sessionConfig;
	}

	/** Applies the pending migrations; returns how many were applied. */
	public int apply() {
		long started = System.nanoTime();
		List<Migration> migrations = load();
		long loaded = System.nanoTime();
		int applied = 0;
		try (Session session = this.driver.session(this.sessionConfig)) {
			Map<Integer, String> done = new java.util.HashMap<>();
			session.executeRead(tx -> tx.run(StartQueries.MIGRATIONS).list())
				.forEach(r -> done.put(r.get("v").asInt(), r.get("c").asString()));
			// the first query of a fresh Neo4j also pays for its Cypher compiler's start
			log.debug("Migration files read in {} ms, applied ones (the first query) in {} ms",
					(loaded - started) / 1_000_000, (System.nanoTime() - loaded) / 1_000_000);
			for (Migration m : migrations) {
				String checksum = done.get(m.version());
				if (checksum != null) {
					if (!checksum.equals(m.checksum())) {
						throw new IllegalStateException("Migration V" + m.version() + " (" + m.description()
								+ ") was changed after it was applied; add a new migration instead");
					}
					continue;
				}
				for (String statement : m.statements()) {
					// schema commands cannot share a transaction with writes: one each
					session.run(statement).consume();
				}
				session.executeWriteWithoutResult(tx -> tx.run(
						"CREATE (:__Migration {version: $v, description: $d, checksum: $c, appliedAt: datetime()})",
						Map.of("v", m.version(), "d", m.description(), "c", m.checksum())));
				log.info("Applied schema migration V{} {}", m.version(), m.description());
				applied++;
			}
		}
		return applied;
	}

	static List<Migration> load() {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver()
				.getResources("classpath:graph/migrations/V*.cypher");
			return Arrays.stream(resources).map(SchemaMigrations::parse)
				.sorted(Comparator.comparingInt(Migration::version))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Migration parse(Resource resource) {
		Matcher name = NAME.matcher(resource.getFilename());
		if (!name.matches()) {
			throw new IllegalStateException("Migration file name not V<n>__<description>.cypher: " + resource);
		}
		try {
			String text = resource.getContentAsString(StandardCharsets.UTF_8);
			String code = text.lines().filter(l -> !l.strip().startsWith("//")).reduce("", (a, b) -> a + b + "\n");
			List<String> statements = Arrays.stream(code.split(";\\s*(\\n|$)")).map(String::strip)
				.filter(s -> !s.isEmpty())
				.toList();
			return new Migration(Integer.parseInt(name.group(1)), name.group(2).replace('_', ' '), sha256(text),
					statements);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	record Migration(int version, String description, String checksum, List<String> statements) {
	}

}
