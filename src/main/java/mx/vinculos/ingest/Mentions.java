package mx.vinculos.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mx.vinculos.graph.Names;

/**
 * Names in an event's text that may be new entities: people introduced by a title or an
 * occupation ("la Eurodiputada española Iratxe García", "Samer Saliba, Responsable de
 * Práctica, …"), organisations by their capitalised name ("Federación Latinoamericana de
 * Ciudades, Municipios y Asociaciones de Gobiernos Locales") or by the word that says what
 * they are ("la aerolínea Volaris"), and countries of the gazetteer. The drafter proposes
 * each as a candidate the curator judges; these rules read only the text.
 */
final class Mentions {

	private Mentions() {
	}

	/** A name found at [start, end) of a text, with the type its cue suggests. */
	record Named(String name, String type, int start, int end) {
	}

	// ---------------------------------------------------------------- people

	/** A person's name: two to five capitalised words, with the particles Spanish names carry. */
	static final String PERSON = "(\\p{Lu}[\\p{L}'’\\-]+(?:\\s+(?:de\\s+la\\s+|de\\s+los\\s+|del\\s+|de\\s+|von\\s+|van\\s+)?\\p{Lu}[\\p{L}'’\\-]+){1,4})";

	/** Courtesy and academic prefixes before a name: "Excmo. Sr.", "Dra.", "Mtro.". */
	private static final String PREFIX = "(?:(?:Excm[oa]\\.|Sr[a]?\\.|Dr[a]?\\.|Mtr[oa]\\.|Lic\\.|Ing\\.|Arq\\.)\\s+)*";

	/**
	 * Occupations that introduce a person ("la escritora …", "el fotógrafo colombiano …"),
	 * written in lower case or as a title.
	 */
	private static final String OCCUPATION = "(?:escritor(?:a)?|cantante|cantautor(?:a)?|fot[oó]graf[oa]|periodista|investigador(?:a)?|acad[eé]mic[oa]|activista"
			+ "|artista|pintor(?:a)?|poeta|poetisa|m[uú]sic[oa]|compositor(?:a)?|consultor(?:a)?|eurodiputad[oa]|diputad[oa]|senador(?:a)?|juez(?:a)?"
			+ "|expert[oa]|especialista|autor(?:a)?|cineasta|actor|actriz|chef|arquitect[oa]|economista|fil[oó]sof[oa]|historiador(?:a)?"
			+ "|deportista|futbolista|atleta|cient[ií]fic[oa]|curador(?:a)?|director(?:a)?\\s+de\\s+orquesta|ilustrador(?:a)?|dise[nñ]ador(?:a)?"
			+ "|bailar[ií]n(?:a)?|core[oó]graf[oa]|dramaturg[oa]|novelista|antrop[oó]log[oa]|soci[oó]log[oa]|ensayista|defensor(?:a)?"
			+ "|raper[oa]|muralista|grafiter[oa]|comediante|humorista|productor(?:a)?|cociner[oa]|escultor(?:a)?|fot[oó]grafa|director(?:a)?\\s+de\\s+cine)";

	/** "la escritora Isabel Allende", "la Eurodiputada española Iratxe García". */
	private static final Pattern BY_OCCUPATION = Pattern.compile("(?u)\\b(?i:el|la|los|las|al|del|de|por|con|y)\\s+(?i:" + OCCUPATION
			+ ")(?:\\s+(?!de\\b|del\\b|en\\b|y\\b|que\\b|con\\b)\\p{Ll}{4,})?,?\\s+" + PREFIX + PERSON);

	/**
	 * Titles and roles a person is introduced by, before or after the name ("la Directora …,
	 * Nombre", "Nombre, Responsable de Práctica, …").
	 */
	static final String TITLE = "(?:Jef[ae]|Subsecretari[oa]|Secretari[oa]|Subdirector(?:a)?|Director(?:a)?|Embajador(?:a)?|Alcalde(?:sa)?"
			+ "|President[ea]|Vicepresident[ea]|Ministr[oa]|Viceministr[oa]|Coordinador(?:a)?|Titular|Representante|C[oó]nsul|Gobernador(?:a)?"
			+ "|Canciller|Comisionad[oa]|Fiscal|Rector(?:a)?|Consejer[oa]|Gerente|Asesor(?:a)?|Fundador(?:a)?|Encargad[oa]|Agregad[oa]|Intendente"
			+ "|Senador(?:a)?|Diputad[oa]|Eurodiputad[oa]|Enviad[oa]|Responsable|Integrante|Miembro|Jueza?|Relator(?:a)?|Oficial|Vocer[oa]|Profesor(?:a)?"
			+ "|Primer[oa]?\\s+(?:Vicepresident[ea]|Ministr[oa]|Secretari[oa]|Dama)|Teniente\\s+de\\s+Alcalde|Ex(?:alcalde(?:sa)?|president[ea]))";

	/** "la Directora Ejecutiva de Representación Institucional, Mariana Flores Mayén" */
	private static final Pattern TITLE_THEN_NAME = Pattern.compile("(?u)(?<![\\p{L}])(?i:" + TITLE + ")\\b(?:[^,;:()\\n]|\\([^()]{0,60}\\)){0,160}?,\\s+"
			+ "(?:(?:el|la)\\s+)?" + PREFIX + PERSON + "(?![\\p{L}'’\\-])");

