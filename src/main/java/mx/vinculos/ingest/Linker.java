package mx.vinculos.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import mx.vinculos.graph.Names;

/**
 * Finds registry entities in text by their names and aliases: case, accents and
 * punctuation aside, longest name first. A one-word name must be capitalised in the text
 * ("Lima", not "lima"), except acronyms, which the reports also write in lower case
 * ("ucci", "cgaai"). A name shared by two entities links neither.
 */
final class Linker {

	/**
	 * A registry entity found at [start, end) of a text; {@code byTitle} when the text names
	 * the body through the title of its head or envoy ("el Embajador de España en México").
	 */
	record Mention(String id, int start, int end, String surface, boolean byTitle) {

		Mention(String id, int start, int end, String surface) {
			this(id, start, end, surface, false);
		}

	}

	/**
	 * Titles and the body each heads, folded: "la Coordinadora General de Asesores …" names the
	 * Coordinación General de Asesores …, "el Embajador de España en México" the Embajada.
	 */
	private static final Map<String, String> TITLE_TO_BODY = Map.ofEntries(Map.entry("secretario", "secretaria"),
			Map.entry("subsecretario", "subsecretaria"),
			Map.entry("coordinador", "coordinacion"), Map.entry("coordinadora", "coordinacion"),
			Map.entry("director", "direccion"), Map.entry("directora", "direccion"), Map.entry("embajador", "embajada"),
			Map.entry("embajadora", "embajada"), Map.entry("consul", "consulado"), Map.entry("consula", "consulado"),
			Map.entry("fiscal", "fiscalia"), Map.entry("procurador", "procuraduria"),
			Map.entry("procuradora", "procuraduria"));

	/** Lower-case words that are also acronyms of some entity: never link them lower-case. */
	private static final Set<String> STOP = Set.of("ue", "who", "ime", "ste", "pur", "fes", "change", "metro", "nuba",
			"itu", "saf", "evm", "inl");

	private final Map<String, Set<String>> keys = new HashMap<>();

	private final Set<String> acronyms = new HashSet<>();

	/** Names of three words or more without their articles: "Secretaría de Cultura de Ciudad de México". */
	private final Map<String, Set<String>> loose = new HashMap<>();

	private int maxTokens = 1;

	Linker(Registry registry) {
		for (Registry.Entity e : registry.all()) {
			add(e.name(), e.id());
			for (String a : e.aliases()) {
				add(a, e.id());
			}
			// "la Embajada de los Estados Unidos de América": the reports leave out the seat of a
			// mission to Mexico; a name another entity also takes links neither
			for (String n : seatless(e)) {
				if (this.keys.get(Names.fold(n)) == null || !this.keys.get(Names.fold(n)).contains(e.id())) {
					add(n, e.id());
				}
			}
		}
	}

	private static final java.util.regex.Pattern MISSION_IN_MEXICO = java.util.regex.Pattern
		.compile("(?iu)^((?:Embajada|Consulado(?:\\s+General)?)\\s+(?:de|del)\\s+.+?)\\s+en\\s+M[eé]xico$");

	/** A mission's names without " en México" ("Embajada de Colombia en México" → "Embajada de Colombia"). */
	private static List<String> seatless(Registry.Entity e) {
		List<String> out = new ArrayList<>();
		if (!"Agency".equals(e.type())) {
			return out;
		}
		List<String> names = new ArrayList<>(e.aliases());
		names.add(e.name());
		for (String n : names) {
			java.util.regex.Matcher m = MISSION_IN_MEXICO.matcher(n.strip());
			if (m.matches()) {
				out.add(m.group(1));
			}
		}
		return out;
	}

	/** Adds a name for an entity (drafted entities join the gazetteer as they are found). */
	void add(String name, String id) {
		String key = Names.fold(name);
		if (key.isEmpty()) {
			return;
		}
		this.keys.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(id);
		if (key.split(" ").length >= 3) {
			this.loose.computeIfAbsent(loose(key), k -> new LinkedHashSet<>()).add(id);
		}
		this.maxTokens = Math.max(this.maxTokens, key.split(" ").length);
		if (!key.contains(" ") && isAcronym(name)) {
			this.acronyms.add(key);
		}
		if (key.contains(" ") && acronymPhrase(name)) {
			this.acronymPhrases.add(key);
		}
	}

