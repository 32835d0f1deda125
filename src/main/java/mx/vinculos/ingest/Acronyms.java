package mx.vinculos.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mx.vinculos.graph.Names;

/**
 * Bodies a report introduces with their acronym, "Nombre Largo (sigla)", in the forms the
 * reports write: a legal form before the parenthesis ("… del Derecho A.C. (ceead)"), the
 * acronym explained ("(oidp por sus siglas en inglés)"), an acronym of two words ("(el
 * paccto)", "(oru fogar)") and an English name ("International Association of Chiefs of Police
 * (iacp)"). Also lower-case acronyms a word for a body or its staff introduces ("especialistas
 * del fbi", "las instalaciones del c5"). Each rule reads only the text.
 */
final class Acronyms {

	private Acronyms() {
	}

	/** A name, its acronym as written, and where the name starts and the parenthesis ends. */
	record Introduced(String name, String acronym, int start, int end) {
	}

	private static final String WORD = "(?:\\p{Lu}[\\p{L}\\-]+|\\p{Lu}\\d{1,3})";

	private static final String JOINT = "(?:de|del|de la|de las|de los|para la|para el|para los|para las|para|contra la|contra el|y la|y el|y|el|la|las|los"
			+ "|en|sobre la|sobre el|sobre los|sobre las|sobre|e|of|for|and|the|on|in)";

	/** "A.C.", "S.A. de C.V.", "S.C.": a legal form closing a name. */
	private static final String LEGAL_FORM = "(?:\\s+(?:A\\.\\s?C\\.|S\\.\\s?C\\.|I\\.\\s?A\\.\\s?P\\.|S\\.\\s?A\\.(?:\\s+de\\s+C\\.\\s?V\\.)?))?";

	/** "ucci", "c40", "g20"; not an event's code with its year or number ("cltd2021", "cop-15"). */
	private static final String ACRONYM = "\\p{L}(?:[\\p{L}\\-&]{1,11}(?![\\d\\-])|[\\p{L}&]{0,6}\\d{1,2}(?!\\d))";

	/** The name, its legal form, and "(sigla)", "(sigla por sus siglas en inglés)", "(dos siglas)". */
	private static final Pattern NAME_ACRONYM = Pattern.compile("(" + WORD + "(?:\\s+(?:" + JOINT + "\\s+)?" + WORD + "){1,10}" + LEGAL_FORM + ")\\s*\\(\\s*(" + ACRONYM + "(?:\\s+" + ACRONYM + ")?)"
			+ "(?:\\s+por\\s+sus\\s+siglas[^)]{0,20})?(?:,[^)]*)?\\)");

	/** "… y el Centro", "… y la Red": a second body's head word after "y". */
	private static final Pattern SECOND_BODY = Pattern.compile("\\s(?:y|e)\\s+(?:(?:el|la|los|las)\\s+)?(?=(?:" + Candidates.HEADS + ")\\b)");

	private static final Pattern EVENT_OR_TEXT = Pattern.compile("(?:Conferencia|Cumbre|Semana|Festival|Feria|Declaraci[oó]n|Agenda|Objetivos|Protocolo)\\b");

	/** Where a shorter name may start inside a longer run: a capitalised word after a joint. */
	private static final Pattern TAIL_START = Pattern.compile("(?<=\\s(?:de|del|de la|de las|de los|en|para|y|e)\\s)(?=\\p{Lu})");

	/** A capitalised name right before ", " and the name an acronym of two words closes ("Organización de Regiones Unidas, Foro …"). */
	private static final Pattern NAME_BEFORE_COMMA = Pattern.compile("(" + WORD + "(?:\\s+(?:" + JOINT + "\\s+)?" + WORD + "){1,8}),\\s+$");

