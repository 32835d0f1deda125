package mx.vinculos.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mx.vinculos.graph.Names;

/**
 * Rules for positions (who holds which office where) that need no registry: the gazetteers
 * of countries and of Mexico City's boroughs, the body a title names, and the list forms the
 * reports use to introduce several office holders at once. {@link Drafter} resolves the
 * bodies and people they return against the registry.
 */
final class Offices {

	private Offices() {
	}

	/** Mexico City's sixteen boroughs: "el alcalde de Miguel Hidalgo" holds the Alcaldía. */
	private static final Set<String> BOROUGHS = Set.of("alvaro obregon", "azcapotzalco", "benito juarez", "coyoacan",
			"cuajimalpa de morelos", "cuajimalpa", "cuauhtemoc", "gustavo a madero", "iztacalco", "iztapalapa",
			"la magdalena contreras", "magdalena contreras", "miguel hidalgo", "milpa alta", "tlahuac", "tlalpan",
			"venustiano carranza", "xochimilco");

	/** The borough's office as the seeds name it ("Alcaldía Miguel Hidalgo"), or null. */
	static String borough(String place) {
		String p = place.strip().replaceFirst("(?iu)^alcald[ií]a\\s+(de\\s+)?", "");
		return BOROUGHS.contains(Names.fold(p)) ? "Alcaldía " + p : null;
	}

	/** Spanish country names (the JDK's own list, with the forms the reports add), folded. */
	private static final Map<String, String> COUNTRIES = new HashMap<>();

	static {
		Locale es = Locale.forLanguageTag("es");
		for (String iso : Locale.getISOCountries()) {
			String name = new Locale("", iso).getDisplayCountry(es);
			if (!name.isBlank() && !name.equals(iso)) {
				COUNTRIES.put(Names.fold(name), name);
			}
		}
		// the forms the reports use, each to the name the seeds give the country
		Map<String, String> extra = Map.of("Estados Unidos de América", "Estados Unidos", "Nueva Zelandia", "Nueva Zelanda",
				"Gran Bretaña", "Reino Unido", "Corea del Sur", "Corea del Sur", "República Checa", "República Checa");
		extra.forEach((form, name) -> COUNTRIES.put(Names.fold(form), name));
	}

	/** The country a name spells ("bolivia" → "Bolivia"), or null. */
	static String country(String name) {
		return name == null ? null : COUNTRIES.get(Names.fold(name));
	}

	/** Countries whose Spanish name takes an article: "Embajada del Reino Unido", "de los Estados Unidos". */
	private static final Map<String, String> ARTICLE = Map.of("reino unido", "del ", "estados unidos", "de los ",
			"estados unidos de america", "de los ", "paises bajos", "de los ", "emiratos arabes unidos", "de los ", "peru", "del ", "ecuador", "del ");

	/** "Noruega" → "Embajada de Noruega en México": the embassy a foreign ambassador heads here. */
	static String embassy(String country) {
		String c = country.strip().replaceFirst("^(?:el|los|la)\\s+", "");
		c = country(c) != null ? country(c) : c;
		return "Embajada " + ARTICLE.getOrDefault(Names.fold(c), "de ") + c + " en México";
	}

	/** Heads of state and government: they hold the position at the country itself. */
	private static final Pattern HEAD_OF_STATE = Pattern.compile(
			"(?iu)^(?:ex)?(?:president[ea]s?|(?:primer[ao]?\\s+)?vicepresident[ea]s?|primer[ao]? ministr[oa]s?|jef[ea]s? de estado)"
					+ "(?:\\s+de\\s+la\\s+rep[uú]blica)?\\s+(?:de|del)\\s+(.+)$");

	/** The country a head-of-state title is of ("expresidente de Bolivia" → "Bolivia"), or null. */
	static String headOfState(String title) {
		Matcher m = HEAD_OF_STATE.matcher(title.strip());
		return m.matches() && country(m.group(1)) != null ? country(m.group(1)) : null;
	}

