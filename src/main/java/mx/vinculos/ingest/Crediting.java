package mx.vinculos.ingest;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mx.vinculos.graph.Names;

/**
 * The seeds' crediting rules (seeds/README.md, "Crediting rules") as the drafter applies
 * them to a registry mention in an event's text: who a mention credits, and whether it is a
 * party at all. Each rule reads only the text around the mention, never the curated files.
 */
final class Crediting {

	private Crediting() {
	}

	/**
	 * Words that head a unit of a larger body: "la Dirección Ejecutiva de … de la Coordinación
	 * General …", "el Bureau Ejecutivo de cglu". The seeds credit the parent body.
	 */
	private static final String UNIT = "(?:Direcci[oó]n|Subdirecci[oó]n|Subsecretar[ií]a|Secretar[ií]a\\s+(?:T[eé]cnica|Ejecutiva|General|Regional)|Grupo\\s+de\\s+Trabajo"
			+ "|Bureau|Comit[eé]\\s+(?:Ejecutivo|Sectorial|T[eé]cnico|Directivo)|Oficina\\s+(?:de\\s+Pa[ií]s|Regional|Subregional)|Consejo\\s+(?:Mundial|Ejecutivo|Pol[ií]tico|Asesor|Consultivo|Directivo|de\\s+Administraci[oó]n)|Comisi[oó]n\\s+de\\s+\\p{Lu}\\p{L}+|Jefatura\\s+de\\s+Unidad)";

	/** A unit's name ending right before a mention: "Dirección General de Empleo de la " (up to ~12 words). */
	private static final Pattern UNIT_BEFORE = Pattern.compile("\\b" + UNIT
			+ "(?:\\s+(?:\\p{Lu}[\\p{L}\\-]*,?|de|del|la|las|los|y|e|en|para|sobre)){0,14}?\\s+(?:de|del)(?:\\s+la|\\s+las|\\s+los)?\\s*$");

	/**
	 * Whether a mention stands at the end of a unit's name ("… de la Secretaría de Movilidad"
	 * after "la Subsecretaría de Planeación, Políticas y Regulación"): the unit took part,
	 * and the seeds credit its parent, the body mentioned. Places are never such parents (a
	 * city's own offices are bodies of their own).
	 */
	static boolean parentOfUnit(String t, int start, String type) {
		if ("City".equals(type) || "Country".equals(type) || "Person".equals(type)) {
			return false;
		}
		String before = t.substring(Math.max(0, start - 160), start);
		return UNIT_BEFORE.matcher(before).find() || OFFICE_BEFORE.matcher(before).find();
	}

	/**
	 * Words that head a body's office or mission: "la Oficina de la Unesco en México", "la Oficina
	 * Internacional Anti Narcóticos … de la Embajada de los Estados Unidos …". Unlike a unit, the
	 * seeds credit such an office as a party of its own, and its body beside it.
	 */
	private static final String OFFICE = "(?:Oficina|Representaci[oó]n|Misi[oó]n\s+Permanente)";

	private static final Pattern OFFICE_BEFORE = Pattern.compile("\\b" + OFFICE
			+ "(?:\\s+(?:\\p{Lu}[\\p{L}\\-]*,?|de|del|la|las|los|y|e|en|para|sobre)){0,14}?\\s+(?:de|del)(?:\\s+la|\\s+las|\\s+los)?\\s*$");

	private static final Pattern OFFICE_NAME = Pattern.compile("^" + OFFICE + "\\s+\\p{L}.*");

	/**
	 * Whether a new candidate is a body's office ("Oficina Multipaís de la UNESCO en San José"): the
	 * body named inside it is credited beside the office, in the office's part.
	 */
	static boolean officeName(String name) {
		return name != null && OFFICE_NAME.matcher(name.strip()).matches();
	}

	/**
	 * "a través de la cgaai Fecha: 28 de octubre", "Miyamoto International Resultado. Se tuvo …": a
	 * course sheet's next field label after a name ends the name; it does not make it a longer one.
	 */
	private static final Pattern FIELD_LABEL_AFTER = Pattern.compile(
			"^\\s+(?:Fechas?|Modalidad|Objetivos?(?:\\s+del\\s+curso)?|Participantes|Lugar|Sede|Duraci[oó]n|Resultados?|Ponentes?)\\s*[:.]");

	static boolean fieldLabelAfter(String t, int end) {
		return FIELD_LABEL_AFTER.matcher(t.substring(end, Math.min(t.length(), end + 40))).find();
	}

	private static final Pattern UNIT_NAME = Pattern.compile("^" + UNIT + "\\b.*");

	/**
	 * A new entity candidate named as a unit ("Dirección General de Calidad del Aire de la
	 * Secretaría …", "Secretaría Técnica del Copred") is not credited as a party: its parent
	 * is, where the text names it.
	 */
	static boolean unitName(String name) {
		return name != null && UNIT_NAME.matcher(name.strip()).matches();
	}

	private static final Pattern OFFICE_SEAT = Pattern.compile("(?u)^\\s*(?:(?:en|para)\\s+\\p{Lu}.*)?$");

