package mx.vinculos.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The city's secretarías named by their short names in a list of officials: "los titulares de
 * Finanzas, Cultura, de Movilidad y de Educación, Ciencia, Tecnología e Innovación", "los titulares
 * de la Secretaría del Medio Ambiente (Marina Robles), Movilidad (Andrés Lajous) y …". Each short
 * name is the secretaría's name without "Secretaría de"; the linker, which reads full names, does
 * not see them. Only the report's own city's secretarías are read this way: the list names the
 * heads of its government.
 */
final class SecretariatLists {

	private SecretariatLists() {
	}

	/** "los titulares de", "las personas titulares de las Secretarías de": a list of heads of secretarías follows. */
	private static final Pattern INTRO = Pattern.compile(
			"(?iu)\\b(?:los|las)\\s+(?:personas\\s+)?titulares\\s+(?:de|del)\\s+(?:(?:las|los)\\s+(?:Secretar[ií]as|dependencias)\\s+(?:de|del)\\s+)?");

	/** An item's lead: an article or "de" before the short name, or the full "la Secretaría de(l)". */
	private static final Pattern LEAD = Pattern.compile("(?u)^(?:(?:la|el)\\s+Secretar[ií]a\\s+(?:de|del)(?:\\s+la|\\s+las)?\\s+|(?:de|del|de\\s+la)\\s+)?");

	/** What may follow an item: its head between parentheses, then the list's separator. */
	private static final Pattern AFTER = Pattern.compile("(?u)^\\s*(?:\\([^()]{2,60}\\)\\s*)?(,\\s*(?:y\\s+|e\\s+)?|\\s+(?:y|e)\\s+)");

	private static final Pattern WORD = Pattern.compile("(?u)\\p{L}[\\p{L}\\-]*");

	private static final int MAX_WORDS = 8;

	/** "Movilidad de Bogotá": another place's office of the same name, not the city's own. */
	private static final Pattern OTHER_PLACE = Pattern.compile("(?u)^\\s+(?:de|del)\\s+(?:la\\s+)?\\p{Lu}");

	private static final Pattern ONE_NAME = Pattern.compile("(?u)^\\p{Lu}[\\p{L}\\-]*");

	/**
	 * The secretarías of such lists in {@code text}, each as a mention of its short name;
	 * {@code secretariat} says which registry ids are the city's secretarías.
	 */
	static List<Linker.Mention> find(String text, Linker linker, Predicate<String> secretariat) {
		List<Linker.Mention> out = new ArrayList<>();
		Matcher intro = INTRO.matcher(text);
		while (intro.find()) {
			int pos = intro.end();
			for (int item = 0; item < 10 && pos < text.length(); item++) {
				Matcher lead = LEAD.matcher(text.substring(pos));
				lead.find();
				int at = pos + lead.end();
				Linker.Mention found = shortName(text, at, linker, secretariat);
				int end;
				if (found != null) {
					out.add(found);
					end = found.end();
				}
				else {
					// an office the registry does not know by this short name ("Finanzas"): one
					// capitalised word, passed over, and the list goes on
					Matcher w = ONE_NAME.matcher(text.substring(at));
					if (!w.find()) {
						break;
					}
					end = at + w.end();
				}
				Matcher after = AFTER.matcher(text.substring(end));
				if (!after.find()) {
					break;
				}
				pos = end + after.end();
			}
		}
		return out;
	}

	/** The longest run of words from {@code at} that, as "Secretaría de …", is one of the city's secretarías. */
	private static Linker.Mention shortName(String text, int at, Linker linker, Predicate<String> secretariat) {
		List<Integer> ends = new ArrayList<>();
		Matcher w = WORD.matcher(text);
		int pos = at;
		while (ends.size() < MAX_WORDS && w.find(pos) && onlySeparators(text.substring(pos, w.start()), ends.isEmpty())) {
			ends.add(w.end());
			pos = w.end();
		}
		if (ends.isEmpty() || !Character.isUpperCase(text.codePointAt(at))) {
			return null;
		}
		for (int n = ends.size(); n >= 1; n--) {
			String name = text.substring(at, ends.get(n - 1));
			if (!Character.isUpperCase(name.codePointAt(name.lastIndexOf(' ') + 1)) && n > 1) {
				continue;
			}
			for (String prefix : new String[] { "Secretaría de ", "Secretaría del ", "Secretaría de la " }) {
				String full = prefix + name;
				List<Linker.Mention> ms = linker.find(full);
				if (ms.size() == 1 && ms.get(0).start() == 0 && ms.get(0).end() == full.length() && secretariat.test(ms.get(0).id())
						&& !OTHER_PLACE.matcher(text.substring(at + name.length())).find()) {
					return new Linker.Mention(ms.get(0).id(), at, at + name.length(), name);
				}
			}
		}
		return null;
	}

	/** Between two words of one name: a space, or a comma inside a name that runs on ("Educación, Ciencia"). */
	private static boolean onlySeparators(String between, boolean first) {
		return first ? between.isEmpty() : between.matches("(?u),?\\s+");
	}

}