	/** A local government named as a body: the position is at its city. */
	private static final Pattern LOCAL_GOVERNMENT = Pattern.compile(
			"(?iu)\\b(?:Ayuntamiento|Alcald[ií]a|Municipalidad(?:\\s+Metropolitana)?|Intendencia|Prefeitura|Gobierno)\\s+(?:de|del)\\s+(\\p{Lu}[\\p{L}\\-]+(?:\\s+(?:de\\s+)?\\p{Lu}[\\p{L}\\-]+){0,3})\\s*$");

	/** "… de la Alcaldía de Campinas" → "Campinas"; null when the title ends in no local government. */
	static String localGovernment(String title) {
		Matcher m = LOCAL_GOVERNMENT.matcher(title.replaceAll("\\s*\\([^)]*\\)", "").strip());
		return m.find() ? m.group(1) : null;
	}

	/** Words that open a unit of a larger body rather than a body of its own. */
	private static final Pattern UNIT = Pattern.compile(
			"(?iu)^(?:Consejo de Administraci[oó]n|Consejo Asesor|Consejo Directivo|Divisi[oó]n|Direcci[oó]n(?: General| Ejecutiva)?|Subdirecci[oó]n|Unidad|Departamento|Gerencia|[AÁ]rea|Comit[eé] Ejecutivo|Oficina de Pa[ií]s)\\b");

	/** "de la", "del"… followed by a capitalised word: where a nested body may start. */
	private static final Pattern OF_NAME = Pattern.compile("\\b(?:de la|de las|de los|del|de)\\s+(?=\\p{Lu})");

	/**
	 * The body a title's office belongs to when the office is a unit of it: "Consejo Asesor de
	 * la Coordinación Nacional de …" → "Coordinación Nacional de …", "División y Eventos de la
	 * Fifa" → "Fifa". Null when the office is not a unit (it is then the body itself).
	 */
	static String outerBody(String office) {
		String o = office.replaceAll("\\s*\\([^)]*\\)", "").strip();
		if (!UNIT.matcher(o).find()) {
			return null;
		}
		Matcher m = OF_NAME.matcher(o);
		String last = null;
		while (m.find()) {
			String rest = o.substring(m.end()).strip();
			if (!UNIT.matcher(rest).find() && (rest.split("\\s+").length <= 2 || ORG_WORD.matcher(rest).find())) {
				// "… del Trabajo para México y Cuba": the scope is not part of the body's name
				return rest.replaceFirst("\\s+(?:para|en)\\s+\\p{Lu}.*$", "");
			}
			last = rest;
		}
		return last;
	}

	private static final Pattern ORG_WORD = Pattern.compile(
			"^(?:Embajada|Consulado|Secretar[ií]a|Subsecretar[ií]a|Ministerio|Alcald[ií]a|Universidad|Instituto|Agencia|Fundaci[oó]n|Red|Banco|Organizaci[oó]n|Oficina|Comisi[oó]n|Consejo|Centro|Museo|C[aá]mara|Asociaci[oó]n|Federaci[oó]n|Fondo|Programa|Coordinaci[oó]n|Sistema|Fiscal[ií]a|Gobierno|Uni[oó]n|Comit[eé]|Fideicomiso|Autoridad|Procuradur[ií]a|Jefatura|Ayuntamiento|Intendencia|Municipalidad|Colegio|Parlamento|Grupo)\\b");

	/**
	 * Whether a title spells its body's name or an alias ("Secretaria del Medio Ambiente" names
	 * the Secretaría del Medio Ambiente; "Secretario de Movilidad" does not name the Secretaría
	 * de Movilidad). The seeds credit a city official whose title does not name the body at the
	 * city too ("dependencia no nombrada en la cita").
	 */
	static boolean namesBody(String title, String name, List<String> aliases) {
		String t = " " + Names.fold(title) + " ";
		if (t.contains(" " + Names.fold(name) + " ")) {
			return true;
		}
		for (String a : aliases) {
			if (!Names.fold(a).isEmpty() && t.contains(" " + Names.fold(a) + " ")) {
				return true;
			}
		}
		return false;
	}