	/**
	 * "Samer Saliba, Responsable de Práctica", "… e Isabel Andreoni, Directora de …"
	 */
	private static final Pattern NAME_THEN_TITLE = Pattern.compile("(?u)(?:^|(?<=[\\n:;(.]\\s{0,3})|(?<=,\\s)|(?<=\\s(?:y|e)\\s))" + PREFIX + PERSON
			+ ",\\s+(?:(?i:" + TITLE + ")|(?i:" + OCCUPATION + "))(?![\\p{L}])");

	/** "la participación de Dora Barrancos, académica y activista", "de Farida Shaheed, autora del informe" */
	private static final Pattern NAME_THEN_OCCUPATION = Pattern.compile("(?u)(?<=\\s(?:de|con)\\s)" + PREFIX + PERSON + ",\\s+(?i:" + OCCUPATION + ")(?![\\p{L}])");

	/** "el consultor del proyecto, Guillermo del Campo Fernández-Shaw": an occupation, what it is of, then the name. */
	private static final Pattern OCCUPATION_THEN_NAME = Pattern.compile("(?u)\\b(?i:el|la)\\s+(?i:" + OCCUPATION + ")\\s+(?:de|del|de\\s+la|de\\s+los|en)\\s+[^,;:()\\n]{2,80}?,\\s+"
			+ PREFIX + PERSON + "(?![\\p{L}'’\\-])(?=\\s*[,.;]|\\s+y\\s|\\s*$)");

	/** "La adip conversó con Diego Ros Rooney y Alejandro Patino": the people a conversation or meeting was with. */
	private static final Pattern MET_WITH = Pattern.compile("(?iu)\\b(?:convers[oó]|dialog[oó]|convers[oó]|se\\s+reuni[oó]|se\\s+entrevist[oó]|sostuvo\\s+(?:una\\s+)?(?:reuni[oó]n|llamada|conversaci[oó]n|videollamada))\\s+con\\s+$");

	private static final Pattern PERSON_AND_PERSON = Pattern.compile("(?u)^" + PREFIX + PERSON + "(?:(?:,\\s+|\\s+(?:y|e)\\s+)" + PREFIX + PERSON + ")*"
			+ "(?![\\p{L}'’\\-])");

	private static final Pattern MET_WITH_START = Pattern.compile("(?iu)\\bcon\\s+(?=\\p{Lu})");

	private static final Pattern LISTED_PERSON = Pattern.compile("(?u)" + PREFIX + PERSON);

	/** "… y Marta Llobet de la Comisión de Cultura": a person known by the body they are of, in a list of people. */
	private static final Pattern NAME_OF_BODY = Pattern.compile("(?u)(?<=\\s(?:y|e)\\s|,\\s)" + PREFIX + PERSON + "(?=\\s+(?:de\\s+la|del|de\\s+los)\\s+(?:" + Candidates.HEADS + ")\\b)");

	/** Endings of Spanish nouns and adjectives, never of a name: "Fomento Económico", "Planeación". */
	private static final Pattern NOUN_ENDING = Pattern.compile("(?iu).*(?:ci[oó]n|si[oó]n|dad|mento|miento|ismo|ales|ivos|ivas)$");

	/** "…: Luz Elena González, Vannesa Bohórquez López y Rosaura Ruiz Gutiérrez, respectivamente" */
	private static final Pattern RESPECTIVELY = Pattern.compile("(?u):\\s*([^:;]{5,300}?),?\\s+respectivamente");

	private static final Pattern LISTED_NAME = Pattern.compile("(?u)(?:^|,\\s*|\\s+y\\s+)" + PREFIX + PERSON + "(?=\\s*,|\\s+y\\s|\\s*$)");

	/** Words no person's name holds: bodies, places, titles, months. */
	private static final Pattern NOT_A_NAME = Pattern.compile("(?u).*\\b(ciudad|mexico|secretaria|gobierno|estados|unidos|naciones|direccion|coordinacion|instituto|foro|red|programa"
			+ "|general|internacional|nacional|organizacion|comite|consejo|agencia|embajada|universidad|fundacion|banco|oficina|sistema|gestion|desarrollo"
			+ "|jefa|jefe|covid|reino|union|alcaldia|asesores|asuntos|america|latina|caribe|europea|mundial|ministro|ministra|consejero|consejera"
			+ "|gobernador|gobernadora|adjunto|adjunta|alcalde|alcaldesa|subdireccion|subdirector|director|directora|embajador|embajadora|secretario"
			+ "|coordinador|coordinadora|titular|presidente|presidenta|comision|camara|ministerio|municipalidad|intendencia|alcaldia|prefeitura|departamento"
			+ "|dia|semana|premio|congreso|cumbre|encuentro|festival|museo|centro|plan|proyecto|informe|agenda|carta|declaracion|estrategia|iniciativa"
			+ "|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|participaron|asistieron|participo"
			+ "|vicepresidente|vicepresidenta|representante|responsable|integrante|por|para|sobre|the|of|and|la|el|los|las"
			+ "|council|network|group|alliance|cities|city|foundation|institute|university|association|fund|bank|center|centre|global|world|office|agency"
			// common nouns of offices' names: "y Derechos Humanos de la Alcaldía", "un área de Seguridad Vial"
			+ "|derechos|humanos|personas|recursos|relaciones|servicios|politicas|publicas|publico|social|sociales|cultura|turismo|economia"
			+ "|innovacion|seguridad|salud|educacion|trabajo|movilidad|vivienda|vial|medio|ambiente)\\b.*");

