package mx.vinculos.ingest;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Layout cues of event headings and items that the PDF's text breaks. */
class EventItemsTests {

	static ReportLines text(String... lines) {
		return new ReportLines(String.join("\n", lines));
	}

	@Test
	void everyLineOfABlockMayOpenACourseSheet() {
		ReportLines t = text("Curso: Buenas prácticas de educación a la legalidad.", "Fechas: Del 24 al 30 de noviembre.",
				" Curso: 4a Edición de los Diálogos sobre el Sistema de Justicia Penal.", "Fechas: Del 24 al 27 de agosto.",
				"2Taller: Gestión de riesgos", "Objetivo: Mejorar el desempeño de los funcionarios.");
		ReportLines.Block b = t.blocks.get(0);
		List<String> titles = EventItems.sheets(b).stream().map(s -> b.text().substring(s.titleStart(), s.titleStart() + 12)).toList();
		assertThat(titles).containsExactly("Buenas práct", "4a Edición d", "Gestión de r");
		// the sidebar's digit glued to the field is not part of the sheet
		assertThat(b.text().substring(EventItems.sheets(b).get(2).start())).startsWith("Taller:");
	}

	@Test
	void aDateLineWhoseOpeningParenthesisWasLostIsRestored() {
		assertThat(EventItems.restoredParen("13 de octubre y 23 de diciembre)", "Desarrollando Ciudades Resilientes MCR2030"))
			.isEqualTo("(13 de octubre y 23 de diciembre)");
		assertThat(EventItems.restoredParen("27 de agosto)", "Iniciativa Bloomberg para la Seguridad Vial Mundial"))
			.isEqualTo("(27 de agosto)");
		// opened on the line above: the heading rule reads both lines itself
		assertThat(EventItems.restoredParen("de octubre)", "Jeröme Poussielgue (8")).isNull();
		// not a date
		assertThat(EventItems.restoredParen("MILANO).", "lucha contra la corrupción y crimen organizado")).isNull();
		assertThat(EventItems.restoredParen("con la Embajada)", "Reunión de trabajo")).isNull();
	}

	@Test
	void aNumberedPartBeforeAColonStaysInTheTitle() {
		assertThat(EventItems.endsClause("y el Caribe. Sesión 4:")).isFalse();
		assertThat(EventItems.endsClause("Parte II:")).isFalse();
		assertThat(EventItems.endsClause("se destacan las siguientes actividades:")).isTrue();
		assertThat(EventItems.endsClause("en la Ciudad de México.")).isTrue();
		assertThat(EventItems.endsClause("Reflexiones sobre el futuro de")).isFalse();
	}

	@Test
	void anOverlongHeadingEndsWhereItsClauseTellsAboutTheEvent() {
		String heading = "Reunión y Mesa de Alto Nivel de Negociación sobre la Regionalización del Proyecto “De-vuelta a la "
				+ "Comunidad” en países de América Latina” con la unodc y el Ministerio de Justicia de Italia, en el marco "
				+ "del Programa de Labores de Pública Utilidad y Trabajo penitenciario de la Ciudad de México";
		int cut = EventItems.titleCut(heading, 260);
		assertThat(heading.substring(0, cut)).endsWith("Ministerio de Justicia de Italia");
		assertThat(EventItems.titleCut("Reunión de trabajo con la Embajada, en el marco del foro", 260)).isEqualTo(-1);
	}

	@Test
	void likeTitlesOnOtherDaysAreTwoEvents() {
		SpanishDates.Span april = SpanishDates.whole("(26 de abril)", SpanishDatesTests.H2_2021);
		SpanishDates.Span september = SpanishDates.whole("(27 de septiembre)", SpanishDatesTests.H2_2021);
		assertThat(EventItems.otherDays(april, september)).isTrue();
		assertThat(EventItems.otherDays(april, april)).isFalse();
		assertThat(EventItems.otherDays(april, null)).isFalse();
	}