	/** Text before a title word that makes it a second title: "…recibió al Embajador", "la Directora". */
	private static final Pattern BEFORE_TITLE = Pattern.compile("(?iu)(?:^|\\b(?:el|la|al|a|del|de la|los|las|y|e|con|por))\\s+$");

	/** Whether a title word after this text starts a title of its own (not "del Consejo Asesor"). */
	static boolean introducesTitle(String before) {
		return BEFORE_TITLE.matcher(before).find();
	}

	/** "…Coordinación Nacional de Memoria Histórica y Cultural de ": a place here ends a body's name. */
	private static final Pattern BODY_BEFORE = Pattern.compile(
			"(?u)\\b(?:Coordinaci[oó]n|Consejo|Instituto|Universidad|Direcci[oó]n|Comisi[oó]n|Oficina|Fondo|Fideicomiso|Colegio|Museo|Centro|Agencia|Organizaci[oó]n|Federaci[oó]n|Asociaci[oó]n|Fundaci[oó]n|Unidad|Divisi[oó]n|Red|Programa|Embajada|Consulado|Ministerio|Comit[eé])\\b[^,;]*\\s(?:de|del|de la|de los)\\s+$");

	/** Whether a place named after this text is the end of a body's name rather than the body. */
	static boolean insideBodyName(String before) {
		return BODY_BEFORE.matcher(before).find();
	}

	/** A name goes on after a lower-case joint: "al Empleo", "para el Desarrollo", "entre Ciudades", "y Eliminar la …". */
	private static final Pattern GOES_ON = Pattern.compile(
			"^\\s+(?:al|a la|a los|entre|para|para el|para la|para las|para los|la|el|las|los|contra|contra la|contra el|sin)\\s+\\p{Lu}");

	/**
	 * Whether an organisation's name found by the capitalised-words pattern stops before its end:
	 * a lower-case joint followed by a capitalised word goes on with it, and a word broken at
	 * the line end ("Programa de Coo-") is cut.
	 */
	static boolean cutShort(String name, String after) {
		return name.endsWith("-") || GOES_ON.matcher(after).find();
	}

	/**
	 * A position written apart from the usual "title, name" pair: where its parts are in a text.
	 * {@code titled}: the body is to be read from the title as in the usual pair ({@code body} null).
	 */
	record Hit(String title, String name, String body, int start, int end, boolean titled) {

		Hit(String title, String name, String body, int start, int end) {
			this(title, name, body, start, end, false);
		}

	}

	/** Titles the reports also write in lower case after an article: "el director de la División …, Colin Smith". */
	static final String LOWER_CASE_TITLES = "director(?:a)?|subdirector(?:a)?|gobernador(?:a)?|presidente|presidenta|vicepresident[ea]"
			+ "|ministr[oa]|c[oó]nsul|rector(?:a)?|gerente";

	/** Months that are first names too: "Julio Carranza". */
	static final Set<String> FIRST_NAME_MONTHS = Set.of("julio", "abril");

	/** "… Network y Agnès Ruiz de la Comisión …": what follows "y" is a person and a body, not the rest of a name. */
	static boolean personFollows(String afterY) {
		return PERSON_THEN_BODY.matcher(afterY).lookingAt();
	}

	private static final Pattern PERSON_THEN_BODY = Pattern.compile(
			"(?u)\\s+y\\s+\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+\\s+(?:de la|del|de)\\s+(?:Comisi[oó]n|Secretar[ií]a|Direcci[oó]n|Oficina|Red|Agencia|Organizaci[oó]n|Fundaci[oó]n|Universidad|Instituto)\\b");

	/** "gobernador de Lagos (Nigeria)": a governor heads a state's government ("Gobierno del Estado de Lagos"). */
	static String governedState(String title) {
		Matcher m = GOVERNOR_OF.matcher(title.replaceAll("\\s*\\([^)]*\\)", "").strip());
		return m.matches() ? "Gobierno del Estado de " + m.group(1) : null;
	}

