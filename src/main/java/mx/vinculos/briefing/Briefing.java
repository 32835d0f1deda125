package mx.vinculos.briefing;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import mx.vinculos.graph.Evidence;
import mx.vinculos.graph.NodeRef;

/**
 * A briefing on a visiting delegation, as the API answers it. Every entity the answer
 * mentions (participants, places, parties, funders, networks, people) is named once, in
 * {@code nodes}; the sections refer to it by id. The subjects and the engagements (the
 * events themselves) carry their own names and dates.
 *
 * @param subjects who the delegation is, one per subject asked for
 * @param period the window asked for (both ends null: everything)
 * @param engagements events the subjects took part in or that were held in their cities, in date order
 * @param agreements agreements with a party among the subjects, one per instrument
 * @param funding funding given or received by the subjects
 * @param sharedNetworks networks both the subjects and the home city belong to
 * @param people people to know on each side, most engaged first, each with one title
 * @param nodes every entity the sections refer to by id, once each
 * @param sources every (report, line, quote) the briefing cites, in report order
 */
@Schema(description = "A briefing: who they are, engagements, agreements, funding, shared networks, people and sources")
public record Briefing(List<Subject> subjects, Period period, List<Engagement> engagements, List<Agreement> agreements,
		List<FundingItem> funding, List<SharedNetwork> sharedNetworks, People people, List<NodeRef> nodes,
		List<Evidence> sources) {

	/**
	 * Who a subject is: its name, what it is part of, the positions cited in the period there
	 * (one per person, the latest report's) and its memberships.
	 *
	 * @param foreign for an agency: whether it belongs to another country than the home city's
	 * @param within ids of what it is part of or located in
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	@Schema(name = "BriefingSubject", description = "Who a subject of the briefing is")
	public record Subject(@Schema(example = "bogota") String id, @Schema(example = "Bogotá") String name,
			@Schema(example = "City") String type, List<String> aliases,
			@Schema(description = "when the subject is an event") LocalDate startDate, LocalDate endDate, String note,
			@Schema(description = "an agency of another country's government (agencies only)") Boolean foreign,
			@Schema(description = "ids of what it is part of or located in") List<String> within,
			List<Position> positions, List<Membership> memberships) {
	}

	/** A position held: who (id), the title, at which body (id), and where the report says so. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	@Schema(description = "A position: person and body by id, the title as the report gives it")
	public record Position(
			@Schema(description = "id of the person (left out in a person's own positions)", example = "claudia-lopez") String person,
			@Schema(example = "Alcaldesa Mayor") String title,
			@Schema(description = "id of the body", example = "bogota") String body,
			@Schema(description = "held before the report's period") Boolean former, Evidence evidence) {
	}

	/** A membership of a network (by id), with its role and evidence. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	@Schema(description = "A membership: the member and the network by id, the role, the evidence")
	public record Membership(@Schema(description = "id of the member") String member,
			@Schema(description = "id of the network") String network,
			@Schema(example = "member") String role, Evidence evidence) {
	}

	/**
	 * An engagement: the event (its own name and dates), where it was held, what it was part
	 * of, and who took part on each side.
	 *
	 * @param heldIn ids of the places it was held in
	 * @param partOf id of the event it was part of
	 * @param theirSide participants from the subjects' scope
	 * @param ourSide participants from the home city's scope
	 * @param others the other participants
	 * @param evidence the line that introduces the event
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	@Schema(description = "An event the subjects took part in, with both sides")
	public record Engagement(@Schema(example = "s212-reunion-alto-comisionado-tic-bogota") String id, String name,
			LocalDate startDate, @Schema(description = "only when the event spans days") LocalDate endDate,
			@Schema(description = "what happened, in the report's own words") String summary, Integer summaryLine,
			String kind, String modality, String section, String eje, String note,
			@JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> heldIn, String partOf,
			List<Participant> theirSide, List<Participant> ourSide, List<Participant> others, Evidence evidence) {
	}

	/**
	 * One participation: who (id, named in {@code nodes}), their role there and their title
	 * (in a briefing, the one title the briefing gives the person; else the one given there).
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	@Schema(description = "A participation: who by id, role, title, evidence")
	public record Participant(@Schema(example = "claudia-lopez") String id,
			@Schema(description = "organizer, attendee, speaker, host, supporter...", example = "attendee") String role,
			@Schema(example = "Alcaldesa Mayor de Bogotá") String title, String note, Evidence evidence) {
	}

	/**
	 * An agreement, one per instrument: its parties and signing event by id.
	 *
	 * @param event id of the event where it was signed
	 * @param parties ids of its parties
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	@Schema(description = "An agreement (one per instrument) with its parties by id")
	public record Agreement(String title, @Schema(example = "memorando") String kind,
			@Schema(example = "signed") String status, LocalDate date, String note, String event, List<String> parties,
			Evidence evidence) {
	}

	/**
	 * Funding: funder and recipient by id (for a project, also who runs it), the amount as a
	 * figure and as written, its purpose and dates.
	 *
	 * @param projectOf when the recipient is a project: id of who runs it
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	@Schema(description = "Funding or a donation: funder and recipient by id, amount, purpose, evidence")
	public record FundingItem(@Schema(description = "id of the funder") String funder,
			@Schema(description = "id of the recipient (an entity or a project)") String recipient, String projectOf,
			Double amount, @Schema(example = "USD") String currency,
			@Schema(description = "the amount as the report writes it", example = "20 mil dólares") String amountText,
			String purpose, @Schema(description = "support in kind rather than money") Boolean inKind, LocalDate start,
			LocalDate end, String note, Evidence evidence) {
	}

	/** A network both sides belong to (by id), with each side's memberships. */
	@Schema(description = "A network both sides belong to, with each side's memberships")
	public record SharedNetwork(@Schema(description = "id of the network") String id, List<Membership> theirs,
			List<Membership> ours) {
	}

	/** The people to know on each side. */
	@Schema(description = "People to know, their side and ours")
	public record People(List<Person> theirs, List<Person> ours) {
	}

	/**
	 * A person to know (named in {@code nodes}): the one title the briefing gives them, how many
	 * of the engagements they took part in, and their positions cited in the period (all of
	 * them when none is).
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	@Schema(name = "BriefingPerson", description = "A person to know, with one title and their positions")
	public record Person(@Schema(example = "claudia-lopez") String id, String title, int engagements,
			List<Position> positions) {
	}

}