	@Test
	void quotedSheetTitlesTakeTheDateFieldBelowThem() {
		ReportLines t = text("Entre ellas:", "",
				"“Segundo Curso Internacional de Procedimientos Policiales para el ",
				"Manejo de Vida Silvestre”  Impartido por la Policía Nacional de Ecuador.  ", "",
				"Fecha: Del 4 de octubre al 29 de noviembre. ", "Modalidad: Capacitación en el extranjero. ", "",
				"Capacitaciones Curso “Microtráfico Cero MT0” impartido por la Policía de Investigaciones ", "",
				"Fecha: Del 4 al 22 de octubre.", "Lugar: Universidad de la Policía.");
		List<EventItems.QuotedSheet> sheets = EventItems.quotedSheets(t);
		assertThat(sheets).extracting(EventItems.QuotedSheet::title)
			.containsExactly("Segundo Curso Internacional de Procedimientos Policiales para el Manejo de Vida Silvestre",
					"Capacitaciones Curso “Microtráfico Cero MT0”");
		assertThat(sheets).extracting(EventItems.QuotedSheet::dateLine).containsExactly(6, 11);
	}

	@Test
	void aRunOfSheetsWhoseFirstDateStandsAboveItsTitleTakesTheDatesAbove() {
		ReportLines t = text("Fecha: 28 de octubre", "Lugar: Centro Cultural España, Ciudad de México. ", "",
				"Eventos internacionales", "“Evento de Clausura del Tercer Foro Mundial de ",
				"Ciudades y Territorios de Paz” organizado por el ", "Gobierno de la Ciudad de México",
				" Fecha: 28 de octubre.", "Objetivo: Incentivar el espíritu competitivo.", "",
				"“VIII Juegos Latinoamericanos de Policías y Bomberos” ", "organizado por el Estado de San Luis Potosí", "",
				"Fecha: 15 de diciembre.", "Objetivo: Analizar el panorama.", "",
				"Estudio Internacional sobre Seguridad Cibernética a ", "nivel Global” realizado por The Royal United Services",
				"Institute (rusi)", "", "Fecha: 29 de noviembre al 3 de diciembre.");
		List<EventItems.QuotedSheet> sheets = EventItems.quotedSheets(t);
		assertThat(sheets).extracting(EventItems.QuotedSheet::title)
			.containsExactly("Evento de Clausura del Tercer Foro Mundial de Ciudades y Territorios de Paz",
					"VIII Juegos Latinoamericanos de Policías y Bomberos",
					"Estudio Internacional sobre Seguridad Cibernética a nivel Global");
		assertThat(sheets).extracting(EventItems.QuotedSheet::dateLine).containsExactly(1, 8, 14);
	}

	@Test
	void aLineWithOneLeadingSpaceOpensANewTextBox() {
		assertThat(EventItems.opensBox(" Rolling With It: Empowering Shared Micromobility ")).isTrue();
		assertThat(EventItems.opensBox(" 2Conversatorio virtual: Políticas de cuidados")).isTrue();
		assertThat(EventItems.opensBox(" en la Lista del Patrimonio de la Humanidad (30 de julio)")).isFalse();
		assertThat(EventItems.opensBox("Asesoría técnica de International Association")).isFalse();
		assertThat(EventItems.opensBox("  Se brindó asesoría")).isFalse();
	}

	@Test
	void anItemJoiningTwoActivitiesIsTwoEvents() {
		Set<String> activities = Set.of("revision", "reunion", "presentacion");
		assertThat(EventItems.joinedActivities("Propuesta de contenido cultural para la cop 26 y la revisión del informe sobre "
				+ "“Cultura y desarrollo resiliente al clima”", activities::contains))
			.containsExactly("Propuesta de contenido cultural para la cop 26",
					"Revisión del informe sobre “Cultura y desarrollo resiliente al clima”");
		// a party, not an activity
		assertThat(EventItems.joinedActivities("Reunión de trabajo con la Asociación de Transporte y la Unión de Ciudades "
				+ "Capitales", activities::contains)).hasSize(1);
		// inside a quoted name
		assertThat(EventItems.joinedActivities("Foro “Ciudades de paz y la reunión de los pueblos indígenas”",
				activities::contains)).hasSize(1);
	}

	@Test
	void aHeadingNamingSomeoneIsNoSectionTitle() {
		assertThat(EventItems.namesSomeone("Récord Guinness como “la ciudad más conectada del mundo”")).isTrue();
		assertThat(EventItems.namesSomeone("Acreditación a la Universidad de la Policía de la Ciudad de México")).isTrue();
		assertThat(EventItems.namesSomeone("Inclusión social")).isFalse();
		assertThat(EventItems.namesSomeone("Colaboración con Embajadas acreditadas en México")).isFalse();
		assertThat(EventItems.namesSomeone("Intercambio y difusión de experiencias")).isFalse();
	}