	private static final Pattern GOVERNOR_OF = Pattern.compile(
			"(?iu)^gobernador(?:a)?\\s+(?:del\\s+estado\\s+)?de\\s+(\\p{Lu}[\\p{L}\\-]+(?:\\s+(?:de\\s+)?\\p{Lu}[\\p{L}\\-]+){0,2})$");

	/**
	 * An office of an organisation in a place is a body of its own ("Representante de la Oficina
	 * de la Unesco en México", "Jefe de Delegación de la Unión Europea en México"); an office of
	 * an embassy is named without the embassy. Null when the title ends in no such office.
	 */
	static String fieldOffice(String title) {
		String t = title.replaceAll("\\s*\\([^)]*\\)", "").strip();
		Matcher m = FIELD_OFFICE.matcher(t);
		if (!m.find()) {
			return null;
		}
		String office = m.group(1);
		Matcher emb = OF_EMBASSY.matcher(office);
		return emb.find() && emb.start() > 0 ? office.substring(0, emb.start()) : office;
	}

	private static final Pattern FIELD_OFFICE = Pattern.compile(
			"(?u)\\b((?:Oficina|Delegaci[oó]n)\\b[^,;]*?\\s+en\\s+\\p{Lu}[\\p{L}]+(?:\\s+\\p{Lu}[\\p{L}]+)?)$");

	private static final Pattern OF_EMBASSY = Pattern.compile("(?u)\\s+de\\s+la\\s+Embajada\\b");

	/**
	 * "Representante de onu Mujeres para México": a body whose name opens with an acronym the
	 * report prints in lower case (small capitals), its scope ("para México") cut. Null otherwise.
	 */
	static String lowerAcronymBody(String title) {
		Matcher m = LOWER_ACRONYM_BODY.matcher(title.replaceAll("\\s*\\([^)]*\\)", "").strip());
		if (!m.find() || FUNCTION_WORDS.contains(m.group(1))) {
			return null;
		}
		return m.group(1) + m.group(2);
	}

	private static final Pattern LOWER_ACRONYM_BODY = Pattern.compile(
			"(?u)^[\\p{L}.]+(?:\\s+[\\p{L}.]+){0,2}?\\s+(?:de|del|de la)\\s+(\\p{Ll}{2,6})((?:\\s+\\p{Lu}[\\p{L}\\-]+){1,3})(?:\\s+(?:para|en)\\s+\\p{Lu}.*)?$");

	private static final Set<String> FUNCTION_WORDS = Set.of("la", "el", "los", "las", "del", "de", "para", "en", "y", "con",
			"por", "sus", "su", "una", "un", "al");

	/**
	 * "asesor metodológico de Alto al Fuego/Driscoll´s", "Directora General de Sin Fronteras":
	 * a title ending in a proper name that no other rule reads as a body (capitalised words and
	 * lower-case particles, no "y"), split at a slash. Empty when the title does not end so.
	 */
	static List<String> namedBodies(String title) {
		String t = title.replaceAll("\\s*\\([^)]*\\)", "").strip();
		Matcher m = ENDS_IN_NAME.matcher(t);
		if (!m.find()) {
			return List.of();
		}
		List<String> out = new ArrayList<>();
		for (String part : m.group(1).split("\\s*/\\s*")) {
			if (!part.isBlank() && country(part) == null) {
				out.add(part.strip());
			}
		}
		return out;
	}

	private static final Pattern ENDS_IN_NAME = Pattern.compile(
			"(?u)^(?:[Aa]sesor(?:a)?|[Dd]irector(?:a)?(?:\\s+General)?|[Pp]residente|[Pp]residenta|[Ff]undador(?:a)?|[Cc]oordinador(?:a)?(?:\\s+General)?|[Rr]epresentante)"
					+ "(?:\\s+\\p{Ll}+)?\\s+(?:de|del)\\s+(\\p{Lu}[\\p{L}´'’]+(?:\\s*/\\s*\\p{Lu}[\\p{L}´'’]+|\\s+(?:al|de|del|la|las|los|el)\\s+\\p{Lu}[\\p{L}´'’]+|\\s+\\p{Lu}[\\p{L}´'’]+)*)$");