	/**
	 * The names a text introduces with their acronym. An acronym of two words must fit the
	 * name's initials in one of its words at least ("(el paccto)" after "Programa de Asistencia
	 * Contra el Crimen Transnacional Organizado"), so "(en línea)" is no acronym; where its
	 * first word fits the name before a comma, both names are one ("Organización de Regiones
	 * Unidas, Foro Global de Asociaciones de Regiones (oru fogar)").
	 */
	static List<Introduced> introduced(String t) {
		List<Introduced> out = new ArrayList<>();
		Matcher m = NAME_ACRONYM.matcher(t);
		while (m.find()) {
			// cut on the text as written (its offsets), the name's spaces folded at the end
			String raw = m.group(1);
			int start = m.start(1);
			// "… de los Estados Unidos de América y el Centro de Estudios … (ceead)": the acronym's body is the last one
			Matcher second = SECOND_BODY.matcher(raw);
			int cut = -1;
			while (second.find()) {
				cut = second.end();
			}
			if (cut > 0) {
				start += cut;
				raw = raw.substring(cut);
			}
			String acronym = m.group(2).replaceAll("\\s+", " ");
			// "… Participación Ciudadana del Observatorio Internacional de la Democracia Participativa (oidp)":
			// where the run of capitals began before the body, the body is the longest tail its acronym fits
			String letters = acronym.replace(" ", "");
			if (!fits(raw, letters)) {
				Matcher tail = TAIL_START.matcher(raw);
				while (tail.find()) {
					if (fits(raw.substring(tail.end()), letters)) {
						start += tail.end();
						raw = raw.substring(tail.end());
						break;
					}
				}
			}
			String name = raw.strip().replaceAll("\\s+", " ");
			String[] parts = acronym.split(" ");
			if (parts.length == 2) {
				if (fits(name, parts[1]) && !fits(name, parts[0])) {
					Matcher b = NAME_BEFORE_COMMA.matcher(t.substring(Math.max(0, start - 120), start));
					if (b.find() && fits(b.group(1), parts[0])) {
						name = b.group(1).replaceAll("\\s+", " ") + ", " + name;
						start = start - (b.end() - b.start());
					}
				}
				else if (!fits(name, parts[0]) && !fits(name, parts[1])) {
					continue;
				}
			}
			// "Conferencia de las Naciones Unidas sobre el Cambio Climático (cop26)": an event or a text, no body
			if (EVENT_OR_TEXT.matcher(name).lookingAt()) {
				continue;
			}
			out.add(new Introduced(name, acronym, start, m.end()));
		}
		return out;
	}

	/**
	 * The type of a body introduced with its acronym: a programme known by initials of its own
	 * ("Programa Universitario de Estudios sobre la Ciudad (puec)", "Programa de Asistencia
	 * Contra el Crimen Transnacional Organizado (el paccto)") is a standing body that takes
	 * part in events, not a project.
	 */
	static String typeOf(String type, String name, String acronym) {
		boolean own = Arrays.stream(acronym.split(" ")).anyMatch(a -> fits(name, a));
		return "Project".equals(type) && own ? "Organization" : type;
	}

	/**
	 * Whether [start, end) lies inside a longer name introduced with its acronym: "Organización
	 * de Regiones Unidas" is the first half of "…, Foro Global de Asociaciones de Regiones (oru
	 * fogar)", no body of its own.
	 */
	static boolean insideLonger(List<Introduced> introduced, int start, int end) {
		return introduced.stream().anyMatch(i -> i.start() <= start && end <= i.end() && (start > i.start() || end < i.start() + i.name().length()));
	}

	/**
	 * Whether an acronym's letters are the name's initials, each word given one letter or more
	 * from its start, in order ("puec": Programa Universitario de Estudios sobre la Ciudad;
	 * "fogar": FOro Global de Asociaciones de Regiones); joints may be skipped.
	 */
	static boolean fits(String name, String acronym) {
		String a = Names.fold(acronym).replaceAll("[^a-z0-9]", "");
		String[] w = Names.fold(name).split("[^a-z0-9]+");
		return a.length() >= 2 && fits(w, 0, a, 0);
	}

	private static boolean fits(String[] w, int i, String a, int ai) {
		if (ai == a.length()) {
			return true;
		}
		if (i == w.length) {
			return false;
		}
		String word = w[i];
		for (int k = 1; k <= word.length() && ai + k <= a.length() && word.charAt(k - 1) == a.charAt(ai + k - 1); k++) {
			if (fits(w, i + 1, a, ai + k)) {
				return true;
			}
		}
		// a joint gives no letter; past the first, so may any word ("Foro Global de Asociaciones")
		return (ai > 0 || JOINT_WORD.matcher(word).matches() || word.isEmpty()) && fits(w, i + 1, a, ai);
	}

	private static final Pattern JOINT_WORD = Pattern.compile("de|del|la|las|los|el|y|e|en|para|sobre|contra|of|for|and|the|on|in|a|c");

