package mx.vinculos.connect;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import mx.vinculos.graph.Fact;
import mx.vinculos.graph.NodeRef;

/**
 * What ties the given entities, ranked. Every node and every edge is described once: the
 * given entities (with their aliases) in {@code entities}, every other node on the shown
 * paths in {@code nodes}, every edge with its evidence in {@code facts}; connectors and
 * facts refer to nodes by id, paths to facts by their index. Each connector still carries
 * its own name and, in {@code via}, the names of the nodes on its paths, so it reads on its
 * own.
 *
 * @param entities the given entities, in the order asked
 * @param method {@code rwr} or {@code shortest}
 * @param total how many connectors were found (the answer shows up to {@code limit})
 * @param connectors best first
 * @param nodes every node on the connectors' paths that is not a given entity, once each
 * @param facts every edge on the connectors' paths, once each (paths give their indexes)
 */
@Schema(description = "Connectors ranked, each with its paths to the given entities; nodes listed once and referred to by id")
public record ConnectAnswer(List<NodeRef> entities, @Schema(example = "rwr") String method, int total,
		List<Connector> connectors, List<NodeRef> nodes, List<Fact> facts) {

	/**
	 * A node that ties at least two of the given entities.
	 *
	 * @param ties how many of the given entities it reaches
	 * @param score its rank score, scaled so the first connector has 1
	 * @param via the nodes on its paths (given entities included, itself not), by first
	 * appearance
	 * @param paths one per given entity it reaches, shortest first found
	 */
	@Schema(description = "A node tying at least two of the given entities, with a path to each")
	public record Connector(String id, String name, String type, int ties, double score, List<Named> via,
			List<Path> paths) {
	}

	/** A node's id and name, so a connector names what its paths pass through. */
	public record Named(String id, String name) {
	}

	/**
	 * A path from a connector to one given entity.
	 *
	 * @param to the given entity's id
	 * @param length its number of edges
	 * @param edges from the connector's side to the given entity: indexes into {@code facts}
	 */
	@Schema(description = "A path from the connector to one given entity; its edges are indexes into facts")
	public record Path(String to, int length, List<Integer> edges) {
	}

	/** Every node of the answer, given or on a path, by id. */
	public Map<String, NodeRef> nodesById() {
		Map<String, NodeRef> out = new HashMap<>();
		this.nodes.forEach(n -> out.put(n.id(), n));
		this.entities.forEach(n -> out.put(n.id(), n));
		return out;
	}

}