	/**
	 * The secretariat of the city a unit's official belongs to, when the title names only the
	 * unit ("Subsecretario de Educación", "Directora General de Seguridad Vial y …"): the one
	 * whose name shares the most words (by their first five letters) with the unit's; among
	 * equals, or when none shares a word, the one named last before the title ({@code nearby},
	 * nearest last). {@code secretariats} are the city's own bodies. Null when neither decides.
	 */
	static String parentSecretariat(String unit, Collection<Registry.Entity> secretariats, List<String> nearby) {
		Set<String> stems = stems(unit.replaceFirst("(?iu)^\\p{L}+(?:\\s+(?:General|Ejecutiv[oa]))?\\s+(?:de\\s+la|del|de)?\\s*", ""));
		List<String> best = new ArrayList<>();
		int top = 0;
		for (Registry.Entity e : secretariats) {
			Set<String> own = stems(e.name().replaceFirst("(?iu)\\s+de la Ciudad de M[eé]xico$", ""));
			own.retainAll(stems);
			if (own.size() > top) {
				top = own.size();
				best.clear();
			}
			if (own.size() == top && top > 0) {
				best.add(e.id());
			}
		}
		if (best.size() == 1) {
			return best.get(0);
		}
		for (int i = nearby.size() - 1; i >= 0; i--) {
			String id = nearby.get(i);
			if (best.isEmpty() ? secretariats.stream().anyMatch(e -> e.id().equals(id)) : best.contains(id)) {
				return id;
			}
		}
		return null;
	}

	/** A unit's title: its body is a unit of a larger one ("Subsecretario de …", "Directora General de …"). */
	static boolean unitTitle(String title) {
		Matcher m = UNIT_TITLE.matcher(title.strip());
		// "Coordinadora del Instituto de …" names a body of its own
		return m.find() && !ORG_WORD.matcher(title.strip().substring(m.end() - 1)).find();
	}

	/** A unit's own name ("Subsecretaría de …", "Dirección General de …"): the seeds credit its parent. */
	static boolean unitName(String name) {
		return UNIT_NAME.matcher(name).find();
	}

	private static final Pattern UNIT_NAME = Pattern
		.compile("(?iu)^(?:subsecretar[ií]a|subdirecci[oó]n|direcci[oó]n|unidad|coordinaci[oó]n|jefatura de unidad)\\b");

	private static final Pattern UNIT_TITLE = Pattern.compile(
			"(?iu)^(?:subsecretari[oa]|subdirector(?:a)?|director(?:a)?(?:\\s+(?:general|ejecutiv[oa]))?|coordinador(?:a)?(?:\\s+general)?|jef[ea] de unidad)\\s+(?:de|del|de la)\\s+\\p{Lu}");

	private static Set<String> stems(String s) {
		Set<String> out = new java.util.HashSet<>();
		for (String w : Names.fold(s).split(" ")) {
			if (w.length() >= 5 && !GENERIC.contains(w)) {
				out.add(w.substring(0, 5));
			}
		}
		return out;
	}

	/** Words of an office's name that say what it is, not what it does. */
	private static final Set<String> GENERIC = Set.of("secretaria", "subsecretaria", "direccion", "general", "ejecutiva",
			"coordinacion", "ciudad", "mexico", "publica", "publico");

	/** "los titulares de Finanzas, Cultura y de Movilidad: N1, N2 y N3, respectivamente": (area, name) in order. */
	record Paired(String area, String name, int start, int end) {
	}

	private static final Pattern RESPECTIVELY = Pattern.compile(
			"(?u)\\b(?:los|las)\\s+(?:titulares|secretari[oa]s|directore?s|directoras)\\s+de\\s+([^:;.]{3,200}?):\\s+([^:;.]{5,300}?),?\\s+respectivamente");