	/**
	 * People the text introduces: by occupation, by a title before or after the name, and the
	 * names of a "…, respectivamente" list. Each name is cut before a body it is "de" ("Marta
	 * Llobet de la Comisión de Cultura").
	 */
	static List<Named> people(String t) {
		List<Named> out = new ArrayList<>();
		for (Pattern p : List.of(BY_OCCUPATION, TITLE_THEN_NAME, NAME_THEN_TITLE)) {
			Matcher m = p.matcher(t);
			while (m.find()) {
				addPerson(out, m.group(1), m.start(1));
			}
		}
		Matcher no = NAME_THEN_OCCUPATION.matcher(t);
		while (no.find()) {
			if (Arrays.stream(no.group(1).split("\\s+")).noneMatch(w -> NOUN_ENDING.matcher(w).matches())) {
				addPerson(out, no.group(1), no.start(1));
			}
		}
		Matcher o = OCCUPATION_THEN_NAME.matcher(t);
		while (o.find()) {
			addPerson(out, o.group(1), o.start(1));
		}
		Matcher b = NAME_OF_BODY.matcher(t);
		while (b.find()) {
			if (Arrays.stream(b.group(1).split("\\s+")).noneMatch(w -> NOUN_ENDING.matcher(w).matches())) {
				addPerson(out, b.group(1), b.start(1));
			}
		}
		Matcher w = MET_WITH_START.matcher(t);
		while (w.find()) {
			if (!MET_WITH.matcher(t.substring(Math.max(0, w.end() - 60), w.end())).find()) {
				continue;
			}
			Matcher list = PERSON_AND_PERSON.matcher(t.substring(w.end()));
			if (list.lookingAt()) {
				Matcher n = LISTED_PERSON.matcher(list.group());
				while (n.find()) {
					if (Arrays.stream(n.group(1).split("\\s+")).noneMatch(x -> NOUN_ENDING.matcher(x).matches())) {
						addPerson(out, n.group(1), w.end() + n.start(1));
					}
				}
			}
		}
		Matcher r = RESPECTIVELY.matcher(t);
		while (r.find()) {
			Matcher n = LISTED_NAME.matcher(r.group(1));
			int count = 0;
			List<Named> listed = new ArrayList<>();
			while (n.find()) {
				count++;
				addPerson(listed, n.group(1), r.start(1) + n.start(1));
			}
			// a list of names, not of bodies: every item a name
			if (count >= 2 && listed.size() == count) {
				out.addAll(listed);
			}
		}
		return out;
	}

	private static final Pattern BODY_AFTER = Pattern.compile("(?u)\\s+(?:de\\s+la|del|de\\s+los|de\\s+las|de)\\s+(?=\\p{Lu})");

	private static void addPerson(List<Named> out, String name, int start) {
		// "Marta Llobet de la Comisión …": the name ends where a body it belongs to begins
		Matcher b = BODY_AFTER.matcher(name);
		while (b.find()) {
			String rest = name.substring(b.end());
			if (!plausiblePerson(rest + " x") || NOT_A_NAME.matcher(Names.fold(rest)).matches()) {
				name = name.substring(0, b.start());
				break;
			}
		}
		if (plausiblePerson(name) && out.stream().noneMatch(x -> x.start() == start)) {
			out.add(new Named(name, "Person", start, start + name.length()));
		}
	}

	/** Two to five words, none a body's, place's or title's word. */
	static boolean plausiblePerson(String name) {
		String[] w = name.strip().split("\\s+");
		return w.length >= 2 && w.length <= 6 && !NOT_A_NAME.matcher(Names.fold(name)).matches();
	}

	// ---------------------------------------------------------------- organisations

	/** Words that head an organisation's name. */
	// "Universitá Degli Studi Di Milano", "Université de Montréal": a university's head in its own language
	private static final String HEAD = "Suprema\\s+Corte|Corte\\s+Suprema|Alta\\s+Consejer[ií]a|Consejer[ií]a|Embajada|Consulado|Iniciativa|Alianza|Coalici[oó]n|Secretar[ií]a|Subsecretar[ií]a|Ministerio|Alcald[ií]a|Universidad|Universit[aàá]|Universit[eé]|Instituto"
			+ "|Agencia|Fundaci[oó]n|Red|Banco|Organizaci[oó]n|Oficina|Comisi[oó]n|Consejo|Centro|Museo|C[aá]mara|Asociaci[oó]n|Federaci[oó]n|Fondo"
			+ "|Programa|Prefeitura|Municipalidad|Ayuntamiento|Intendencia|Direcci[oó]n|Coordinaci[oó]n|Sistema|Fiscal[ií]a|Polic[ií]a|Biblioteca|Hospital"
			+ "|Diputaci[oó]n|Defensor[ií]a|Observatorio|Plataforma|Gabinete|Departamento|Administraci[oó]n|Autoridad|Orquesta|Delegaci[oó]n|Colegio"
			+ "|Comit[eé]|Grupo|Parlamento|Tribunal|Corte|Sociedad|Liga|Movimiento|Procuradur[ií]a|Faro|Archivo|Teatro|Escuela|Academia|Colectivo";

