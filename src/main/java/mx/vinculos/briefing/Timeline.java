package mx.vinculos.briefing;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import mx.vinculos.briefing.Briefing.Participant;
import mx.vinculos.graph.Evidence;
import mx.vinculos.graph.NodeRef;

/**
 * The events of an entity in date order. The participants and places are referred to by
 * id and named once in {@code nodes}.
 *
 * @param entity the entity asked for
 * @param period the window asked for (both ends null: everything)
 * @param events its events (or, for an event, the event and its sessions), in date order
 * @param nodes every entity the events refer to by id, once each
 */
@Schema(description = "The events of an entity in date order, with its participations")
public record Timeline(NodeRef entity, Period period, List<Entry> events, List<NodeRef> nodes) {

	/**
	 * One event of the timeline: its own name and dates, where it was held, what it was part of,
	 * and how the entity's scope took part.
	 *
	 * @param heldIn ids of the places it was held in
	 * @param partOf id of the event it was part of
	 * @param participation the participations of the entity (or the bodies under it, or its people)
	 * @param evidence the line that introduces the event
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	@Schema(name = "TimelineEntry", description = "An event of the timeline and how the entity took part")
	public record Entry(@Schema(example = "s201-reunion-embajadores-consules") String id, String name,
			LocalDate startDate, @Schema(description = "only when the event spans days") LocalDate endDate,
			@Schema(description = "what happened, in the report's own words") String summary, Integer summaryLine,
			String kind, String modality, String section,
			@JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> heldIn, String partOf,
			List<Participant> participation, Evidence evidence) {
	}

}
