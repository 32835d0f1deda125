package mx.vinculos.export;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import mx.vinculos.web.ApiProblem;

/**
 * An optional {@code from}–{@code to} window, both ends included, with the rule the other
 * endpoints use: an undated fact counts as dated by the half-year of its report.
 */
record ExportPeriod(LocalDate from, LocalDate to) {

	/** The half-year a report covers. */
	record HalfYear(LocalDate start, LocalDate end) {
	}

	static ExportPeriod parse(String from, String to) {
		ExportPeriod p = new ExportPeriod(date(from, "from"), date(to, "to"));
		if (p.from() != null && p.to() != null && p.to().isBefore(p.from())) {
			throw ApiProblem.badRequest("'to' (" + to + ") is before 'from' (" + from + ").");
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
			throw ApiProblem.badRequest("Parameter '" + name + "' must be a date as YYYY-MM-DD; got '" + value + "'.");
		}
	}

	boolean open() {
		return this.from == null && this.to == null;
	}

	/** Whether an event (its startDate, endDate, source) falls in the window. */
	boolean coversEvent(Map<String, Object> event, Map<String, HalfYear> reports) {
		return overlaps(date(event, "startDate"), date(event, "endDate"), reports.get(event.get("source")));
	}

	/**
	 * Whether an edge's own dates fall in the window: an agreement's {@code date}, a funding's
	 * {@code start}–{@code end}, else its report's half-year. Registry edges are timeless.
	 */
	boolean coversEdge(Map<String, Object> edge, Map<String, HalfYear> reports) {
		HalfYear report = reports.get(edge.get("source"));
		if (open() || report == null) {
			return true;
		}
		LocalDate start = date(edge, "date") != null ? date(edge, "date") : date(edge, "start");
		LocalDate end = date(edge, "date") != null ? date(edge, "date") : date(edge, "end");
		return overlaps(start != null ? start : end, end, report);
	}

	private boolean overlaps(LocalDate start, LocalDate end, HalfYear report) {
		if (open()) {
			return true;
		}
		if (start == null && report != null) {
			start = report.start();
			end = report.end();
		}
		if (start == null) {
			return false;
		}
		LocalDate last = end == null ? start : end;
		return (this.from == null || !last.isBefore(this.from)) && (this.to == null || !start.isAfter(this.to));
	}

	private static LocalDate date(Map<String, Object> props, String key) {
		return props.get(key) instanceof LocalDate d ? d : null;
	}

}