	/**
	 * Whether a body named inside a new office's name owns the office: a body, not a place, that
	 * ends the name or is followed only by where the office sits ("Oficina de la Unesco en México",
	 * "… de la Organización Internacional del Trabajo para México y Cuba"). Followed by more of a
	 * name ("Oficina de las Naciones Unidas de Servicios para Proyectos") it is part of another
	 * body's own name. {@code rest}: the office's name after the body.
	 */
	static boolean officesBody(Registry.Entity e, String rest) {
		return e != null && ("Agency".equals(e.type()) || "Organization".equals(e.type()) || "Network".equals(e.type()))
				&& OFFICE_SEAT.matcher(rest).matches();
	}

	/**
	 * A city's own government or its mayor ("la Intendencia de Montevideo", "Ada Colau,
	 * Alcaldesa de Barcelona"): the city is the party, as {@code represented}, not a name
	 * inside a longer one.
	 */
	static final String CITY_OFFICES = "Alcalde|Alcaldesa|Intendencia|Intendente|Municipalidad|Metropolitana|Mayor|Prefeitura|Prefectura|Prefeito|Prefecto|Ayuntamiento";

	/**
	 * "En representación del Gobierno de la", "como representante del", "liderados por la":
	 * the city itself is a party where the text says someone stood for it; so is a city invited
	 * ("extendió una invitación a Ciudad de México") or one side of an exchange ("entre el
	 * Gobierno de la Ciudad de México y …").
	 */
	private static final Pattern STANDS_FOR = Pattern.compile(
			"(?i)(?:representaci[oó]n\\s+(?:del?|de\\s+la)|representante\\s+(?:del?|de\\s+la)|represent[oó]\\s+(?:a|al)|liderad[oa]s?\\s+por"
					+ "|invitaci[oó]n\\s+a|invit[oó]\\s+a|\\bentre\\s+el\\s+Gobierno\\s+de\\s+la)"
					+ "(?:\\s+(?:la|el))?(?:\\s+Gobierno\\s+de(?:\\s+la)?)?\\s*$");

	private static final Pattern STANDS_FOR_AFTER = Pattern.compile("(?i)^\\s*(?:estuvo|fue)\\s+representad[oa]");

	/**
	 * "Con la red de Ciudades y Gobiernos Locales Unidos (cglu) se realizaron diversas acciones …
	 * como:": a list's introduction that names only the partner and leaves the actor out, in the
	 * report's own voice; the report's government (its city) did the things listed, with the partner.
	 */
	private static final Pattern WITH_PARTNER_IMPERSONAL = Pattern.compile(
			"^\\s*(?:(?:Asimismo|Adem[aá]s|Por otra parte|Por otro lado|Tambi[eé]n),\\s+)?[Cc]on\\s+(?:la|el|los|las)\\s+[^.;:]{2,120}?"
					+ "\\s+se\\s+(?:realizaron|llevaron\\s+a\\s+cabo|desarrollaron|sostuvieron|organizaron|celebraron|impulsaron)\\b");

	/** Whether a list's introduction has the report's own government as its unnamed actor. */
	static boolean homeActsUnnamed(String intro) {
		return WITH_PARTNER_IMPERSONAL.matcher(intro).find();
	}

	/** "Por parte de Ciudad de México participó la Secretaría …": the city names the side, its body is the party. */
	private static final Pattern SIDE = Pattern.compile("(?i)por\\s+parte\\s+(?:del?|de\\s+la)(?:\\s+Gobierno\\s+de(?:\\s+la)?)?\\s*$");

	static boolean sideOnly(String t, int start, int end) {
		return SIDE.matcher(t.substring(Math.max(0, start - 40), start)).find() && !sideByOfficial(t, start, end);
	}

	/** An official's title right after the side: "…, la Directora Ejecutiva de …", "…, el titular de …". */
	private static final Pattern OFFICIAL_AFTER = Pattern.compile("(?u)^\\s*,\\s*(?:el|la)\\s+(?:Director|Directora|Coordinador|Coordinadora"
			+ "|Secretari[oa]|Subsecretari[oa]|[Tt]itular|Jef[ae]|Embajador|Embajadora|Alcalde|Alcaldesa|Asesor|Asesora|Consejer[oa])\\b");

	/**
	 * "Por parte del Gobierno de la Ciudad de México, la Directora Ejecutiva de …, Mariana Flores
	 * Mayén asistió": a person, not a body, took the city's side, so the city itself is the party
	 * she stood for ({@code represented}). Where a body follows ("Por parte de Ciudad de México
	 * participó la Secretaría …") that body is the party ({@link #sideOnly}).
	 */
	static boolean sideByOfficial(String t, int start, int end) {
		return SIDE.matcher(t.substring(Math.max(0, start - 40), start)).find()
				&& OFFICIAL_AFTER.matcher(t.substring(end, Math.min(t.length(), end + 40))).find();
	}