	/**
	 * The offices and names a "respectivamente" list pairs in order; the areas (which may hold
	 * commas: "Educación, Ciencia, Tecnología e Innovación") are merged from the end until they
	 * are as many as the names.
	 */
	static List<Paired> respectively(String t) {
		List<Paired> out = new ArrayList<>();
		Matcher m = RESPECTIVELY.matcher(t);
		while (m.find()) {
			List<String> names = new ArrayList<>(List.of(m.group(2).strip().split(",\\s*|\\s+y\\s+")));
			List<String> areas = new ArrayList<>(List.of(m.group(1).strip().split(",\\s*|\\s+y\\s+")));
			if (names.size() < 2 || areas.size() < names.size()) {
				continue;
			}
			while (areas.size() > names.size()) {
				String last = areas.remove(areas.size() - 1);
				areas.set(areas.size() - 1, areas.get(areas.size() - 1) + ", " + last);
			}
			int at = m.start(2);
			for (int i = 0; i < names.size(); i++) {
				String n = names.get(i).strip();
				int s = t.indexOf(n, at);
				if (s < 0) {
					break;
				}
				at = s + n.length();
				out.add(new Paired(areas.get(i).replaceFirst("^(?:de la|del|de)\\s+", "").strip(), n, m.start(), at));
			}
		}
		return out;
	}

	/** The city's body an area names ("Finanzas" → Secretaría de Administración y Finanzas), by shared words. */
	static String bodyOfArea(String area, Collection<Registry.Entity> bodies) {
		Set<String> want = stems(area);
		if (want.isEmpty()) {
			return null;
		}
		String best = null;
		int bestSize = Integer.MAX_VALUE;
		for (Registry.Entity e : bodies) {
			Set<String> own = stems(e.name().replaceFirst("(?iu)\\s+de la Ciudad de M[eé]xico$", ""));
			if (own.containsAll(want) && own.size() < bestSize) {
				best = e.id();
				bestSize = own.size();
			}
		}
		return best;
	}

	private static final String NAME = "(\\p{Lu}[\\p{L}'’\\-]+(?:\\s+(?:de\\s+la\\s+|de\\s+|da\\s+|von\\s+)?\\p{Lu}[\\p{L}'’\\-]+){1,4})";

	private static final String PLACE = "(\\p{Lu}[\\p{L}\\-]+(?:\\s+(?:de\\s+)?\\p{Lu}[\\p{L}\\-]+){0,3})";

	/** "los alcaldes Sadiq Khan de Londres (Reino Unido); Bill de Blasio, de Nueva York …" */
	private static final Pattern MAYORS = Pattern.compile("(?iu)\\b(?:los|las)\\s+(alcaldes(?:as)?|alcaldesas|intendentes)\\s+");

	private static final Pattern MAYOR_ITEM = Pattern
		.compile("\\G(?:\\s*(?:[,;]\\s*)?(?:y\\s+)?)" + NAME + ",?\\s+de\\s+" + PLACE + "(?:\\s*\\([^)]{2,40}\\))?");

	/** "las alcaldesas de Iztapalapa, Clara Brugada y de Venustiano Carranza, Evelyn Parra" */
	private static final Pattern EACH_OF = Pattern.compile("(?iu)\\b(?:los|las)\\s+(alcaldes|alcaldesas)(?=\\s+de\\s+\\p{Lu})");

	private static final Pattern EACH_ITEM = Pattern
		.compile("\\G\\s*(?:,\\s*)?(?:y\\s+)?de\\s+" + PLACE + ",\\s+" + NAME.replace("{1,4}", "{1,2}"));

	/** "Embajadoras … Ragnhild Imerslund (Noruega) y … Elisabeth Kehrer (Austria)" */
	private static final Pattern AMBASSADORS = Pattern.compile("(?iu)\\bEmbajador(?:es|as)\\b");

	private static final Pattern NAME_COUNTRY = Pattern.compile(NAME + "\\s*\\((\\p{Lu}[\\p{L} ]{2,30})\\)");

