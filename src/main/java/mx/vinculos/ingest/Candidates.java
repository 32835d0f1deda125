package mx.vinculos.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which names found by the capitalised-words pattern are worth proposing as new entities:
 * not a piece of a longer name, not a list of place nouns, not a unit that names no body it
 * belongs to. Each rule reads only the name and the text around it.
 */
final class Candidates {

	private Candidates() {
	}

	/** Words that start an organisation's name (the drafter's ORG_NAME heads). */
	static final String HEADS = "Embajada|Consulado|Iniciativa|Alianza|Coalici[oó]n|Secretar[ií]a|Subsecretar[ií]a|Ministerio|Alcald[ií]a|Universidad|Instituto|Agencia|Fundaci[oó]n|Red|Banco|Organizaci[oó]n|Oficina|Comisi[oó]n|Consejo|Centro|Museo|C[aá]mara|Asociaci[oó]n|Federaci[oó]n|Fondo|Programa|Prefeitura|Municipalidad|Ayuntamiento|Intendencia|Direcci[oó]n|Coordinaci[oó]n|Sistema|Fiscal[ií]a|Polic[ií]a";

	private static final Pattern HEAD = Pattern.compile("^(?:" + HEADS + ")\\b");

	/** "Red de Ciudades Resilientes A su vez": a lone capital closing the name starts the next sentence. */
	private static final Pattern LONE_CAPITAL = Pattern.compile("\\s+\\p{Lu}$");

	/**
	 * The name without what the pattern swept in after its end: a lone capital letter (the
	 * next sentence, its full stop missing) and a label's word ("… Penal Acusatorio Fechas:"
	 * on the next line).
	 */
	static String trimTail(String name, String after) {
		String out = name;
		// "NH HOTEL GROUP: se impartió …": an English kind word closes a name, it is no label
		if (after.stripLeading().startsWith(":") && !Mentions.englishKind(out.substring(out.lastIndexOf(' ') + 1))) {
			int sp = out.lastIndexOf(' ');
			out = sp > 0 ? out.substring(0, sp) : out;
		}
		if (!after.startsWith(".")) {
			out = LONE_CAPITAL.matcher(out).replaceFirst("");
		}
		return out.replaceAll("\\s+(de|del|de la|de las|de los|para|y|e|en|sobre)$", "").strip();
	}

	/** "Centro y Sudamérica": a head followed by "y" lists nouns; it names nothing. */
	private static final Pattern HEAD_AND = Pattern.compile("^(?:" + HEADS + ")\\s+(?:y|e)\\s+");

	static boolean listOfNouns(String name) {
		return HEAD_AND.matcher(name).find();
	}

	/** The capitalised run before a name: "Confederación de Fútbol de la " before "Asociación del Norte". */
	private static final Pattern RUN_BEFORE = Pattern.compile(
			"((?:\\p{Lu}[\\p{L}\\-]*\\s+(?:(?:de|del|de\\s+la|de\\s+las|de\\s+los|y|e)\\s+)?)+)(?:de|del|de\\s+la|de\\s+las|de\\s+los)\\s+$");

	/**
	 * Whether a name starts inside a longer body's name the pattern does not know by its head
	 * ("Confederación de Fútbol de la Asociación del Norte", "Laboratorio de Análisis Ambiental
	 * del Sistema de …"): a capitalised run before it headed by a body's noun. A unit's parent
	 * ("Dirección General de Empleo de la Secretaría …") follows a known head and stays a name;
	 * so does a body named inside an event's or a title's name ("Foro … de la Alianza …",
	 * "el Director General del Instituto …").
	 */
	static boolean tailOfLongerName(String t, int start) {
		Matcher m = RUN_BEFORE.matcher(t.substring(Math.max(0, start - 80), start));
		if (!m.find()) {
			return false;
		}
		String run = m.group(1).strip();
		long capitals = java.util.Arrays.stream(run.split("\\s+")).filter(w -> Character.isUpperCase(w.codePointAt(0))).count();
		// the run may start mid-sentence after a lower-case word; its first capitalised word heads it
		return capitals >= 2 && OUTER_BODY.matcher(run).find();
	}

	/** Nouns that head a body's name but not the drafter's organisation pattern. */
	private static final Pattern OUTER_BODY = Pattern.compile(
			"^(?:Confederaci[oó]n|Laboratorio|Departamento|Unidad|Gerencia|Junta|Grupo|Observatorio|Colegio|Escuela|Hospital|Biblioteca|Archivo|Partido|Sindicato|Tribunal|Corte|Parlamento|Congreso\\s+de\\s+la\\s+Uni[oó]n|Estaci[oó]n|Servicio|Servicios)\\b");

	/** A name goes on past a lower-case joint the organisation pattern does not cross: "por la Diversidad", "sobre la Ciudad". */
	private static final Pattern GOES_ON = Pattern
		.compile("^\\s+(?:por|sobre)\\s+(?:la|el|las|los)\\s+\\p{Lu}");

	static boolean goesOn(String after) {
		return GOES_ON.matcher(after).find();
	}

	private static final Pattern SECOND_HEAD = Pattern.compile("\\s(?:de|del|de\\s+la|de\\s+las|de\\s+los)\\s+(?:" + HEADS + ")\\b");

