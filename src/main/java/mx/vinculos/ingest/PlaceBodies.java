package mx.vinculos.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mx.vinculos.graph.Names;

/**
 * Places and the government bodies named after them, as the registry names them (see
 * seeds/README.md): an embassy here is "Embajada de Japón en México" even where the text says
 * "la Embajada de Japón"; a Mexican state's government is "Gobierno del Estado de Veracruz"
 * even in "representantes de Gobiernos de Veracruz, Puebla …"; a city listed among known
 * cities is a city too ("de Montevideo, Sao Paulo, Quebec"). Each rule reads only the text
 * and general gazetteers (countries, Mexico's states), never a report's curated seed.
 */
final class PlaceBodies {

	private PlaceBodies() {
	}

	/** Mexico's states (the federal entities other than the capital), folded to their usual names. */
	private static final Map<String, String> STATES = new HashMap<>();

	static {
		for (String s : List.of("Aguascalientes", "Baja California", "Baja California Sur", "Campeche", "Chiapas", "Chihuahua",
				"Coahuila", "Colima", "Durango", "Guanajuato", "Guerrero", "Hidalgo", "Jalisco", "Michoacán", "Morelos", "Nayarit",
				"Nuevo León", "Oaxaca", "Puebla", "Querétaro", "Quintana Roo", "San Luis Potosí", "Sinaloa", "Sonora", "Tabasco",
				"Tamaulipas", "Tlaxcala", "Veracruz", "Yucatán", "Zacatecas")) {
			STATES.put(Names.fold(s), s);
		}
		STATES.put(Names.fold("Estado de México"), "México");
	}

	/** The Mexican state a name spells ("veracruz" → "Veracruz"), or null. */
	static String state(String name) {
		return name == null ? null : STATES.get(Names.fold(name.strip()));
	}

	// ---------------------------------------------------------------- embassies

	private static final Pattern EMBASSY = Pattern
		.compile("(?u)^Embajada\\s+(?:de\\s+la\\s+|de\\s+los\\s+|del\\s+|de\\s+)(\\p{Lu}[\\p{L}\\-]+(?:\\s+(?:de\\s+)?\\p{Lu}[\\p{L}\\-]+){0,3})$");

	/**
	 * "Embajada de Japón" → "Embajada de Japón en México": a foreign country's embassy the text
	 * names without its seat is the one in Mexico, the only one a report of the capital meets
	 * by that short name. Null when the name is no such embassy (it names its seat, or no country).
	 */
	static String embassyInMexico(String name) {
		Matcher m = EMBASSY.matcher(name.strip());
		if (!m.matches()) {
			return null;
		}
		String country = Offices.country(m.group(1));
		if (country == null || Places.HOME_COUNTRY.equals(Names.fold(country))) {
			return null;
		}
		return Offices.embassy(country);
	}

	/** "por solicitud de las Embajadas correspondientes": each item of the list is its country's embassy's. */
	private static final Pattern EMBASSIES_ON_REQUEST = Pattern
		.compile("(?iu)\\b(?:las\\s+)?embajadas\\s+(?:correspondientes|respectivas)\\b");

	/** Where an introduction says each item was at the request of its country's embassy, or null. */
	static int[] embassiesOnRequest(String t, int from, int to) {
		Matcher m = EMBASSIES_ON_REQUEST.matcher(t).region(from, to);
		return m.find() ? new int[] { m.start(), m.end() } : null;
	}

	/** The one country an item names ("27 julio: Celebración del Bicentenario de Perú"), or null (none, or several). */
	static String onlyCountry(String t) {
		String found = null;
		for (Mentions.Named n : Mentions.countries(t)) {
			String c = Offices.country(n.name());
			if (Places.HOME_COUNTRY.equals(Names.fold(c))) {
				continue;
			}
			if (found != null && !found.equals(c)) {
				return null;
			}
			found = c;
		}
		return found;
	}

	// ---------------------------------------------------------------- governments

	private static final String PLACE = "\\p{Lu}[\\p{L}\\-]+(?:\\s+(?:de\\s+)?\\p{Lu}[\\p{L}\\-]+){0,2}";