	/**
	 * The reporting city named as a party without a verb of its own: "para la participación de
	 * la Ciudad de México", "funcionarias de Ecuador, además de la Ciudad de México", "de la que
	 * la Ciudad de México será anfitriona", "reconoce a la Ciudad de México como …", one place of
	 * a list of places. Merely named ("habló de la Ciudad de México"), it is no party.
	 */
	private static final Pattern HOME_NAMED_AS_PARTY = Pattern.compile("(?iu)(?:"
			+ "participaci[oó]n\\s+(?:del?|de\\s+la)(?:\\s+Gobierno\\s+de(?:\\s+la)?)?"
			+ "|particip[oó]\\s+por(?:\\s+la)?|adem[aá]s\\s+(?:del?|de\\s+la)(?:\\s+Gobierno\\s+de(?:\\s+la)?)?"
			+ "|(?:reconoc\\p{L}*|premi\\p{L}*|galardon\\p{L}*|distingu\\p{L}*|seleccion\\p{L}*|eligi\\p{L}*)\\s+a(?:\\s+la)?"
			// one side of an exchange or an agreement ("entre el Gobierno de la …", "…, y el Gobierno de la …")
			// (not the ties "entre Ciudad de México y España" a visit strengthened)
			+ "|\\bentre\\s+(?:ellas|ellos)\\s+a(?:\\s+la)?|\\b(?:intercambio|reuni[oó]n|encuentro|di[aá]logo)\\s+(?:\\p{L}+\\s+){0,3}?entre(?:\\s+(?:el|la))?(?:\\s+Gobierno\\s+de(?:\\s+la)?)?"
			+ "|,\\s+y\\s+el\\s+Gobierno\\s+de(?:\\s+la)?"
			+ ")\\s*$");

	private static final Pattern HOME_ACTS_AFTER = Pattern
		.compile("(?iu)^\\s*(?:ser[aá]\\s+(?:la\\s+)?(?:ciudad\\s+)?(?:anfitriona|sede)|fue\\s+(?:la\\s+)?(?:ciudad\\s+)?(?:anfitriona|sede|seleccionada|elegida|ganadora|reconocida|galardonada))");

	/**
	 * "se presentó la experiencia de la Ciudad de México", "la Directora … presentó la
	 * experiencia de la Ciudad de México": what the city does was shown for it; but where one of
	 * its bodies is the subject ("La Dirección General … presentó la experiencia de Ciudad de
	 * México") that body is the party, not the city (group 1: the sentence before the verb).
	 */
	private static final Pattern HOME_SHOWN = Pattern.compile("(?iu)([^.;:]*?)\\b(?:present\\p{L}*|compart\\p{L}*|expus\\p{L}*|expuso|dio\\s+a\\s+conocer"
			+ "|dieron\\s+a\\s+conocer|mostr\\p{L}*|abund\\p{L}*)\\s+(?:\\p{L}+\\s+){0,3}?(?:la|las|los|el)\\s+(?:experiencias?|estrategias?|pol[ií]ticas"
			+ "|acciones|avances|logros|modelo|ejes|programas?)(?:\\s+[^.;:]{0,60}?)?\\s+(?:del?|de\\s+la)(?:\\s+Gobierno\\s+de(?:\\s+la)?)?\\s*$");

	private static final Pattern BODY_SUBJECT = Pattern.compile(
			"(?u)\\b(?:Secretar[ií]a|Subsecretar[ií]a|Direcci[oó]n|Agencia|Instituto|Coordinaci[oó]n|Comisi[oó]n|Consejo|Sistema|Procuradur[ií]a|Fiscal[ií]a|Alcald[ií]a)\\b");

	/** One place among others of a list: "Lima, Managua, Ciudad de México, Montevideo", "Bogotá, Rosario y la Ciudad de México". */
	private static final Pattern IN_LIST_BEFORE = Pattern.compile("\\p{Lu}[\\p{L}\\-]+(?:\\s+\\p{Lu}[\\p{L}\\-]+){0,2}(?:,\\s*|\\s+y\\s+(?:la\\s+)?)$");

	private static final Pattern IN_LIST_AFTER = Pattern.compile("^(?:,\\s*|\\s+y\\s+)\\p{Lu}");

	private static final Pattern LIST_COMMA_BEFORE = Pattern.compile("\\p{Lu}[\\p{L}\\-]+,\\s*\\p{Lu}[^,;.]{0,40}$");

	/**
	 * The city's government as the subject after its verb: "y ha encabezado por segundo año
	 * consecutivo el Gobierno de la Ciudad de México", "participó también el Gobierno de la …".
	 * Only the government's name: a bare "la Ciudad de México" after a verb is as often a place.
	 */
	private static final Pattern HOME_ACTS_BEFORE = Pattern.compile("(?iu)\\b(?:(?:ha|han|habr[aá])\\s+)?(?:encabez\\p{L}*|organiz\\p{L}*|presidi\\p{L}*"
			+ "|coordin\\p{L}*|particip\\p{L}*|convoc\\p{L}*|impuls\\p{L}*|lider\\p{L}*)"
			+ "(?:\\s+(?!(?:en|a|al|de|del|con|para|desde|hacia|sobre|entre|que)\\b)\\p{Ll}+){0,5}\\s+el(?:\\s+Gobierno\\s+de(?:\\s+la)?)?\\s*$");

