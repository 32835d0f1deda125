package mx.vinculos.briefing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import mx.vinculos.graph.GraphSnapshot.Node;
import mx.vinculos.graph.NodeRef;

/** The nodes an answer refers to by id, each described once, in the order first referred to. */
final class Referenced {

	private final Map<String, NodeRef> nodes = new LinkedHashMap<>();

	/** The node's id, after noting the node. */
	String id(Node n) {
		if (n == null) {
			return null;
		}
		this.nodes.computeIfAbsent(n.id(), k -> NodeRef.of(n));
		return n.id();
	}

	List<NodeRef> list() {
		return List.copyOf(this.nodes.values());
	}

}