	/**
	 * "representantes de Gobiernos de Veracruz. Puebla, Chiapas y Tabasco", "para el Gobierno de
	 * Canarias", "del Gobierno del Estado de Jalisco". Not a head of government's title ("Jefe de
	 * Gobierno de Buenos Aires").
	 */
	private static final Pattern GOVERNMENT = Pattern.compile("(?u)(?<!\\p{L})(?<!(?i:jef[ea])\\s(?i:de)\\s)(Gobiernos?)\\s+(?:del\\s+Estado\\s+de\\s+|de\\s+)("
			+ PLACE + "(?:\\s*[,.]\\s+" + PLACE + ")*(?:\\s+y\\s+" + PLACE + ")?)");

	private static final Pattern ITEM = Pattern.compile("(?u)" + PLACE);

	/**
	 * The governments a text names, each as the registry names it: a Mexican state's is "Gobierno
	 * del Estado de X"; the home country's is "Gobierno de México" (the federal government, a body);
	 * another place's is "Gobierno de X" unless X is a country (the country itself takes part then)
	 * or {@code known} (a city the registry knows: its government is the city). A plural
	 * ("Gobiernos de …") lists states only.
	 */
	static List<Mentions.Named> governments(String t, Predicate<String> known) {
		List<Mentions.Named> out = new ArrayList<>();
		Matcher m = GOVERNMENT.matcher(t);
		while (m.find()) {
			boolean plural = m.group(1).endsWith("s");
			Matcher i = ITEM.matcher(m.group(2));
			boolean first = true;
			while (i.find()) {
				String item = i.group();
				int start = first ? m.start() : m.start(2) + i.start();
				int end = m.start(2) + i.end();
				String st = state(item);
				String country = Offices.country(item);
				if (st != null) {
					out.add(new Mentions.Named("Gobierno del Estado de " + st, "Agency", start, end));
				}
				else if (plural || !first) {
					break;
				}
				else if (country != null && Places.HOME_COUNTRY.equals(Names.fold(country))) {
					out.add(new Mentions.Named("Gobierno de " + country, "Agency", start, end));
				}
				else if (country == null && !known.test(item) && Places.plausibleCity(item)) {
					out.add(new Mentions.Named("Gobierno de " + item, "Agency", start, end));
				}
				first = false;
			}
		}
		return out;
	}

	private static final Pattern CAPITALISED_BEFORE = Pattern.compile("(?u)\\p{Lu}[\\p{L}'’\\-]*,?\\s+$");

	/** "y del Estado de São Paulo", "organizado por el Estado de Jalisco": a state named as a body. */
	private static final Pattern STATE_AS_BODY = Pattern.compile("(?u)(?<![\\p{L}])(?:del|el|al)\\s+(Estado\\s+de\\s+(" + PLACE + "))(?![\\p{L}])");

	/**
	 * A state named as a body ("las Ministras … de Medellín, Colombia, y del Estado de São Paulo"):
	 * its government, "Gobierno del Estado de São Paulo" as the registry names it. The place must be
	 * a Mexican state or a city {@code place} knows (a state named as its capital is): "el Estado de
	 * Derecho" names none.
	 */
	static List<Mentions.Named> statesAsBodies(String t, Predicate<String> place) {
		List<Mentions.Named> out = new ArrayList<>();
		Matcher m = STATE_AS_BODY.matcher(t);
		while (m.find()) {
			// "la Secretaría de Trabajo del Estado de Coahuila": the end of another body's name
			if (CAPITALISED_BEFORE.matcher(t.substring(Math.max(0, m.start() - 40), m.start())).find()) {
				continue;
			}
			String written = m.group(2).replaceAll("\\s+", " ");
			// "San Luis Potosí, México": the longest run of words that is a state or a city
			String[] w = written.split(" ");
			for (int n = w.length; n >= 1; n--) {
				String x = String.join(" ", java.util.Arrays.copyOf(w, n));
				String st = state(x);
				if (st != null || (Offices.country(x) == null && (place.test(x) || worldCity(x)))) {
					int end = m.start(2) + x.length();
					out.add(new Mentions.Named("Gobierno del Estado de " + (st != null ? st : x), "Agency", m.start(1), end));
					break;
				}
			}
		}
		return out;
	}

