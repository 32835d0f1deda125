package mx.vinculos.web;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Spanish grammar for putting a name into a sentence, in one place for every page, the
 * briefing and the connections page: which article a name takes ("el Reino Unido", "los
 * Estados Unidos de América", "la Unión de Ciudades Capitales Iberoamericanas", "Bogotá"), the
 * gender of relative pronouns ("al que", "a la que") and the contractions "a el" → "al", "de
 * el" → "del". Grammar, not text a person reads as such: the article words themselves come
 * from the bundles ({@code article.*}), through {@link Labels#named}.
 * <p>
 * The gender comes from the first word of a name ({@link #GENDER}): a name that starts with no
 * known noun (a proper name, an English name) takes no article; people and cities take none;
 * a country takes one only when its name starts with a common noun ("Reino", "Estados") or is
 * one of the few whose whole name does ("la India").
 */
public final class SpanishArticles {

	private SpanishArticles() {
	}

	/**
	 * Grammatical gender and number of the nouns names start with in the reports ("m", "f",
	 * "mp", "fp").
	 */
	private static final Map<String, String> GENDER = table("""
			m: foro seminario curso taller encuentro intercambio evento conversatorio panel dialogo premio ciclo
			   informe proyecto festival apoyo estudio congreso cierre boletin articulo tianguis consejo instituto
			   gobierno centro fondo sistema programa banco departamento ministerio hospital grupo comite reino
			   concurso plan acuerdo memorandum convenio reconocimiento homenaje recorrido webinario webinar
			   lanzamiento simposio coloquio concierto desfile acto mecanismo organismo observatorio museo tribunal
			   senado parlamento ayuntamiento municipio servicio metro laboratorio colegio foro programa
			   cabildo gabinete organo consorcio secretariado comisionado frente movimiento pacto
			f: reunion presentacion sesion participacion visita donacion ceremonia recepcion entrevista plataforma
			   iniciativa mencion colaboracion pasantia firma conmemoracion revision exposicion conferencia serie
			   promocion extension adhesion iluminacion embajada secretaria alcaldia agencia red organizacion
			   universidad confederacion policia oficina union coordinacion fiscalia fundacion federacion unidad
			   autoridad comision coalicion alianza subsecretaria asociacion direccion jefatura consejeria republica
			   camara asamblea cumbre jornada feria mesa semana campana convocatoria declaratoria exhibicion muestra
			   gira mision delegacion videoconferencia llamada charla clase capacitacion inauguracion entrega junta
			   comunidad corporacion empresa compania institucion procuraduria gobernacion cancilleria presidencia
			   defensoria contraloria biblioteca escuela facultad academia orquesta sociedad liga region provincia
			   prefectura municipalidad intendencia mancomunidad area cooperacion estrategia agenda
			mp: paises emiratos estados talleres recorridos encuentros foros cursos seminarios dialogos
			fp: visitas reuniones sesiones jornadas mesas conferencias""");

	/** Countries whose Spanish name takes an article by its first word; other places and people take none. */
	private static final Set<String> COUNTRY_ARTICLE = Set.of("reino", "paises", "emiratos", "republica", "estados");

	/**
	 * Places whose whole name takes an article in Spanish ("la India", "la Ciudad de México"),
	 * by folded name.
	 */
	private static final Map<String, String> PLACE_ARTICLE = Map.of("india", "f", "ciudad de mexico", "f");

	/** A preposition before the masculine article: contracted in writing. Case matters: "de El Salvador" stays. */
	private static final Pattern A_EL = Pattern.compile("(?<![\\p{L}\\p{N}])(a|de) el(?![\\p{L}\\p{N}])");

	/**
	 * The gender and number of a name's first word ("m", "f", "mp", "fp"), or null when it is
	 * no noun the table knows (a proper name).
	 */
	public static String gender(String name) {
		return name == null ? null : GENDER.get(firstWord(name));
	}

	/**
	 * The gender and number of the article an entity's name takes, or null when it takes none:
	 * people, cities, proper names; a country only by {@link #COUNTRY_ARTICLE} or
	 * {@link #PLACE_ARTICLE}.
	 * @param type the entity's type code ("Country", "Agency", ...); null for any
	 */
	public static String articleGender(String name, String type) {
		if (name == null || name.isBlank()) {
			return null;
		}
		String place = PLACE_ARTICLE.get(ShownNames.fold(name));
		if (place != null) {
			return place;
		}
		String first = firstWord(name);
		if ("Person".equals(type) || "City".equals(type) || "Country".equals(type) && !COUNTRY_ARTICLE.contains(first)) {
			return null;
		}
		return GENDER.get(first);
	}

	/** "a el" → "al", "de el" → "del", wherever a name with "el" followed a preposition. */
	public static String contract(String s) {
		return s == null ? null : A_EL.matcher(s).replaceAll(m -> m.group(1).equals("a") ? "al" : "del");
	}

	private static String firstWord(String name) {
		String w = name.strip().split("[\\s,:“\"«]+")[0];
		return fold(w);
	}

	private static String fold(String s) {
		return Normalizer.normalize(s.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
	}

	private static Map<String, String> table(String table) {
		Map<String, String> out = new LinkedHashMap<>();
		String g = null;
		for (String token : table.split("\\s+")) {
			if (token.endsWith(":")) {
				g = token.substring(0, token.length() - 1);
			}
			else if (!token.isEmpty()) {
				out.putIfAbsent(token, g);
			}
		}
		return Map.copyOf(out);
	}

}
