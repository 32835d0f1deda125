package mx.vinculos.briefing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import mx.vinculos.graph.GraphSnapshot;
import mx.vinculos.web.ApiProblem;

/**
 * An optional {@code from}–{@code to} window of dates, both ends included: the one rule of every
 * endpoint that takes a period (briefings, timelines, agreements, funding, exports).
 */
public record Period(LocalDate from, LocalDate to) {

	public static Period parse(String from, String to) {
		Period p = new Period(date(from, "from"), date(to, "to"));
		if (p.from() != null && p.to() != null && p.to().isBefore(p.from())) {
			throw ApiProblem.badRequest("'to' (" + to + ") is before 'from' (" + from + ").").key("problem.dateOrder", from, to);
		}
		return p;
	}

	private static LocalDate date(String value, String name) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw ApiProblem.badRequest("Parameter '" + name + "' must be a date as YYYY-MM-DD; got '" + value + "'.")
				.key("problem.date", name, value);
		}
	}

	public boolean open() {
		return this.from == null && this.to == null;
	}

	/**
	 * Whether something dated {@code start}–{@code end} falls in the window. Undated things
	 * count as dated by the half-year of the report they come from.
	 */
	boolean overlaps(LocalDate start, LocalDate end, GraphSnapshot.Report report) {
		return report == null ? overlaps(start, end, null, null)
				: overlaps(start, end, report.periodStart(), report.periodEnd());
	}

	/** The same, for a report known by the half-year it covers ({@code reportStart}–{@code reportEnd}). */
	public boolean overlaps(LocalDate start, LocalDate end, LocalDate reportStart, LocalDate reportEnd) {
		if (open()) {
			return true;
		}
		if (start == null) {
			start = reportStart;
			end = reportEnd;
		}
		if (start == null) {
			return false;
		}
		LocalDate last = end == null ? start : end;
		return (this.from == null || !last.isBefore(this.from)) && (this.to == null || !start.isAfter(this.to));
	}

}