	/** "… del estado de San Luis Potosí": a body's name goes on with its state, "estado" in lower case. */
	private static final Pattern OF_STATE = Pattern.compile("(?u)^\\s+del\\s+(?:estado|Estado)\\s+de\\s+(" + PLACE + ")");

	/** A body's name with its state after it, and how much of the text after the name the state took. */
	record WithState(String name, int tail) {
	}

	/**
	 * The name of a body followed by its state ("Fiscalía General de Justicia" + " del estado de San
	 * Luis Potosí" → "Fiscalía General de Justicia del Estado de San Luis Potosí"), or null;
	 * {@code after} is the text right after the name.
	 */
	static WithState withState(String name, String after) {
		Matcher m = OF_STATE.matcher(after);
		if (!m.find()) {
			return null;
		}
		// the longest run of the place's words that is a state ("San Luis Potosí" before "Luego")
		List<int[]> words = new ArrayList<>();
		Matcher w = Pattern.compile("\\S+").matcher(after).region(m.start(1), m.end(1));
		while (w.find()) {
			words.add(new int[] { w.start(), w.end() });
		}
		for (int n = words.size(); n >= 1; n--) {
			String st = state(after.substring(words.get(0)[0], words.get(n - 1)[1]));
			if (st != null) {
				return new WithState(name + " del Estado de " + st, words.get(n - 1)[1]);
			}
		}
		return null;
	}

	// ---------------------------------------------------------------- cities in lists

	/** One item of a list of places: "Santiago de Chile", "Washington dc", "São Paulo". */
	private static final String LIST_PLACE = "\\p{Lu}[\\p{L}'’\\-]+(?:\\s+(?:de\\s+|del\\s+)?\\p{Lu}[\\p{L}'’\\-]+){0,2}(?:\\s+(?:dc|DC|D\\.\\s?C\\.))?";

	/** A run of places separated by commas, semicolons and a final "y". */
	private static final Pattern PLACE_RUN = Pattern.compile("(?u)(?<![\\p{L}])(" + LIST_PLACE + ")((?:\\s*[,;]\\s*(?:y\\s+)?" + LIST_PLACE
			+ ")+)(?:\\s+(?:y|e)\\s+(" + LIST_PLACE + "))?(?![\\p{L}])");

	private static final Pattern RUN_ITEM = Pattern.compile("(?u)" + LIST_PLACE);

	/**
	 * Capital cities that bear their country's name: listed among cities ("Guatemala, La Paz,
	 * Lima"), the name is the city's ("Ciudad de Guatemala").
	 */
	private static final Map<String, String> NAMESAKE_CAPITALS = Map.of("guatemala", "Ciudad de Guatemala", "panama", "Ciudad de Panamá",
			"kuwait", "Ciudad de Kuwait", "luxemburgo", "Luxemburgo", "singapur", "Singapur", "monaco", "Mónaco", "tunez", "Túnez",
			"yibuti", "Yibuti", "san marino", "San Marino", "belice", "Ciudad de Belice");

	/** The capital that bears a country's name, or null. */
	static String namesakeCapital(String country) {
		return country == null ? null : NAMESAKE_CAPITALS.get(Names.fold(country));
	}