	/** Names made only of acronyms ("DIF CDMX"), which the reports also write in lower case ("dif cdmx"). */
	private final Set<String> acronymPhrases = new HashSet<>();

	private static boolean acronymPhrase(String name) {
		String[] words = name.strip().split("\\s+");
		for (String w : words) {
			if (w.length() < 2 || !w.equals(w.toUpperCase(java.util.Locale.ROOT)) || !isAcronym(w)) {
				return false;
			}
		}
		return words.length > 1;
	}

	Set<String> ids(String name) {
		return this.keys.getOrDefault(Names.fold(name), Set.of());
	}

	static boolean isAcronym(String name) {
		int upper = 0;
		for (char c : name.toCharArray()) {
			if (Character.isUpperCase(c)) {
				upper++;
			}
		}
		return upper >= 2 || (name.length() <= 5 && name.equals(name.toLowerCase()));
	}

	List<Mention> find(String text) {
		String folded = Fold.keepingOffsets(text);
		List<int[]> tokens = new ArrayList<>();
		int i = 0;
		while (i < folded.length()) {
			while (i < folded.length() && folded.charAt(i) == ' ') {
				i++;
			}
			int s = i;
			while (i < folded.length() && folded.charAt(i) != ' ') {
				i++;
			}
			if (i > s) {
				tokens.add(new int[] { s, i });
			}
		}
		List<Mention> out = new ArrayList<>();
		int t = 0;
		while (t < tokens.size()) {
			int matched = 0;
			String id = null;
			StringBuilder key = new StringBuilder();
			String[] candidates = new String[Math.min(this.maxTokens + 1, tokens.size() - t)];
			for (int n = 0; n < candidates.length; n++) {
				int[] tok = tokens.get(t + n);
				if (n > 0) {
					key.append(' ');
				}
				key.append(folded, tok[0], tok[1]);
				candidates[n] = key.toString();
			}
			for (int n = candidates.length; n >= 1; n--) {
				Set<String> ids = this.keys.get(candidates[n - 1]);
				boolean byTitle = false;
				if (ids == null && n >= 3) {
					ids = this.keys.get(asBody(candidates[n - 1]));
					byTitle = ids != null;
				}
				// articles and a doubled word forgiven ("de Ciudad de México", "Riesgos y y Protección")
				String k = candidates[n - 1];
				if (ids == null && n >= 3 && !ARTICLES.contains(k.substring(0, k.indexOf(' ')))
						&& !ARTICLES.contains(k.substring(k.lastIndexOf(' ') + 1))) {
					ids = this.loose.get(loose(k));
				}
				if (ids == null || ids.size() != 1) {
					continue;
				}
				int start = tokens.get(t)[0];
				int end = tokens.get(t + n - 1)[1];
				String surface = text.substring(start, end);
				if (!acceptable(candidates[n - 1], surface, n)) {
					continue;
				}
				matched = n;
				id = ids.iterator().next();
				out.add(new Mention(id, start, end, surface, byTitle));
				break;
			}
			t += matched > 0 ? matched : 1;
		}
		return out;
	}

	private static final Set<String> ARTICLES = Set.of("la", "el", "los", "las");

	/** A folded name without articles and with no word twice in a row. */
	static String loose(String key) {
		StringBuilder out = new StringBuilder();
		String last = null;
		for (String w : key.split(" ")) {
			if (ARTICLES.contains(w) || w.equals(last)) {
				continue;
			}
			if (out.length() > 0) {
				out.append(' ');
			}
			out.append(w);
			last = w;
		}
		return out.toString();
	}

	/** "embajador de espana en mexico" as the body's key, "embajada de espana en mexico"; null if no title leads it. */
	static String asBody(String key) {
		int sp = key.indexOf(' ');
		if (sp < 0) {
			return null;
		}
		String body = TITLE_TO_BODY.get(key.substring(0, sp));
		return body == null ? null : body + key.substring(sp);
	}

	private boolean acceptable(String key, String surface, int tokens) {
		boolean capital = Character.isUpperCase(surface.codePointAt(0)) || Character.isDigit(surface.charAt(0))
				|| surface.charAt(0) == '#';
		if (tokens > 1) {
			return capital || surface.chars().anyMatch(Character::isUpperCase) || this.acronyms.contains(key.split(" ")[0])
					|| this.acronymPhrases.contains(key);
		}
		if (this.acronyms.contains(key)) {
			return capital || !STOP.contains(key);
		}
		return capital;
	}

}