	static boolean homeNamedAsParty(String t, int start, int end) {
		String before = t.substring(Math.max(0, start - 160), start);
		String after = t.substring(end, Math.min(t.length(), end + 40));
		if (HOME_NAMED_AS_PARTY.matcher(before).find() || HOME_ACTS_AFTER.matcher(after).find()
				|| HOME_ACTS_BEFORE.matcher(before).find()) {
			return true;
		}
		Matcher shown = HOME_SHOWN.matcher(before);
		if (shown.find()) {
			return !BODY_SUBJECT.matcher(shown.group(1)).find();
		}
		// a list of three places or more, the city among them (two could be "Ciudad de México, México")
		String near = t.substring(Math.max(0, start - 60), start);
		return IN_LIST_BEFORE.matcher(near).find()
				&& (IN_LIST_AFTER.matcher(after).find() || LIST_COMMA_BEFORE.matcher(near).find());
	}

	/**
	 * "las Ministras de Desarrollo Humano de Buenos Aires", "Autoridades de la ciudad de Buenos
	 * Aires": a city named at the end of its officials' titles is the party they stand for, not a
	 * name inside a longer one.
	 */
	private static final Pattern CITY_OFFICIALS = Pattern.compile("(?iu)\\b(?:ministr[oa]s?|autoridades|secretari[oa]s?|director(?:a|es|as)?"
			+ "|gobernador(?:a|es)?|jef[ae]s?|funcionari[oa]s?|representantes)\\s+(?:de|del)\\s+(?:(?-i:\\p{Lu})[\\p{L}\\-]*\\s+){0,4}?"
			+ "(?:(?:de|del|de\\s+la)\\s+)?(?:(?:la\\s+)?ciudad\\s+de\\s+)?$");

	static boolean cityOfficials(String t, int start, String type) {
		return "City".equals(type) && CITY_OFFICIALS.matcher(t.substring(Math.max(0, start - 80), start)).find();
	}

	/**
	 * An official's title, up to the body it belongs to: "la Presidenta Honoraria del ", "Director
	 * General de Gobierno Digital de la ", "el Alto Comisionado de TIC de ", "la Secretaria de Estado
	 * para el Comercio Internacional del ", "el Presidente de ". The official stands for that body,
	 * city or country (the seeds credit it {@code represented}), which is no name inside a longer one.
	 */
	private static final Pattern OFFICIAL_OF = Pattern.compile("(?u)\\b(?:[Dd]irector(?:a)?(?:\\s+(?:General|Ejecutiv[oa]))?|[Pp]resident[ea](?:\\s+Honorari[oa])?"
			+ "|(?:[Aa]lt[oa]\\s+)?[Cc]omisionad[oa]|[Ss]ecretari[oa]\\s+de\\s+Estado|[Mm]inistr[oa]|[Cc]anciller|[Tt]itular|[Vv]icepresident[ea])"
			+ "(?:\\s+(?:\\p{Lu}[\\p{L}\\-]*,?|[A-Z]{2,}|de|del|la|las|los|el|y|e|en|para|sobre)){0,10}?\\s+(?:de|del)(?:\\s+la|\\s+las|\\s+los)?\\s*$");

	/** Whether the mention at {@code start} ends an official's title: the official acts for it. */
	static boolean officialsBody(String t, int start, String type) {
		return !"Person".equals(type) && OFFICIAL_OF.matcher(t.substring(Math.max(0, start - 120), start)).find();
	}

	/**
	 * "el Congreso de Metropolis", "la Asamblea General de la organización WeGO", "la Vigésimo Sexta
	 * Conferencia de las Naciones Unidas sobre …": a network's or an organization's own meeting,
	 * named after it, which it convenes ({@code organizer}); not an upcoming one ("la próxima
	 * Conferencia de …"), which is no event of the report.
	 */
	private static final Pattern EVENT_OF = Pattern.compile("(?u)(?<!pr[oó]xima\\s|pr[oó]ximo\\s|siguiente\\s)\\b(?:Congreso|Asamblea(?:\\s+General)?|Cumbre|Conferencia"
			+ "|Reuni[oó]n\\s+Anual)\\s+(?:de|del|de\\s+la|de\\s+las|de\\s+los)(?:\\s+(?:la|el)\\s+(?:red|organizaci[oó]n))?\\s*$");

	static boolean eventOf(String t, int start, String type) {
		return ("Network".equals(type) || "Organization".equals(type))
				&& EVENT_OF.matcher(t.substring(Math.max(0, start - 60), start)).find();
	}

	/** "la participación de la Ciudad de México": the city takes part ({@code attendee}), it is not merely represented. */
	static String homeRole(String t, int start, String role) {
		return "represented".equals(role) && HOME_NAMED_AS_PARTY.matcher(t.substring(Math.max(0, start - 160), start)).find()
				? "attendee" : role;
	}