	/** "los expresidentes de Brasil y España, Luiz Inácio Lula da Silva y José Luis Rodríguez Zapatero" */
	private static final Pattern PAIRED = Pattern.compile("(?u)\\b(?:los|las)\\s+((?:ex)?(?:presidentes|presidentas|alcaldes|alcaldesas|embajadores|embajadoras|ministros|ministras|cancilleres))\\s+de\\s+"
			+ PLACE + "\\s+y\\s+(?:de\\s+)?" + PLACE + ",\\s+" + NAME + "\\s+y\\s+" + NAME);

	/** "con la Dra. Chiung-Wen, de la Universidad de Taiwán": an academic introduced by the body they come from. */
	private static final Pattern DOCTOR_OF = Pattern.compile("(?u)\\b(Dra?\\.|Mtr[oa]\\.)\\s+(\\p{Lu}[\\p{L}'’\\-]+(?:\\s+\\p{Lu}[\\p{L}'’\\-]+){0,3}),\\s+de\\s+(?:la|el|l)\\s*"
			+ "((?:Universidad|Instituto|Colegio|Centro|Escuela|Facultad)(?:\\s+(?:de|del|de la|para|y|en)?\\s*\\p{Lu}[\\p{L}\\-]+){1,6})");

	/** "el Embajador Jon Benjamin", "el canciller Marcelo Ebrard": a title and a name, no comma. */
	private static final Pattern TITLE_NAME = Pattern.compile("(?u)\\b(?:el|la|al|del)\\s+(Embajador(?:a)?|[Cc]anciller)\\s+"
			+ "(\\p{Lu}[\\p{L}'’\\-]+(?:\\s+\\p{Lu}[\\p{L}'’\\-]+){1,3})");

	private static final String ROLE = "(?:Periodista|Investigador(?:a)?|Responsable|Gerente|Director(?:a)?|Coordinador(?:a)?|President[ea]|Representante|Asesor(?:a)?|Consultor(?:a)?|Profesor(?:a)?|Acad[eé]mic[oa]|Fundador(?:a)?|Oficial|Especialista|Jef[ea]|Secretari[oa])";

	/**
	 * "…; Samer Saliba, Responsable de Práctica, Mayors Migration Council; …": a panel's list
	 * item of name, role and body, each after a comma.
	 */
	private static final Pattern NAME_TITLE_BODY = Pattern.compile("(?u)(?:^|[;:]\\s*|\\badem[aá]s:?\\s+)" + NAME + ",\\s+(" + ROLE
			+ "(?:\\s+(?:de|del|de la|y|e|en)?\\s*[\\p{L}]+){0,5}),\\s+(\\p{Lu}[^,;:()]{2,80}?)(?:\\s*\\([^)]{2,40}\\))?(?=\\s*[;.]|\\s+y\\s+\\p{Lu}|\\s*$)");

	/** Titles that say their body: "la Eurodiputada española Iratxe García" sits in the European Parliament. */
	private static final Pattern IMPLIED = Pattern.compile("(?u)\\b(?:el|la|los|las|del|al)\\s+([Ee]urodiputad[oa])(?:\\s+\\p{Ll}+)?\\s+"
			+ "(\\p{Lu}[\\p{L}'’\\-]+(?:\\s+\\p{Lu}[\\p{L}'’\\-]+){1,3})");

	/** "el Jefe de Delegación de la Unión Europea en México, Ministro Consejero, Jeröme Poussielgue": a second title before the name. */
	private static final Pattern TWO_TITLES = Pattern.compile("(?u)\\b(?:el|la|con el|con la)\\s+((?:Jef[ea]|Director(?:a)?|Representante|Titular)\\s+(?:de|del)\\s+[^,;:()]{3,100}),\\s+"
			+ "((?:Ministr[oa]|Consejer[oa]|Embajador(?:a)?|Encargad[oa])(?:\\s+\\p{L}+){0,3}),\\s+"
			+ "(\\p{Lu}[\\p{L}'’\\-]+(?:\\s+\\p{Lu}[\\p{L}'’\\-]+){1,3})");

