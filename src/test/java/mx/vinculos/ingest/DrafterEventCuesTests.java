package mx.vinculos.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events the report tells without a heading of their own, or under headings the PDF's text
 * boxes moved: named in passing, glued to a section's title, stacked, closing their section,
 * dated by a sentence a page break cut, by a month's issue or by a half-year.
 */
class DrafterEventCuesTests {

	static Registry registry;

	@BeforeAll
	static void registry(@TempDir Path dir) throws Exception {
		registry = TestDrafts.registry(dir, """
				- id: ciudad-de-mexico
				  type: City
				  name: Ciudad de México
				  aliases: [CDMX, cdmx]
				""");
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> events(String... lines) {
		return (List<Map<String, Object>>) TestDrafts.drafter(registry, lines).draft("Informe").report().get("events");
	}

	static Map<String, Object> titled(List<Map<String, Object>> events, String title) {
		return events.stream().filter(e -> title.equals(e.get("title"))).findFirst().orElseThrow(
				() -> new AssertionError("no event " + title + " in " + events.stream().map(e -> e.get("title")).toList()));
	}

	@Test
	void eventsNamedInPassingByTheirProperName() {
		List<Map<String, Object>> events = events(
				"Además, se gestionó la participación de la Ciudad de México con una videocápsula en el Festival de "
						+ "Cultura Urbana de Seúl 2023 y con un video musical en el Festival de la Amistad de Seúl 2023.",
				"",
				"La Coordinadora presentó el 14 de julio el Informe Local Voluntario durante el evento paralelo realizado "
						+ "en el marco del Foro Político de Alto Nivel (hlpf 2023) de la Organización de las Naciones Unidas.",
				"",
				"Se desarrollaron 18 actividades con expertos internacionales. Destaca el Encuentro de Negocios Virtual, "
						+ "en el que participaron 23 prestadores de servicios turísticos.",
				"",
				"Ante la contingencia, las diferentes partes involucradas en el Foro Global de la Economía Social llevaron "
						+ "a cabo el seminario en línea.",
				"",
				"Se llevó a cabo la difusión del boletín, en el marco del Desfile Internacional del Día de Muertos.",
				"",
				"La Jefa de Gobierno conversó acerca de su participación en la Feria Internacional del Libro en el Zócalo.");
		assertThat(events).extracting(e -> e.get("title")).containsExactly("Festival de Cultura Urbana de Seúl 2023",
				"Festival de la Amistad de Seúl 2023",
				"Foro Político de Alto Nivel (hlpf 2023) de la Organización de las Naciones Unidas",
				"Encuentro de Negocios Virtual");
		// "en el marco del Foro …": the sentence's 14 July is the presentation's day, not the forum's
		assertThat(titled(events, "Foro Político de Alto Nivel (hlpf 2023) de la Organización de las Naciones Unidas"))
			.containsEntry("startDate", null);
	}

	@Test
	void aLegislatureIsNoEventAndAFramingEventTakesOnlyItsOwnDate() {
		List<Map<String, Object>> events = events(
				"La Secretaria participó en la sesión del Congreso de la Ciudad de México el 3 de agosto.", "",
				"La Coordinadora encabezó la reunión en el marco del Tercer Foro Mundial sobre Ciudades de Paz (26 de octubre), "
						+ "presentada el 14 de septiembre.");
		assertThat(events).extracting(e -> e.get("title")).doesNotContain("Congreso de la Ciudad de México");
		assertThat(titled(events, "Tercer Foro Mundial sobre Ciudades de Paz")).containsEntry("startDate", "2023-10-26");
	}

	@Test
	void aSentenceCutByAPageBreakDatesTheEventNamedBelowIt() {
		List<Map<String, Object>> events = events("Con el propósito de identificar la respuesta de los gobiernos locales, "
				+ "el 7 de octubre del 2022, se llevó a cabo el", "",
				"diálogo virtual “Impactos diferenciados por Covid-19 y movilidad humana: una mirada desde las ciudades”. "
						+ "Derivado del mismo se realizó una publicación.");
		assertThat(titled(events,
				"Diálogo virtual “Impactos diferenciados por Covid-19 y movilidad humana: una mirada desde las ciudades”"))
			.containsEntry("startDate", "2022-10-07");
	}

	@Test
	void aLongQuotedOfficialNameIsStillAHeadingsTitle() {
		List<Map<String, Object>> events = events("Acción Social “Apoyo Emergente para Personas ",
				"Migrantes, Refugiadas y/o Desplazadas Internas", "que por los efectos de la Emergencia Sanitaria ",
				"provocada por el virus SARS-CoV2 (Covid-19), ", "requieren apoyos para la obtención de documentos",
				"de Identidad, de Salud y Empleo”", "(5 de agosto al 31 de diciembre)");
		assertThat(events).hasSize(1);
		assertThat((String) events.get(0).get("title")).startsWith("Acción Social “Apoyo Emergente").endsWith("Salud y Empleo”");
		assertThat(events.get(0)).containsEntry("startDate", "2023-08-05");
	}

	@Test
	void aSectionTitleGluedOverAHeadingAndTwoHeadingsStackedOverOneParagraph() {
		List<Map<String, Object>> events = events("Inclusión social", " Mención especial Premio oidp", "",
				"Donación de la Embajada de Israel de sillas", "de ruedas al dif cdmx", "",
				"El Programa Comedores Sociales de la Secretaría de Inclusión obtuvo el pasado 17 de noviembre mención "
						+ "especial en la Distinción de Buena Práctica del oidp, red de ciudades que reconoce experiencias.");
		assertThat(events).extracting(e -> e.get("title")).containsExactly("Mención especial Premio oidp",
				"Donación de la Embajada de Israel de sillas de ruedas al dif cdmx");
		// the paragraph tells about the prize: the donation's day is not told here
		assertThat(events.get(0)).containsEntry("startDate", "2023-11-17").containsEntry("section", "Inclusión social");
		assertThat(events.get(1)).containsEntry("startDate", null);
	}

	@Test
	void aMonthsIssueDatesItsHeadingToTheMonth() {
		List<Map<String, Object>> events = events("Boletín de la Rainbow Cities Network", "",
				"Como parte de las actividades de la red, desde el copred se envió una contribución al boletín de "
						+ "septiembre de la red donde se habló sobre la publicación de los lineamientos.");
		assertThat(events.get(0)).containsEntry("startDate", "2023-09-01").containsEntry("datePrecision", "month");
	}

	@Test
	void aHeadingClosingItsSectionIsDatedByTheParagraphsAboveThatTellAboutIt() {
		List<Map<String, Object>> events = events(
				"El 2 de diciembre de 2023, en el marco de la ceremonia del VI Premio de Buenas Prácticas Regionales, se "
						+ "dio a conocer que la Ciudad de México fue ganadora del concurso.",
				"", "Dicho premio es otorgado por la Organización de Regiones Unidas y el Programa de las Naciones Unidas.", "",
				"Premio de Buenas Prácticas Regionales oru fogar", "y pnud art", "",
				"ACCIÓN INTERNACIONAL DE LA CIUDAD", "");
		assertThat(events).extracting(e -> e.get("title")).containsExactly("Premio de Buenas Prácticas Regionales oru fogar y pnud art");
		assertThat(events.get(0)).containsEntry("startDate", "2023-12-02");
	}

	@Test
	void aHalfYearCueDatesAStackedHeadingByTheParagraphAbove() {
		List<Map<String, Object>> events = events(
				" Durante el segundo semestre del 2023, la Secretaría de Seguridad Ciudadana realizó más de 200 acciones "
						+ "de atención a población extranjera turista y residentes extranjeros en la Ciudad.",
				"", "Atención a población extranjera", "",
				"Acreditación a la Universidad de la Policía de la Ciudad ",
				"de México por parte de la Comisión de Acreditación ",
				"para Agencias de Aplicación de la Ley (calea)", "",
				"El pasado 24 de noviembre, se acreditó por primera vez que la Universidad de la Policía cumple con los "
						+ "estándares internacionales de la Comisión.");
		assertThat(titled(events, "Atención a población extranjera")).containsEntry("startDate", "2023-07-01");
		assertThat(titled(events, "Acreditación a la Universidad de la Policía de la Ciudad de México por parte de la "
				+ "Comisión de Acreditación para Agencias de Aplicación de la Ley (calea)")).containsEntry("startDate", "2023-11-24");
	}

	@Test
	void linesAboveAHeadingThatOpensItsOwnTextBoxAreAnUndatedHeading() {
		List<Map<String, Object>> events = events("Capacitación sobre principios de ",
				"financiamiento híbrido (8 y 15 de diciembre)", "",
				"Asesoría técnica de International Association of Chiefs ", "of Police (iacp) al equipo de Apoyo Vial Radar para ",
				"reforzar operativos de seguridad vial", " Rolling With It: Empowering Shared Micromobility ",
				"Virtual Conference (27 de octubre), en la que se presentó la experiencia de la Ciudad.", "",
				"grandes ciudades de América del Norte” ", "(2 de junio)", "",
				" El Instituto de Políticas para el Transporte y el ", "Desarrollo, organización de carácter internacional, ex-",
				"tendió una invitación a Ciudad de México —a través ", " Seminario C40 Sesiones ", "de movilidad activa ",
				"(15 junio)");
		assertThat(events).extracting(e -> e.get("title")).contains(
				"Asesoría técnica de International Association of Chiefs of Police (iacp) al equipo de Apoyo Vial Radar para "
						+ "reforzar operativos de seguridad vial",
				"Rolling With It: Empowering Shared Micromobility Virtual Conference", "Seminario C40 Sesiones de movilidad activa");
		assertThat(titled(events, "Asesoría técnica de International Association of Chiefs of Police (iacp) al equipo de "
				+ "Apoyo Vial Radar para reforzar operativos de seguridad vial")).containsEntry("startDate", null);
		// a paragraph's opening cut by a text box is no heading
		assertThat(events).extracting(e -> (String) e.get("title")).noneMatch(t -> t.startsWith("El Instituto"));
	}

	@Test
	void twoItemsRunTogetherAndMeetingsNamedByTheirOpeningVenueOrHost() {
		List<Map<String, Object>> events = events("Con la red se realizaron diversas acciones como:", "",
				"Consejo Político sobre las oportunidades para todos, la cultura y la diplomacia de las ciudades: claves para el ",
				"desarrollo sostenible y la paz Seminario “Acceso Cultural de Grupos Sociales Vulnerables y ", "Áreas Rurales”", "",
				"Con la Secretaría se llevaron a cabo otras actividades.", "",
				"Se llevó a cabo la Sesión de Apertura y una reunión con el Secretario de Desarrollo Económico, en las "
						+ "oficinas de dicha dependencia. Las y los representantes sostuvieron una reunión en el Salón Oval "
						+ "del Antiguo Palacio del Ayuntamiento con funcionarias de la Secretaría.",
				"", "Destaca la participación de la Secretaría de Cultura en las sesiones Culture in the Sustainable "
						+ "Development Goals Implementing the Seven Keys y Cultural Rights and Communities: The Rome Charter",
				"", "Entre otras actividades, la Secretaría de Cultura organizó una recepción del cuerpo diplomático en la "
						+ "inauguración de la Maqueta Monumental.");
		assertThat(events).extracting(e -> e.get("title")).contains(
				"Consejo Político sobre las oportunidades para todos, la cultura y la diplomacia de las ciudades: claves para "
						+ "el desarrollo sostenible y la paz",
				"Seminario “Acceso Cultural de Grupos Sociales Vulnerables y Áreas Rurales”",
				"Sesión de Apertura y una reunión con el Secretario de Desarrollo Económico",
				"Reunión en el Salón Oval del Antiguo Palacio del Ayuntamiento",
				"Recepción del cuerpo diplomático en la inauguración de la Maqueta Monumental",
				"Culture in the Sustainable Development Goals Implementing the Seven Keys",
				"Cultural Rights and Communities: The Rome Charter");
	}

	@Test
	void halfYearsMonthsOfAKindAndTheSentenceAPageBreakCut() {
		LocalDate h2 = LocalDate.of(2021, 7, 1);
		assertThat(SpanishDates.semester("Durante el segundo semestre del 2021, la Secretaría", h2).start()).hasToString("2021-07-01");
		assertThat(SpanishDates.semester("A lo largo del primer semestre del año", h2).end()).hasToString("2021-06-30");
		assertThat(SpanishDates.semester("el semestre pasado", h2)).isNull();
		assertThat(SpanishDates.monthOfKind("se envió al boletín de septiembre", "boletin", h2).start()).hasToString("2021-09-01");
		assertThat(SpanishDates.monthOfKind("se envió al boletín de la red en septiembre", "boletin", h2)).isNull();
		assertThat(EventItems.sentenceGoingOn("el 7 de octubre, se llevó a cabo el", "diálogo virtual")).isEqualTo("el 7 de octubre, se llevó a cabo el");
		assertThat(EventItems.sentenceGoingOn("Se llevó a cabo el diálogo.", "diálogo virtual")).isNull();
		assertThat(EventItems.sentenceGoingOn("se llevó a cabo el", "Diálogo virtual")).isNull();
		assertThat(EventItems.contained("III Foro Mundial de Ciudades y Territorios de Paz",
				"Reunión con alcaldesas en el marco del Tercer Foro Mundial sobre Ciudades y Territorios de Paz")).isGreaterThanOrEqualTo(0.8);
		assertThat(EventItems.contained("Festival de la Amistad de Seúl 2021", "Festival de Cultura Urbana de Seúl 2021")).isLessThan(0.8);
	}

	@Test
	void aSheetTitleReadAsAHeadingTakesTheDateFieldItsRunsLayoutGivesIt() {
		List<Map<String, Object>> events = events("Fecha: 28 de octubre", "Lugar: Centro Cultural España, Ciudad de México. ", "",
				"Eventos internacionales", "“Evento de Clausura del Tercer Foro Mundial de ",
				"Ciudades y Territorios de Paz” organizado por el ", "Gobierno de la Ciudad de México",
				" Fecha: 28 de octubre.", "Participantes: 115 policías de la Secretaría de Seguridad Ciudadana.",
				"Objetivo: Incentivar el espíritu competitivo y la disciplina de las y los policías de la Ciudad de México.",
				"Lugar: San Luis Potosí, México.", "",
				"“VIII Juegos Latinoamericanos de Policías y Bomberos” ", "organizado por el Estado de San Luis Potosí", "",
				"Fecha: 15 de diciembre.", "Participantes: Dirección General de Investigación Cibernética de la ssc.",
				"Objetivo: Analizar el panorama, avances y retos en materia de ciberseguridad en la Ciudad de México.", "",
				"Estudio Internacional sobre Seguridad Cibernética a ", "nivel Global” realizado por The Royal United Services",
				"Institute (rusi)", "", "Fecha: 29 de noviembre al 3 de diciembre.");
		// the fields stand above their titles in this run: the games' date is the one above them
		assertThat(titled(events, "VIII Juegos Latinoamericanos de Policías y Bomberos")).containsEntry("startDate", "2023-10-28");
	}

	@Test
	void aHeadingOverABlockGoingOnFromElsewhereIsToldAboveAndDatedByTheEventsOwnDays() {
		List<Map<String, Object>> events = events(
				"El 14 de septiembre de 2023, la Coordinadora General, en su calidad de Coordinadora del Tercer Foro Mundial "
						+ "sobre Ciudades y Territorios de Paz, encabezó la reunión del Comité Organizador y presentó la ruta de "
						+ "trabajo para llevar a cabo el evento en formato híbrido del 26 al 28 de octubre.",
				"", "Coordinación del Tercer", "Foro Mundial sobre Ciudades", "y Territorios de Paz", "",
				"primer Informe Local Voluntario fue lanzado en 2019 y mostró la vinculación del Programa de Gobierno con "
						+ "las principales agendas globales de desarrollo, tales como la Agenda 2030.",
				"", "Este evento se realizó en el marco del Foro Ciudades y Territorios de Paz, transmitiéndose a través del",
				"canal de YouTube del propio foro y mediante", "",
				"una plataforma de videoconferencias, en la que participaron representantes de las ciudades de Bogotá, "
						+ "Rosario y la Ciudad de México.");
		assertThat(titled(events, "Coordinación del Tercer Foro Mundial sobre Ciudades y Territorios de Paz"))
			.containsEntry("startDate", "2023-10-26").containsEntry("endDate", "2023-10-28");
		// a sentence cut by a page break is no heading, though the block under it goes on from it
		assertThat(events).extracting(e -> (String) e.get("title")).noneMatch(t -> t.startsWith("Este evento"));
	}

	@Test
	void aHeadingClosingItsParagraphOverAnotherHeadingsParagraphIsToldAbove() {
		List<Map<String, Object>> events = events(
				"En el marco de la Carta de Intención firmada con el Programa de las Naciones Unidas para el Desarrollo (pnud) "
						+ "sobre manejo adecuado de residuos, la sedema y el pnud elaboraron una propuesta de programa especial de "
						+ "manejo de residuos de aparatos electrónicos.",
				"", "Colaboración con el pnud en materia de manejo", "de residuos", "",
				"En agosto se llevó a cabo el primer intercambio en formato virtual sobre infraestructura verde “Big Cities, "
						+ "Big Ideas” con Portland, facilitado por el World Resources Institute (wri).",
				"", "Intercambio “Big Cities, Big Ideas” con Portland");
		assertThat(events).extracting(e -> e.get("title")).contains("Colaboración con el pnud en materia de manejo de residuos");
		assertThat(titled(events, "Colaboración con el pnud en materia de manejo de residuos")).containsEntry("startDate", null);
	}

	@Test
	void aDistinctionReceivedInDichoEspacioTakesTheDayOfTheEventTheSentenceBeforeTold() {
		List<Map<String, Object>> events = events("Se realizaron diferentes actividades, tales como la XXXVI Reunión del Comité "
				+ "Sectorial de Cultura de la ucci “Los derechos culturales en la agenda de las ciudades” (15 y 16 de diciembre) "
				+ "donde participaron las ciudades de Bogotá y Lima. En dicho espacio, la Ciudad de México recibió un diploma "
				+ "de la ucci que acredita su participación como “Capital Iberoamericana de las Culturas 2023”.");
		assertThat(titled(events, "Diploma de la ucci que acredita su participación como “Capital Iberoamericana de las Culturas 2023”"))
			.containsEntry("startDate", "2023-12-15");
	}

}
