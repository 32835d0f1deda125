package mx.vinculos.connect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import mx.vinculos.graph.GlobalFigures;
import mx.vinculos.graph.GraphReader;
import mx.vinculos.graph.GraphSnapshot.Node;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * The neighbourhood of the given entities that connect ranks on, extracted in Cypher: every
 * node within {@value ConnectService#MAX_HOPS} edges of one of them, reached without passing
 * through a hub, with the edges found on the way. Bounds: a node brings at most
 * {@value #FAN_OUT} of its edges (only a hub has more, and only a given entity that is a hub
 * is expanded), and each
 * level expands at most {@value #LEVEL_BUDGET} nodes, those reached from more of the given
 * entities first, then the least connected (they make the specific ties), and at most
 * {@value #HUB_SIDE_BUDGET} more reached only from a given entity that is itself a hub. Hubs
 * are reached but never expanded past them. Global figures come from the
 * nodes ({@code pageRank}, written when data is loaded, see {@link GlobalFigures}); degrees
 * are read live.
 *
 * <p>
 * The walks run on this neighbourhood only: a walker leaving it is lost, which only lowers
 * the closeness of nodes far from every given entity, which are not connectors anyway.
 */
final class Neighbourhood {

	static final int FAN_OUT = 100;

	static final int LEVEL_BUDGET = 1500;

	/**
	 * Nodes expanded per level that only a hub among the given entities reached (a network
	 * every copy of a city belongs to): what ties it to the others is found from their side.
	 */
	static final int HUB_SIDE_BUDGET = 20;

	/**
	 * Edges read in all, at most, unless configured ({@code vinculos.connect.edge-budget}; each node costs its degree, capped at {@value #FAN_OUT},
	 * before it is expanded). The neighbourhoods of the eval questions on the reports' graph
	 * read fewer, so this never cuts them; on a graph many times larger it keeps the work of
	 * one answer what it is on the reports' graph instead of growing with the level budget.
	 * A level spends at most its share of what is left (the last level all of it), so the
	 * first level cannot starve the paths of three edges.
	 */
	static final int EDGE_BUDGET = 3500;

	/** Properties connect shows of a node ({@link mx.vinculos.graph.NodeRef#of}). */
	private static final String NODE = """
			elementId(b) AS b, b.id AS key, CASE WHEN b:Event THEN 'Event' ELSE b.type END AS type,
			b {.id, .name, .aliases, .startDate, .endDate} AS props,
			COUNT { (b)--() } - COUNT { (b)-[:REPORTED_IN]->() } AS degree,
			CASE WHEN b:Event THEN 0 ELSE COUNT { (b)-[:PART_OF|LOCATED_IN]-() } END AS registry,
			b.pageRank AS pageRank""";

	final GlobalFigures.Stats stats;

	final List<Node> nodes = new ArrayList<>();

	/** Edges read (rows), against the budget. */
	int read;

	final List<String> elementIds = new ArrayList<>();

	private final Map<String, Integer> index = new HashMap<>();

	private final List<Integer> degreeList = new ArrayList<>();

	/** Which given entities (bits) reached each node. */
	private final List<Integer> reach = new ArrayList<>();

	private final List<Double> strengthList = new ArrayList<>();

	private final List<Double> rankList = new ArrayList<>();

	/** Edges: ends (start, end), relationship element id, type, weight. */
	final List<int[]> edgeEnds = new ArrayList<>();

	final List<String> edgeIds = new ArrayList<>();

	final List<String> edgeTypes = new ArrayList<>();

	final List<Double> edgeWeights = new ArrayList<>();

	private final Map<String, Integer> edgeIndex = new HashMap<>();

	/** Nodes whose edges were read (at most {@value #FAN_OUT} each). */
	private final Set<Integer> expanded = new HashSet<>();

	// arrays, once extracted
	int[][] neighbours;

	int[][] via;

	double[][] weights;

	double[] strength;

	int[] degree;

	boolean[] hub;

	double[] pageRank;

	private Neighbourhood(GlobalFigures.Stats stats) {
		this.stats = stats;
	}

	/** Extracts the neighbourhood of the given nodes (already read by {@code reader}). */
	static Neighbourhood around(GraphReader reader, List<Node> given) {
		return around(reader, given, EDGE_BUDGET);
	}

	/** The same, reading at most {@code edgeBudget} edges. */
	static Neighbourhood around(GraphReader reader, List<Node> given, int edgeBudget) {
		Neighbourhood h = new Neighbourhood(GlobalFigures.stats(reader));
		List<String> ids = given.stream().map(reader::elementId).toList();
		for (Record r : reader.run("UNWIND $ids AS id MATCH (b) WHERE elementId(b) = id RETURN " + NODE,
				Map.of("ids", ids))) {
			h.add(r);
		}
		List<Integer> frontier = new ArrayList<>();
		int hubSources = 0;
		for (int j = 0; j < ids.size(); j++) {
			int v = h.index.get(ids.get(j));
			frontier.add(v);
			h.reach.set(v, h.reach.get(v) | 1 << j);
			if (h.isHub(v)) {
				hubSources |= 1 << j;
			}
		}
		List<Integer> sources = List.copyOf(frontier);
		// a given entity with more edges than a node may bring (a network every copy of a city
		// belongs to) is not expanded: its first FAN_OUT edges are an arbitrary sample that
		// grows nothing but noise; its ties to the others' neighbourhood are read from their side
		List<Integer> dense = sources.stream().filter(v -> h.degreeList.get(v) > FAN_OUT).toList();
		if (dense.size() == sources.size()) {
			dense = dense.stream().sorted(Comparator.comparingInt(h.degreeList::get)).skip(1).toList();
		}
		int budget = edgeBudget;
		for (int depth = 0; depth < ConnectService.MAX_HOPS && !frontier.isEmpty(); depth++) {
			List<Integer> expand = new ArrayList<>();
			List<Integer> hubSide = new ArrayList<>();
			for (int v : frontier) {
				if (depth == 0 && dense.contains(v)) {
					continue;
				}
				if (depth == 0 || !sources.contains(v) && !h.isHub(v)) {
					// a node only a hub given entity reached says little: few of those
					(depth > 0 && (h.reach.get(v) & ~hubSources) == 0 ? hubSide : expand).add(v);
				}
			}
			Comparator<Integer> specificFirst = Comparator.comparingInt((Integer v) -> -Integer.bitCount(h.reach.get(v)))
				.thenComparingInt(h.degreeList::get);
			expand.sort(specificFirst);
			hubSide.sort(specificFirst);
			expand = new ArrayList<>(expand.subList(0, Math.min(LEVEL_BUDGET, expand.size())));
			expand.addAll(hubSide.subList(0, Math.min(HUB_SIDE_BUDGET, hubSide.size())));
			if (depth > 0) {
				expand = h.affordable(expand, budget / (ConnectService.MAX_HOPS - depth));
			}
			int known = h.nodes.size();
			int read = h.expand(reader, expand, FAN_OUT);
			budget -= read;
			h.read += read;
			frontier = new ArrayList<>();
			for (int v = known; v < h.nodes.size(); v++) {
				frontier.add(v);
			}
		}
		h.read += h.ties(reader, dense);
		h.freeze();
		return h;
	}

	/**
	 * The edges between these given entities and the nodes of the neighbourhood with at most
	 * {@value #FAN_OUT} edges whose edges were not all read (the last level, reached but not
	 * expanded): each found from the node's side (its own edges, filtered by the other end),
	 * so reading them costs what those nodes have, not what the given entity has. Ties to a node whose edges were read are in the neighbourhood already.
	 */
	private int ties(GraphReader reader, List<Integer> dense) {
		if (dense.isEmpty()) {
			return 0;
		}
		List<String> ids = new ArrayList<>();
		for (int v = 0; v < this.nodes.size(); v++) {
			if (!this.expanded.contains(v) && !dense.contains(v) && this.degreeList.get(v) <= FAN_OUT) {
				ids.add(this.elementIds.get(v));
			}
		}
		if (ids.isEmpty()) {
			return 0;
		}
		return edges(reader.run("""
				UNWIND $ids AS other
				MATCH (b) WHERE elementId(b) = other
				CALL (b) {
				  MATCH (b)-[r]-(a) WHERE elementId(a) IN $dense AND type(r) <> 'REPORTED_IN'
				  RETURN r, a
				}
				RETURN elementId(a) AS a, elementId(r) AS r, type(r) AS rtype, r.source = 'registry' AS reg,
				  startNode(r) = a AS out, """ + NODE,
				Map.of("dense", dense.stream().map(this.elementIds::get).toList(), "ids", ids)));
	}

	/** Of these nodes, in their order, those whose edges together fit in {@code budget}. */
	private List<Integer> affordable(List<Integer> nodes, int budget) {
		List<Integer> out = new ArrayList<>();
		int spent = 0;
		for (int v : nodes) {
			int cost = Math.min(FAN_OUT, this.degreeList.get(v));
			if (spent + cost > budget) {
				continue;
			}
			spent += cost;
			out.add(v);
		}
		return out;
	}

	private boolean isHub(int v) {
		return this.degreeList.get(v) >= this.stats.hubDegree();
	}

	/** Reads the edges of these nodes (at most {@code fanOut} each); how many rows it read. */
	private int expand(GraphReader reader, List<Integer> nodes, int fanOut) {
		if (nodes.isEmpty()) {
			return 0;
		}
		this.expanded.addAll(nodes);
		List<String> ids = nodes.stream().map(this.elementIds::get).toList();
		return edges(reader.run("""
				UNWIND $ids AS id
				MATCH (a) WHERE elementId(a) = id
				CALL (a) {
				  MATCH (a)-[r]-(b) WHERE (b:Entity OR b:Event) AND type(r) <> 'REPORTED_IN'
				  RETURN r, b LIMIT $fanOut
				}
				RETURN id AS a, elementId(r) AS r, type(r) AS rtype, r.source = 'registry' AS reg,
				  startNode(r) = a AS out, """ + NODE, Map.of("ids", ids, "fanOut", fanOut)));
	}

	/** Adds the edges of these rows (and the nodes at their ends); how many rows there were. */
	private int edges(List<Record> rows) {
		int read = 0;
		for (Record r : rows) {
			read++;
			int b = add(r);
			String rid = r.get("r").asString();
			if (this.edgeIndex.containsKey(rid)) {
				continue;
			}
			int a = this.index.get(r.get("a").asString());
			this.reach.set(b, this.reach.get(b) | this.reach.get(a));
			boolean out = r.get("out").asBoolean();
			this.edgeIndex.put(rid, this.edgeIds.size());
			this.edgeIds.add(rid);
			this.edgeEnds.add(out ? new int[] { a, b } : new int[] { b, a });
			this.edgeTypes.add(r.get("rtype").asString());
			this.edgeWeights.add(r.get("reg").asBoolean(false) ? 0.5 : 1.0);
		}
		return read;
	}

	private int add(Record r) {
		String eid = r.get("b").asString();
		Integer known = this.index.get(eid);
		if (known != null) {
			return known;
		}
		Map<String, Object> props = new LinkedHashMap<>(r.get("props").asMap());
		props.values().removeIf(java.util.Objects::isNull);
		Node n = new Node(r.get("key").asString(), r.get("type").asString(), Map.copyOf(props));
		int i = this.nodes.size();
		this.index.put(eid, i);
		this.nodes.add(n);
		this.elementIds.add(eid);
		int degree = r.get("degree").asInt();
		double strength = degree - 0.5 * r.get("registry").asInt();
		this.degreeList.add(degree);
		this.reach.add(0);
		this.strengthList.add(strength);
		Value rank = r.get("pageRank");
		this.rankList.add(rank.isNull() ? this.stats.estimate(strength) : rank.asDouble());
		return i;
	}

	/** The node's edges in the whole graph (report links aside), as read, not only those in here. */
	int liveDegree(int v) {
		return this.degreeList.get(v);
	}

	int index(String elementId) {
		return this.index.get(elementId);
	}

	private void freeze() {
		int n = this.nodes.size();
		List<List<Integer>> nb = new ArrayList<>();
		List<List<Integer>> ed = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			nb.add(new ArrayList<>());
			ed.add(new ArrayList<>());
		}
		for (int e = 0; e < this.edgeEnds.size(); e++) {
			int a = this.edgeEnds.get(e)[0];
			int b = this.edgeEnds.get(e)[1];
			nb.get(a).add(b);
			ed.get(a).add(e);
			nb.get(b).add(a);
			ed.get(b).add(e);
		}
		this.neighbours = new int[n][];
		this.via = new int[n][];
		this.weights = new double[n][];
		this.strength = new double[n];
		this.degree = new int[n];
		this.hub = new boolean[n];
		this.pageRank = new double[n];
		for (int i = 0; i < n; i++) {
			this.neighbours[i] = nb.get(i).stream().mapToInt(Integer::intValue).toArray();
			this.via[i] = ed.get(i).stream().mapToInt(Integer::intValue).toArray();
			this.weights[i] = new double[this.via[i].length];
			double local = 0;
			for (int k = 0; k < this.via[i].length; k++) {
				this.weights[i][k] = this.edgeWeights.get(this.via[i][k]);
				local += this.weights[i][k];
			}
			// the walk leaves a node along all its edges in the graph, not only the ones read
			this.strength[i] = Math.max(local, this.strengthList.get(i));
			this.degree[i] = Math.max(this.neighbours[i].length, this.degreeList.get(i));
			this.hub[i] = this.degree[i] >= this.stats.hubDegree();
			this.pageRank[i] = Math.max(1e-12, this.rankList.get(i));
		}
	}

	/**
	 * Random walk with restart at {@code source} on the neighbourhood (restart probability
	 * {@link GlobalFigures#RESTART}, {@link GlobalFigures#ITERATIONS} steps): closeness of
	 * every node to the source.
	 */
	double[] walkFrom(int source) {
		int n = this.nodes.size();
		double[] r = new double[n];
		r[source] = 1;
		double c = GlobalFigures.RESTART;
		for (int it = 0; it < GlobalFigures.ITERATIONS; it++) {
			double[] next = new double[n];
			double dangling = 0;
			for (int u = 0; u < n; u++) {
				if (r[u] == 0) {
					continue;
				}
				if (this.strength[u] == 0) {
					dangling += r[u];
					continue;
				}
				double share = (1 - c) * r[u] / this.strength[u];
				int[] nb = this.neighbours[u];
				double[] w = this.weights[u];
				for (int k = 0; k < nb.length; k++) {
					next[nb[k]] += share * w[k];
				}
			}
			next[source] += c + (1 - c) * dangling;
			r = next;
		}
		return r;
	}

	/**
	 * Shortest paths (at most {@code maxHops}) from a source to every node, never through a
	 * hub; among equally short paths the one through the least connected nodes.
	 */
	Paths paths(int source, int maxHops) {
		int n = this.nodes.size();
		int[] hops = new int[n];
		double[] cost = new double[n];
		int[] parent = new int[n];
		int[] parentEdge = new int[n];
		Arrays.fill(hops, -1);
		hops[source] = 0;
		List<Integer> frontier = List.of(source);
		for (int depth = 1; depth <= maxHops && !frontier.isEmpty(); depth++) {
			List<Integer> next = new ArrayList<>();
			for (int u : frontier) {
				if (u != source && this.hub[u]) {
					continue;
				}
				double through = cost[u] + (u == source ? 0 : Math.log(1 + this.degree[u]));
				for (int k = 0; k < this.neighbours[u].length; k++) {
					int v = this.neighbours[u][k];
					if (hops[v] == -1) {
						hops[v] = depth;
						cost[v] = through;
						parent[v] = u;
						parentEdge[v] = this.via[u][k];
						next.add(v);
					}
					else if (hops[v] == depth && through < cost[v]) {
						cost[v] = through;
						parent[v] = u;
						parentEdge[v] = this.via[u][k];
					}
				}
			}
			frontier = next;
		}
		return new Paths(source, hops, parent, parentEdge);
	}

	/** The result of {@link #paths}: hop counts, and the way back to the source. */
	record Paths(int source, int[] hops, int[] parent, int[] parentEdge) {

		boolean reaches(int v) {
			return this.hops[v] > 0;
		}

		/** The edges (indexes) from {@code v} back to the source, in that order. */
		List<Integer> edgesFrom(int v) {
			List<Integer> out = new ArrayList<>();
			for (int x = v; x != this.source; x = this.parent[x]) {
				out.add(this.parentEdge[x]);
			}
			return out;
		}

	}

}
