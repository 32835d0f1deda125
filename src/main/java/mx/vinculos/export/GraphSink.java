package mx.vinculos.export;

import java.io.IOException;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where an export writes: the property columns first (so a format can declare them before
 * any row, as GraphML requires), then every node, then every edge, each as it is read.
 */
interface GraphSink {

	/** A property column: its name and its GraphML type ({@code string}, {@code long}, {@code double}, {@code boolean}). */
	record Column(String name, String type) {
	}

	void begin(List<Column> nodeColumns, List<Column> edgeColumns) throws IOException;

	/**
	 * @param id the node's {@code id} property (unique over all the graph's labels)
	 * @param labels its labels, {@code Entity} included
	 */
	void node(String id, List<String> labels, Map<String, Object> properties) throws IOException;

	/** Called once between the last node and the first edge. */
	void startEdges() throws IOException;

	void edge(String from, String to, String type, Map<String, Object> properties) throws IOException;

	void end() throws IOException;

	/**
	 * A property value as text: dates in ISO form, lists joined with {@code " | "} (as
	 * {@code aliasText} joins aliases), since neither GraphML nor CSV has a list type.
	 */
	static String text(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Collection<?> list) {
			return list.stream().map(GraphSink::text).collect(Collectors.joining(" | "));
		}
		if (value instanceof TemporalAccessor) {
			return value.toString();
		}
		return String.valueOf(value);
	}

	/** Labels as Neo4j tools write them: {@code :Entity:City}. */
	static String labels(List<String> labels) {
		return labels.stream().sorted().map(l -> ":" + l).collect(Collectors.joining());
	}

}
