package mx.vinculos.connect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import mx.vinculos.graph.Fact;
import mx.vinculos.graph.GraphReader;
import mx.vinculos.graph.GraphReads;
import mx.vinculos.graph.GraphSnapshot.Edge;
import mx.vinculos.graph.GraphSnapshot.Node;
import mx.vinculos.graph.NodeRef;
import mx.vinculos.search.EntitySearch;
import mx.vinculos.web.ApiProblem;
import org.neo4j.driver.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Which partners, events and projects connect a few entities.
 *
 * <p>
 * A connector must reach at least two of the given entities by a path of at most
 * {@value #MAX_HOPS} edges that does not pass through a hub (the city itself touches
 * everything, so a path through it proves nothing). Connectors are ranked by how many of the
 * given entities they tie, then by their <em>rwr</em> score: for each given entity a random
 * walk with restart from it (Tong &amp; Faloutsos, "Center-piece subgraphs", KDD 2006) gives
 * every node a closeness; dividing by the node's global PageRank removes the pull of nodes
 * that are close to everything (the head of government, the CGAAI), and the geometric mean
 * over the given entities is high only for nodes close to all of them (the "AND" of the
 * paper). {@code method=shortest} ranks by total path length instead, the baseline the README
 * compares against.
 *
 * <p>
 * Everything runs on the {@link Neighbourhood} of the given entities, extracted in Cypher in
 * one read transaction; the global PageRank is read from the nodes, where it is stored when
 * data is loaded.
 */
@Service
class ConnectService {

	private static final Logger log = LoggerFactory.getLogger(ConnectService.class);

	/** 3 edges: person - event - city - country, or agency - event - network. */
	static final int MAX_HOPS = 3;

	private final GraphReads reads;

	private final EntitySearch search;

	private final int edgeBudget;

	ConnectService(GraphReads reads, EntitySearch search,
			@Value("${vinculos.connect.edge-budget:" + Neighbourhood.EDGE_BUDGET + "}") int edgeBudget) {
		this.reads = reads;
		this.search = search;
		this.edgeBudget = edgeBudget;
	}

	/**
	 * A connect answer and how connected each of its nodes is (edges in the whole graph, report
	 * links aside, by id), which the neighbourhood read anyway: the page draws hubs small
	 * without asking the graph again.
	 */
	record Ranked(ConnectAnswer answer, Map<String, Long> degrees) {
	}

	ConnectAnswer connect(List<String> names, String method, int limit) {
		return rank(names, method, limit).answer();
	}

	Ranked rank(List<String> names, String method, int limit) {
		if (names == null || names.size() < 2 || names.size() > 6) {
			throw ApiProblem.badRequest("Give 2 to 6 entities (entity=A&entity=B...); got "
					+ (names == null ? 0 : names.size()) + ".").key("problem.connect.count", names == null ? 0 : names.size());
		}
		if (!method.equals("rwr") && !method.equals("shortest")) {
			throw ApiProblem.badRequest("Unknown method '" + method + "'; use rwr (default) or shortest.")
				.key("problem.connect.method", method);
		}
		if (limit < 1 || limit > 100) {
			throw ApiProblem.badRequest("Parameter 'limit' must be between 1 and 100.").key("problem.limit");
		}
		return this.reads.read(r -> rank(r, names, method, limit));
	}