	/**
	 * Positions the reports give in lists: mayors each "de" their city, ambassadors each with
	 * their country in parentheses, "los expresidentes de A y B, N1 y N2" (in that order), and
	 * a bare "el Embajador N" / "el canciller N" (body left to the caller: {@code body} null).
	 * {@code body} is a place (mayors, heads of state) or an embassy name (ambassadors).
	 */
	static List<Hit> listed(String t) {
		List<Hit> out = new ArrayList<>();
		Matcher m = MAYORS.matcher(t);
		while (m.find()) {
			String title = Names.fold(m.group(1)).startsWith("alcaldesa") ? "Alcaldesa" : "Alcalde";
			Matcher item = MAYOR_ITEM.matcher(t);
			item.region(m.end(), Math.min(t.length(), m.end() + 400));
			while (item.find()) {
				String place = item.group(2);
				String b = borough(place);
				out.add(new Hit(title + " de " + place, item.group(1), b != null ? b : place, item.start(1), item.end(2)));
			}
		}
		Matcher alt = EACH_OF.matcher(t);
		while (alt.find()) {
			String title = Names.fold(alt.group(1)).startsWith("alcaldesa") ? "Alcaldesa" : "Alcalde";
			Matcher item = EACH_ITEM.matcher(t);
			item.region(alt.end(), Math.min(t.length(), alt.end() + 300));
			while (item.find()) {
				String place = item.group(1);
				String b = borough(place);
				out.add(new Hit(title + " de " + place, item.group(2), b != null ? b : place, item.start(1), item.end(2)));
			}
		}
		Matcher a = AMBASSADORS.matcher(t);
		if (a.find()) {
			Matcher nc = NAME_COUNTRY.matcher(t);
			nc.region(a.start(), Math.min(t.length(), a.start() + 600));
			String title = t.substring(a.start(), a.end()).toLowerCase(Locale.ROOT).endsWith("as") ? "Embajadora"
					: "Embajador";
			while (nc.find()) {
				if (country(nc.group(2).strip()) != null || nc.group(2).strip().split("\\s+").length <= 2) {
					out.add(new Hit(title, nc.group(1), embassy(nc.group(2).strip()), nc.start(1), nc.end()));
				}
			}
		}
		Matcher p = PAIRED.matcher(t);
		while (p.find()) {
			String plural = p.group(1);
			String singular = plural.replaceFirst("(?i)es$|s$", "").replaceFirst("(?i)(president)$", "$1e");
			boolean heads = plural.toLowerCase(Locale.ROOT).contains("president");
			for (int i = 0; i < 2; i++) {
				String place = p.group(2 + i);
				String body = heads ? place : plural.toLowerCase(Locale.ROOT).startsWith("embajador") ? embassy(place) : place;
				out.add(new Hit(singular + " de " + place, p.group(4 + i), body, p.start(), p.end(4 + i)));
			}
		}
		Matcher dr = DOCTOR_OF.matcher(t);
		while (dr.find()) {
			out.add(new Hit(dr.group(1), dr.group(2), dr.group(3).strip(), dr.start(1), dr.end(3)));
		}
		Matcher tn = TITLE_NAME.matcher(t);
		while (tn.find()) {
			out.add(new Hit(tn.group(1), tn.group(2), null, tn.start(1), tn.end(2)));
		}
		Matcher tr = NAME_TITLE_BODY.matcher(t);
		while (tr.find()) {
			String body = tr.group(3).strip();
			if (country(body) != null) {
				// "…, Directora General de Colectividades de Buenos Aires, Argentina": a place's country, not a body
				continue;
			}
			String local = localGovernment(body);
			out.add(new Hit(tr.group(2), tr.group(1), local != null ? local : body, tr.start(1), tr.end(3)));
		}
		Matcher im = IMPLIED.matcher(t);
		while (im.find()) {
			out.add(new Hit(im.group(1), im.group(2), "Parlamento Europeo", im.start(1), im.end(2)));
		}
		Matcher two = TWO_TITLES.matcher(t);
		while (two.find()) {
			out.add(new Hit(two.group(1), two.group(3), null, two.start(1), two.end(3), true));
		}
		return out;
	}

}
