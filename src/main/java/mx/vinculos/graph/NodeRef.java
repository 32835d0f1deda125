package mx.vinculos.graph;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import mx.vinculos.graph.GraphSnapshot.Node;

/**
 * An entity or event as answers name it, listed once per answer: its id (what other parts
 * of the answer refer to), name and type, the reports' other names for it, and for an event
 * its dates and what happened in the report's own words.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "An entity or event, listed once per answer; the rest of the answer refers to it by id")
public record NodeRef(@Schema(example = "bogota") String id, @Schema(example = "Bogotá") String name,
		@Schema(description = "City, Country, Agency, Organization, Network, Person, Project or Event", example = "City") String type,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) @Schema(description = "other names the reports use (entities only)") List<String> aliases,
		LocalDate startDate, @Schema(description = "only when the event spans days") LocalDate endDate,
		@Schema(description = "what happened, in the report's own words (events)") String summary,
		@Schema(description = "the report line of the summary") Integer summaryLine) {

	/** Name, type, aliases (entities) or dates (events). */
	public static NodeRef of(Node n) {
		if (n.isEvent()) {
			return new NodeRef(n.id(), n.name(), n.type(), null, n.startDate(),
					n.props().get("endDate") instanceof LocalDate d ? d : null, null, null);
		}
		return new NodeRef(n.id(), n.name(), n.type(), n.aliases(), null, null, null, null);
	}

	/** {@link #of} plus, for an event, its summary: for lists of events. */
	public static NodeRef card(Node n) {
		NodeRef r = of(n);
		if (!n.isEvent() || n.props().get("summary") == null) {
			return r;
		}
		return new NodeRef(r.id, r.name, r.type, r.aliases, r.startDate, r.endDate, (String) n.props().get("summary"),
				Evidence.integer(n.props().get("summaryLine")));
	}

	@JsonIgnore
	public boolean isEvent() {
		return "Event".equals(this.type);
	}

}