	/** Whether the text says a body or person acted in the name of the mention (the city, a government). */
	static boolean representing(String t, int start, int end) {
		String before = t.substring(Math.max(0, start - 60), start);
		return STANDS_FOR.matcher(before).find()
				|| STANDS_FOR_AFTER.matcher(t.substring(end, Math.min(t.length(), end + 40))).find() || sideByOfficial(t, start, end);
	}

	/**
	 * Background, not a party: "el 75 aniversario de la Organización de las Naciones Unidas",
	 * "los ejes del Programa de Gobierno", "la adopción de la Declaración …", "visitaron el
	 * Centro de Operaciones de …" (a venue toured).
	 */
	private static final Pattern BACKGROUND = Pattern.compile(
			"(?i)(?:aniversario|ejes|adopci[oó]n|recorrido\\s+por|visita\\s+(?:a|al)|marco\\s+normativo|lineamientos|agenda\\s+2030)(?:\\s+(?:de|del|de\\s+la|de\\s+las|de\\s+los|por|el|la|los|las))*\\s*$");

	static boolean background(String t, int start) {
		return BACKGROUND.matcher(t.substring(Math.max(0, start - 45), start)).find()
				|| RELATION.matcher(t.substring(Math.max(0, start - 90), start)).find()
				|| DECLARED_BY.matcher(t.substring(Math.max(0, start - 60), start)).find();
	}

	/**
	 * "se estrechó la relación de amistad y cooperación de Ciudad de México con la Unión
	 * Europea": the wider partner the meeting serves, not a party of the meeting.
	 */
	private static final Pattern RELATION = Pattern
		.compile("(?i)\\brelaci[oó]n(?:es)?\\s+de\\s+[^.;:]{0,70}?\\bcon(?:\\s+(?:la|el|los|las))?\\s*$");

	/** "sitios patrimoniales declarados por la unesco": who once declared a site, not a party. */
	private static final Pattern DECLARED_BY = Pattern
		.compile("(?i)\\bdeclarad[oa]s?\\s+(?:como\\s+)?(?:patrimonio\\s+(?:\\p{L}+\\s+){0,2})?por(?:\\s+(?:la|el|los|las))?\\s*$");

	/**
	 * "lucha contra la corrupción y crimen organizado (MILANO)": a place written in capitals
	 * between parentheses labels what precedes it (a course, a body), as the reports write an
	 * acronym; it is not a party.
	 */
	static boolean placeLabel(String t, int start, int end, String type) {
		if (!"City".equals(type) && !"Country".equals(type)) {
			return false;
		}
		String surface = t.substring(start, end);
		return surface.length() > 2 && surface.equals(surface.toUpperCase(Locale.ROOT))
				&& t.substring(0, start).stripTrailing().endsWith("(") && t.substring(end).stripLeading().startsWith(")");
	}

	/**
	 * A candidate of type Project ("Programa de Gobierno 2019-2024", "Objetivos de Desarrollo
	 * Sostenible") is what a party works on, not a party.
	 */
	static boolean notAParty(String type, String name) {
		if ("Project".equals(type)) {
			return true;
		}
		String f = name == null ? "" : Names.fold(name);
		// "la titular de la Jefatura de Gobierno, Claudia Sheinbaum": the seeds credit the head, not her office
		return f.startsWith("objetivos de desarrollo") || f.startsWith("agenda ") || f.startsWith("sistema de cuidados")
				|| f.startsWith("sistema publico de") || f.startsWith("jefatura de gobierno") || NOT_A_BODY.matcher(f).find();
	}

	/**
	 * Names a capitalised run can take that are no body: an instrument or a method ("Evaluación
	 * de Necesidades …", "Mecanismos Alternativos de Solución de Controversias", "… Innovation
	 * Index"), a justice system, a fair ("Tianguis Turístico"), a region, or a place within a
	 * city (its historic centre, a market): what a course teaches or where a visit went.
	 */
	private static final Pattern NOT_A_BODY = Pattern.compile("^(?:evaluacion|mecanismos?|metodologia|indice|indicadores|protocolo|manual|guia"
			+ "|tianguis|feria|region|sistemas? de justicia|centro historico|centro comercial|mercados?) |\\bindex$");

	/**
	 * "En calidad de Oficina Regional para América Latina de WeGO, la adip …", "las actividades
	 * de WeGO como Oficina Regional": the capacity a party acts in, not another party; so is the
	 * office named after a role ("en calidad de copresidentes del Comité de Cultura": a unit of
	 * the network the sentence names, which the seeds credit).
	 */
	private static final Pattern CAPACITY = Pattern.compile("(?i)(?:\\ben\\s+(?:su\\s+)?calidad\\s+de(?:(?:\\s+(?-i:\\p{Ll}+)){1,2}\\s+(?:del|de\\s+la|de))?|\\bcomo)(?:\\s+(?:la|el|los|las))?\\s*$");