	// ---------------------------------------------------------------- lower-case acronyms

	/**
	 * Words for a body, its staff or its premises, and the lower-case acronym after them: the
	 * reports write acronyms in lower case ("especialistas del fbi", "las instalaciones del c5",
	 * "la consultoría evm").
	 */
	private static final Pattern CUED_ACRONYM = Pattern.compile("(?iu)\\b(?:especialistas|expertos|expertas|personal|funcionarios|funcionarias|equipo|instalaciones"
			+ "|sede|oficinas|agentes|representantes|consultor[ií]a|consultora|empresa|firma|agencia|organismo)"
			+ "(?:\\s+(?:del|de\\s+la|de\\s+los|de)|\\s+(?:la|el))?\\s+(\\p{Ll}[\\p{Ll}\\d]{1,6})(?=[\\s.,;:)]|$)(?![\\s]*[\\-/\\d])");

	/** "el Programa … (puec) de la UNAM": an acronym in capitals a body is "of" (the reports write most in lower case). */
	private static final Pattern CAPITALS_OF = Pattern.compile("(?u)\\b(?:del|de\\s+la)\\s+(\\p{Lu}{3,8})(?![\\p{L}\\d\\-])");

	private static final Pattern ROMAN = Pattern.compile("[IVXLCDM]+");

	/** Lower-case acronyms a word for a body, its staff or its premises introduces, and acronyms in capitals after "de la". */
	static List<Mentions.Named> cued(String t) {
		List<Mentions.Named> out = new ArrayList<>();
		Matcher m = CUED_ACRONYM.matcher(t);
		// "personal de la agencia opdat": the word read as a token may itself be the next cue
		int at = 0;
		while (at < t.length() && m.find(at)) {
			if (lowerCaseAcronym(m.group(1))) {
				out.add(new Mentions.Named(m.group(1), "Organization", m.start(1), m.end(1)));
				at = m.end(1);
			}
			else {
				at = m.start(1);
			}
		}
		Matcher c = CAPITALS_OF.matcher(t);
		while (c.find()) {
			// "“Desafíos y estrategias de la ESS …”": a title's words, no party
			String before = t.substring(0, c.start());
			boolean quoted = before.lastIndexOf('“') > before.lastIndexOf('”');
			if (!ROMAN.matcher(c.group(1)).matches() && !quoted) {
				out.add(new Mentions.Named(c.group(1), "Organization", c.start(1), c.end(1)));
			}
		}
		return out;
	}

	private static final String VOWELS = "aeiouáéíóúü";

	/** Pairs of consonants a Spanish syllable may open with. */
	private static final Pattern ONSET = Pattern.compile("bl|br|cl|cr|dr|fl|fr|gl|gr|pl|pr|tr|ch|ll|rr|qu|gu|kr|tl");

	/**
	 * "fbi", "c5", "evm", "cdmx": shaped like no Spanish word, so an acronym written in lower
	 * case: a digit, no vowel, an ending or an opening pair of consonants no Spanish word has,
	 * or three consonants in a row that no syllable break explains ("mpl" in "empleo" is one).
	 */
	static boolean lowerCaseAcronym(String w) {
		String s = w.toLowerCase(Locale.ROOT);
		if (s.length() < 2 || s.chars().anyMatch(Character::isDigit)) {
			return s.length() >= 2 && Character.isLetter(s.charAt(0));
		}
		if (s.chars().noneMatch(c -> VOWELS.indexOf(c) >= 0)) {
			return true;
		}
		if ("aeiouáéíóúnsrldzyj".indexOf(s.charAt(s.length() - 1)) < 0) {
			return true;
		}
		if (!vowel(s.charAt(0)) && !vowel(s.charAt(1)) && !ONSET.matcher(s.substring(0, 2)).matches()) {
			return true;
		}
		for (int i = 0; i + 2 < s.length(); i++) {
			if (!vowel(s.charAt(i)) && !vowel(s.charAt(i + 1)) && !vowel(s.charAt(i + 2))
					&& !ONSET.matcher(s.substring(i + 1, i + 3)).matches()) {
				return true;
			}
		}
		return false;
	}

	private static boolean vowel(char c) {
		return VOWELS.indexOf(c) >= 0;
	}

}