	/** Heads whose two-word names are names ("Banco Mundial", "Fundación Rockefeller"), not units ("Dirección General"). */
	private static final Set<String> SHORT_HEADS = Set.of("banco", "fundacion", "grupo", "museo", "faro", "biblioteca", "universidad", "universita", "universite",
			"observatorio", "orquesta", "red", "colegio", "teatro", "archivo", "academia", "colectivo", "alianza", "liga");

	private static final Pattern HEAD_WORD = Pattern.compile("(?u)(?<![\\p{L}])(?:" + HEAD + ")(?![\\p{L}])");

	private static final Pattern HEAD_ONLY = Pattern.compile("(?u)^(?:" + HEAD + ")$");

	/** A capitalised word of a name. */
	private static final Pattern CAP = Pattern.compile("(?u)^\\s+(\\p{Lu}[\\p{L}’']+(?:-\\p{Ll}[\\p{L}’']*)?)(?![\\p{L}\\-])");

	/** Connectors inside a name, longest first: "para el Desarrollo", "entre Ciudades", "en el Extranjero". */
	private static final Pattern CONNECTOR = Pattern.compile(
			"(?u)^\\s+(de\\s+la|de\\s+las|de\\s+los|del|de|para\\s+la|para\\s+el|para\\s+los|para\\s+las|para|por\\s+la|por\\s+el|por|contra\\s+la|contra\\s+el|contra"
					+ "|sobre|entre|en\\s+el|en\\s+la|en|y\\s+del|y\\s+de|y|e|a\\s+la)\\s+(?=\\p{Lu})");

	/** ", Municipios y Asociaciones …": a list inside a name, each item capitalised, the last after "y". */
	private static final Pattern INNER_LIST = Pattern.compile(
			"(?u)^((?:,\\s+\\p{Lu}[\\p{L}\\-]+(?:\\s+\\p{Lu}[\\p{L}\\-]+)?)+)\\s+(?:y|e)\\s+(?=\\p{Lu})");

	/**
	 * Organisations named by a capitalised name after a head word ("Alianza Euroamericana de
	 * Cooperación entre Ciudades", "Banco Mundial").
	 */
	static List<Named> organizations(String t) {
		List<Named> out = new ArrayList<>();
		Matcher h = HEAD_WORD.matcher(t);
		int after = 0;
		while (h.find()) {
			String before = t.substring(Math.max(0, h.start() - 60), h.start());
			// "la Universidad de Yale para el Banco …": the name before ended, this one starts
			boolean next = after > 0 && h.start() >= after && AFTER_A_NAME.matcher(t.substring(after, h.start())).matches();
			if (h.start() < after || (!next && INSIDE_NAME.matcher(before).find() && !BEFORE_A_NAME.matcher(before).find())) {
				continue;
			}
			int end = extend(t, h.end());
			String name = t.substring(h.start(), end);
			// "la Secretaria de Estado … del Reino Unido": without its accent a (foreign) minister's title, whose body is the country
			if (h.group().matches("Secretaria|Subsecretaria")) {
				Matcher c = ENDS_IN_PLACE.matcher(name);
				if (c.find() && Offices.country(c.group(1)) != null) {
					continue;
				}
			}
			int words = name.split("\\s+").length;
			boolean shortName = words == 2 && SHORT_HEADS.contains(Names.fold(h.group()));
			if (words >= 3 || shortName) {
				out.add(new Named(name, Drafter.typeOf(name), h.start(), end));
				after = end;
			}
		}
		return out;
	}

	/** Words that stand before a body's name without being part of it: "la Directora de la Oficina …", "la Asamblea de la Red …". */
	// an event's name may carry a few words of its own before the body's: "Tercer Foro Abierto de Discusión de la Alianza …"
	private static final Pattern BEFORE_A_NAME = Pattern.compile("(?u)(?:(?i:" + TITLE + ")(?i:\\s+(?:General|Ejecutiv[oa]|Adjunt[oa]|Regional|Anual))?"
			+ "|(?i:Reuni[oó]n|Sesi[oó]n|Asamblea|Taller|Encuentro|Cumbre|Congreso|Foro)(?:\\s+(?:de\\s+)?\\p{Lu}[\\p{L}\\-]+){0,3})"
			+ "\\s+(?i:de|del|de\\s+la|de\\s+las|de\\s+los|para\\s+la|para\\s+el|para)\\s+$");

	private static final Pattern AFTER_A_NAME = Pattern.compile("(?u)\\s+(?:para|y|e|en|por|con|ante)\\s+(?:(?:el|la|los|las)\\s+)?");

