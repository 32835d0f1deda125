package mx.vinculos.connect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import mx.vinculos.graph.GraphSnapshot;
import mx.vinculos.graph.GraphSnapshot.Edge;
import mx.vinculos.graph.GraphSnapshot.Node;

/**
 * The snapshot as an undirected weighted graph for random walks and bounded path search.
 * Registry edges (an agency part of its city, a city in its country) weigh half a report
 * fact: they are structure, not activity.
 */
final class WalkGraph {

	/** Restart probability of the walks: higher keeps them closer to where they start. */
	static final double RESTART = 0.3;

	private static final int ITERATIONS = 40;

	final GraphSnapshot snapshot;

	final Node[] nodes;

	final Map<Node, Integer> index = new HashMap<>();

	final int[][] neighbours;

	final Edge[][] via;

	final double[][] weights;

	final double[] strength;

	final int[] degree;

	/** Nodes so connected that a path through them says nothing (the city itself). */
	final boolean[] hub;

	/** Stationary distribution of a walk restarting anywhere: how central each node is overall. */
	final double[] pageRank;

	WalkGraph(GraphSnapshot snapshot) {
		this.snapshot = snapshot;
		this.nodes = snapshot.nodes().toArray(Node[]::new);
		for (int i = 0; i < this.nodes.length; i++) {
			this.index.put(this.nodes[i], i);
		}
		List<List<Integer>> nb = new ArrayList<>();
		List<List<Edge>> ed = new ArrayList<>();
		for (int i = 0; i < this.nodes.length; i++) {
			nb.add(new ArrayList<>());
			ed.add(new ArrayList<>());
		}
		for (Edge e : snapshot.edges()) {
			int a = this.index.get(e.from());
			int b = this.index.get(e.to());
			nb.get(a).add(b);
			ed.get(a).add(e);
			nb.get(b).add(a);
			ed.get(b).add(e);
		}
		int n = this.nodes.length;
		this.neighbours = new int[n][];
		this.via = new Edge[n][];
		this.weights = new double[n][];
		this.strength = new double[n];
		this.degree = new int[n];
		for (int i = 0; i < n; i++) {
			this.neighbours[i] = nb.get(i).stream().mapToInt(Integer::intValue).toArray();
			this.via[i] = ed.get(i).toArray(Edge[]::new);
			this.weights[i] = new double[this.neighbours[i].length];
			for (int k = 0; k < this.neighbours[i].length; k++) {
				this.weights[i][k] = "registry".equals(this.via[i][k].source()) ? 0.5 : 1.0;
				this.strength[i] += this.weights[i][k];
			}
			this.degree[i] = this.neighbours[i].length;
		}
		// A hub touches a sizeable share of everything: 3% of all edges (and at least 60).
		int hubDegree = Math.max(60, snapshot.edges().size() * 3 / 100);
		this.hub = new boolean[n];
		for (int i = 0; i < n; i++) {
			this.hub[i] = this.degree[i] >= hubDegree;
		}
		double[] uniform = new double[n];
		Arrays.fill(uniform, 1.0 / Math.max(1, n));
		this.pageRank = walk(uniform);
	}

	/** Random walk with restart to the given distribution; its stationary scores. */
	double[] walk(double[] restart) {
		int n = this.nodes.length;
		double[] r = restart.clone();
		for (int it = 0; it < ITERATIONS; it++) {
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
				double share = (1 - RESTART) * r[u] / this.strength[u];
				int[] nb = this.neighbours[u];
				double[] w = this.weights[u];
				for (int k = 0; k < nb.length; k++) {
					next[nb[k]] += share * w[k];
				}
			}
			for (int v = 0; v < n; v++) {
				next[v] += (RESTART + (1 - RESTART) * dangling) * restart[v];
			}
			r = next;
		}
		return r;
	}

	double[] walkFrom(int source) {
		double[] restart = new double[this.nodes.length];
		restart[source] = 1;
		return walk(restart);
	}

	/**
	 * Shortest paths (at most {@code maxHops}) from a source to every node, never through a
	 * hub; among equally short paths the one through the least connected nodes.
	 */
	Paths paths(int source, int maxHops) {
		int n = this.nodes.length;
		int[] hops = new int[n];
		double[] cost = new double[n];
		int[] parent = new int[n];
		Edge[] parentEdge = new Edge[n];
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
	record Paths(int source, int[] hops, int[] parent, Edge[] parentEdge) {

		boolean reaches(int v) {
			return this.hops[v] > 0;
		}

		/** The edges from {@code v} back to the source, in that order. */
		List<Edge> edgesFrom(int v) {
			List<Edge> out = new ArrayList<>();
			for (int x = v; x != this.source; x = this.parent[x]) {
				out.add(this.parentEdge[x]);
			}
			return out;
		}

	}

}
