package mx.vinculos.ingest;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spanish dates as the reports write them, resolved against the report's period: "24 de
 * julio", "26 octubre", "del 8 al 10 de septiembre", "8 y 15 de diciembre", "28 de
 * septiembre al 1 de octubre", "22 de julio 2021", "septiembre", "julio a noviembre",
 * "noviembre de 2019". A year the text does not give is the period's.
 */
public final class SpanishDates {

	/** A date or span; {@code end} is null for one day, precision is day or month. */
	public record Span(LocalDate start, LocalDate end, String precision, int from, int to) {
	}

	static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("enero", 1), Map.entry("febrero", 2),
			Map.entry("marzo", 3), Map.entry("abril", 4), Map.entry("mayo", 5), Map.entry("junio", 6),
			Map.entry("julio", 7), Map.entry("agosto", 8), Map.entry("septiembre", 9), Map.entry("setiembre", 9),
			Map.entry("octubre", 10), Map.entry("noviembre", 11), Map.entry("diciembre", 12));

	private static final String M = "(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)";

	private static final String D = "(\\d{1,2})(?:o|º|°)?";

	private static final String Y = "(?:,?\\s*(?:de|del)?\\s*(\\d{4}))?";

	// the folded text (lower-case ASCII, punctuation as spaces) keeps offsets of the original
	private static final Pattern CROSS = Pattern.compile("\\b(?:del?\\s+)?" + D + "\\s+(?:de\\s+)?" + M + Y
			+ "\\s+(?:al|a|hasta el)\\s+(?:el\\s+)?" + D + "\\s+(?:de\\s+)?" + M + Y + "\\b");

	// "del 8 al 10 de septiembre", "8 y 15 de diciembre", "3, 4, 6, 10, 11 y 13 de marzo"
	private static final Pattern SAME = Pattern.compile("\\b(?:del?\\s+)?" + D + "(?:\\s+\\d{1,2})*\\s*(?:al|a|y|hasta el)\\s*"
			+ D + "\\s+(?:de\\s+)?" + M + Y + "\\b");

	private static final Pattern DAY = Pattern.compile("\\b" + D + "\\s+(?:de\\s+)?" + M + Y + "\\b");

	// "julio a noviembre", and "mayo-junio" (the hyphen folds to a space; months only count in headings)
	private static final Pattern MONTHS_RANGE = Pattern
		.compile("\\b(?:de\\s+)?" + M + Y + "\\s+(?:(?:a|al|y|hasta)\\s+)?(?:de\\s+)?" + M + Y + "\\b");

	private static final Pattern MONTH = Pattern.compile("\\b" + M + Y + "\\b");

	private SpanishDates() {
	}

	/**
	 * The first date in the text, or null.
	 * @param text any text (a heading's parenthesis, a sentence)
	 * @param periodStart first day of the report's period, for the year
	 * @param monthOnly whether a bare month name counts (true for a heading's parenthesis;
	 * in running text "mayo" alone is too weak a cue)
	 */
	public static Span find(String text, LocalDate periodStart, boolean monthOnly) {
		String f = LOST_PAREN.matcher(foldKeepingOffsets(text)).replaceAll("($1");
		Span best = null;
		for (Pattern p : new Pattern[] { CROSS, SAME, DAY, MONTHS_RANGE, MONTH }) {
			if (!monthOnly && (p == MONTH || p == MONTHS_RANGE)) {
				continue;
			}
			Matcher m = p.matcher(f);
			while (m.find()) {
				Span s = span(p, m, periodStart);
				if (s != null && (best == null || s.from() < best.from())) {
					best = s;
				}
				if (s != null) {
					break;
				}
			}
		}
		return best;
	}

	/**
	 * "… Colombia” 81 de agosto al 3 de septiembre)": the PDF's font printed a date's opening
	 * parenthesis as an 8 glued to the day; 81–89 is no day, so the 8 is read back as "(" (same
	 * length, so offsets hold).
	 */
	private static final Pattern LOST_PAREN = Pattern.compile("(?<![\\d(])8([1-9])(?=\\s+(?:de\\s+)?" + M + ")");

	// "En agosto se llevó a cabo …", "Durante el mes de octubre de 2021, …": a paragraph that
	// opens on a month tells when its event happened, to the month
	private static final Pattern OPENING_MONTH = Pattern
		.compile("^\\s*(?:en|durante)\\s+(?:el\\s+mes\\s+de\\s+)?" + M + Y + "\\b");

	/**
	 * The month a paragraph opens on ("En agosto se llevó a cabo …"), or null. A bare month
	 * is a weak cue inside running text, but as the paragraph's first words it dates what the
	 * paragraph tells. A day date in the same opening is left to {@link #find}.
	 */
	public static Span openingMonth(String text, LocalDate periodStart) {
		Matcher m = OPENING_MONTH.matcher(foldKeepingOffsets(text));
		if (!m.find()) {
			return null;
		}
		YearMonth a = YearMonth.of(year(m.group(2), periodStart), MONTHS.get(m.group(1)));
		return new Span(a.atDay(1), a.atEndOfMonth(), "month", m.start(1), m.end());
	}

	/**
	 * "Boletín de la Rainbow Cities Network" over "… se envió una contribución al boletín de
	 * septiembre de la red …": the heading's own kind word followed by a month names the
	 * month's issue or session, which dates the event to that month. Null when the text has no
	 * "{@code kind} de {@code <mes>}".
	 * @param kind the heading's first word, folded ("boletin", "edicion", "sesion")
	 */
	public static Span monthOfKind(String text, String kind, LocalDate periodStart) {
		if (kind == null || kind.length() < 4) {
			return null;
		}
		Matcher m = Pattern.compile("\\b" + Pattern.quote(kind) + "\\s+de\\s+" + M + Y + "\\b")
			.matcher(foldKeepingOffsets(text).toLowerCase(java.util.Locale.ROOT));
		if (!m.find()) {
			return null;
		}
		YearMonth a = YearMonth.of(year(m.group(2), periodStart), MONTHS.get(m.group(1)));
		return new Span(a.atDay(1), a.atEndOfMonth(), "month", m.start(1), m.end());
	}

	private static final Pattern SEMESTER = Pattern
		.compile("\\b(?:durante|a lo largo)\\s+(?:el|del)\\s+(primer|segundo)\\s+semestre(?:\\s+(?:de|del)\\s+(?:ano|(\\d{4})))?\\b");

	/**
	 * "Durante el segundo semestre del 2021, la Secretaría … realizó más de 200 acciones": a
	 * paragraph telling what was done all through a half-year dates it from that half's first
	 * month (precision month, ending with the half). Null when the text names no half-year.
	 */
	public static Span semester(String text, LocalDate periodStart) {
		Matcher m = SEMESTER.matcher(foldKeepingOffsets(text).toLowerCase(java.util.Locale.ROOT));
		if (!m.find()) {
			return null;
		}
		YearMonth a = YearMonth.of(year(m.group(2), periodStart), m.group(1).equals("primer") ? 1 : 7);
		return new Span(a.atDay(1), a.plusMonths(5).atEndOfMonth(), "month", m.start(), m.end());
	}

	/** A parenthesis or line that is nothing but a date: "(24 de julio)", "(septiembre)". */
	public static Span whole(String text, LocalDate periodStart) {
		String t = text.strip();
		if (t.startsWith("(") && t.endsWith(")")) {
			t = t.substring(1, t.length() - 1);
		}
		Span s = find(t, periodStart, true);
		if (s == null) {
			return null;
		}
		String before = t.substring(0, s.from()).replaceAll("[\\s,.;:()]+", " ").strip();
		if (!before.isEmpty() && !before.matches("(?i)(del?|el|desde|a partir del?|durante|en|los d[ií]as|a)")) {
			return null;
		}
		String after = t.substring(s.to()).strip();
		if (after.replaceAll("[\\s,.;:()]+", "").isEmpty()) {
			return s;
		}
		// "20 al 22 de enero y 17 al 19 de febrero", "27 de abril y 1 de mayo": dates listed
		// one after another make one span from the first to the last
		Matcher more = LISTED_NEXT.matcher(after);
		if (more.matches()) {
			Span next = whole(more.group(1), periodStart);
			if (next != null && !next.start().isBefore(s.start())) {
				LocalDate end = next.end() != null ? next.end() : next.start();
				return new Span(s.start(), end, s.precision().equals("day") && next.precision().equals("day") ? "day"
						: "month", s.from(), t.length());
			}
		}
		return null;
	}

	private static final Pattern LISTED_NEXT = Pattern.compile("(?i)^(?:,|y|e|,\\s*y)\\s+(?:(?:el|del)\\s+)?(.+)$");

	/**
	 * The days a heading lists one by one: "18 y 22 de octubre" → 18 and 22 October; "27 de
	 * abril y 1 de mayo" → both. Empty for anything else (a range, "del 8 al 10", is one
	 * event). For a heading that tells as many meetings as it gives dates.
	 */
	public static List<LocalDate> listedDays(String text, LocalDate periodStart) {
		String f = foldKeepingOffsets(text).strip();
		List<LocalDate> days = new ArrayList<>();
		Matcher m = LISTED_DAYS.matcher(f);
		if (!m.matches()) {
			return days;
		}
		Matcher each = DAY_OR_BARE.matcher(f);
		List<Integer> pending = new ArrayList<>();
		while (each.find()) {
			pending.add(Integer.parseInt(each.group(1)));
			if (each.group(2) != null) {
				int month = MONTHS.get(each.group(2));
				int year = year(each.group(3), periodStart);
				for (int d : pending) {
					try {
						days.add(LocalDate.of(year, month, d));
					}
					catch (java.time.DateTimeException ex) {
						return List.of();
					}
				}
				pending.clear();
			}
		}
		return pending.isEmpty() ? days : List.of();
	}

	// "18 y 22 de octubre", "3, 4 y 6 de marzo", "27 de abril y 1 de mayo" (folded)
	private static final Pattern LISTED_DAYS = Pattern.compile("^(?:(?:del?|el|los dias)\\s+)?\\d{1,2}(?:\\s+de)?(?:\\s+" + M + ")?(?:\\s+(?:de\\s+)?\\d{4})?"
			+ "(?:\\s+(?:y|e)?\\s*(?:el\\s+)?\\d{1,2}(?:\\s+de)?(?:\\s+" + M + ")?(?:\\s+(?:de\\s+)?\\d{4})?)+$");

	private static final Pattern DAY_OR_BARE = Pattern.compile("\\b" + D + "(?:\\s+(?:de\\s+)?" + M + Y + ")?\\b");

	private static Span span(Pattern p, Matcher m, LocalDate period) {
		try {
			if (p == CROSS) {
				int y2 = year(m.group(6), period);
				int y1 = m.group(3) != null ? Integer.parseInt(m.group(3)) : y2;
				LocalDate a = LocalDate.of(y1, MONTHS.get(m.group(2)), Integer.parseInt(m.group(1)));
				LocalDate b = LocalDate.of(y2, MONTHS.get(m.group(5)), Integer.parseInt(m.group(4)));
				if (b.isBefore(a)) {
					a = a.minusYears(1);
				}
				return new Span(a, b, "day", m.start(), m.end());
			}
			if (p == SAME) {
				int y = year(m.group(4), period);
				int month = MONTHS.get(m.group(3));
				LocalDate a = LocalDate.of(y, month, Integer.parseInt(m.group(1)));
				LocalDate b = LocalDate.of(y, month, Integer.parseInt(m.group(2)));
				return b.isAfter(a) ? new Span(a, b, "day", m.start(), m.end()) : null;
			}
			if (p == DAY) {
				LocalDate a = LocalDate.of(year(m.group(3), period), MONTHS.get(m.group(2)),
						Integer.parseInt(m.group(1)));
				return new Span(a, null, "day", m.start(), m.end());
			}
			if (p == MONTHS_RANGE) {
				int y2 = year(m.group(4), period);
				int y1 = m.group(2) != null ? Integer.parseInt(m.group(2)) : y2;
				YearMonth a = YearMonth.of(y1, MONTHS.get(m.group(1)));
				YearMonth b = YearMonth.of(y2, MONTHS.get(m.group(3)));
				if (b.isBefore(a)) {
					return null;
				}
				return new Span(a.atDay(1), b.atEndOfMonth(), "month", m.start(), m.end());
			}
			YearMonth a = YearMonth.of(year(m.group(2), period), MONTHS.get(m.group(1)));
			return new Span(a.atDay(1), a.atEndOfMonth(), "month", m.start(), m.end());
		}
		catch (java.time.DateTimeException ex) {
			return null;
		}
	}

	private static int year(String given, LocalDate period) {
		return given != null ? Integer.parseInt(given) : period.getYear();
	}

	static String foldKeepingOffsets(String text) {
		return Fold.keepingOffsets(text);
	}

}
