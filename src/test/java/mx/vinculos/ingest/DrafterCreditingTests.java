package mx.vinculos.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which names of an event's text the drafter does not credit as parties: a capacity, the
 * acting body's own unit, a place field, a former office, what is being made, a name that is
 * no body; and a paragraph two events read credits the innermost one.
 */
class DrafterCreditingTests {

	static Registry registry;

	@BeforeAll
	static void registry(@TempDir Path dir) throws Exception {
		registry = TestDrafts.registry(dir, """
				- {id: ciudad-de-mexico, type: City, name: Ciudad de México}
				- {id: paris, type: City, name: París}
				- {id: medellin, type: City, name: Medellín}
				- {id: colombia, type: Country, name: Colombia}
				- {id: secretaria-de-movilidad, type: Agency, name: Secretaría de Movilidad, parent: ciudad-de-mexico}
				- {id: secretaria-de-turismo, type: Agency, name: Secretaría de Turismo, parent: ciudad-de-mexico}
				- {id: wego, type: Network, name: WeGO}
				- {id: banco-mundial, type: Organization, name: Banco Mundial}
				""");
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> events(String... lines) {
		return (List<Map<String, Object>>) TestDrafts.drafter(registry, lines).draft("Informe").report().get("events");
	}

	@SuppressWarnings("unchecked")
	static List<Object> ids(Map<String, Object> event) {
		return ((List<Map<String, Object>>) event.get("participants")).stream().map(p -> p.get("entity")).toList();
	}

	static List<Object> ids(String... lines) {
		List<Map<String, Object>> events = events(lines);
		assertThat(events).hasSize(1);
		return ids(events.get(0));
	}

	@Test
	void theCapacityAPartyActsInIsNoOtherParty() {
		assertThat(ids("Asamblea General de ciudades digitales (8 de octubre)", "",
				"En calidad de Oficina Regional para América Latina de WeGO, la Secretaría de Movilidad participó en la asamblea."))
			.contains("secretaria-de-movilidad")
			.noneMatch(id -> ((String) id).startsWith("oficina-regional"));
	}

	@Test
	void theActingBodysOwnUnitIsNoNewParty() {
		assertThat(ids("Reunión de vinculación sobre movilidad (8 de octubre)", "",
				"La Secretaría de Movilidad, a través de su Coordinación de Asuntos Internacionales, se reunió con el Banco Mundial."))
			.contains("secretaria-de-movilidad", "banco-mundial")
			.noneMatch(id -> ((String) id).startsWith("coordinacion"));
	}

	@Test
	void aCityInASheetsPlaceFieldOrAFormerOfficeIsNoParty() {
		assertThat(ids("Taller de seguridad vial (8 de octubre)", "", "Lugar: Medellín, Colombia.",
				"Participó la Secretaría de Movilidad.")).contains("secretaria-de-movilidad").doesNotContain("medellin");
		assertThat(ids("Foro de ciudades sobre cultura (8 de octubre)", "",
				"Participaron la Secretaría de Turismo y la exalcaldesa de París, Anne Hidalgo.")).contains("secretaria-de-turismo")
			.doesNotContain("paris");
		// the serving mayor stands for the city
		assertThat(ids("Foro de ciudades sobre cultura (8 de octubre)", "",
				"Participaron la Secretaría de Turismo y la Alcaldesa de París, Anne Hidalgo.")).contains("paris");
	}

	@Test
	void whatIsMadeOrTaughtIsNoParty() {
		assertThat(ids("Intercambio técnico sobre turismo (8 de octubre)", "",
				"La Secretaría de Turismo participó en un proyecto enfocado en crear un Sistema de Gobernanza Turística para la región."))
			.contains("secretaria-de-turismo")
			.noneMatch(id -> ((String) id).startsWith("sistema"));
		assertThat(Crediting.notAParty("Organization", "Mecanismos Alternativos de Solución de Controversias")).isTrue();
		assertThat(Crediting.notAParty("Agency", "Sistema de Justicia Penal Acusatorio")).isTrue();
		assertThat(Crediting.notAParty("Organization", "Evaluación de Necesidades de Recuperación Post Desastre")).isTrue();
		assertThat(Crediting.notAParty("Organization", "Urban Mobility Innovation Index")).isTrue();
		assertThat(Crediting.notAParty("City", "Región Centroamérica")).isTrue();
		// bodies keep their names
		assertThat(Crediting.notAParty("Agency", "Sistema de Aguas de la Ciudad de México")).isFalse();
		assertThat(Crediting.notAParty("Organization", "Centro Cultural de España en México")).isFalse();
		assertThat(Crediting.unitName("Grupo de Trabajo sobre Cuidados y Género")).isTrue();
	}

	@Test
	void aMentionTwoEventsReadGoesToTheInnermost() {
		List<Map<String, Object>> events = new ArrayList<>(List.of(event(10, p("banco-mundial", 14), p("medellin", 12)),
				event(13, p("banco-mundial", 14), p("medellin", 12)), event(20, p("secretaria-de-movilidad", 22)),
				event(21, p("secretaria-de-movilidad", 22))));
		SharedMentions.keepInnermost(events, "secretaria-de-movilidad"::equals);
		// the heading at 13 stands between the wider event's (10) and the mention (14)
		assertThat(ids(events.get(0))).containsExactly("medellin");
		assertThat(ids(events.get(1))).containsExactly("banco-mundial", "medellin");
		// the report's own bodies carry the wider activity too
		assertThat(ids(events.get(2))).containsExactly("secretaria-de-movilidad");
		assertThat(ids(events.get(3))).containsExactly("secretaria-de-movilidad");
	}

	@Test
	void aSessionToldInsideAWiderEventKeepsTheGuestsItNames() {
		List<Map<String, Object>> events = events("Ciclo de encuentros sobre movilidad (8 de octubre)", "",
				"La Secretaría de Movilidad organizó el ciclo con varias ciudades.",
				"Además, participó en el conversatorio virtual “Ciudades en movimiento hacia 2030”",
				"del Banco Mundial, que expuso su estudio.");
		assertThat(events).hasSize(2);
		assertThat(ids(events.get(0))).contains("secretaria-de-movilidad").doesNotContain("banco-mundial");
		assertThat(ids(events.get(1))).contains("banco-mundial");
	}

	@Test
	void aParagraphBelowAnotherEventsHeadingIsThatEventsOwn() {
		ReportLines text = new ReportLines(String.join("\n", "Foro de ciudades (3 de agosto)", "",
				"La Secretaría de Movilidad participó en el taller “Calles seguras”.", "",
				"Reunión con el Banco Mundial (4 de agosto)", "", "El Banco Mundial presentó su estudio.", "",
				"celebrado en Medellín con la Secretaría de Movilidad."));
		Map<String, Object> wide = event(1, p("secretaria-de-movilidad", 3), p("banco-mundial", 7), p("medellin", 9));
		wide.put("quote", "Foro de ciudades");
		Map<String, Object> told = event(3, p("secretaria-de-movilidad", 3));
		told.put("quote", "taller “Calles seguras”");
		Map<String, Object> meeting = event(5, p("banco-mundial", 7));
		meeting.put("quote", "Reunión con el Banco Mundial");
		List<Map<String, Object>> events = new ArrayList<>(List.of(wide, told, meeting));
		SharedMentions.dropBelowOtherHeadings(events, "secretaria-de-movilidad"::equals, text,
				Map.of(1, Set.of(1, 3, 7, 9), 3, Set.of(3), 5, Set.of(5, 7, 9)));
		// the meeting's paragraph is the meeting's; a paragraph opening in lower case continues the wider one
		assertThat(ids(wide)).containsExactly("secretaria-de-movilidad", "medellin");
		assertThat(ids(meeting)).containsExactly("banco-mundial");
		assertThat(SharedMentions.headingLine(text, 3, "taller “Calles seguras”")).isFalse();
	}

	@Test
	void aParagraphNoLaterEventReadsStaysWithTheWiderEventThatReadsIt() {
		// a column the layout moved: the wider event's guests are printed below a short item's
		// heading whose own text ends before them; nobody else claims the paragraph
		ReportLines text = new ReportLines(String.join("\n", "Foro de ciudades (3 de agosto)", "",
				"La Secretaría de Movilidad presentó su estrategia.", "", "Reunión con el Banco Mundial (4 de agosto)", "",
				"Se revisó la cartera.", "", "En el foro estuvieron presentes el Director de Medellín, Juan Pérez."));
		Map<String, Object> wide = event(1, p("secretaria-de-movilidad", 3), p("juan-perez", 9), p("medellin", 9));
		wide.put("quote", "Foro de ciudades");
		Map<String, Object> meeting = event(5, p("banco-mundial", 5));
		meeting.put("quote", "Reunión con el Banco Mundial");
		List<Map<String, Object>> events = new ArrayList<>(List.of(wide, meeting));
		SharedMentions.dropBelowOtherHeadings(events, "secretaria-de-movilidad"::equals, text,
				Map.of(1, Set.of(1, 3, 9), 5, Set.of(5, 7)));
		assertThat(ids(wide)).containsExactly("secretaria-de-movilidad", "juan-perez", "medellin");
		// the same paragraph read by the meeting too is the meeting's
		wide = event(1, p("secretaria-de-movilidad", 3), p("juan-perez", 9));
		wide.put("quote", "Foro de ciudades");
		events = new ArrayList<>(List.of(wide, meeting));
		SharedMentions.dropBelowOtherHeadings(events, "secretaria-de-movilidad"::equals, text,
				Map.of(1, Set.of(1, 3, 9), 5, Set.of(5, 7, 9)));
		assertThat(ids(wide)).containsExactly("secretaria-de-movilidad");
	}

	@Test
	void aLaterParagraphOpeningWithAdemasTellsAnotherActivity() {
		List<Map<String, Object>> events = events("Reunión con el Banco Mundial sobre movilidad (8 de octubre)", "",
				"La Secretaría de Movilidad se reunió con el Banco Mundial.", "",
				"El encuentro sirvió para revisar la cartera de proyectos de la ciudad.", "",
				"Además, con relación al nuevo museo, se han realizado reuniones con Medellín.", "",
				"Asimismo, en la reunión participó la Secretaría de Turismo.");
		// the meetings with Medellín are an activity of their own (EventItems.heldInPlural)
		assertThat(events).extracting(e -> e.get("title")).containsExactly("Reunión con el Banco Mundial sobre movilidad",
				"Reuniones con Medellín");
		// "Además, …" tells another activity; "Asimismo, en la reunión …" points back at this one
		assertThat(ids(events.get(0))).contains("secretaria-de-movilidad", "banco-mundial", "secretaria-de-turismo")
			.doesNotContain("medellin");
		// the first paragraph after the heading is the event's, whatever its opening word
		assertThat(ids("Reunión con el Banco Mundial sobre movilidad (8 de octubre)", "",
				"Además, la Secretaría de Movilidad se reunió con Medellín y el Banco Mundial.")).contains("medellin");
	}

	@Test
	void aBoroughBetweenParenthesesLocatesThePlaceBeforeIt() {
		Registry.Entity milpaAlta = new Registry.Entity("alcaldia-milpa-alta", "Agency", "Alcaldía Milpa Alta", List.of(),
				"ciudad-de-mexico", null);
		assertThat(Crediting.boroughAsPlace(milpaAlta, "el mercado “San Pedro Atocpan” (Milpa Alta) y otros", 32, 42)).isTrue();
		assertThat(Crediting.boroughAsPlace(milpaAlta, "la alcaldía Milpa Alta participó", 3, 21)).isFalse();
		assertThat(Crediting.notAParty("Agency", "Jefatura de Gobierno de la Ciudad de México")).isTrue();
	}

	@Test
	void theCityOfANamedCityIsThatCity() {
		String t = "representantes de la Ciudad de Nagoya, Japón, y de la Ciudad de Panamá, Panamá.";
		assertThat(Mentions.cities(t)).anySatisfy(n -> {
			assertThat(n.name()).isEqualTo("Nagoya");
			assertThat(t.substring(n.start(), n.end())).isEqualTo("Nagoya");
		}).anySatisfy(n -> assertThat(n.name()).isEqualTo("Ciudad de Panamá"));
	}

	private static Map<String, Object> event(int line, Map<String, Object>... participants) {
		return new java.util.LinkedHashMap<>(Map.of("line", line, "participants", new ArrayList<>(List.of(participants))));
	}

	private static Map<String, Object> p(String entity, int line) {
		return Map.of("entity", entity, "line", line);
	}

}