	@Test
	void aParagraphOpeningWithItsEventsNameGivesTheNameUpToItsClause() {
		String p = "Reunión de trabajo con The International Association of Public Transport (uitp) para el Urban Mobility "
				+ "Innovation Index (umii), en la cual se expuso el ecosistema de innovación que se ha incorporado en los "
				+ "diferentes sistemas de transporte público de la ciudad.";
		java.util.function.Predicate<String> event = Set.of("reunion", "taller")::contains;
		assertThat(p.substring(0, EventItems.paragraphTitleEnd(p, event))).endsWith("Innovation Index (umii)");
		// prose opening otherwise, or a name that runs over a sentence's end
		assertThat(EventItems.paragraphTitleEnd("La Secretaría sostuvo una reunión con la Embajada de Chile y el Consejo "
				+ "Británico, en la cual se expuso el ecosistema de innovación de la ciudad y de sus alcaldías.", event)).isEqualTo(-1);
		assertThat(EventItems.paragraphTitleEnd("Reunión con la Embajada. Asistieron representantes de las áreas de la "
				+ "Secretaría, en la cual se expuso el ecosistema de innovación de la ciudad y de sus alcaldías.", event)).isEqualTo(-1);
	}

	@Test
	void meetingsWithSomeoneAndCountedToursToldInTheirPluralAreEvents() {
		assertThat(EventItems.heldInPlural("Además, con relación al proyecto del Museo, se han realizado reuniones con nueve "
				+ "Embajadas: Canadá, Japón y Suiza. Además, se han realizado tres recorridos presenciales a las instalaciones "
				+ "del nuevo recinto con personal de la Embajada de Suiza."))
			.extracting(EventItems.Named::title)
			.containsExactly("Reuniones con nueve Embajadas", "Recorridos presenciales a las instalaciones del nuevo recinto");
		assertThat(EventItems.heldInPlural("La implementación de la Acción Social contempló diversas reuniones, virtuales y "
				+ "una presencial, con el Mayor Migration Council, en las que participaron"))
			.extracting(EventItems.Named::title).containsExactly("Reuniones con el Mayor Migration Council");
		// uncounted tours and visits are how something was done, not activities reported one by one
		assertThat(EventItems.heldInPlural("se realizaron recorridos aleatorios en los hoteles donde se hospedó.")).isEmpty();
		assertThat(EventItems.heldInPlural("se realizaron visitas a los teleféricos de Bogotá y Medellín para comparar.")).isEmpty();
		assertThat(EventItems.heldInPlural("se realizaron diversas reuniones de trabajo y entrevistas a distintas áreas.")).isEmpty();
	}

	@Test
	void requestsAnInvitedVisitAndAPresentationToldByTheirVerbAreNamedByTheirNoun() {
		assertThat(EventItems.toldByVerb("Durante este periodo se atendieron las solicitudes de programas de trabajo para reforzar "
				+ "la cooperación cultural con ciudades de otros países como Chicago, San José y Berlín."))
			.extracting(EventItems.Named::title)
			.containsExactly("Solicitudes de programas de trabajo para reforzar la cooperación cultural con ciudades de otros países");
		assertThat(EventItems.toldByVerb("Del 18 al 21 de septiembre, con el apoyo de Aeroméxico, fueron invitados "
				+ "a 4 touroperadores premium españoles a visitar la cdmx del 18 al 21 de septiembre del presente."))
			.extracting(EventItems.Named::title).containsExactly("Visita de touroperadores premium españoles a la cdmx");
		assertThat(EventItems.toldByVerb("Finalmente, el 15 de diciembre, la adip presentó a Bloomberg el plan de trabajo para "
				+ "el primer proyecto a financiar."))
			.extracting(EventItems.Named::title).containsExactly("Presentación a Bloomberg del plan de trabajo para el primer proyecto a financiar");
		assertThat(EventItems.toldByVerb("En dicho espacio, la Ciudad de México recibió un diploma de la ucci que acredita su "
				+ "participación como “Capital Iberoamericana de las Culturas 2021”."))
			.extracting(EventItems.Named::title)
			.containsExactly("Diploma de la ucci que acredita su participación como “Capital Iberoamericana de las Culturas 2021”");
		assertThat(EventItems.toldByVerb("El 23 de diciembre de 2021 se confirmó la aprobación de la Ciudad de México como "
				+ "“Nodo de Resiliencia en la Iniciativa MCR2030, siendo una de las nueve ciudades."))
			.extracting(EventItems.Named::title)
			.containsExactly("Aprobación de la Ciudad de México como “Nodo de Resiliencia en la Iniciativa MCR2030”");
		assertThat(EventItems.refersBack("En dicho espacio, la Ciudad de México recibió un diploma")).isTrue();
		assertThat(EventItems.refersBack("En el espacio público se instaló")).isFalse();
		// a presentation to no one named, and an invitation to something else, are not these
		assertThat(EventItems.toldByVerb("La Secretaría presentó el plan de trabajo del año. Se invitó a las alcaldías a participar en el foro."))
			.isEmpty();
	}