	/**
	 * Places of a list most of whose items are cities the registry (or the draft) knows: "de
	 * Montevideo, Sao Paulo, Quebec", "(Buenos Aires, Bogotá, Lima, Quito, Santiago de Chile; São
	 * Paulo …)". The unknown items are cities too; a country's name in a list of cities, its
	 * namesake capital. Two known cities at least, and more known than unknown.
	 */
	static List<Mentions.Named> citiesAmongCities(String t, Predicate<String> knownCity) {
		List<Mentions.Named> out = new ArrayList<>();
		Matcher m = PLACE_RUN.matcher(t);
		while (m.find()) {
			List<int[]> items = new ArrayList<>();
			Matcher i = RUN_ITEM.matcher(t).region(m.start(), m.end());
			while (i.find()) {
				items.add(new int[] { i.start(), i.end() });
			}
			int known = 0;
			List<int[]> unknown = new ArrayList<>();
			for (int[] x : items) {
				String name = t.substring(x[0], x[1]);
				if (knownCity.test(name)) {
					known++;
				}
				else {
					unknown.add(x);
				}
			}
			if (known < 2 || known <= unknown.size()) {
				continue;
			}
			for (int[] x : unknown) {
				String name = t.substring(x[0], x[1]).replaceAll("\\s+", " ");
				String country = Offices.country(name);
				if (country != null) {
					String capital = namesakeCapital(country);
					if (capital != null) {
						out.add(new Mentions.Named(capital, "City", x[0], x[1]));
					}
					continue;
				}
				name = name.replaceFirst("\\s+(?:dc|DC|D\\.\\s?C\\.)$", " DC");
				if (Places.plausibleCity(name) && Offices.borough(name) == null && state(name) == null) {
					out.add(new Mentions.Named(name, "City", x[0], x[0] + name.length()));
				}
			}
		}
		return out;
	}

	/** "pasó la estafeta a Dakar, próxima ciudad sede del gsef": the next host, named after "a", takes part. */
	private static final Pattern NEXT_HOST = Pattern.compile("(?u)\\b(?:a|en)\\s+(\\p{Lu}[\\p{L}'’\\-]+(?:\\s+(?:de\\s+)?\\p{Lu}[\\p{L}'’\\-]+){0,2}),?\\s+(?:la\\s+)?pr[oó]xim[oa]\\s+(?:ciudad\\s+)?(?:sede|anfitri[oó]n(?:a)?)\\b");

	/** The places a text names as an event's next host: [start, end) of each name. */
	static List<int[]> nextHosts(String t) {
		List<int[]> out = new ArrayList<>();
		Matcher m = NEXT_HOST.matcher(t);
		while (m.find()) {
			out.add(new int[] { m.start(1), m.end(1) });
		}
		return out;
	}

	// ---------------------------------------------------------------- world cities

	/** Folded spelling → spelling of the world cities of the gazetteer (tools/gen_world_cities.py). */
	private static volatile Map<String, String> worldCities;

