package mx.vinculos.ingest;

import java.util.regex.Pattern;

/**
 * Registry mentions in an event's text that name something other than a party of the event,
 * read from the words right before the mention: a city standing for the body a counterpart
 * belongs to ("su homólogo de Buenos Aires"), the city of a court ("Jueza … de 9° turno de
 * Montevideo"), the owner of a programme or report named in passing ("el programa Turismo de
 * Barrio, que impulsa la Secretaría de Turismo"), a standing collaboration ("su
 * colaboración con el gobierno de Buenos Aires") and a plan ("La idea es que … sean becados por …").
 */
final class LinkCues {

	private LinkCues() {
	}

	/**
	 * "estableció un acuerdo con su homólogo de Buenos Aires": one body's counterpart is a body of
	 * that city (the heading names it), not the city. Plural "sus homólogos de Bogotá y Madrid"
	 * names the cities themselves and is not read here.
	 */
	private static final Pattern COUNTERPART_OF = Pattern
		.compile("(?iu)\\bsu\\s+(?:hom[oó]log[oa]|contraparte)\\s+(?:de|del)(?:\\s+la\\s+ciudad\\s+de)?\\s*$");

	/** "Julia Staricco, Jueza de Familia Especializada de 9° turno de Montevideo": a court sits in the city. */
	private static final Pattern COURT_OF = Pattern
		.compile("(?u)\\b(?:Juez|Jueza|Jueces|Magistrad[oa]s?|Juzgado|Tribunal)\\b[^.;:()]{0,60}\\bde\\s+$");

	/**
	 * "el programa Turismo de Barrio, que impulsa la Secretaría de Turismo", "el reporte mundial que
	 * prepara la organización mundial CGLU": who owns a thing the text names in passing.
	 */
	private static final Pattern OWNER_OF = Pattern.compile(
			"(?iu)\\b(?:programa|reporte|informe|iniciativa|estrategia|plataforma|campa[nñ]a|sistema)\\b[^.;:]{0,60}?\\s+que\\s+"
					+ "(?:impulsa|prepara|elabora|promueve|publica|administra|opera)\\s+(?:(?:el|la|los|las)\\s+)?(?:\\p{Ll}+\\s+){0,3}$");

	/** "destacó … su colaboración con el gobierno de Buenos Aires": a standing tie, not a party of this event. */
	private static final Pattern STANDING_TIE = Pattern
		.compile("(?iu)\\bsu(?:s)?\\s+(?:colaboraci[oó]n|cooperaci[oó]n|trabajo)\\s+con(?:\\s+(?:el|la|los|las))?\\s*$");

	/**
	 * "miembros del Grupo de la Alianza Progresista … en el Parlamento Europeo": the body a group,
	 * mission or office sits in, not a party itself.
	 */
	private static final Pattern SEAT_OF = Pattern.compile(
			"(?u)\\b(?:Grupo|Misi[oó]n|Delegaci[oó]n|Oficina|Representaci[oó]n|Bancada|Fracci[oó]n)\\s+(?:de|del|de\\s+la|de\\s+los|de\\s+las)\\s+[^.;:()]{3,90}?\\s+en\\s+(?:el|la|los|las)\\s*$");

	/** "La idea es que los estudiantes sean becados por la Agencia …": a plan, not something a body did. */
	private static final Pattern PLAN = Pattern
		.compile("(?iu)\\b(?:la\\s+idea\\s+es\\s+que|se\\s+busca\\s+que|se\\s+espera\\s+que|se\\s+pretende\\s+que|se\\s+prev[eé]\\s+que)\\b[^.;:]*$");

	/** Whether the mention at {@code start} of {@code t}, of the given registry type, names no party. */
	static boolean notAParty(String t, int start, String type) {
		String before = t.substring(Math.max(0, start - 120), start);
		boolean city = "City".equals(type);
		boolean place = city || "Country".equals(type);
		return (city && (COUNTERPART_OF.matcher(before).find() || COURT_OF.matcher(before).find()))
				|| (!place && !"Person".equals(type) && SEAT_OF.matcher(before).find())
				|| OWNER_OF.matcher(before).find() || STANDING_TIE.matcher(before).find()
				|| (!place && PLAN.matcher(before).find());
	}

	/**
	 * In a heading, our city after the event's topic ("Taller para la Implementación del Sistema Público
	 * de Cuidados en la Ciudad de México", "diagnóstico sobre Covid-19 en Ciudad de México") places
	 * the topic, not the event. The drafter reads it for the report's own city only: "Visita técnica
	 * sobre teleféricos en Bogotá" is where the visit went.
	 */
	private static final Pattern TOPIC_BEFORE = Pattern
		.compile("(?iu)\\b(?:sobre|acerca\\s+de|para\\s+(?:el|la|los|las))\\s[^.,;:()]*\\s(?:en|de)\\s+(?:la\\s+)?$");

	/** Whether a heading's place at {@code start} (the heading read from {@code from}) is its topic's. */
	static boolean topicPlace(String t, int from, int start) {
		return TOPIC_BEFORE.matcher(t.substring(Math.max(from, start - 160), start)).find();
	}

}