	private Ranked rank(GraphReader r, List<String> names, String method, int limit) {
		long resolving = System.nanoTime();
		List<Node> given = new ArrayList<>();
		for (String name : names) {
			Node n = this.search.resolve(r, name, "entity");
			if (given.contains(n)) {
				throw ApiProblem.badRequest("'" + name + "' names " + n.name() + " twice; give distinct entities.")
					.key("problem.connect.twice", name, n.name());
			}
			given.add(n);
		}
		long started = System.nanoTime();
		Neighbourhood g = Neighbourhood.around(r, given, this.edgeBudget);
		long extracted = System.nanoTime();
		int k = given.size();
		int[] sources = given.stream().mapToInt(n -> g.index(r.elementId(n))).toArray();
		Neighbourhood.Paths[] paths = new Neighbourhood.Paths[k];
		double[][] closeness = new double[k][];
		for (int j = 0; j < k; j++) {
			paths[j] = g.paths(sources[j], MAX_HOPS);
			closeness[j] = method.equals("rwr") ? g.walkFrom(sources[j]) : null;
		}
		Set<Integer> sourceSet = new LinkedHashSet<>();
		for (int s : sources) {
			sourceSet.add(s);
		}
		List<Candidate> candidates = new ArrayList<>();
		for (int v = 0; v < g.nodes.size(); v++) {
			if (sourceSet.contains(v)) {
				continue;
			}
			int ties = 0;
			int hops = 0;
			double logLift = 0;
			for (int j = 0; j < k; j++) {
				if (paths[j].reaches(v)) {
					ties++;
					hops += paths[j].hops()[v];
				}
				if (closeness[j] != null) {
					logLift += Math.log(Math.max(closeness[j][v], 1e-300) / g.pageRank[v]);
				}
			}
			if (ties < 2) {
				continue;
			}
			double score = closeness[0] != null ? Math.exp(logLift / k) : 1.0 / hops;
			candidates.add(new Candidate(v, ties, hops, score));
		}
		candidates.sort(Comparator.comparingInt(Candidate::ties).reversed()
			.thenComparing(Comparator.comparingDouble(Candidate::score).reversed())
			.thenComparingInt(c -> g.degree[c.node()]));
		List<Candidate> shown = candidates.subList(0, Math.min(limit, candidates.size()));
		long ranked = System.nanoTime();
		Map<Integer, Edge> edges = edges(r, g, shown, paths);
		if (log.isDebugEnabled()) {
			log.debug("connect {}: names resolved in {} us; neighbourhood of {} nodes, {} edges ({} rows of {} read) in {} us,"
					+ " ranked in {} us, evidence read in {} us", names, (started - resolving) / 1000, g.nodes.size(),
					g.edgeIds.size(), g.read, this.edgeBudget, (extracted - started) / 1000, (ranked - extracted) / 1000,
					(System.nanoTime() - ranked) / 1000);
		}
		double top = candidates.isEmpty() ? 1 : candidates.get(0).score();
		// the neighbourhood has its own node instances: compare by id
		Set<String> givenIds = new HashSet<>(given.stream().map(Node::id).toList());
		Map<String, NodeRef> nodes = new LinkedHashMap<>();
		// an edge shared by many connectors' paths (Madrid a member of the UCCI) is listed once
		Map<Integer, Integer> facts = new LinkedHashMap<>();
		List<ConnectAnswer.Connector> connectors = new ArrayList<>();
		for (Candidate c : shown) {
			Node self = g.nodes.get(c.node());
			nodes.putIfAbsent(self.id(), NodeRef.card(self));
			Map<String, ConnectAnswer.Named> via = new LinkedHashMap<>();
			List<ConnectAnswer.Path> ways = new ArrayList<>();
			for (int j = 0; j < k; j++) {
				if (!paths[j].reaches(c.node())) {
					continue;
				}
				List<Integer> wayIds = paths[j].edgesFrom(c.node());
				List<Edge> way = wayIds.stream().map(edges::get).toList();
				for (Edge e : way) {
					for (Node end : List.of(e.from(), e.to())) {
						if (!end.id().equals(self.id())) {
							via.putIfAbsent(end.id(), new ConnectAnswer.Named(end.id(), end.name()));
						}
						if (!givenIds.contains(end.id())) {
							nodes.putIfAbsent(end.id(), NodeRef.card(end));
						}
					}
				}
				ways.add(new ConnectAnswer.Path(given.get(j).id(), way.size(),
						wayIds.stream().map(e -> facts.computeIfAbsent(e, x -> facts.size())).toList()));
			}
			connectors.add(new ConnectAnswer.Connector(self.id(), self.name(), self.type(), c.ties(),
					Math.round(c.score() / top * 10000) / 10000.0, List.copyOf(via.values()), ways));
		}
		Map<String, Long> degrees = new HashMap<>();
		for (int v = 0; v < g.nodes.size(); v++) {
			String id = g.nodes.get(v).id();
			if (givenIds.contains(id) || nodes.containsKey(id)) {
				degrees.put(id, (long) g.liveDegree(v));
			}
		}
		return new Ranked(new ConnectAnswer(given.stream().map(NodeRef::of).toList(), method, candidates.size(),
				connectors, List.copyOf(nodes.values()), facts.keySet().stream().map(e -> Fact.of(edges.get(e))).toList()),
				degrees);
	}

	/** The edges on the shown paths, with all their properties (one read by element id). */
	private static Map<Integer, Edge> edges(GraphReader r, Neighbourhood g, List<Candidate> shown,
			Neighbourhood.Paths[] paths) {
		Set<Integer> wanted = new LinkedHashSet<>();
		for (Candidate c : shown) {
			for (Neighbourhood.Paths p : paths) {
				if (p.reaches(c.node())) {
					wanted.addAll(p.edgesFrom(c.node()));
				}
			}
		}
		Map<String, Integer> byId = new HashMap<>();
		wanted.forEach(e -> byId.put(g.edgeIds.get(e), e));
		Map<Integer, Edge> out = new HashMap<>();
		for (Record row : r.run("UNWIND $ids AS id MATCH ()-[x]->() WHERE elementId(x) = id RETURN id, properties(x) AS p",
				Map.of("ids", List.copyOf(byId.keySet())))) {
			int e = byId.get(row.get("id").asString());
			int[] ends = g.edgeEnds.get(e);
			out.put(e, new Edge(g.edgeTypes.get(e), g.nodes.get(ends[0]), g.nodes.get(ends[1]), row.get("p").asMap()));
		}
		return out;
	}

	private record Candidate(int node, int ties, int hops, double score) {
	}

}
