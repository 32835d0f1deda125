package mx.vinculos.export;

import java.time.LocalDate;
import java.util.Map;

import mx.vinculos.briefing.Period;

/**
 * An optional {@code from}–{@code to} window, both ends included, with the rule the other
 * endpoints use: an undated fact counts as dated by the half-year of its report.
 */
record ExportPeriod(LocalDate from, LocalDate to) {

	/** The half-year a report covers. */
	record HalfYear(LocalDate start, LocalDate end) {
	}

	/** Parsed and checked by the rule every endpoint uses ({@link Period}). */
	static ExportPeriod parse(String from, String to) {
		Period p = Period.parse(from, to);
		return new ExportPeriod(p.from(), p.to());
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
		return new Period(this.from, this.to).overlaps(start, end, report == null ? null : report.start(),
				report == null ? null : report.end());
	}

	private static LocalDate date(Map<String, Object> props, String key) {
		return props.get(key) instanceof LocalDate d ? d : null;
	}

}
