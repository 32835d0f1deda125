package mx.vinculos.ingest;

import java.nio.file.Path;
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
		registry = TestDrafts.registry(dir, """
				- id: ciudad-de-mexico
				  type: City
				  name: Ciudad de México
				  aliases: [CDMX, cdmx]
				- id: unesco
				  type: Organization
				  name: Organización de las Naciones Unidas para la Educación, la Ciencia y la Cultura
				  aliases: [unesco]
				""");
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> events(String... lines) {
		Drafter d = TestDrafts.drafter(registry, lines);
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
	void anUndatedHeadingWhoseBodyOpensOnAMonthTakesThatMonth() {
		List<Map<String, Object>> events = events("Taller “Ciudades Creativas” con la unesco", "",
				"En septiembre la Ciudad de México compartió con la unesco su experiencia en las ciudades creativas de la región, con la",
				"finalidad de preparar durante 2024 encuentros presenciales sobre temas específicos de cultura y desarrollo urbano.");
		assertThat(titles(events)).containsExactly("Taller “Ciudades Creativas” con la unesco");
		assertThat(events.get(0)).containsEntry("startDate", "2023-09-01").containsEntry("endDate", "2023-09-30")
			.containsEntry("datePrecision", "month");
	}

	@Test
	void aLowerCaseMeetingToldInADatedSentenceNamingSomeoneIsAnEvent() {
		List<Map<String, Object>> events = events("Innovación pública", "",
				"En el marco de las actividades del laboratorio de innovación, el pasado 27 de octubre la agencia participó en la reunión "
						+ "del Grupo de enfoque con la unesco, junto a representantes de otras ciudades. "
						+ "Más tarde la agencia participó en la reunión con funcionarios de otras dependencias para revisar sus avances.");
		assertThat(titles(events)).containsExactly("Reunión del Grupo de enfoque con la unesco");
		assertThat(events.get(0)).containsEntry("startDate", "2023-10-27");
	}

	@Test
	void aNamedActivityWithinTheInitiativeItsHeadingNamesIsAnEventOfItsOwn() {
		assertThat(Drafter.activityWithin("Conversatorio virtual “Desarrollando Ciudades Resilientes, MCR2030”",
				"Desarrollando Ciudades Resilientes MCR2030")).isTrue();
		// two names of one activity stay one event
		assertThat(Drafter.activityWithin("Foro “Ciudades de Paz”", "Tercer Foro Mundial de Ciudades de Paz")).isFalse();
		assertThat(Drafter.activityWithin("Participación en el programa Ciudades Resilientes",
				"Programa Ciudades Resilientes")).isFalse();
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

	@Test
	void aPluralHeadingWithTwoDaysAndTwoCounterpartsIsTwoMeetings() {
		List<Map<String, Object>> events = events("Reuniones de cortesía con los expresidentes ",
				"de Ecuador y Bolivia (18 y 22 de octubre)", "",
				"El pasado 18 octubre, la Jefa de Gobierno sostuvo un encuentro con el expresidente de Ecuador, Rafael Correa, ",
				"con quien conversó acerca de la Feria. Posteriormente, el 22 de octubre, recibió de igual manera al ",
				"expresidente de Bolivia, Evo Morales en el Antiguo Palacio del Ayuntamiento.");
		assertThat(titles(events)).containsExactly("Reunión de cortesía con el expresidente de Ecuador, Rafael Correa",
				"Reunión de cortesía con el expresidente de Bolivia, Evo Morales");
		assertThat(events).extracting(e -> e.get("startDate")).containsExactly("2023-10-18", "2023-10-22");
		assertThat(events).allSatisfy(e -> assertThat(e).containsEntry("line", 1));
	}

	@Test
	void courseSheetsWithoutABlankLineBetweenThemAreEachAnEvent() {
		List<Map<String, Object>> events = events("Curso: Buenas prácticas de educación a la legalidad.",
				"Fechas: Del 24 al 30 de noviembre, con 19 participantes.", "Objetivo: Conocer seis tópicos.",
				" Curso: 4a Edición de los Diálogos sobre el Sistema de Justicia Penal.",
				"Fechas: Del 24 al 27 de agosto, con 5 participantes.", "",
				"Curso: 3a Edición de la Certificación para la Justicia en México.", "Fecha: 26 de abril, con 450 participantes.",
				"Objetivo: Evaluar los conocimientos.", "Curso: 4a Edición de la Certificación para la Justicia en México",
				"Fecha: A partir del 27 de septiembre de 2023, con 183 participantes.");
		assertThat(titles(events)).containsExactly("Buenas prácticas de educación a la legalidad",
				"4a Edición de los Diálogos sobre el Sistema de Justicia Penal",
				"3a Edición de la Certificación para la Justicia en México",
				"4a Edición de la Certificación para la Justicia en México");
		assertThat(events).extracting(e -> e.get("startDate"))
			.containsExactly("2023-11-24", "2023-08-24", "2023-04-26", "2023-09-27");
	}

	@Test
	void aHeadingDatedByAMonthRangeOnALineOfItsOwn() {
		List<Map<String, Object>> events = events("Reforzamiento de la campaña ", "de comunicación ciudadana ",
				"con motivo de la emergencia ", "sanitaria (mayo-junio)", "",
				"Reflexiones sobre el futuro de ", "las ciudades en las Américas ", "y el Caribe. Sesión 4: ",
				"Ciudades resilientes ", "(5 de junio)");
		assertThat(titles(events)).containsExactly(
				"Reforzamiento de la campaña de comunicación ciudadana con motivo de la emergencia sanitaria",
				"Reflexiones sobre el futuro de las ciudades en las Américas y el Caribe. Sesión 4: Ciudades resilientes");
		assertThat(events.get(0)).containsEntry("startDate", "2023-05-01").containsEntry("endDate", "2023-06-30");
	}

	@Test
	void aTitleBrokenOverANarrowColumnReachesBackToTheLineOpeningItsBox() {
		List<Map<String, Object>> events = events("por parte de la Fundación de Promoción Turística y de la", "Embajada",
				" Conversatorios entre ", "autoridades de Gestión ", "Integral de Riesgos y ", "Protección Civil sobre buenas ",
				"prácticas, experiencias útiles ", "y éxitos relacionados con el ", "manejo de la pandemia por ", "Covid-19 ",
				"(27 de abril y 1 de mayo) ");
		assertThat(titles(events)).containsExactly("Conversatorios entre autoridades de Gestión Integral de Riesgos y "
				+ "Protección Civil sobre buenas prácticas, experiencias útiles y éxitos relacionados con el manejo de la "
				+ "pandemia por Covid-19");
		assertThat(events.get(0)).containsEntry("startDate", "2023-04-27").containsEntry("endDate", "2023-05-01");
	}

	@Test
	void anUndatedHeadingNamingNoOneIsASectionsTitle() {
		List<Map<String, Object>> events = events("Intercambio de experiencias", "",
				"Durante el semestre la Secretaría compartió con otras ciudades de la región sus prácticas en materia de "
						+ "movilidad, seguridad y cuidados, a través de diversas sesiones de trabajo.",
				"", "Boletín de la Rainbow Cities Network", "",
				"Como parte de las actividades que se realizan dentro de la red, se envió una contribución al boletín "
						+ "de la red donde se habló sobre la publicación de los lineamientos.");
		assertThat(titles(events)).containsExactly("Boletín de la Rainbow Cities Network");
	}

}
