package mx.vinculos.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One heading that tells several meetings: "Reuniones de cortesía con los expresidentes de
 * Ecuador y Bolivia (18 y 22 de octubre)". The seed rules make one event of each meeting
 * ("Reunión de cortesía con el expresidente de Ecuador, Rafael Correa", 18 October; "… de
 * Bolivia, Evo Morales", 22 October), so a plural heading that lists as many counterparts as
 * days is split, in order, each part with its own stretch of the body.
 */
final class HeadingSplits {

	private HeadingSplits() {
	}

	/** One meeting of a split heading; its body is [bodyFrom, bodyTo) of the body text given. */
	record Part(String title, LocalDate date, int bodyFrom, int bodyTo) {
	}

	/** Plural event nouns a heading opens with when it tells several meetings. */
	private static final Pattern PLURAL = Pattern.compile(
			"^(Reuniones|Visitas|Encuentros|Llamadas|Entrevistas|Videoconferencias|Videollamadas|Audiencias)\\b(.*?)"
					+ "\\s+con\\s+(los|las)\\s+(\\p{L}+)\\s+(de|del)\\s+(.+)$");

	/** "Ecuador y Bolivia", "Chile, Perú y Colombia": the counterparts, in order. */
	private static final Pattern AND = Pattern.compile("\\s*,\\s*|\\s+(?:y|e)\\s+");

	/**
	 * The meetings a heading tells, or an empty list when it tells one (or when its
	 * counterparts and days do not pair up one to one).
	 * @param title the heading without its date
	 * @param dateText the heading's parenthesis ("18 y 22 de octubre")
	 * @param body the text under the heading, where each meeting's day and name are told
	 */
	static List<Part> split(String title, String dateText, String body, LocalDate periodStart) {
		Matcher m = PLURAL.matcher(title.strip());
		if (!m.matches() || dateText == null) {
			return List.of();
		}
		List<LocalDate> days = SpanishDates.listedDays(dateText.replaceAll("[()]", " "), periodStart);
		List<String> who = List.of(AND.split(m.group(6).strip()));
		if (days.size() < 2 || who.size() != days.size() || who.stream().anyMatch(w -> w.isBlank() || w.length() > 40)) {
			return List.of();
		}
		String noun = singular(m.group(1)) + agreeing(m.group(2));
		String article = m.group(3).equals("los") ? "el" : "la";
		String office = singular(m.group(4));
		// where the body tells each day: each meeting reads from its day to the next one's
		int[] at = new int[days.size() + 1];
		int from = 0;
		for (int i = 0; i < days.size(); i++) {
			at[i] = i == 0 ? 0 : told(body, days.get(i), from, periodStart);
			if (at[i] < 0) {
				at[i] = body.length();
			}
			from = at[i];
		}
		at[days.size()] = body.length();
		List<Part> parts = new ArrayList<>();
		for (int i = 0; i < days.size(); i++) {
			String counterpart = who.get(i).strip();
			int end = Math.max(at[i], at[i + 1]);
			String name = nameAfter(body.substring(at[i], end), counterpart);
			String t = noun + " con " + article + " " + office + " " + m.group(5) + " " + counterpart
					+ (name == null ? "" : ", " + name);
			parts.add(new Part(t, days.get(i), at[i], end));
		}
		return parts;
	}

	/** Where in the body a date equal to the day is told (from a given offset), or -1. */
	private static int told(String body, LocalDate day, int from, LocalDate periodStart) {
		int k = from;
		while (k < body.length()) {
			SpanishDates.Span s = SpanishDates.find(body.substring(k), periodStart, false);
			if (s == null) {
				return -1;
			}
			if (s.start().equals(day)) {
				return k + s.from();
			}
			k += Math.max(1, s.to());
		}
		return -1;
	}

	/** "… expresidente de Ecuador, Rafael Correa, con quien …": the name given after the counterpart. */
	private static String nameAfter(String text, String counterpart) {
		Matcher n = Pattern.compile("\\b" + Pattern.quote(counterpart)
				+ ",\\s+((?:\\p{Lu}\\p{Ll}+)(?:\\s+\\p{Lu}\\p{Ll}+){1,3})(?=[\\s,.;]|$)").matcher(text);
		if (!n.find()) {
			return null;
		}
		// the name stops before a place or clause opened by a lower-case word ("Evo Morales en el …")
		return n.group(1);
	}

	/** " técnicas de trabajo" → " técnica de trabajo": the adjectives right after the noun agree with it. */
	private static String agreeing(String rest) {
		Matcher a = Pattern.compile("^((?:\\s+\\p{Ll}+s)+)(?=\\s+(?:de|del|con|sobre|para|en)\\b|$)").matcher(rest);
		if (!a.find()) {
			return rest;
		}
		StringBuilder out = new StringBuilder();
		for (String w : a.group(1).strip().split("\\s+")) {
			out.append(' ').append(singular(w));
		}
		return out + rest.substring(a.end());
	}

	/** A Spanish plural noun made singular, as headings use them ("reuniones", "expresidentes", "embajadores"). */
	static String singular(String word) {
		String w = word;
		String lower = w.toLowerCase(Locale.ROOT);
		if (lower.endsWith("iones")) {
			return w.substring(0, w.length() - 5) + "ión";
		}
		if (lower.endsWith("ores") || lower.endsWith("ales") || lower.endsWith("ares") || lower.endsWith("eles")) {
			return w.substring(0, w.length() - 2);
		}
		if (lower.endsWith("s")) {
			return w.substring(0, w.length() - 1);
		}
		return w;
	}

	/**
	 * "Inclusión social" over " Mención especial Premio oidp": a short block whose last line
	 * opens a text box of its own (one leading space, see {@link EventItems#opensBox}) under a
	 * short section title. Returns the line index (0-based, in {@code rawLines}) where the
	 * heading starts, or 0 when the block is one title.
	 */
	static int gluedSectionEnd(List<String> rawLines) {
		int n = rawLines.size();
		if (n < 2 || n > 4 || !EventItems.opensBox(rawLines.get(n - 1))) {
			return 0;
		}
		for (int i = 0; i < n - 1; i++) {
			String l = rawLines.get(i).strip();
			if (l.isEmpty() || l.length() > 60 || l.endsWith(".") || l.endsWith(",") || EventItems.opensBox(rawLines.get(i))) {
				return 0;
			}
		}
		return n - 1;
	}

	/**
	 * Two headings stacked over one paragraph ("Mención especial Premio oidp", then "Donación de
	 * la Embajada de Israel de sillas de ruedas al dif cdmx", then "El Programa Comedores Sociales
	 * … obtuvo … mención especial … oidp"): the paragraph tells about one of them, the one whose
	 * words its first sentence shares (more than the other's); only that heading takes its date.
	 */
	static boolean tellsAbout(String heading, String rival, String firstSentence) {
		java.util.Set<String> said = Drafter.contentWords(firstSentence);
		long mine = Drafter.contentWords(heading).stream().filter(said::contains).count();
		long theirs = Drafter.contentWords(rival).stream().filter(said::contains).count();
		return mine > theirs;
	}

}
