package mx.vinculos.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Which registry mentions of an event's text become its participants, and where they are cited. */
class DrafterLinksTests {

	static Registry registry;

	@BeforeAll
	static void registry(@TempDir Path dir) throws Exception {
		registry = TestDrafts.registry(dir, """
				- id: ciudad-de-mexico
				  type: City
				  name: Ciudad de México
				- {id: paris, type: City, name: París}
				- {id: medellin, type: City, name: Medellín}
				- {id: colombia, type: Country, name: Colombia}
				- {id: suiza, type: Country, name: Suiza}
				- {id: canada, type: Country, name: Canadá}
				- {id: chile, type: Country, name: Chile}
				- id: claudia-sheinbaum-pardo
				  type: Person
				  name: Claudia Sheinbaum Pardo
				- id: ciudades-y-gobiernos-locales-unidos
				  type: Network
				  name: Ciudades y Gobiernos Locales Unidos
				  aliases: [CGLU]
				- {id: secretaria-de-cultura, type: Agency, name: Secretaría de Cultura, parent: ciudad-de-mexico}
				- {id: secretaria-de-turismo, type: Agency, name: Secretaría de Turismo}
				- {id: secretaria-de-movilidad, type: Agency, name: Secretaría de Movilidad, parent: ciudad-de-mexico}
				- id: coordinacion-general-de-asesores-y-asuntos-internacionales
				  type: Agency
				  name: Coordinación General de Asesores y Asuntos Internacionales
				  parent: ciudad-de-mexico
				- {id: embajada-de-chile-en-mexico, type: Agency, name: Embajada de Chile en México}
				- id: direccion-general-de-seguridad-vial
				  type: Agency
				  name: Dirección General de Seguridad Vial
				  parent: secretaria-de-movilidad
				""");
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> participants(String... lines) {
		Drafter d = TestDrafts.drafter(registry, lines);
		List<Map<String, Object>> events = (List<Map<String, Object>>) d.draft("Informe").report().get("events");
		assertThat(events).hasSize(1);
		return (List<Map<String, Object>>) events.get(0).get("participants");
	}

	static List<Object> ids(List<Map<String, Object>> participants) {
		return participants.stream().map(p -> p.get("entity")).toList();
	}

	@Test
	void aPartyIsCitedWhereTheBodySaysWhatItDid() {
		List<Map<String, Object>> ps = participants("Retiro anual de CGLU", "(24 al 28 de febrero)", "",
				"La Secretaría de Cultura asistió al retiro anual, que fue organizado por", "Ciudades y Gobiernos Locales Unidos (CGLU) en Tánger.");
		assertThat(ps).anySatisfy(p -> assertThat(p).containsEntry("entity", "ciudades-y-gobiernos-locales-unidos")
			.containsEntry("role", "organizer")
			.satisfies(x -> assertThat((Integer) x.get("line")).isGreaterThanOrEqualTo(4)));
		assertThat(ids(ps)).containsOnlyOnce("ciudades-y-gobiernos-locales-unidos");
	}

	@Test
	void placesNamedInsideOtherNamesOrLocatingACityAreNoParties() {
		List<Map<String, Object>> ps = participants("Reunión con embajadas sobre el museo (3 de agosto)", "",
				"Se recorrió el recinto con personal de la Embajada de Suiza, Canadá, Colombia y Chile, y con la",
				"investigadora María Dolores París. Se habló de la experiencia de Medellín, Colombia, en la",
				"administración de Claudia Sheinbaum Pardo. La Secretaría de Cultura, Secretaría de Turismo y la",
				"delegación de Chile participaron.");
		assertThat(ids(ps)).contains("secretaria-de-cultura", "secretaria-de-turismo", "chile")
			.doesNotContain("suiza", "canada", "colombia", "paris", "claudia-sheinbaum-pardo");
	}

	@Test
	void anAgreementsPartiesAreNotTheNamesInsideItsTitle() throws Exception {
		Drafter d = TestDrafts.drafter(registry, "Firma con Medellín (10 de agosto)", "",
				"La Secretaría de Cultura firmó un memorándum de entendimiento con la ciudad de Medellín, Colombia,",
				"y se adhirió a la Declaración de Ciudades Gobiernos Locales Unidos de Suiza.");
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> rels = (List<Map<String, Object>>) d.draft("Informe").report().get("relationships");
		assertThat(rels).filteredOn(r -> "AGREEMENT".equals(r.get("type")))
			.singleElement()
			.satisfies(r -> assertThat(r).containsEntry("from", "secretaria-de-cultura").containsEntry("to", "medellin"));
	}

	@Test
	void aMayorHoldsThePositionAtTheCityItself() {
		Drafter d = TestDrafts.drafter(registry, "Reunión con alcaldesas (10 de agosto)", "",
				"La Secretaría de Cultura recibió a la Alcaldesa de Managua, Reyna Rueda, y al alcalde de Medellín, Daniel Quintero.");
		Drafter.Draft draft = d.draft("Informe");
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> rels = (List<Map<String, Object>>) draft.report().get("relationships");
		assertThat(rels).filteredOn(r -> "HOLDS_POSITION".equals(r.get("type")))
			.extracting(r -> r.get("from") + ">" + r.get("to"))
			.contains("reyna-rueda>managua", "daniel-quintero>medellin");
		assertThat(draft.newEntities()).anySatisfy(e -> assertThat(e).containsEntry("id", "managua").containsEntry("type", "City"));
	}

	@Test
	void aListOfNamesEndsAtItsFirstName() {
		String t = "la Embajada de Suiza, Canadá, Colombia y Chile";
		assertThat(Drafter.listStart(t, t.indexOf("Chile"))).isEqualTo(t.indexOf("Suiza"));
		assertThat(Drafter.listStart(t, t.indexOf("Suiza"))).isEqualTo(t.indexOf("Suiza"));
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> events(String... lines) {
		Drafter d = TestDrafts.drafter(registry, lines);
		return (List<Map<String, Object>>) d.draft("Informe").report().get("events");
	}

	@SuppressWarnings("unchecked")
	static List<Object> ids(Map<String, Object> event) {
		return ids((List<Map<String, Object>>) event.get("participants"));
	}

	@Test
	void theBodiesNamedInAListsIntroductionTakePartInEachItem() {
		List<Map<String, Object>> evs = events(
				"La Coordinación General de Asesores y Asuntos Internacionales, con el apoyo de la",
				"Secretaría de Movilidad, gestionó la iluminación de monumentos en las fechas:", "",
				"20 julio: Día de la Independencia de Colombia", "1 agosto: Día Nacional de Suiza");
		assertThat(evs).hasSize(2).allSatisfy(ev -> assertThat(ids(ev)).contains(
				"coordinacion-general-de-asesores-y-asuntos-internacionales", "secretaria-de-movilidad"));
		// cited where the introduction says it, not at the item
		assertThat((List<Map<String, Object>>) evs.get(1).get("participants")).allSatisfy(p -> assertThat((Integer) p.get("line")).isLessThanOrEqualTo(2));
	}

	@Test
	void anImpersonalIntroductionWithAPartnerCreditsTheReportsCityInEachItem() {
		List<Map<String, Object>> evs = events(
				"Con la red de Ciudades y Gobiernos Locales Unidos (cglu) se realizaron diversas acciones, en calidad de",
				"copresidentes del Comité de Cultura y ciudad líder en la materia como:", "",
				"20 julio: Reunión estatutaria del Bureau Ejecutivo", "1 agosto: Foro Mundial de las Regiones");
		assertThat(evs).hasSize(2).allSatisfy(ev -> assertThat(ids(ev))
			.contains("ciudad-de-mexico", "ciudades-y-gobiernos-locales-unidos")
			// the office the city holds in the network is its capacity, no party
			.noneMatch(id -> String.valueOf(id).startsWith("comite")));
		assertThat((List<Map<String, Object>>) evs.get(1).get("participants"))
			.anySatisfy(p -> assertThat(p).containsEntry("entity", "ciudad-de-mexico").containsEntry("line", 1));
		// a named actor leaves the city out
		assertThat(events("Con la red de Ciudades y Gobiernos Locales Unidos (cglu), la Secretaría de Turismo realizó",
				"diversas acciones como:", "", "20 julio: Reunión estatutaria del Bureau Ejecutivo",
				"1 agosto: Foro Mundial de las Regiones")).allSatisfy(ev -> assertThat(ids(ev)).doesNotContain("ciudad-de-mexico"));
	}

	@Test
	void aNewBodyNamedInAListsIntroductionIsTheSameCandidateInEachItem() {
		List<Map<String, Object>> evs = events(
				"Por su parte, el Instituto de Formación Profesional y Estudios Superiores (ifpes) de la Secretaría de Cultura,",
				"realizó actividades académicas con diversos actores internacionales. Estas son:", "",
				"Curso: Buenas prácticas de gestión de museos comunitarios.",
				"Fecha: 24 de noviembre de 2021.",
				"Objetivo: conocer la gestión de los museos de la región.", "",
				"Curso: Conservación de acervos fotográficos.", "Fecha: 3 de diciembre de 2021.");
		assertThat(evs).hasSize(2).allSatisfy(ev -> assertThat(ids(ev))
			.contains("instituto-de-formacion-profesional-y-estudios-superiores"));
	}

	@Test
	void aUnitIsCreditedToItsParent() {
		List<Map<String, Object>> ps = participants("Taller sobre movilidad ciclista (3 de agosto)", "",
				"La Subsecretaría de Planeación, Políticas y Regulación de la Secretaría de Movilidad participó en el taller;",
				"la Dirección Ejecutiva de Representación Institucional de la Coordinación General de Asesores y Asuntos",
				"Internacionales asistió también. Se visitó la Embajada de Chile.");
		assertThat(ids(ps)).contains("secretaria-de-movilidad", "coordinacion-general-de-asesores-y-asuntos-internacionales")
			.doesNotContain("chile");
	}

	@Test
	void aUnitNamedAsANewEntityIsNoParty() {
		Drafter d = TestDrafts.drafter(registry, "Visita técnica de Lima (3 de agosto)", "",
				"La Dirección General de Calidad del Aire de la Secretaría de Movilidad recibió a una delegación.");
		Drafter.Draft draft = d.draft("Informe");
		@SuppressWarnings("unchecked")
		Map<String, Object> ev = ((List<Map<String, Object>>) draft.report().get("events")).get(0);
		assertThat(ids(ev)).contains("secretaria-de-movilidad").noneMatch(id -> String.valueOf(id).startsWith("direccion-general"));
	}

	@Test
	void theCityTakesPartWhereSomeoneStandsForIt() {
		List<Map<String, Object>> ps = participants("Foro de ciudades sobre cultura (3 de agosto)", "",
				"En representación del Gobierno de la Ciudad de México, participó en este diálogo la Secretaría de Turismo.");
		assertThat(ps).anySatisfy(p -> assertThat(p).containsEntry("entity", "ciudad-de-mexico").containsEntry("role", "represented"));
		assertThat(ids(participants("Foro de ciudades sobre cultura (3 de agosto)", "",
				"La Secretaría de Turismo representó a Ciudad de México en un encuentro promovido por Chile."))).contains("ciudad-de-mexico");
		// the city names the side its body took
		assertThat(ids(participants("Foro de ciudades sobre cultura (3 de agosto)", "",
				"Por parte de Ciudad de México participó la Secretaría de Turismo."))).containsExactly("secretaria-de-turismo");
		// merely named, the city is no party
		assertThat(ids(participants("Foro de ciudades sobre cultura (3 de agosto)", "",
				"La Secretaría de Turismo habló de la Ciudad de México en el foro."))).doesNotContain("ciudad-de-mexico");
	}

	@Test
	void theCityTakesPartWhereItActsThroughABodyIsInvitedOrIsASide() {
		assertThat(ids(participants("Premio de novela sobre cultura (3 de agosto)", "",
				"El Gobierno de la Ciudad de México, a través de la Secretaría de Cultura, otorga este premio."))).contains("ciudad-de-mexico");
		assertThat(ids(participants("Encuentro de culturas urbanas (3 de agosto)", "",
				"El Gobierno de la Ciudad de México —a través de la Secretaría de Cultura— convocó a los jóvenes."))).contains("ciudad-de-mexico");
		assertThat(ids(participants("Seminario en línea sobre movilidad (3 de agosto)", "",
				"Chile extendió una invitación a Ciudad de México para compartir su experiencia."))).contains("ciudad-de-mexico");
		assertThat(ids(participants("Intercambio técnico entre el Gobierno de la Ciudad de México y Medellín (3 de agosto)", "",
				"La Secretaría de Movilidad compartió su experiencia."))).contains("ciudad-de-mexico");
		// named as a place or a topic, still no party
		assertThat(ids(participants("Seminario en línea sobre movilidad (3 de agosto)", "",
				"La Secretaría de Movilidad presentó la red de ciclovías de la Ciudad de México."))).doesNotContain("ciudad-de-mexico");
	}

	@Test
	void theCityTakesPartWhereItIsNamedAsAParty() {
		// "La" opening a sentence is an article, not a name the city's name goes on from
		assertThat(ids(participants("Adhesión a la Declaración de Ciudades Circulares (3 de agosto)", "",
				"La Ciudad de México se adhirió oficialmente a la declaración."))).contains("ciudad-de-mexico");
		// one place of a list of places
		assertThat(ids(participants("Reunión del Comité Sectorial de Cultura (3 de agosto)", "",
				"Participaron las ciudades de Medellín, París, Ciudad de México y Tánger."))).contains("ciudad-de-mexico", "paris");
		assertThat(ids(participants("Reunión del Comité Sectorial de Cultura (3 de agosto)", "",
				"Participaron funcionarias de Chile y Medellín, además de la Ciudad de México."))).contains("ciudad-de-mexico", "chile");
		// its experience shown, by someone or impersonally
		assertThat(ids(participants("Conferencia sobre micromovilidad (3 de agosto)", "",
				"En la conferencia se presentó la experiencia de la Ciudad de México con los vehículos eléctricos."))).contains("ciudad-de-mexico");
		// a host or a winner
		assertThat(ids(participants("Reunión de la Red de Ciudades Creativas (3 de agosto)", "",
				"Rumbo a la reunión anual de 2022, de la que la Ciudad de México será anfitriona, se asistió a seis reuniones."))).contains("ciudad-de-mexico");
		// but where one of its bodies showed it, that body is the party
		assertThat(ids(participants("Conferencia sobre micromovilidad (3 de agosto)", "",
				"La Secretaría de Movilidad presentó la experiencia de Ciudad de México en la regulación de la micromovilidad.")))
			.containsExactly("secretaria-de-movilidad");
		// one side of an exchange, or one of the cities invited; not the ties a visit strengthened
		assertThat(ids(participants("Intercambio técnico entre el Gobierno de la Ciudad de México y Medellín (3 de agosto)", "",
				"Se compartieron experiencias de movilidad."))).contains("ciudad-de-mexico");
		assertThat(ids(participants("Celebración del orgullo (3 de agosto)", "",
				"El gobierno de París invitó a algunas ciudades aliadas, entre ellas a Ciudad de México."))).contains("ciudad-de-mexico");
		assertThat(ids(participants("Visita de la Secretaría de Turismo (3 de agosto)", "",
				"Con la visita se profundizan los lazos de amistad entre Ciudad de México y Colombia."))).doesNotContain("ciudad-de-mexico");
		// "Ciudad de México, México" is no list
		assertThat(ids(participants("Conferencia sobre micromovilidad (3 de agosto)", "",
				"La Secretaría de Movilidad habló de Medellín, Ciudad de México y su metro."))).doesNotContain("ciudad-de-mexico");
	}

	@Test
	void everyPlaceOfALongListTakesPartWhateverWordsItsNamesCarry() {
		assertThat(ids(participants("Reunión del Comité Sectorial de Cultura (3 de agosto)", "",
				"Participaron las ciudades de: Tánger, Río de Janeiro, Santiago de Chile; São Paulo, Medellín y París.")))
			.contains("medellin", "paris");
		// the country that locates a city its representatives came from is still no party
		assertThat(ids(participants("Reunión sobre agua (3 de agosto)", "",
				"Se reunió con representantes de la Ciudad de Medellín, Colombia, para intercambiar lecciones.")))
			.doesNotContain("colombia");
	}

	@Test
	void aListsIntroductionSpeaksForItsItemsUntilTwoSectionTitlesInARow() {
		List<Map<String, Object>> evs = events(
				"En cuanto a las propuestas de las embajadas acreditadas en México para la participación de la Ciudad de",
				"México, se destacan:", "", "Presentación de la Master Class con la Orquesta Juvenil de Chile",
				"Celebración del Día Nacional de Suiza", "", "Cooperación bilateral", "con gobiernos locales", "",
				"Colaboración con Embajadas", "en la Ciudad de México", "", "Proyección de las obras de la Embajada de Chile en México");
		assertThat(evs).hasSize(3);
		assertThat(evs.subList(0, 2)).allSatisfy(ev -> assertThat((List<Map<String, Object>>) ev.get("participants"))
			.anySatisfy(p -> assertThat(p).containsEntry("entity", "ciudad-de-mexico").containsEntry("role", "attendee")));
		assertThat(ids(evs.get(2))).doesNotContain("ciudad-de-mexico");
	}

	@Test
	void countriesWhosePeersTookPartAreParties() {
		assertThat(ids(participants("Conversatorio sobre la pandemia (3 de agosto)", "",
				"La Secretaría de Movilidad compartió experiencias con sus contrapartes de Chile, Colombia y Suiza."))).contains("chile", "colombia", "suiza");
		assertThat(ids(participants("Conversatorio sobre la pandemia (3 de agosto)", "",
				"La Secretaría de Movilidad compartió experiencias sobre Chile y Colombia."))).doesNotContain("chile", "colombia");
	}

	@Test
	void anEnvoyOrHeadNamedByTitleCreditsTheBodyAsRepresented() {
		List<Map<String, Object>> ps = participants("Reunión de cortesía sobre cultura (3 de agosto)", "",
				"La Jefa de Gobierno recibió al Embajador de Chile en México, el Excmo. Sr. Juan Pérez.");
		assertThat(ps).anySatisfy(p -> assertThat(p).containsEntry("entity", "embajada-de-chile-en-mexico").containsEntry("role", "represented"));
		// the embassy, not the country the title names: the seeds credit the envoy's mission (49 of 51 visits)
		assertThat(ids(ps)).doesNotContain("chile");
		List<Map<String, Object>> spoke = participants("Foro de ciudades sobre cultura (3 de agosto)", "",
				"Intervino la Coordinadora General de Asesores y Asuntos Internacionales, Diana Alarcón.");
		assertThat(spoke).anySatisfy(p -> assertThat(p).containsEntry("entity", "coordinacion-general-de-asesores-y-asuntos-internacionales")
			.containsEntry("role", "speaker"));
	}

	@Test
	void backgroundIsNoParty() {
		List<Map<String, Object>> ps = participants("Foro de ciudades sobre cultura (3 de agosto)", "",
				"En el marco del 20 aniversario de Ciudades y Gobiernos Locales Unidos, la Secretaría de Turismo participó.");
		assertThat(ids(ps)).contains("secretaria-de-turismo").doesNotContain("ciudades-y-gobiernos-locales-unidos");
	}

	@Test
	void everyCountryOfAListOfDelegationsTakesPart() {
		List<Map<String, Object>> ps = participants("Foro de ciudades sobre cultura (3 de agosto)", "",
				"Participaron representantes de Suiza, Canadá y Chile.");
		assertThat(ids(ps)).contains("suiza", "canada", "chile");
	}

	@Test
	void aCityNamedAtTheEndOfItsOfficialsTitlesIsTheParty() {
		assertThat(ids(participants("Encuentro virtual sobre cuidados (3 de agosto)", "",
				"Participaron las Ministras de Desarrollo Humano de Medellín y la Secretaría de Turismo."))).contains("medellin");
		// inside the name of a body, the city is not the party
		assertThat(ids(participants("Encuentro virtual sobre cuidados (3 de agosto)", "",
				"Participó la Universidad Autónoma de Medellín."))).doesNotContain("medellin");
	}

	@Test
	void aMayorsCityIsTheParty() {
		List<Map<String, Object>> ps = participants("Foro de ciudades sobre cultura (3 de agosto)", "",
				"Participó Daniel Quintero, Alcalde de Medellín.");
		assertThat(ps).anySatisfy(p -> assertThat(p).containsEntry("entity", "medellin").containsEntry("role", "represented"));
	}

	@Test
	void headingsThatFollowTheirParagraphsTakeTheProseAbove() {
		List<Map<String, Object>> evs = events("Medio ambiente", "",
				"En esta reunión virtual la Secretaría de Turismo presentó la estrategia de energía limpia de la ciudad",
				"ante los gobiernos subnacionales del país, que respaldaron la estrategia de energía limpia en la reunión.", "",
				"Reunión sobre la estrategia de energía limpia (11 de octubre)", "",
				"La Secretaría de Cultura dio seguimiento al acuerdo de intercambio cultural con la red internacional de",
				"museos comunitarios y preparó el programa del intercambio cultural de museos para el próximo año.", "",
				"Acuerdo de intercambio cultural de museos (Octubre)", "", "Cultura");
		assertThat(evs).hasSize(2);
		assertThat(ids(evs.get(0))).containsExactly("secretaria-de-turismo");
		assertThat(ids(evs.get(1))).containsExactly("secretaria-de-cultura");
	}

	@Test
	void aPartyNamedInTheHeadingAndTheBodyIsCitedInTheBody() {
		List<Map<String, Object>> ps = participants("Plataforma digital en conjunto con la Secretaría de Turismo", "(22 de mayo)", "",
				"La Secretaría de Cultura compartió contenidos culturales en la plataforma.",
				"También la Secretaría de Turismo compartió su contenido.");
		// the heading's cue ("en conjunto con") does not keep the citation in the heading
		assertThat(ps).anySatisfy(p -> assertThat(p).containsEntry("entity", "secretaria-de-turismo").containsEntry("line", 5));
	}

	@Test
	void theWiderPartnerOfARelationshipIsNoParty() {
		List<Map<String, Object>> ps = participants("Reunión con eurodiputados (3 de agosto)", "",
				"La Secretaría de Turismo recibió a la delegación. Con la reunión se estrechó la relación de amistad y",
				"cooperación de la ciudad con Ciudades y Gobiernos Locales Unidos.");
		assertThat(ids(ps)).contains("secretaria-de-turismo").doesNotContain("ciudades-y-gobiernos-locales-unidos");
		List<Map<String, Object>> declared = participants("Conferencia sobre turismo (3 de agosto)", "",
				"La Secretaría de Turismo habló de los sitios patrimoniales declarados por CGLU en la ciudad.");
		assertThat(ids(declared)).doesNotContain("ciudades-y-gobiernos-locales-unidos");
	}

	@Test
	void aPlaceInCapitalsBetweenParenthesesLabelsWhatPrecedesIt() {
		List<Map<String, Object>> ps = participants("Curso sobre legalidad (3 de agosto)", "",
				"La Secretaría de Turismo impartió el curso de buenas prácticas contra la corrupción (PARÍS).");
		assertThat(ids(ps)).contains("secretaria-de-turismo").doesNotContain("paris");
	}

	@Test
	@SuppressWarnings("unchecked")
	void aUnitsHeadActsForTheUnitsBodyAndHoldsThePositionThere() {
		Drafter d = TestDrafts.drafter(registry, "Taller sobre seguridad vial (3 de agosto)", "",
				"En el taller participó la Directora General de Seguridad Vial, Fernanda Rivera Díaz.");
		Map<String, Object> report = d.draft("Informe").report();
		Map<String, Object> ev = ((List<Map<String, Object>>) report.get("events")).get(0);
		assertThat(ids(ev)).contains("secretaria-de-movilidad").doesNotContain("direccion-general-de-seguridad-vial");
		List<Map<String, Object>> positions = ((List<Map<String, Object>>) report.get("relationships")).stream()
			.filter(r -> "HOLDS_POSITION".equals(r.get("type")))
			.toList();
		assertThat(positions).isNotEmpty()
			.allSatisfy(r -> assertThat(r.get("to")).isNotEqualTo("direccion-general-de-seguridad-vial"))
			.anySatisfy(r -> assertThat(r).containsEntry("to", "secretaria-de-movilidad")
				.containsEntry("title", "Directora General de Seguridad Vial"));
	}

}