	/** "… del Reino Unido" (not "… del Gobierno de México"): a name ending in a country. */
	private static final Pattern ENDS_IN_PLACE = Pattern.compile("(?u)(?<!Gobierno)\\s+(?:de|del|de\\s+la|de\\s+los)\\s+(\\p{Lu}[\\p{L}]+(?:\\s+\\p{Lu}[\\p{L}]+)?)$");

	/** "Cumbre Mundial sobre la Sociedad …", "el Antiguo Colegio": a head word inside a longer name. */
	private static final Pattern INSIDE_NAME = Pattern.compile(
			"(?u)(?:\\p{Lu}[\\p{L}\\-]+\\s+(?:de|del|de\\s+la|de\\s+las|de\\s+los|sobre\\s+la|sobre\\s+el|sobre|para\\s+la|para\\s+el|para)\\s+|(?:^|[^.:;!?“\"\\s])\\s+\\p{Lu}\\p{Ll}+\\s+)$");

	/** Where a name starting with a head word (ending at {@code at}) ends. */
	static int extend(String t, int at) {
		return extend(t, at, false);
	}

	/** {@code joinAnyY}: a name the text already said is one ("la red Ciudades y Gobiernos Locales Unidos"). */
	private static int extend(String t, int at, boolean joinAnyY) {
		int end = at;
		int pos = at;
		while (pos < t.length()) {
			String rest = t.substring(pos, Math.min(t.length(), pos + 200));
			Matcher c = CAP.matcher(rest);
			if (c.find()) {
				// a new head ("… y el Observatorio") starts a new name only after a connector
				pos += c.end();
				end = pos;
				continue;
			}
			Matcher k = CONNECTOR.matcher(rest);
			if (k.find()) {
				Matcher next = CAP.matcher(rest.substring(k.end() - 1));
				String joint = k.group(1).replaceAll("\\s+", " ");
				// "… y el Sistema", "… para el Banco …": a second body, not the name going on
				if (next.find() && !joint.startsWith("de") && HEAD_ONLY.matcher(next.group(1)).matches()) {
					break;
				}
				// "Grupo Salinas y Microsoft": "y" joins the words of a name only after its "de" part
				if (joint.matches("y|e") && !joinAnyY && !t.substring(at, pos).matches("(?su).*\\s(?:de|del|para|sobre|contra)\\s.*")) {
					break;
				}
				pos += k.end() - 1;
				continue;
			}
			Matcher l = INNER_LIST.matcher(rest);
			if (l.find() && !HEAD_WORD.matcher(l.group(1)).find() && t.substring(at, pos).matches("(?su).*\\s(?:de|del|para|sobre)\\s.*")) {
				pos += l.end() - 1;
				continue;
			}
			break;
		}
		return end;
	}

	/** Words that make an English name a body's: "Z Zurich Foundation", "International Association of Chiefs of Police". */
	private static final String ENGLISH_KIND = "Foundation|Alliance|Association|University|Group|Institute|Network|Council|Fund|Bank|Agency|Center|Centre"
			+ "|Initiative|Partnership|Coalition|Trust|Society|Company|Corporation|Organization|Organisation|Federation|Commission|Bureau|Department|Office";

	/** A run of capitalised English words (an initial or a code like "G20" among them), joined by "of", "for", "and", "the", "on". */
	private static final Pattern ENGLISH_NAME = Pattern.compile("(?u)(?<![\\p{L}\\d])((?:\\p{Lu}[\\p{L}\\d’'\\-]*)(?:\\s+(?:(?:of|for|and|the|on)\\s+)?(?:\\p{Lu}[\\p{L}\\d’'\\-]*)){1,7})(?![\\p{L}\\d])");

