package mx.vinculos.graph;

import java.util.Map;

/**
 * The queries every start runs before the service answers (what was applied, whether the
 * seeds changed, whether the global figures exist). On a fresh JVM the first run of a query
 * costs seconds of Cypher compiling; the embedded server runs these on its own thread as soon
 * as it is up ({@link mx.vinculos.embedded.EarlyNeo4jStart}), while Spring builds the rest,
 * so the start's own runs find them compiled.
 */
public final class StartQueries {

	static final String MIGRATIONS = "MATCH (m:__Migration) RETURN m.version AS v, m.checksum AS c";

	static final String SEEDS_UNCHANGED = "MATCH (s:__SeedState {id: 'folder', sha: $sha}) RETURN count(s) > 0 AS same";

	static final String FIGURES_PRESENT = "MATCH (s:__GraphStats {id: 'global'}) RETURN count(s) > 0 AS ok";

	/** Each query with parameters of the types the start passes. */
	public static final Map<String, Map<String, Object>> ALL = Map.of(MIGRATIONS, Map.of(), SEEDS_UNCHANGED,
			Map.of("sha", ""), FIGURES_PRESENT, Map.of(), NameKeys.DONE, Map.of(), "RETURN 1 AS one", Map.of());

	private StartQueries() {
	}

}
