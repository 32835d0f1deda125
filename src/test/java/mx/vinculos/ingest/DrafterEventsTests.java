package mx.vinculos.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Events told without a heading of their own: lists of activities, course sheets, broken date lines. */
class DrafterEventsTests {

	static Registry registry;

	@BeforeAll
	static void registry(@TempDir Path dir) throws Exception {
		Files.writeString(dir.resolve("entities.yaml"), """
				- id: ciudad-de-mexico
				  type: City
				  name: Ciudad de México
				  aliases: [CDMX, cdmx]
				- id: unesco
				  type: Organization
				  name: Organización de las Naciones Unidas para la Educación, la Ciencia y la Cultura
				  aliases: [unesco]
				""");
		registry = Registry.load(dir);
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> events(String... lines) {
		Drafter d = new Drafter(new ReportLines(String.join("\n", lines)), registry, "informe-2023-2",
				LocalDate.of(2023, 7, 1), LocalDate.of(2023, 12, 31));
		return (List<Map<String, Object>>) d.draft("Informe").report().get("events");
	}

	static List<Object> titles(List<Map<String, Object>> events) {
		return events.stream().map(e -> e.get("title")).toList();
	}

	@Test
	void eachItemOfAnIntroducedListIsAnUndatedEvent() {
		List<Map<String, Object>> events = events("Con la unesco se realizaron diversas acciones en calidad de",
				"ciudad líder en la materia como:", "",
				"Participación en el Foro de Ciudades Creativas: hoja de ruta para la región",
				"Reunión estatutaria del Consejo de Cultura de la red",
				"Publicación final de la Guía de Museos Comunitarios", "",
				"Cooperación con", "redes de ciudades", "",
				"Informe sobre la cultura en los gobiernos locales de la", "campaña mundial", "",
				"Con la Secretaría de Turismo se llevaron a cabo otras actividades durante el semestre.", "",
				"Reunión que no es de la lista porque la prosa la cortó");
		assertThat(titles(events)).containsExactly("Foro de Ciudades Creativas: hoja de ruta para la región",
				"Reunión estatutaria del Consejo de Cultura de la red", "Publicación final de la Guía de Museos Comunitarios",
				"Informe sobre la cultura en los gobiernos locales de la campaña mundial");
		assertThat(events).allSatisfy(e -> assertThat(e).containsEntry("startDate", null)
			.containsEntry("datePrecision", "unknown")
			.containsEntry("review", "pending"));
		assertThat(events.get(0)).containsEntry("line", 4);
		assertThat(events.get(3)).containsEntry("line", 11);
	}

	@Test
	void anItemsNameStopsWhereTheTextGoesOnAboutIt() {
		List<Map<String, Object>> events = events("Se realizaron los seminarios web con diversas empresas del ramo:", "",
				"AEROLÍNEA SOL: se impartió un seminario de producto turístico a operadores",
				"mayoristas de exportación en cuatro países.", "",
				"Ceremonia del Premio Internacional de Cultura, donde dos ciudades fueron premiadas");
		assertThat(titles(events)).containsExactly("Seminario de producto turístico a operadores mayoristas de exportación en cuatro países",
				"Ceremonia del Premio Internacional de Cultura");
	}

	@Test
	void aDateParenthesisBrokenOverTwoLinesStillDatesItsHeading() {
		List<Map<String, Object>> events = events("Entre ellas destacan:", "",
				"Representantes del Programa de Asistencia contra el Crimen Organizado (8",
				"de octubre)", "Taller para la actualización de la Estrategia de Resiliencia",
				"(12 de agosto) de 2023, de manera presencial", "",
				"Durante el taller se revisaron los ejes de trabajo con la unesco y la academia de la ciudad.");
		assertThat(titles(events)).containsExactly("Representantes del Programa de Asistencia contra el Crimen Organizado",
				"Taller para la actualización de la Estrategia de Resiliencia");
		assertThat(events.get(0)).containsEntry("startDate", "2023-10-08");
		assertThat(events.get(1)).containsEntry("startDate", "2023-08-12");
	}

	@Test
	void aCourseSheetGivesItsDateOnAFechaLine() {
		List<Map<String, Object>> events = events("Curso: Ética y Responsabilidad Profesional en el Sistema de Justicia",
				"Penal Acusatorio", "Fechas: Del 19 de julio al 7 de septiembre, con 441 participantes.",
				"Objetivo: Fortalecer las competencias de las y los operadores jurídicos.");
		assertThat(titles(events)).containsExactly("Ética y Responsabilidad Profesional en el Sistema de Justicia Penal Acusatorio");
		assertThat(events.get(0)).containsEntry("startDate", "2023-07-19").containsEntry("endDate", "2023-09-07");
	}

	@Test
	void eventsToldInASentenceByTheirLeaderOrAsHeld() {
		List<Map<String, Object>> events = events(
				"El 14 de septiembre, la Coordinadora General encabezó la reunión del Comité Organizador Internacional del",
				"Foro y presentó la ruta de trabajo. La Directora asistió a la XXVII Reunión de la Unión de Ciudades (ucci)",
				"de Alcaldes, celebrada el pasado 11 de septiembre. El 9 de julio, se realizó un viaje de familiarización",
				"dirigido al mercado europeo. Además se realizó un taller de capacitación con funcionarios.");
		assertThat(titles(events)).containsExactly("Reunión del Comité Organizador Internacional del Foro",
				"XXVII Reunión de la Unión de Ciudades (ucci) de Alcaldes", "Viaje de familiarización dirigido al mercado europeo");
		assertThat(events).extracting(e -> e.get("startDate")).containsExactly("2023-09-14", "2023-09-11", "2023-07-09");
	}

	@Test
	void aHeadingWhoseDateIsFollowedByItsBodyOnTheSameLine() {
		List<Map<String, Object>> events = events("IV Congreso de Seguridad Vial (15 y 16 de diciembre), donde se",
				"compartió la experiencia de la ciudad con la unesco.");
		assertThat(titles(events)).containsExactly("IV Congreso de Seguridad Vial");
		assertThat(events.get(0)).containsEntry("startDate", "2023-12-15").containsEntry("endDate", "2023-12-16");
	}

	@Test
	void aLineEndingInAColonInsideATitleOrANumberedSessionIsNoList() {
		assertThat(Drafter.introducesList("ciudad líder en la materia como:")).isTrue();
		assertThat(Drafter.introducesList("y el Caribe. Sesión 4:")).isFalse();
		assertThat(Drafter.introducesList("el diálogo virtual “Impactos diferenciados por Covid-19 y movilidad humana:")).isFalse();
		assertThat(Drafter.introducesList("Numeralia:")).isFalse();
	}

	@Test
	void activitiesListedInASentenceAreUndatedEvents() {
		List<Map<String, Object>> events = events("Con la Organización de las Naciones Unidas para la Educación, la "
				+ "Ciencia y la Cultura se realizaron tres sesiones preparatorias para Mondiacult 2022, de la que la Ciudad de México "
				+ "será anfitriona, y se asistió a seis reuniones de la Red de Ciudades Creativas.");
		assertThat(titles(events)).contains("Sesiones preparatorias para Mondiacult 2022",
				"Reuniones de la Red de Ciudades Creativas");
	}

}
