package mx.vinculos.cypher;

import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.IsoDuration;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Point;
import org.neo4j.driver.types.Relationship;

/**
 * Driver values as plain JSON-ready Java: nodes, relationships and paths as objects with
 * their element ids, dates and times as ISO strings.
 */
public final class GraphJson {

	private GraphJson() {
	}

	public static Object of(Value value) {
		return convert(value.asObject());
	}

	static Object convert(Object o) {
		if (o == null || o instanceof String || o instanceof Boolean || o instanceof Number) {
			return o;
		}
		if (o instanceof Node n) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("elementId", n.elementId());
			List<String> labels = new ArrayList<>();
			n.labels().forEach(labels::add);
			m.put("labels", labels);
			m.put("properties", convert(n.asMap()));
			return m;
		}
		if (o instanceof Relationship r) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("elementId", r.elementId());
			m.put("type", r.type());
			m.put("startNodeElementId", r.startNodeElementId());
			m.put("endNodeElementId", r.endNodeElementId());
			m.put("properties", convert(r.asMap()));
			return m;
		}
		if (o instanceof Path p) {
			List<Object> nodes = new ArrayList<>();
			List<Object> rels = new ArrayList<>();
			p.nodes().forEach(n -> nodes.add(convert(n)));
			p.relationships().forEach(r -> rels.add(convert(r)));
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("nodes", nodes);
			m.put("relationships", rels);
			return m;
		}
		if (o instanceof Map<?, ?> map) {
			Map<String, Object> m = new LinkedHashMap<>();
			map.forEach((k, v) -> m.put(String.valueOf(k), convert(v)));
			return m;
		}
		if (o instanceof List<?> list) {
			List<Object> l = new ArrayList<>(list.size());
			list.forEach(v -> l.add(convert(v)));
			return l;
		}
		if (o instanceof TemporalAccessor || o instanceof IsoDuration) {
			return o.toString();
		}
		if (o instanceof Point p) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("srid", p.srid());
			m.put("x", p.x());
			m.put("y", p.y());
			if (!Double.isNaN(p.z())) {
				m.put("z", p.z());
			}
			return m;
		}
		if (o instanceof byte[] bytes) {
			return Base64.getEncoder().encodeToString(bytes);
		}
		return o.toString();
	}

}
