package mx.vinculos.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mx.vinculos.graph.Names;

/**
 * Events a report lists inside a sentence rather than under headings: "tales como: A; B y
 * la C", and clauses that each tell one activity ("se realizaron tres sesiones preparatorias
 * para Mondiacult 2022, se asistió a seis reuniones de la Red de Ciudades Creativas y a la
 * reunión para …"). Each item becomes an event named by its own words, the number and the
 * article dropped ("Reuniones de la Red de Ciudades Creativas").
 */
final class ActivityLists {

	/** One item at [start, end) of the text, and the title it gives. */
	record Item(int start, int end, String title) {
	}

	private ActivityLists() {
	}

	/** "…, tales como: A; B y C." */
	private static final Pattern SUCH_AS = Pattern.compile("\\btales como\\s*:\\s*");

	/** The end of a sentence: a period before a capital or at the end (not "Tenochtitlan. “Más …”"). */
	private static final Pattern END = Pattern.compile("\\.(?=\\s+\\p{Lu}|\\s*$)");

	/** "se realizaron", "se asistió a", "se brindó seguimiento al": a clause telling an activity. */
	private static final Pattern CLAUSE = Pattern.compile("\\bse\\s+(?:realizaron|realiz[oó]|asisti[oó] a|brind[oó] seguimiento a|llevaron a cabo"
			+ "|llev[oó] a cabo|organizaron|organiz[oó]|impartieron|imparti[oó]|sostuvieron|sostuvo)(?=\\s|l\\s)");

	/** Where a clause's activity ends: the next clause, the sentence's end, the clause telling about it. */
	private static final Pattern CLAUSE_END = Pattern.compile(",\\s+(?:y\\s+)?se\\s|\\s+y\\s+se\\s|;|\\.(?=\\s|$)|,\\s+(?:de la que|del que|donde|en (?:el|la) que|en (?:el|la) cual|con el (?:objetivo|fin)|a fin|para que|que\\s)"
			+ "|\\.\\s*(?:Asimismo|Adem[aá]s|Tambi[eé]n)");

	/** "…, se asistió a seis reuniones de la Red y a la reunión para …": a second activity of the same verb. */
	private static final Pattern AND_TO = Pattern.compile("\\s+y\\s+(?=a\\s+(?:la|el|los|las)\\s)");

	/** Where an item's name ends: the clause that tells about it. */
	private static final Pattern ITEM_END = Pattern
		.compile(",\\s+(?:donde|en (?:el|la) (?:que|cual)|con el (?:objetivo|fin)|a fin|que\\s|el cual|la cual|de la que|del que)"
				+ "|\\s+(?:en (?:el|la|los|las) (?:que|cual|cuales)|que|quien|cuyo|cuya)\\s|,?\\s+en el marco\\b"
				+ "|,\\s+(?:facilitad|organizad|realizad|celebrad|impartid|coordinad|auspiciad|convocad|promovid|dirigid)\\p{L}*"
				+ "|\\s+(?:el|del?)\\s+\\d{1,2}\\s+(?:de|al|y)\\s");

	private static final Pattern LEAD = Pattern.compile("^(?:l\\s+|al\\s+|a\\s+)?(?:(?:el|la|los|las|un|una|unos|unas)\\s+)?"
			+ "(?:(?:\\d{1,3}|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|diversas|diversos|varias|varios|distintas|distintos)\\s+)?",
			Pattern.CASE_INSENSITIVE);

	/**
	 * The activities listed in a text.
	 * @param eventWord whether a (folded) first word opens an event's or an activity's name
	 */
	static List<Item> in(String t, Predicate<String> eventWord) {
		List<Item> out = new ArrayList<>();
		Matcher s = SUCH_AS.matcher(t);
		while (s.find()) {
			Matcher e = END.matcher(t);
			int end = e.find(s.end()) ? e.start() : t.length();
			int from = s.end();
			List<int[]> parts = new ArrayList<>();
			for (String part : t.substring(from, end).split(";")) {
				int at = t.indexOf(part, from);
				// the last item joined by "y la …"
				Matcher y = Pattern.compile("\\s+y\\s+(?=(?:la|el|los|las)\\s+\\p{L})").matcher(part);
				int cut = -1;
				while (y.find()) {
					cut = y.start();
				}
				if (cut > 0 && parts.size() > 0) {
					parts.add(new int[] { at, at + cut });
					parts.add(new int[] { at + cut + part.substring(cut).indexOf('y') + 1, at + part.length() });
				}
				else {
					parts.add(new int[] { at, at + part.length() });
				}
				from = at + part.length();
			}
			if (parts.size() < 2) {
				continue;
			}
			for (int[] p : parts) {
				add(out, t, p[0], p[1], eventWord, true);
			}
		}
		Matcher c = CLAUSE.matcher(t);
		while (c.find()) {
			Matcher e = CLAUSE_END.matcher(t);
			int end = e.find(c.end()) ? e.start() : t.length();
			int from = c.end();
			Matcher and = AND_TO.matcher(t).region(from, end);
			while (and.find()) {
				add(out, t, from, and.start(), eventWord, false);
				from = and.end();
			}
			add(out, t, from, end, eventWord, false);
		}
		return out;
	}

	private static void add(List<Item> out, String t, int start, int end, Predicate<String> eventWord, boolean listed) {
		while (start < end && Character.isWhitespace(t.charAt(start))) {
			start++;
		}
		String raw = t.substring(start, end);
		Matcher lead = LEAD.matcher(raw);
		int skip = lead.lookingAt() ? lead.end() : 0;
		start += skip;
		raw = raw.substring(skip);
		Matcher e = ITEM_END.matcher(raw);
		if (e.find()) {
			raw = raw.substring(0, e.start());
		}
		String title = raw.replaceAll("\\s+", " ").strip().replaceAll("[,:;.]$", "").strip();
		if (title.length() < 12 || title.length() > 220) {
			return;
		}
		String first = Names.fold(title.split("\\s+")[0]);
		boolean named = title.substring(title.indexOf(' ') + 1).codePoints().anyMatch(Character::isUpperCase)
				|| title.matches(".*\\b20\\d\\d\\b.*") || title.contains("“");
		// a listed item may open with its name ("México-Tenochtitlan. “Más de Siete Siglos …”, ceremonia …")
		boolean event = eventWord.test(first) || (listed && Names.fold(title).split(" ").length > 2
				&& java.util.Arrays.stream(Names.fold(title).split(" ")).anyMatch(eventWord));
		if (!named || !event) {
			return;
		}
		title = title.substring(0, 1).toUpperCase(Locale.ROOT) + title.substring(1);
		out.add(new Item(start, start + raw.length(), title));
	}

}