	/**
	 * "Dirección General de Vinculación", "Comité Ejecutivo": a unit whose name says no body it
	 * belongs to. The seeds credit a unit's parent, and a unit without one cannot be placed in
	 * the registry; the parent, where the text names it, is found on its own.
	 * {@code namesEntity} says whether a known entity stands inside the name ("del Copred").
	 */
	static boolean unanchoredUnit(String name, boolean namesEntity) {
		return Crediting.unitName(name) && !namesEntity && !SECOND_HEAD.matcher(name).find();
	}

	private static final Pattern ROLE_WORD = Pattern.compile(
			"(?iu)(?:moderador|moderadora|ponente|panelista|anfitri[oó]n|anfitriona|invitad[oa]|organizador|organizadora|coordinador|coordinadora|conferencista|relator|relatora|comentarista|presidente|presidenta)");

	/** "Integrante de la Secretaría Técnica del Foro (moderador)": a part played in parentheses, no acronym. */
	static boolean roleWord(String parenthesised) {
		return ROLE_WORD.matcher(parenthesised).matches();
	}

	private static final Pattern GENERIC_PROGRAMME = Pattern
		.compile("^(?:Programa|Proyecto|Plan|Estrategia)\\s+de\\s+\\p{Lu}\\p{Ll}+$");

	/**
	 * "Programa de Gobierno", "Programa de Cooperación": a programme named only by its field is
	 * a kind of thing, not one the registry could hold; a named one says more
	 * ("Programa Comedores Sociales", "Programa Iberoamericano de Formación Municipal").
	 */
	static boolean genericProgramme(String name) {
		return GENERIC_PROGRAMME.matcher(name.strip()).matches();
	}

	/** "Coordinación del Tercer Foro Mundial …": the work of running an event, named like a unit. */
	private static final Pattern RUNNING_AN_EVENT = Pattern.compile("^(?:Coordinaci[oó]n|Organizaci[oó]n)\\s+(?:del|de la|de los)\\s+"
			+ "(?:\\p{Lu}\\p{Ll}*(?:o|a|er|ra|va|vo)?\\s+|[IVXL]{1,6}\\s+)?(?:Foro|Congreso|Cumbre|Encuentro|Festival|Feria|Conferencia|Seminario|Simposio|Bienal|Juegos)\\b.*");

	/**
	 * Whether an organisation-like name is the running of an event ("Coordinación del Tercer
	 * Foro Mundial sobre Ciudades y Territorios de Paz", a heading's title): no body.
	 */
	static boolean runningAnEvent(String name) {
		return RUNNING_AN_EVENT.matcher(name.strip()).matches();
	}

	private static final Pattern DATE_WORD = Pattern.compile(
			"(?iu)(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)");

	/** "Organización para la Cooperación y el Desarrollo Económicos (abril)": a month in parentheses dates the line, no acronym. */
	static boolean dateWord(String parenthesised) {
		return DATE_WORD.matcher(parenthesised.strip()).matches();
	}

	private static final Pattern UN_PROGRAMME = Pattern.compile(
			"(?iu)^Programa\\s+(?:de\\s+las\\s+Naciones\\s+Unidas|Mundial\\s+de\\s+Alimentos|Conjunto\\s+de\\s+las\\s+Naciones\\s+Unidas)\\b.*");

	/**
	 * "Programa de las Naciones Unidas para el Desarrollo", "Programa Mundial de Alimentos": a United
	 * Nations programme is a body that takes part, not a programme of work.
	 */
	static boolean unProgramme(String name) {
		return UN_PROGRAMME.matcher(name.strip()).matches();
	}

	/** Words of a body's name, never of a city's: "Climate Heritage Network", "Parlamento Europeo". */
	private static final Pattern BODY_WORD = Pattern.compile("(?iu)\\b(?:network|council|foundation|institute|alliance|association|agency|fund|group|partnership"
			+ "|coalition|commission|forum|organi[sz]ation|program(?:me)?|initiative|parlamento|congreso|senado|comit[eé]|uni[oó]n|mujeres|televisi[oó]n)\\b");

	/** "onu Mujeres": a word in lower case opening a name is an acronym written as the reports write them. */
	private static final Pattern LOWER_ACRONYM = Pattern.compile("^\\p{Ll}{2,6}\\s+\\p{Lu}");

	/**
	 * Whether a body named after a title ("Coordinador del Climate Heritage Network", "Representante de
	 * onu Mujeres") is no bare place name: a body's word or a lower-case acronym says so.
	 */
	static boolean bodyNotPlace(String name) {
		return BODY_WORD.matcher(name).find() || LOWER_ACRONYM.matcher(name.strip()).find();
	}

	private static final Pattern THREE_NAMES = Pattern.compile("^(\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+)\\s+\\p{Lu}\\p{Ll}+$");

	/**
	 * "Andrés Lajous" for "Andrés Lajous Loaeza": Spanish names drop the second surname in running
	 * text; a name of three plain words (no particle) is given name and two surnames.
	 */
	static String givenAndFirstSurname(String name) {
		Matcher m = THREE_NAMES.matcher(name.strip());
		return m.matches() ? m.group(1) : null;
	}

}