	private static Map<String, String> worldCities() {
		Map<String, String> w = worldCities;
		if (w == null) {
			w = new HashMap<>();
			try (java.io.InputStream in = PlaceBodies.class.getResourceAsStream("/ingest/world-cities.tsv")) {
				if (in != null) {
					for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
						if (!line.isBlank() && !line.startsWith("#")) {
							String spelling = line.split("\t")[0];
							w.putIfAbsent(Names.fold(spelling), spelling);
						}
					}
				}
			}
			catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
			worldCities = w;
		}
		return w;
	}

	/** Whether a name spells a world city of the gazetteer (150,000 people or more, outside Mexico). */
	static boolean worldCity(String name) {
		return name != null && worldCities().containsKey(Names.fold(name));
	}

	/** A capitalised run of words: "Santiago de Chile", "Los Ángeles", "Carta de Roma". */
	private static final Pattern RUN = Pattern
		.compile("(?u)(?<![\\p{L}\\-])\\p{Lu}[\\p{L}'’\\-]+(?:\\s+(?:de\\s+|del\\s+|de\\s+la\\s+)?\\p{Lu}[\\p{L}'’\\-]+){0,3}(?![\\p{L}\\-])");

	/** Before a run: a capitalised word, or one and "de" ("la Carta de", "Sierra Nevada de"): the run ends a longer name. */
	private static final Pattern NAME_BEFORE = Pattern
		.compile("(?u)\\p{Lu}[\\p{L}'’\\-]*\\s+(?:(?:de|del|de\\s+la|de\\s+los|de\\s+las)\\s+)?$");

	/** "el Gobernador Adjunto de Yakarta", "la Alcaldesa de": an office's holder, whose city the name is. */
	private static final Pattern TITLE_BEFORE = Pattern.compile("(?u)(?<![\\p{L}])(?i:" + Mentions.TITLE
			+ ")(?:\\s+(?:Adjunt[oa]|General|Municipal|Metropolitan[oa]))?\\s+(?:de|del)\\s+$");

	private static final Pattern TITLED_RUN = Pattern.compile("(?u)(?i:" + Mentions.TITLE
			+ ")(?:\\s+(?:Adjunt[oa]|General|Municipal|Metropolitan[oa]))?\\s+(?:de|del)\\s+(.+)");

	/**
	 * World cities a text names, each a whole capitalised run ("Roma", not the "Roma" of "la Carta
	 * de Roma" nor the "Santa Marta" of "Sierra Nevada de Santa Marta", nor the "San Luis" of "San
	 * Luis Potosí"; but the city of an office, "el Gobernador Adjunto de Yakarta"); not a country, a Mexican state or a borough; not a word the report also
	 * writes in lower case ({@code commonWord}: "Libertad", "Resistencia" are words before cities).
	 */
	static List<Mentions.Named> worldCities(String t, Predicate<String> commonWord) {
		List<Mentions.Named> out = new ArrayList<>();
		Matcher m = RUN.matcher(t);
		while (m.find()) {
			String name = m.group().replaceAll("\\s+", " ");
			// "Gobernador Adjunto de Yakarta": the run holds the title before the city
			Matcher titled = TITLED_RUN.matcher(m.group());
			if (!worldCity(name) && titled.matches() && worldCity(titled.group(1).replaceAll("\\s+", " "))) {
				String city = titled.group(1).replaceAll("\\s+", " ");
				if (Offices.country(city) == null && state(city) == null && Offices.borough(city) == null) {
					out.add(new Mentions.Named(city, "City", m.start() + titled.start(1), m.start() + titled.end(1)));
				}
				continue;
			}
			if (!worldCity(name) || Offices.country(name) != null || state(name) != null || Offices.borough(name) != null
					|| (!name.contains(" ") && commonWord.test(name.toLowerCase(java.util.Locale.ROOT)))
					|| (NAME_BEFORE.matcher(t.substring(Math.max(0, m.start() - 60), m.start())).find()
							&& !TITLE_BEFORE.matcher(t.substring(Math.max(0, m.start() - 60), m.start())).find())) {
				continue;
			}
			out.add(new Mentions.Named(name, "City", m.start(), m.end()));
		}
		return out;
	}

	private static final Pattern LOWER_WORD = Pattern.compile("(?u)(?<![\\p{L}])\\p{Ll}[\\p{L}]+");

	/** The words a text writes in lower case somewhere. */
	static java.util.Set<String> lowerCaseWords(String text) {
		java.util.Set<String> out = new java.util.HashSet<>();
		Matcher m = LOWER_WORD.matcher(text);
		while (m.find()) {
			out.add(m.group());
		}
		return out;
	}

	// ---------------------------------------------------------------- countries

	/**
	 * "“Vietnam-Atracción eterna”", "“La línea negra. Paisajes sagrados de la Sierra Nevada de
	 * Santa Marta, Colombia”": a heading that is a quoted title (an exhibition's, a film's) and
	 * names a country presents that country, which takes part.
	 */
	static List<Mentions.Named> countriesOfQuotedTitle(String heading) {
		String h = heading.strip();
		if (!h.startsWith("“") && !h.startsWith("\"") && !h.startsWith("«")) {
			return List.of();
		}
		int close = h.indexOf(h.startsWith("«") ? '»' : h.startsWith("“") ? '”' : '"', 1);
		String title = close > 0 ? h.substring(0, close) : h;
		int offset = heading.indexOf(h);
		List<Mentions.Named> out = new ArrayList<>();
		for (Mentions.Named n : Mentions.countries(title.replace('-', ' '))) {
			if (!Places.HOME_COUNTRY.equals(Names.fold(Offices.country(n.name())))) {
				out.add(new Mentions.Named(n.name(), "Country", offset + n.start(), offset + n.end()));
			}
		}
		return out;
	}

}