	/** "la Secretaría de Seguridad Ciudadana, a través de su Coordinación de Asuntos Internacionales": the subject's own unit. */
	private static final Pattern OWN_UNIT = Pattern.compile("(?i)\\ba\\s+trav[eé]s\\s+de\\s+sus?\\s*$");

	/** "la exalcaldesa de Madrid, Manuela Carmena": a former office; the person no longer stands for the place. */
	private static final Pattern FORMER = Pattern.compile(
			"(?i)\\bex-?\\s?(?:alcaldes?a?|president[ea]s?|ministr[oa]s?|embajador(?:a|es)?|jef[ae]s?|gobernador(?:a|es)?|intendentes?|canciller(?:es)?|secretari[oa]s?)\\s+(?:de|del|de\\s+la)\\s*$");

	/** "enfocado en crear un Sistema de …", "el proyecto del Museo Infantil": what is made, not who makes it. */
	private static final Pattern MADE = Pattern.compile(
			"(?i)\\b(?:crear|cre[oó]|creaci[oó]n\\s+(?:de|del)|proyecto\\s+(?:de|del))(?:\\s+(?:un|una|el|la|los|las))?\\s*$");

	/** "Lugar: Quito, Ecuador.": a course sheet's field names where it was held. */
	private static final Pattern PLACE_FIELD = Pattern.compile("(?i)\\b(?:lugar|sede)\\s*:\\s*$");

	/**
	 * Whether the text around a mention says it is no party of the event: a capacity the acting
	 * party holds, a new candidate named as the acting body's own unit (the seeds credit the
	 * body) or as what is being made, a city or country filling a sheet's place field or named
	 * in a former office (a borough labelling a place: {@link #boroughAsPlace}).
	 */
	static boolean notAPartyHere(String t, int start, int end, Registry.Entity e, boolean candidate) {
		String type = e == null ? "Organization" : e.type();
		String before = t.substring(Math.max(0, start - 40), start);
		boolean place = "City".equals(type) || "Country".equals(type);
		return CAPACITY.matcher(before).find()
				|| (candidate && (OWN_UNIT.matcher(before).find() || MADE.matcher(before).find()))
				|| (place && (PLACE_FIELD.matcher(before).find() || FORMER.matcher(before).find()));
	}

	/**
	 * "representantes de las instancias de juventud de El Salvador, Guatemala y Honduras": the
	 * people of a body of each country took part, so each country is a party (a few lower-case
	 * words between the cue and the list, no other name).
	 */
	private static final Pattern DELEGATES_OF = Pattern.compile(
			"(?iu)\\b(?:representantes|delegad[oa]s|delegaciones|funcionari[oa]s|autoridades)\\s+(?:de|del)\\s+(?:las|los|la|el)\\s+(?-i:\\p{Ll}+)(?:\\s+(?-i:\\p{Ll}+)){0,4}\\s+(?:de|del)\\s*$");

	/**
	 * "con sus contrapartes de Argentina, Brasil y Chile", "sus homólogos de Colombia": each country's
	 * peers met ours and took part. Without "sus" or "con" the peers are an audience ("se presentó la
	 * experiencia … a contrapartes de Estados Unidos y Canadá"), not a party of the event.
	 * "funcionarias de Ecuador y Barcelona": each country's officials took part.
	 */
	private static final Pattern PEERS_OF = Pattern.compile(
			"(?iu)(?:(?:\\bsus\\s+|\\bcon\\s+(?:sus\\s+)?)(?:contrapartes|hom[oó]log[oa]s)|\\b(?:funcionari[oa]s|autoridades))\\s+(?:de|del)\\s*$");

	static boolean delegatesOf(String t, int start) {
		String before = t.substring(Math.max(0, start - 90), start);
		return DELEGATES_OF.matcher(before).find() || PEERS_OF.matcher(before).find();
	}

	/**
	 * The role of a body named through the title of its head or envoy ("el Embajador de
	 * España en México", "la Coordinadora General de …"): the person acts in the body's name,
	 * so the body is {@code represented} unless the text gives the part played.
	 */
	static String titleRole(String role) {
		return "attendee".equals(role) ? "represented" : role;
	}

	/**
	 * How much worse a heading's mention ranks than the body's: the seeds cite a party where
	 * the body names it (the curator reads the part played there), not where the heading does,
	 * whatever the heading's cue ("en conjunto con las ciudades de …").
	 */
	static final int HEADING_RANK = 5;

	private static final Pattern ENVOY = Pattern.compile("(?iu)^(?:embajador|embajadora|c[oó]nsul|c[oó]nsula)\\b.*");

	/**
	 * "el Embajador de Chile en México": the envoy stands for the embassy, which the seeds
	 * credit ({@code represented}); the country and the city in the title only say whose
	 * embassy and where, and are not parties of their own.
	 */
	static boolean envoysPlace(String title, Registry.Entity inner) {
		return inner != null && ("Country".equals(inner.type()) || "City".equals(inner.type()))
				&& ENVOY.matcher(title.strip()).matches();
	}

