package mx.vinculos.search;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import mx.vinculos.graph.Fact;
import mx.vinculos.graph.NodeRef;

/**
 * An entity's (or event's) profile: what it is, then its facts grouped by kind and
 * direction, each with its evidence, then its main partners. The facts and partners refer
 * to the other nodes by id; {@code nodes} describes each of them once (events with what
 * happened there). Empty groups are left out.
 *
 * @param partOf bodies it is part of ({@code parts}: the ones part of it)
 * @param locatedIn where it is ({@code located}: what is located in it)
 * @param positions positions a person holds ({@code people}: who holds one in it)
 * @param memberships networks it is a member of ({@code members}: its members)
 * @param events events it took part in, in date order ({@code participants}: an event's)
 * @param heldIn where an event was held ({@code eventsHeldHere}: events held in a place)
 * @param partners who shares the most facts with it (its edges and co-participations), 25 at most
 * @param nodes every node the facts and partners refer to, once each
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(description = "An entity's or event's profile: its facts by kind, each with evidence, and its main partners")
public record Profile(@Schema(example = "bogota") String id, @Schema(example = "Bogotá") String name,
		@Schema(example = "City") String type, List<String> aliases, LocalDate startDate, LocalDate endDate,
		@Schema(description = "day, month or unknown (events)") String datePrecision,
		@Schema(description = "what happened, in the report's own words (events)") String summary, Integer summaryLine,
		String kind, String modality, String section, String eje, String part, String note, List<Fact> partOf,
		List<Fact> parts, List<Fact> locatedIn, List<Fact> located, List<Fact> positions, List<Fact> people,
		List<Fact> memberships, List<Fact> members, List<Fact> agreements, List<Fact> fundingGiven,
		List<Fact> fundingReceived, List<Fact> events, List<Fact> participants, List<Fact> heldIn,
		List<Fact> eventsHeldHere, List<Partner> partners, List<NodeRef> nodes) {

	/** Groups in the order they are listed; {@link #group} reads them by these names. */
	public static final List<String> GROUPS = List.of("partOf", "parts", "locatedIn", "located", "positions", "people",
			"memberships", "members", "agreements", "fundingGiven", "fundingReceived", "events", "participants",
			"heldIn", "eventsHeldHere");

	/**
	 * A partner and how many facts it shares with the profiled node.
	 *
	 * @param id the partner's id (described in {@code nodes})
	 */
	@Schema(description = "A partner (described in nodes) and how many facts it shares")
	public record Partner(String id, int sharedFacts) {
	}

	/** The facts of a group named in {@link #GROUPS}. */
	public List<Fact> group(String name) {
		List<Fact> g = switch (name) {
			case "partOf" -> this.partOf;
			case "parts" -> this.parts;
			case "locatedIn" -> this.locatedIn;
			case "located" -> this.located;
			case "positions" -> this.positions;
			case "people" -> this.people;
			case "memberships" -> this.memberships;
			case "members" -> this.members;
			case "agreements" -> this.agreements;
			case "fundingGiven" -> this.fundingGiven;
			case "fundingReceived" -> this.fundingReceived;
			case "events" -> this.events;
			case "participants" -> this.participants;
			case "heldIn" -> this.heldIn;
			case "eventsHeldHere" -> this.eventsHeldHere;
			default -> throw new IllegalArgumentException(name);
		};
		return g == null ? List.of() : g;
	}

}
