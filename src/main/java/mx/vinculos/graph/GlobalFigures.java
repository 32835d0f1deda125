package mx.vinculos.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Figures about the whole graph that connect's ranking needs, computed when data is loaded
 * and stored, so no request ever reads the whole graph: on every entity and event its
 * {@code pageRank} (the stationary distribution of a walk restarting anywhere, the same walk
 * connect uses), {@code degree} and {@code hub} flag; on {@code (:__GraphStats {id:
 * 'global'})} the node count, the total edge strength and the degree from which a node is a
 * hub. Nodes written later carry no {@code pageRank}; connect estimates it from their
 * degree with the stored totals (see {@link #estimate}).
 *
 * <p>
 * Edges count like in the walk: registry edges (an agency part of its city, a city in its
 * country) weigh half a report fact: they are structure, not activity.
 */
public final class GlobalFigures {

	private static final Logger log = LoggerFactory.getLogger(GlobalFigures.class);

	/** Restart probability of the walks: higher keeps them closer to where they start. */
	public static final double RESTART = 0.3;

	public static final int ITERATIONS = 40;

	/**
	 * A hub touches 3 % of all edges (at least 60 edges), and any node with 100 or more is one:
	 * a path through it proves nothing, and connect never expands it.
	 */
	static final int HUB_MIN = 60;

	static final int HUB_MAX = 100;

	private static final int BATCH = 5000;

	private final Driver driver;

	private final SessionConfig sessionConfig;

	public GlobalFigures(Driver driver, SessionConfig sessionConfig) {
		this.driver = driver;
		this.sessionConfig = sessionConfig;
	}

	/** What a request needs of the stored totals. */
	public record Stats(long nodes, double strength, int hubDegree) {

		/** Before anything was computed: a graph of the size the reports make. */
		public static final Stats NONE = new Stats(1000, 4000, HUB_MIN);

		/**
		 * PageRank of a node written after the figures were computed: restart share plus
		 * its share of the walk's stationary mass, which on an undirected graph is
		 * proportional to its strength.
		 */
		public double estimate(double strength) {
			return RESTART / Math.max(1, this.nodes) + (1 - RESTART) * strength / Math.max(1e-9, this.strength);
		}

	}

	/** Whether the figures were ever computed on this database. */
	public boolean present() {
		try (Session session = this.driver.session(this.sessionConfig)) {
			return session.executeRead(tx -> tx.run(StartQueries.FIGURES_PRESENT)
				.single()
				.get("ok")
				.asBoolean());
		}
	}

	/** Computes and stores every figure; returns the totals. */
	public Stats compute() {
		long started = System.nanoTime();
		Map<String, Integer> index = new HashMap<>();
		List<String> ids = new ArrayList<>();
		int[][] ends;
		double[] weight;
		try (Session session = this.driver.session(this.sessionConfig)) {
			for (Record r : session.executeRead(
					tx -> tx.run("MATCH (n) WHERE n:Entity OR n:Event RETURN elementId(n) AS id").list())) {
				index.put(r.get("id").asString(), ids.size());
				ids.add(r.get("id").asString());
			}
			List<Record> edges = session.executeRead(tx -> tx.run("""
					MATCH (a)-[r]->(b) WHERE (a:Entity OR a:Event) AND (b:Entity OR b:Event)
					RETURN elementId(a) AS a, elementId(b) AS b, r.source = 'registry' AS registry""").list());
			ends = new int[edges.size()][];
			weight = new double[edges.size()];
			for (int i = 0; i < edges.size(); i++) {
				Record r = edges.get(i);
				ends[i] = new int[] { index.get(r.get("a").asString()), index.get(r.get("b").asString()) };
				weight[i] = r.get("registry").asBoolean(false) ? 0.5 : 1.0;
			}
		}
		int n = ids.size();
		int[] degree = new int[n];
		double[] strength = new double[n];
		double total = 0;
		for (int i = 0; i < ends.length; i++) {
			for (int end : ends[i]) {
				degree[end]++;
				strength[end] += weight[i];
				total += weight[i];
			}
		}
		double[] rank = pageRank(n, ends, weight, strength);
		int hubDegree = Math.min(HUB_MAX, Math.max(HUB_MIN, ends.length * 3 / 100));
		try (Session session = this.driver.session(this.sessionConfig)) {
			for (int from = 0; from < n; from += BATCH) {
				List<Map<String, Object>> rows = new ArrayList<>();
				for (int i = from; i < Math.min(n, from + BATCH); i++) {
					rows.add(Map.of("id", ids.get(i), "pr", rank[i], "d", degree[i], "h", degree[i] >= hubDegree));
				}
				session.executeWriteWithoutResult(tx -> tx.run("""
						UNWIND $rows AS row MATCH (n) WHERE elementId(n) = row.id
						SET n.pageRank = row.pr, n.degree = row.d, n.hub = row.h""", Map.of("rows", rows)).consume());
			}
			double strengthTotal = total;
			session.executeWriteWithoutResult(tx -> tx.run("""
					MERGE (s:__GraphStats {id: 'global'})
					SET s.nodes = $n, s.edges = $e, s.strength = $s, s.hubDegree = $h, s.computedAt = datetime()""",
					Map.of("n", n, "e", ends.length, "s", strengthTotal, "h", hubDegree)).consume());
		}
		log.info("Global figures of {} nodes, {} edges (PageRank, degrees; hubs from {} edges) in {} ms", n,
				ends.length, hubDegree, (System.nanoTime() - started) / 1_000_000);
		return new Stats(n, total, hubDegree);
	}

	/** Random walk restarting uniformly: its stationary scores (what connect divides by). */
	static double[] pageRank(int n, int[][] ends, double[] weight, double[] strength) {
		double[] r = new double[n];
		Arrays.fill(r, 1.0 / Math.max(1, n));
		for (int it = 0; it < ITERATIONS; it++) {
			double[] next = new double[n];
			double dangling = 0;
			for (int u = 0; u < n; u++) {
				if (strength[u] == 0) {
					dangling += r[u];
				}
			}
			for (int i = 0; i < ends.length; i++) {
				int a = ends[i][0];
				int b = ends[i][1];
				next[b] += (1 - RESTART) * r[a] * weight[i] / strength[a];
				next[a] += (1 - RESTART) * r[b] * weight[i] / strength[b];
			}
			double restart = (RESTART + (1 - RESTART) * dangling) / Math.max(1, n);
			for (int v = 0; v < n; v++) {
				next[v] += restart;
			}
			r = next;
		}
		return r;
	}

	/** The stored totals, or {@link Stats#NONE}. */
	public static Stats stats(GraphReader reader) {
		List<Record> rows = reader.run(
				"MATCH (s:__GraphStats {id: 'global'}) RETURN s.nodes AS n, s.strength AS s, s.hubDegree AS h", Map.of());
		if (rows.isEmpty()) {
			return Stats.NONE;
		}
		Record r = rows.get(0);
		return new Stats(r.get("n").asLong(), r.get("s").asDouble(), r.get("h").asInt());
	}

}