	/**
	 * The body a unit belongs to, up to the highest agency ("Dirección General de Seguridad
	 * Vial …" → Secretaría de Movilidad): the seeds hold a position at the body, never at its
	 * unit (the unit's name stays in the position's title). Any other entity is itself.
	 */
	static String unitsBody(Registry registry, String id) {
		Registry.Entity e = registry.get(id);
		for (int i = 0; e != null && e.parent() != null && i < 4; i++) {
			Registry.Entity parent = registry.get(e.parent());
			if (parent == null || !"Agency".equals(parent.type()) || !"Agency".equals(e.type())) {
				break;
			}
			id = parent.id();
			e = parent;
		}
		return id;
	}

	/** An official of the borough before its name: "las alcaldesas de Iztapalapa", "el Alcalde de Xochimilco". */
	private static final Pattern BOROUGH_OFFICIAL = Pattern
		.compile("(?iu)\\b(?:alcaldes?|alcaldesas?|concejal(?:es|as?)?|titular|gobiernos?|autoridades)\\s+(?:de|del)\\s*$");

	private static final Pattern BOROUGH_ACTS = Pattern
		.compile("(?iu)^[,\\s]*(?:particip|present|firm|organiz|recib|colabor|asist|expus|compart|se\\s+sum|fue\\s+sede)");

	/**
	 * "Centro Comercial Quetzalcóatl (Iztapalapa)", "“San Pedro Atocpan” (Milpa Alta)", "la luna Iztacalco “Coatlicue”": a borough named
	 * bare, without "Alcaldía" and without an official of it, says where a venue is; the borough's
	 * government (the registry's "Alcaldía …") is a party only where the text has it act or names it
	 * as such.
	 */
	static boolean boroughAsPlace(Registry.Entity e, String t, int start, int end) {
		if (e == null || !"Agency".equals(e.type()) || !Names.fold(e.name()).startsWith("alcaldia ")
				|| Names.fold(t.substring(start, end)).contains("alcaldia")) {
			return false;
		}
		return !BOROUGH_OFFICIAL.matcher(t.substring(Math.max(0, start - 40), start)).find()
				&& !BOROUGH_ACTS.matcher(t.substring(end, Math.min(t.length(), end + 30))).find();
	}

	/**
	 * "la Conferencia de las Partes (cop-15) del Convenio sobre la Diversidad Biológica (cdb) de las
	 * Naciones Unidas": a treaty, conference or declaration of a body, its acronym between, names the
	 * body as its owner, not as a party (without the acronym the longer name already hides it).
	 */
	private static final Pattern INSTRUMENT_OF = Pattern.compile(
			"(?u)\\b(?:Convenio|Convención|Conferencia|Protocolo|Declaración|Pacto|Decenio|Marco|Acuerdo|Tratado|Carta)\\s+"
					+ "(?:de|del|sobre|para|contra)\\s+[^.;:()]{0,80}\\([^()\\s]{2,12}\\)\\s+(?:de|del|de\\s+la|de\\s+las|de\\s+los)\\s*$");

	static boolean instrumentOf(String t, int start) {
		return INSTRUMENT_OF.matcher(t.substring(Math.max(0, start - 140), start)).find();
	}

	/** A city's secretaría or its head, up to the city's name: "la Secretaría de Movilidad de ", "Secretaria de la Mujer de ". */
	private static final Pattern CITYS_OFFICE = Pattern.compile("(?u)\\bSecretar[ií][ao]\\s+(?:de|del)\\s+(?:la\\s+|las\\s+|los\\s+)?"
			+ "\\p{Lu}\\p{L}*(?:\\s+(?:(?:y|e|de|del|la|las|los)\\s+)*(?!Alcald|Intendencia|Municipalidad|Prefeitura)\\p{Lu}\\p{L}*){0,4}\\s+de\\s*$");

	/**
	 * "La Secretaría de Movilidad de Bogotá invitó …", "Diana Rodríguez, Secretaria de la Mujer de
	 * Bogotá": a city's own secretaría acts for the city, which the seeds credit beside it (as they
	 * credit the city of an "Alcaldesa de Bogotá"), though its name stands inside the secretaría's. A
	 * secretaría "de la Alcaldía de Campinas" is a unit of the city's government, credited as such.
	 */
	static boolean citysOffice(String t, int start, String type) {
		return "City".equals(type) && CITYS_OFFICE.matcher(t.substring(Math.max(0, start - 90), start)).find();
	}

	/** Whether a name is a secretaría's of some place ("Secretaría de Movilidad de Bogotá"), whose city {@link #citysOffice} credits. */
	static boolean citysOfficeName(String name) {
		return name.matches("(?su)^Secretar[ií][ao]\\s+(?:de|del)\\s+.+\\s+de\\s+\\p{Lu}.*");
	}

	private static final Pattern AFTER_PLACE = Pattern
		.compile("(?iu)\\b(?:despu[eé]s|antes)\\s+de\\s+(?:la\\s+ciudad\\s+de\\s+|el\\s+|la\\s+)?$");

