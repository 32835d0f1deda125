package mx.vinculos.graph;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import mx.vinculos.graph.GraphSnapshot.Edge;
import mx.vinculos.graph.GraphSnapshot.Node;

/** The JSON shapes every endpoint shares: a node reference, an edge, its evidence. */
public final class Facts {

	private static final Set<String> EVIDENCE = Set.of("source", "line", "quote");

	private Facts() {
	}

	/** {@code {id, name, type}}, with dates for an event. */
	public static Map<String, Object> ref(Node n) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("id", n.id());
		m.put("name", n.name());
		m.put("type", n.type());
		if (!n.isEvent() && !n.aliases().isEmpty()) {
			// the reports' own spellings: what a reader of the report will recognise
			m.put("aliases", n.aliases());
		}
		if (n.isEvent()) {
			m.put("startDate", str(n.props().get("startDate")));
			if (n.props().get("endDate") != null) {
				m.put("endDate", str(n.props().get("endDate")));
			}
		}
		return m;
	}

	/**
	 * An event as a card: its reference plus what happened, in the report's own words
	 * ({@code summary}, from {@code summaryLine} of the event's report) when the seed gives it.
	 * References inside paths and edges stay short; cards are for lists of events.
	 */
	public static Map<String, Object> card(Node n) {
		Map<String, Object> m = ref(n);
		if (n.isEvent() && n.props().get("summary") != null) {
			m.put("summary", n.props().get("summary"));
			m.put("summaryLine", n.props().get("summaryLine"));
		}
		return m;
	}

	/** Where an edge comes from: the report, its line and the exact words. */
	public static Map<String, Object> evidence(Edge e) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("source", e.props().get("source"));
		if (e.props().get("line") != null) {
			m.put("line", e.props().get("line"));
			m.put("quote", e.props().get("quote"));
		}
		return m;
	}

	/** Where an event comes from: the report, the line that introduces it, the exact words. */
	public static Map<String, Object> evidence(Node event) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("source", event.props().get("source"));
		m.put("line", event.props().get("line"));
		m.put("quote", event.props().get("quote"));
		return m;
	}

	/** An edge: type, both ends, its own properties and its evidence. */
	public static Map<String, Object> edge(Edge e) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("type", e.type());
		m.put("from", ref(e.from()));
		m.put("to", ref(e.to()));
		// in name order: the same answer every time
		new java.util.TreeMap<>(e.props()).forEach((k, v) -> {
			if (!EVIDENCE.contains(k)) {
				m.put(k, str(v));
			}
		});
		m.put("evidence", evidence(e));
		return m;
	}

	/** Dates as ISO strings; everything else as it is. */
	public static Object str(Object v) {
		return v instanceof java.time.temporal.TemporalAccessor ? v.toString() : v;
	}

}