	private static final Pattern ENGLISH_KIND_WORD = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + ENGLISH_KIND + ")(?![\\p{L}])");

	/** Whether a word is an English kind word of a body's name ("Group", "FOUNDATION"). */
	static boolean englishKind(String word) {
		return ENGLISH_KIND_WORD.matcher(word).matches();
	}

	/** Spanish words a capitalised run may open with: "Participación", "En", "La" are not part of an English name. */
	private static final Pattern SPANISH_WORD = Pattern.compile("(?u)[\\p{L}]*(?:[áéíóúñ][\\p{L}]*|ci[oó]n)|(?i:el|la|los|las|en|de|del|con|por|para|y|e|un|una|como|se|su|sus|al|que|entre|ante|a)");

	/**
	 * Bodies named in English, in title case or capitals: the run must hold an English kind
	 * word ("G20 Global Smart Cities Alliance", "Johns Hopkins University", "NH HOTEL GROUP");
	 * Spanish words opening the run ("Participación en", "La") are left out.
	 */
	static List<Named> english(String t) {
		List<Named> out = new ArrayList<>();
		Matcher m = ENGLISH_NAME.matcher(t);
		while (m.find()) {
			String run = m.group(1);
			String[] words = run.split("\\s+");
			int drop = 0;
			while (drop < words.length && SPANISH_WORD.matcher(words[drop]).matches()) {
				drop++;
			}
			if (drop == words.length) {
				continue;
			}
			// a Spanish word inside means a Spanish name ("Red de Ciudades Alliance" is not English)
			boolean spanish = false;
			for (int i = drop; i < words.length; i++) {
				spanish |= SPANISH_WORD.matcher(words[i]).matches();
			}
			int start = m.start(1);
			for (int i = 0; i < drop; i++) {
				start = t.indexOf(words[i], start) + words[i].length();
			}
			start = t.indexOf(words[drop], start);
			String name = t.substring(start, m.end(1));
			if (spanish || name.split("\\s+").length < 2 || !ENGLISH_KIND_WORD.matcher(name).find()) {
				continue;
			}
			out.add(new Named(name, "Organization", start, m.end(1)));
		}
		return out;
	}

	/** What a word before a name says it is: "la aerolínea Volaris", "la revista británica The Economist". */
	private static final String KINDS = "organizaci[oó]n|asociaci[oó]n\\s+civil|asociaci[oó]n|aerol[ií]nea|empresa|compa[nñ][ií]a"
			+ "|agencia\\s+de\\s+viajes(?:\\s+receptiva)?|revista|peri[oó]dico|diario|semanario|portal|cadena|sociedad|red|organismo|consultora|consultor[ií]a|editorial|banda";

	/** "del periódico español El País", "la revista de negocios Outlook Travel": "del", "al" and a "de" phrase too. */
	private static final Pattern KIND_CUE = Pattern.compile("(?u)\\b(?:la|el|una|un|del|al)\\s+(" + KINDS + ")"
			+ "(?:\\s+(?:de\\s+(?=\\p{Ll}{4,}\\s+\\p{Lu}))?(?!de\\b|del\\b|en\\b|y\\b|que\\b)\\p{Ll}{4,})?\\s+((?:\\p{Lu}[\\p{L}\\-’']*|\\d{1,4})(?:\\s+(?:de\\s+|del\\s+)?(?:\\p{Lu}[\\p{L}\\-’']*|\\d{1,4})){0,5})");

	/** "El País Semanal, semanario del periódico …": the kind word after the name, in apposition. */
	private static final Pattern KIND_AFTER = Pattern.compile("(?u)(?<![\\p{L}])((?:\\p{Lu}[\\p{L}\\-’']*)(?:\\s+(?:de\\s+|del\\s+)?\\p{Lu}[\\p{L}\\-’']*){0,5}),\\s+(?:(?:un|una|el|la)\\s+)?(?:"
			+ KINDS + ")(?![\\p{L}])");

	private static final Pattern RUN_GOES_BACK = Pattern.compile("(?u)\\p{Lu}[\\p{L}\\-]*\\s+(?:(?:y|e|de|del|para|sobre)\\s+)?(?:(?:el|la|los|las)\\s+)?$");

	/** "la nota “…” de Infobae": the medium a piece quoted by its title appeared in. */
	private static final Pattern PIECE_OF = Pattern.compile("(?iu)\\b(?:nota|art[ií]culo|entrevista|reportaje|columna|cr[oó]nica|editorial)\\b[^“\"\\n]{0,40}[“\"][^”\"]{3,300}[”\"]\\s+(?:de|del|en)\\s+"
			+ "(?-i:(\\p{Lu}[\\p{L}\\-’']+(?:\\s+\\p{Lu}[\\p{L}\\-’']+){0,3}))");

	/** Words that open a sentence before a name, not part of it ("En El País Semanal"). */
	private static final Pattern LEADING_WORD = Pattern.compile("(?u)^(?:En|Con|Por|Para|Y|De|Del|Al|Desde|Seg[uú]n|Entrevista|Nota)\\s+");

	/** Organisations a kind word introduces; a "red" is a network. */
	static List<Named> byKind(String t) {
		List<Named> out = new ArrayList<>();
		Matcher m = KIND_CUE.matcher(t);
		while (m.find()) {
			int first = m.start(2) + m.group(2).split("\\s+")[0].length();
			int end = Math.max(m.end(2), extend(t, first, true));
			String name = t.substring(m.start(2), end);
			String kind = Names.fold(m.group(1));
			String type = kind.equals("red") ? "Network" : "Organization";
			out.add(new Named(name, type, m.start(2), end));
		}
		Matcher a = KIND_AFTER.matcher(t);
		while (a.find()) {
			// "… para el Transporte y el Desarrollo, organización …": the run is the tail of a longer name
			if (RUN_GOES_BACK.matcher(t.substring(Math.max(0, a.start(1) - 40), a.start(1))).find()) {
				continue;
			}
			String name = a.group(1);
			int start = a.start(1);
			Matcher lead = LEADING_WORD.matcher(name);
			while (lead.find()) {
				start += lead.end();
				name = name.substring(lead.end());
				lead = LEADING_WORD.matcher(name);
			}
			// a body's name with its head word ("La Secretaría de Cultura, una organización …") is read by its head
			if (!name.isEmpty() && !HEAD_WORD.matcher(name).find() && out.stream().noneMatch(n -> n.start() <= a.start(1) && a.start(1) < n.end())) {
				out.add(new Named(name, "Organization", start, start + name.length()));
			}
		}
		Matcher p = PIECE_OF.matcher(t);
		while (p.find()) {
			out.add(new Named(p.group(1), "Organization", p.start(1), p.end(1)));
		}
		return out;
	}

	// ---------------------------------------------------------------- cities

	private static final String PLACE = "\\p{Lu}[\\p{L}\\-’']+(?:\\s+(?:de\\s+|del\\s+|de\\s+la\\s+)?\\p{Lu}[\\p{L}\\-’']+){0,2}";

	/** "Chiang Mai (Tailandia)", "Puerto Boyacá, Colombia": a place located by its country. */
	private static final Pattern LOCATED = Pattern.compile("(?u)(?<![\\p{L}])(" + PLACE + ")(?:\\s*\\(\\s*(" + PLACE + ")\\s*\\)|,\\s+(" + PLACE + ")(?![\\p{L}]))");

	/**
	 * "participaron las ciudades de: Barcelona, Bogotá, …". Not "los alcaldes de …": their
	 * lists mix places and names ("las alcaldesas de Iztapalapa, Clara Brugada y de …").
	 */
	private static final Pattern CITY_LIST = Pattern.compile("(?iu)\\b(?:ciudades|municipios)(?:\\s+(?:miembro|socias|participantes|integrantes))?(?:\\s+de\\s*:?|\\s+como|\\s*:|\\s*\\()\\s*");

	private static final Pattern LIST_ITEM = Pattern.compile("(?u)^(?:(?:la|el|los|las)\\s+(?=\\p{Lu}\\p{Ll}+\\s+\\p{Lu}))?(" + PLACE + ")(?:\\s*\\([^()]{2,30}\\))?(\\s*[,;]\\s*(?:y\\s+)?|\\s+(?:y|e)\\s+)?");

	/**
	 * Cities a text names: each located by its country, and the items of a list of cities
	 * or of their mayors. Countries are left out (they are not cities) and so are names a
	 * list of envoys gives their country ("Ragnhild Imerslund (Noruega)").
	 */
	static List<Named> cities(String t) {
		List<Named> out = new ArrayList<>();
		Matcher m = LOCATED.matcher(t);
		// each place may be the country of the next one ("Ciudad, Medellín (Colombia)"): go on from its end
		for (int at = 0; at < t.length() && m.find(at); at = m.end(1)) {
			String country = m.group(2) != null ? m.group(2) : m.group(3);
			if (Offices.country(country) == null || Offices.country(m.group(1)) != null) {
				continue;
			}
			String before = t.substring(Math.max(0, m.start() - 300), m.start());
			if (ENVOYS.matcher(before).find() || INSIDE_NAME.matcher(t.substring(Math.max(0, m.start() - 60), m.start())).find()) {
				continue;
			}
			addCity(out, m.group(1), m.start(1));
		}
		Matcher l = CITY_LIST.matcher(t);
		while (l.find()) {
			int pos = l.end();
			int items = 0;
			List<Named> listed = new ArrayList<>();
			while (pos < t.length()) {
				Matcher i = LIST_ITEM.matcher(t.substring(pos, Math.min(t.length(), pos + 80)));
				if (!i.lookingAt() || i.group(1).isEmpty()) {
					break;
				}
				items++;
				addCity(listed, i.group(1), pos + i.start(1));
				if (i.group(2) == null) {
					break;
				}
				pos += i.end();
			}
			if (items >= 2) {
				listed.stream().filter(x -> out.stream().noneMatch(o -> o.start() == x.start())).forEach(out::add);
			}
		}
		return out;
	}

	private static final Pattern CITY_OF = Pattern.compile("(?:Ciudad|Municipio)\\s+de\\s+(\\p{Lu}.*)");

	private static final Pattern ENVOYS = Pattern.compile("(?iu)\\b(?:embajador|embajadora|embajadores|embajadoras|c[oó]nsul|representantes\\s+diplom)");

	private static void addCity(List<Named> out, String written, int at) {
		// "la Ciudad de Nagoya, Japón": the city is Nagoya ("Ciudad de Guatemala" keeps its name: Guatemala is the country)
		Matcher of = CITY_OF.matcher(written);
		boolean cityOf = of.matches() && Offices.country(of.group(1)) == null;
		String name = cityOf ? of.group(1) : written;
		int start = cityOf ? at + of.start(1) : at;
		if (Offices.country(name) == null && Offices.borough(name) == null && !NOT_A_PLACE.matcher(Names.fold(name)).matches()
				&& out.stream().noneMatch(x -> x.start() == start)) {
			out.add(new Named(name, "City", start, start + name.length()));
		}
	}

	/** Words no city's name holds (bodies, titles): "Secretaría de Cultura, México" is no city. */
	private static final Pattern NOT_A_PLACE = Pattern.compile("(?u).*\\b(?:(?:secretari|gobiern|direcci|coordinaci|institut|program|organizaci|comit|consej|agenci|embajad|universidad"
			+ "|fundaci|banc|oficin|sistem|alcald|ministeri|municipalidad|intendenci|prefeitur|departament|estado|provinci|muse|premi|proyect|asociaci"
			+ "|federaci|union|jef|president|director|reuni|encuentr|cumbre|congres)[a-z]*|red|redes|foro|foros)\\b.*");

	// ---------------------------------------------------------------- countries

	private static final Pattern CAPITALISED_RUN = Pattern
		.compile("(?u)(?<![\\p{L}])\\p{Lu}[\\p{L}\\-]+(?:\\s+(?:del\\s+|de\\s+|y\\s+)?\\p{Lu}[\\p{L}\\-]+){0,3}");

	/** Countries of the gazetteer named in a text, as written ("Sudáfrica", "Costa Rica"). */
	static List<Named> countries(String t) {
		List<Named> out = new ArrayList<>();
		Matcher m = CAPITALISED_RUN.matcher(t);
		int at = 0;
		while (at < t.length() && m.find(at)) {
			String[] w = m.group().split("\\s+");
			at = m.start() + w[0].length();
			// the longest run of words from the first that is a country ("Costa Rica" in "Costa Rica y Sudáfrica")
			for (int n = w.length; n >= 1; n--) {
				String cand = String.join(" ", java.util.Arrays.copyOf(w, n));
				if (Offices.country(cand) != null) {
					out.add(new Named(cand, "Country", m.start(), m.start() + cand.length()));
					at = m.start() + cand.length();
					break;
				}
			}
		}
		return out;
	}

	// ---------------------------------------------------------------- acronym lists

	/**
	 * Plural words for the parties a list of acronyms names: "ponentes de undrr, fao, unicef",
	 * "organizaciones de empleadores (concamin, coparmex, concanaco y canaco)".
	 */
	private static final Pattern ACRONYM_LIST_CUE = Pattern.compile("(?iu)\\b(?:ponentes|panelistas|representantes|organizaciones|organismos"
			+ "|instituciones|agencias|empleadores|trabajadores|sindicatos|centrales|c[aá]maras|aliados|socios|participantes|entidades"
			+ "|donantes|cooperantes)\\b[^.;:()]{0,30}?(?:\\s+(?:de|del|como)\\s+|\\s*\\(\\s*|:\\s*)$");

	/** One acronym of such a list, and what separates it from the next ("pnud. cepal" keeps the PDF's stray period). */
	private static final Pattern ACRONYM_ITEM = Pattern.compile("(?u)^(\\p{L}{2,10})(?![\\p{L}\\-])(\\s*[,.]\\s*(?:y\\s+|e\\s+)?|\\s+(?:y|e)\\s+)?");

	/** Short words of running text a lower-case list could hold that are no acronyms. */
	private static final Set<String> NOT_ACRONYMS = Set.of("de", "del", "la", "el", "los", "las", "en", "con", "por", "para",
			"una", "uno", "unos", "unas", "otros", "otras", "otro", "otra", "entre", "sus", "su", "que", "como", "etc", "mas", "ellas",
			"ellos", "este", "esta", "estos", "estas", "cada", "todos", "todas", "varios", "varias", "sin", "sobre");

	private static final Pattern SPANISH_WORD_SHAPE = Pattern.compile("(?iu)^(?=.*[aeiouáéíóú]).*[aeiouáéíóúnsrldzyj]$");

	/** "undrr", "ctm", "coparmex", "unicef": no Spanish word ends so or goes without a vowel. */
	static boolean unlikeAWord(String w) {
		return !SPANISH_WORD_SHAPE.matcher(w).matches() || w.matches("(?i).*[^aeiouáéíóú]{3}.*");
	}

	/**
	 * The acronyms of a list of three or more, all in one case, after a plural word for parties
	 * (the reports write acronyms in lower case: "ponentes de undrr, fao, unicef, pnud. cepal").
	 * The list ends at the first word that is not such an acronym ("…, bid, Miyamoto International"),
	 * and one of them at least is shaped like no Spanish word ("agua, luz y gas" is no list).
	 */
	static List<Named> acronymList(String t) {
		List<Named> out = new ArrayList<>();
		int at = 0;
		while (at < t.length()) {
			Matcher item = ACRONYM_ITEM.matcher(t).region(at, t.length());
			String before = t.substring(Math.max(0, at - 70), at);
			boolean cued = at > 0 && !Character.isLetter(t.charAt(at - 1)) && ACRONYM_LIST_CUE.matcher(before).find();
			if (!cued || !item.lookingAt()) {
				at++;
				continue;
			}
			List<Named> list = new ArrayList<>();
			Boolean lower = null;
			int p = at;
			while (p < t.length()) {
				Matcher m = ACRONYM_ITEM.matcher(t).region(p, t.length());
				if (!m.lookingAt()) {
					break;
				}
				String w = m.group(1);
				boolean isLower = w.equals(w.toLowerCase(java.util.Locale.ROOT));
				boolean isUpper = w.equals(w.toUpperCase(java.util.Locale.ROOT));
				if ((!isLower && !isUpper) || (lower != null && lower != isLower)
						|| NOT_ACRONYMS.contains(Names.fold(w))) {
					break;
				}
				lower = isLower;
				list.add(new Named(w, "Organization", m.start(1), m.end(1)));
				if (m.group(2) == null) {
					break;
				}
				p = m.end();
			}
			if (list.size() >= 3 && list.stream().anyMatch(n -> unlikeAWord(n.name()))) {
				out.addAll(list);
				at = list.get(list.size() - 1).end();
			}
			else {
				at++;
			}
		}
		return out;
	}

}
