package mx.vinculos.seed;

import java.util.List;
import java.util.Map;

/**
 * Validated seeds, as rows ready to write.
 *
 * @param registrySha digest of the registry file, to skip an unchanged one
 * @param entities registry entries
 * @param registryEdges PART_OF and LOCATED_IN edges the registry declares
 * @param reports one entry per curated report
 */
public record SeedSet(String registrySha, List<EntityRow> entities, List<EdgeRow> registryEdges,
		List<ReportRows> reports) {

	/** A registry entry: its type becomes a label next to {@code Entity}. */
	public record EntityRow(String id, String type, Map<String, Object> props) {
	}

	/** An event of a report. */
	public record EventRow(String id, Map<String, Object> props) {
	}

	/**
	 * An edge between two nodes by id; each end is an event or a registry entity (or, for
	 * REPORTED_IN, the report).
	 */
	public record EdgeRow(String type, String from, boolean fromEvent, String to, boolean toEvent,
			Map<String, Object> props) {
	}

	/** Everything one report file contributes, and the digest of its file and text. */
	public record ReportRows(String id, String file, Map<String, Object> props, List<EventRow> events,
			List<EdgeRow> edges, String sha) {
	}

}