	@Test
	void aBlockInLowerCaseGoesOnFromElsewhereAndOnlyANounPhraseAboveItIsAHeading() {
		assertThat(EventItems.goesOnFromElsewhere("primer Informe Local Voluntario fue lanzado en 2019")).isTrue();
		assertThat(EventItems.goesOnFromElsewhere("El primer Informe fue lanzado en 2019")).isFalse();
		assertThat(EventItems.readsAsHeading("Coordinación del Tercer Foro Mundial sobre Ciudades y Territorios de Paz")).isTrue();
		assertThat(EventItems.readsAsHeading("Este evento se realizó en el marco del Foro Ciudades y Territorios de Paz")).isFalse();
		assertThat(EventItems.readsAsHeading("Ciudad de México recibió a una delegación de Uruguay, encabezada por Julia "
				+ "Staricco, Jueza de Familia de Montevideo. Se")).isFalse();
		java.util.Set<String> heading = Drafter.contentWords("Coordinación del Tercer Foro Mundial sobre Ciudades de Paz");
		assertThat(EventItems.eventsOwnDays("El 14 de septiembre presentó la ruta de trabajo para llevar a cabo el evento en "
				+ "formato híbrido del 26 al 28 de octubre.", heading, SpanishDatesTests.H2_2021).start()).hasToString("2021-10-26");
		assertThat(EventItems.eventsOwnDays("el Foro se celebró del 3 al 5 de noviembre.", heading, SpanishDatesTests.H2_2021))
			.isNotNull();
		// another thing's days, and a single day, are not the event's run of days
		assertThat(EventItems.eventsOwnDays("la exposición estuvo abierta del 3 al 5 de noviembre.", heading, SpanishDatesTests.H2_2021))
			.isNull();
		assertThat(EventItems.eventsOwnDays("el evento del 3 de noviembre.", heading, SpanishDatesTests.H2_2021)).isNull();
	}

	@Test
	void aColonInsideATitleEndsNoClause() {
		assertThat(EventItems.quoteOpen("“Diálogo con Gobiernos Municipales sobre Desarrollo Territorial:")).isTrue();
		assertThat(EventItems.quoteOpen("Panel “Diálogo con Gobiernos”:")).isFalse();
		assertThat(EventItems.subtitleFollows("Participación en el taller de trabajo Planificación Urbana Digital:",
				"Sistemas de Información Geográfica (24 de noviembre)")).isTrue();
		// a list's introduction ends on a common word
		assertThat(EventItems.subtitleFollows("Entre ellas destacan:", "Reunión con la Embajada de Chile (2 de noviembre)")).isFalse();
		assertThat(EventItems.subtitleFollows("Se realizaron reuniones con la SSC y la ADIP:", "Reunión con la Embajada de Chile"))
			.isFalse();
		assertThat(EventItems.quotedTitleUnder("Cultura de la No Discriminación", "“Diálogo con Gobiernos Municipales sobre")).isTrue();
		assertThat(EventItems.quotedTitleUnder("Participación en el panel", "Diálogo con Gobiernos Municipales")).isFalse();
	}

}
