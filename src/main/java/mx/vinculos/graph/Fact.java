package mx.vinculos.graph;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import mx.vinculos.graph.GraphSnapshot.Edge;

/**
 * One edge of the graph as answers give it: its type, both ends by id (the answer lists
 * each node once, in a {@link NodeRef}), the properties its type carries and its evidence.
 * Which properties are set depends on the type: {@code role} on participations and
 * memberships, {@code title} and {@code former} on positions, {@code kind}, {@code status},
 * {@code date} and {@code event} on agreements, the amounts and dates on funding.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "An edge: type, both ends by id, its own properties and its evidence")
public record Fact(
		@Schema(description = "PARTICIPATED_IN, HELD_IN, MEMBER_OF, HOLDS_POSITION, AGREEMENT, FUNDED, PART_OF or LOCATED_IN",
				example = "PARTICIPATED_IN") String type,
		@Schema(description = "id of the start node", example = "bogota") String from,
		@Schema(description = "id of the end node") String to,
		@Schema(description = "participation (organizer, attendee, speaker...) or membership role", example = "organizer") String role,
		@Schema(description = "a position's title, or the title of a participant or an agreement") String title,
		@Schema(description = "the position was held before the report's period") Boolean former,
		@Schema(description = "agreement kind (convenio, memorando...)") String kind,
		@Schema(description = "agreement status (signed...)") String status,
		@Schema(description = "date an agreement was signed") LocalDate date,
		@Schema(description = "id of the event where an agreement was signed") String event,
		@Schema(description = "amount funded, when the report gives a figure") Double amount,
		@Schema(description = "the amount as the report writes it") String amountText,
		@Schema(example = "USD") String currency,
		@Schema(description = "support in kind rather than money") Boolean inKind,
		@Schema(description = "what funding is for") String purpose,
		@Schema(description = "start of the funded period") LocalDate start,
		@Schema(description = "end of the funded period") LocalDate end,
		@Schema(description = "the curator's note, in Spanish") String note,
		Evidence evidence) {

	public static Fact of(Edge e) {
		var p = e.props();
		return new Fact(e.type(), e.from().id(), e.to().id(), text(p.get("role")), text(p.get("title")),
				flag(p.get("former")), text(p.get("kind")), text(p.get("status")), date(p.get("date")),
				text(p.get("event")), p.get("amount") instanceof Number n ? n.doubleValue() : null,
				text(p.get("amountText")), text(p.get("currency")), flag(p.get("inKind")), text(p.get("purpose")),
				date(p.get("start")), date(p.get("end")), text(p.get("note")), Evidence.of(e));
	}

	/** The id of the end that is not {@code id}. */
	public String other(String id) {
		return id.equals(this.from) ? this.to : this.from;
	}

	public static String text(Object v) {
		return v == null ? null : v.toString();
	}

	static Boolean flag(Object v) {
		return v instanceof Boolean b ? b : null;
	}

	static LocalDate date(Object v) {
		if (v instanceof LocalDate d) {
			return d;
		}
		if (v == null) {
			return null;
		}
		try {
			return LocalDate.parse(v.toString());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