	/**
	 * "la Ciudad de México como segunda sede del Foro, después de la ciudad de Madrid": a place the
	 * event came to after or before is where it was held another time, not a party of this one.
	 */
	static boolean earlierHost(String t, int start, String type) {
		return ("City".equals(type) || "Country".equals(type))
				&& AFTER_PLACE.matcher(t.substring(Math.max(0, start - 40), start)).find();
	}

	private static final Pattern EDITION_BEFORE = Pattern.compile("(?iu)\\bedici[oó]n\\s+(?:de|del|de\\s+la|de\\s+las|de\\s+los)\\s*$");

	private static final Pattern YEAR_AFTER = Pattern.compile("^\\s*(?:\\([^()\\s]{2,12}\\)\\s*)?(?:19|20)\\d\\d\\b");

	/**
	 * "la quinta edición del Foro Global de la Economía Social 2021 (gsef 2021)", "Foro Global de
	 * la Economía Social (gsef) 2021": a body's name with an edition or a year names one of its
	 * events (the event told), not the body as a party of it.
	 */
	static boolean edition(String t, int start, int end, String type) {
		if ("Person".equals(type) || "City".equals(type) || "Country".equals(type)) {
			return false;
		}
		return EDITION_BEFORE.matcher(t.substring(Math.max(0, start - 30), start)).find()
				|| YEAR_AFTER.matcher(t.substring(end, Math.min(t.length(), end + 20))).find();
	}

	private static final Pattern SITE_NAME_AFTER = Pattern.compile("^\\)?\\s*(?:\\([^()\\s]{2,12}\\)\\s*)?“\\p{Lu}");

	/**
	 * "el Punto de Innovación, Libertad, Arte, Educación y Saberes (pilares) “El Molino”": a
	 * government body's name followed by a site's own name in quotes is one of its sites, a venue
	 * visited, not the body taking part.
	 */
	static boolean siteOf(Registry.Entity e, String t, int end) {
		return e != null && "Agency".equals(e.type())
				&& SITE_NAME_AFTER.matcher(t.substring(end, Math.min(t.length(), end + 20))).find();
	}

	/**
	 * "el Representante de la Oficina de la Unesco en México", "la Directora General de la Agencia
	 * Extremeña …": a person's title before a body's name; the head stands for the body, which is a party.
	 */
	private static final Pattern HEAD_OF = Pattern.compile("(?iu)\\b(?:representante|director|directora|presidente|presidenta|vicepresidente|vicepresidenta"
			+ "|coordinador|coordinadora|secretario|titular|rector|rectora|gerente|fundador|fundadora|consejero|consejera|comisionad[oa]"
			+ "|ministr[oa]|c[oó]nsul|oficial|especialista|asesor|asesora|integrante|miembro|vocero|vocera|portavoz)"
			+ "(?:\\s+(?:general|ejecutiv[oa]|regional|adjunt[oa]|residente|permanente|nacional))?\\s+(?:de|del|de\\s+la|de\\s+las|de\\s+los)\\s*$");

	/**
	 * "Donación de la Embajada de Israel", "Solicitud de la Embajada de Colombia": an act named by its
	 * noun, then who performs it; the body is a party, not part of a longer name.
	 */
	private static final Pattern ACT_OF = Pattern.compile("(?u)\\b(?:Donaci[oó]n|Donativo|Entrega|Visita|Reuni[oó]n|Asistencia|Participaci[oó]n|Presentaci[oó]n"
			+ "|Apoyo|Colaboraci[oó]n|Invitaci[oó]n|Solicitud|Propuesta|Recepci[oó]n|Iniciativa\\s+conjunta|Convocatoria)\\s+(?:de|del|de\\s+la|de\\s+las|de\\s+los)\\s*$");

	/**
	 * Whether the capitalised word that seems to open a longer name around a body's mention is a
	 * person's title or an act's noun instead ({@link #HEAD_OF}, {@link #ACT_OF}); places keep their own rules.
	 */
	static boolean headOrActOf(String t, int start, String type) {
		if ("City".equals(type) || "Country".equals(type)) {
			return false;
		}
		String before = t.substring(Math.max(0, start - 60), start);
		return HEAD_OF.matcher(before).find() || ACT_OF.matcher(before).find();
	}

	/**
	 * "el Festival de Cultura Urbana de Seúl 2021", "la XIII Feria Internacional del Libro de Quito":
	 * a festival, fair or biennial named after its city is that city's; the city is a party of it.
	 */
	private static final Pattern FESTIVAL_OF = Pattern.compile("(?u)\\b(?:Festival|Feria|Bienal|Carnaval|Semana|Mes|Marat[oó]n|Sal[oó]n)"
			+ "(?:\\s+(?:de|del|de\\s+la|de\\s+las|de\\s+los|y|e)?\\s*\\p{Lu}[\\p{L}\\-]*){0,5}\\s+(?:de|del)\\s*$");

	static boolean festivalOf(String t, int start, String type) {
		return "City".equals(type) && FESTIVAL_OF.matcher(t.substring(Math.max(0, start - 80), start)).find();
	}

}
