package mx.vinculos.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The names an event's text introduces as new entities, and how the draft credits them. */
class MentionsTests {

	static List<String> names(List<Mentions.Named> named) {
		return named.stream().map(Mentions.Named::name).toList();
	}

	@Test
	void peopleAreIntroducedByOccupationOrTitle() {
		assertThat(names(Mentions.people("El foro fue presidido por la Eurodiputada española Iratxe García y contó con "
				+ "la escritora Isabel Angélica Allende Llona y el fotógrafo colombiano Jorge Gamboa.")))
			.containsExactlyInAnyOrder("Iratxe García", "Isabel Angélica Allende Llona", "Jorge Gamboa");
		assertThat(names(Mentions.people("Asistieron el Presidente del Consejo de Administración de Televisa, Emilio "
				+ "Azcárraga Jean, y la Directora General Adjunta de Gestión de la Organización Internacional de las "
				+ "Migraciones (oim por sus siglas en inglés), Amy Pope.")))
			.containsExactlyInAnyOrder("Emilio Azcárraga Jean", "Amy Pope");
	}

	@Test
	void aSpeakerListGivesEachNameBeforeItsTitle() {
		assertThat(names(Mentions.people("En el mismo participaron, además: Antonio Zurita, Integrante de la Secretaría "
				+ "Técnica del Foro (moderador); Samer Saliba, Responsable de Práctica, Mayors Migration Council; Alice "
				+ "Pistolesi, Periodista, Atlante delle Guerre; y María Dolores París, Investigadora, Colegio de la Frontera Norte.")))
			.containsExactlyInAnyOrder("Antonio Zurita", "Samer Saliba", "Alice Pistolesi", "María Dolores París");
	}

	@Test
	void aRespectivelyListIsOneNameForEachOffice() {
		assertThat(names(Mentions.people("asistieron los titulares de Finanzas, Cultura y de Movilidad: Luz Elena "
				+ "González, Vannesa Bohórquez López y Andrés Lajous Loaeza, respectivamente.")))
			.containsExactly("Luz Elena González", "Vannesa Bohórquez López", "Andrés Lajous Loaeza");
	}

	@Test
	void aNameEndsWhereTheBodyItBelongsToBegins() {
		assertThat(names(Mentions.people("con la participación de la activista Marta Llobet de la Comisión de Cultura de cglu.")))
			.containsExactly("Marta Llobet");
		// bodies and places are no people
		assertThat(Mentions.people("la Secretaria de Cultura, Ciudad de México, y el Director General, Gobierno Abierto")).isEmpty();
	}

	@Test
	void aNameAndItsTitleAfterDeConOrE() {
		assertThat(names(Mentions.people("contó con la participación de Dora Barrancos, académica y activista argentina "
				+ "e Isabel Andreoni, Directora de la Unidad Montevideo Rural. Revisión del informe de Farida Shaheed, autora del informe.")))
			.containsExactlyInAnyOrder("Dora Barrancos", "Isabel Andreoni", "Farida Shaheed");
	}

	@Test
	void anOccupationOfSomethingThenTheName() {
		assertThat(names(Mentions.people("Díaz de Villegas; así como el consultor del proyecto, Guillermo del Campo\nFernández-Shaw. De forma virtual")))
			.contains("Guillermo del Campo\nFernández-Shaw");
	}

	@Test
	void thePeopleAConversationWasWith() {
		assertThat(names(Mentions.people("La adip conversó con Diego Ros Rooney y Alejandro Patino sobre el trabajo de la cdmx.")))
			.containsExactly("Diego Ros Rooney", "Alejandro Patino");
		// bodies and programmes are no people
		assertThat(Mentions.people("La adip se reunió con Fomento Económico y Planeación Urbana.")).isEmpty();
	}

	@Test
	void aPersonKnownByTheBodyTheyAreOf() {
		assertThat(names(Mentions.people("de Andrew Potts, Coordinador del Climate Heritage Network y Agnès Ruiz de la Comisión de Cultura de cglu")))
			.contains("Agnès Ruiz");
		assertThat(Mentions.people("la Dirección de Turismo y Fomento Económico de la Secretaría de Cultura")).isEmpty();
	}

	@Test
	void bodiesNamedInEnglish() {
		assertThat(names(Mentions.english("el Congreso tuvo la asistencia de aliados como Zurich y Z Zurich Foundation. Participación en "
				+ "Taller impartido por G20 Global Smart Cities Alliance, personal de la International Association of Chiefs of Police y "
				+ "de la Johns Hopkins University.\nNH HOTEL GROUP: se impartió un seminario")))
			.containsExactly("Z Zurich Foundation", "G20 Global Smart Cities Alliance", "International Association of Chiefs of Police",
					"Johns Hopkins University", "NH HOTEL GROUP");
		// Spanish names and English words without a body's kind word are not
		assertThat(Mentions.english("la Red de Ciudades Resilientes y Bloomberg Philanthropies en The World Ahead")).isEmpty();
	}

	@Test
	void aMediumIsNamedByItsKindWordBeforeOrAfterOrByAQuotedPiece() {
		assertThat(names(Mentions.byKind("Mención en la nota “Qué soluciones implementaron seis alcaldesas” de Infobae (3 de septiembre). "
				+ "Entrevista y portada en El País Semanal, semanario del periódico español El País. Una guía dentro de la revista "
				+ "de negocios Outlook Travel.")))
			.containsExactlyInAnyOrder("Infobae", "El País Semanal", "El País", "Outlook Travel");
		// a body's own name before a kind word is read by its head word, not here
		assertThat(Mentions.byKind("La Secretaría de Cultura, una organización pública.")).isEmpty();
	}

	@Test
	void moreOccupationsAndForeignUniversities() {
		assertThat(names(Mentions.people("con un video musical del rapero Bruno Ferraro en el Festival"))).containsExactly("Bruno Ferraro");
		assertThat(names(Mentions.organizations("Embajada de Italia en México y la Universitá Degli Studi Di Milano")))
			.contains("Universitá Degli Studi Di Milano");
	}

	@Test
	void organisationNamesGoOnThroughTheirListsAndConnectors() {
		assertThat(names(Mentions.organizations("la consulta fue organizada por la Federación Latinoamericana de Ciudades, "
				+ "Municipios y Asociaciones de Gobiernos Locales y la Alianza Euroamericana de Cooperación entre Ciudades.")))
			.containsExactly("Federación Latinoamericana de Ciudades, Municipios y Asociaciones de Gobiernos Locales",
					"Alianza Euroamericana de Cooperación entre Ciudades");
		assertThat(names(Mentions.organizations("con el apoyo de la Oficina de los Estados Unidos de Asistencia para "
				+ "Desastres en el Extranjero. El evento fue organizado por el Banco Mundial.")))
			.containsExactly("Oficina de los Estados Unidos de Asistencia para Desastres en el Extranjero", "Banco Mundial");
	}

	@Test
	void organisationNamesStopAtASecondBody() {
		assertThat(names(Mentions.organizations("un estudio de la Universidad de Yale para el Banco Interamericano de Desarrollo")))
			.containsExactly("Universidad de Yale", "Banco Interamericano de Desarrollo");
		assertThat(names(Mentions.organizations("el sector privado (Bimbo, Grupo Salinas y Microsoft)"))).containsExactly("Grupo Salinas");
		// a head word inside a longer name is not a name of its own
		assertThat(Mentions.organizations("el Premio de la Cumbre Mundial sobre la Sociedad de la Información")).isEmpty();
		// but a title before a body is not part of it
		assertThat(names(Mentions.organizations("el Director de la Oficina de País de la Organización Internacional del Trabajo")))
			.containsExactly("Oficina de País de la Organización Internacional del Trabajo");
	}

	@Test
	void aKindWordIntroducesAnOrganisation() {
		assertThat(Mentions.byKind("en coordinación con la aerolínea Volaris y la revista británica The Economist"))
			.extracting(Mentions.Named::name)
			.containsExactly("Volaris", "The Economist");
		assertThat(Mentions.byKind("moderada por la Secretaria General de la red Ciudades y Gobiernos Locales Unidos (cglu)"))
			.singleElement()
			.satisfies(n -> assertThat(n.name()).isEqualTo("Ciudades y Gobiernos Locales Unidos"))
			.satisfies(n -> assertThat(n.type()).isEqualTo("Network"));
	}

	@Test
	void citiesAreLocatedByTheirCountryOrListed() {
		assertThat(names(Mentions.cities("menciones especiales a las ciudades de Chiang Mai (Tailandia), Manchester "
				+ "(Reino Unido) y Ramallah (Palestina). La ciudad de Bristol, Reino Unido, envió un cuestionario.")))
			.containsExactlyInAnyOrder("Chiang Mai", "Manchester", "Ramallah", "Bristol");
		// envoys listed with their country are people, not cities; countries are not cities
		assertThat(Mentions.cities("un grupo de Embajadoras encabezado por Ragnhild Imerslund (Noruega) y Sara Meymand "
				+ "(Nueva Zelandia)")).isEmpty();
		assertThat(names(Mentions.cities("participaron las ciudades de: Barcelona, Brasilia, Guatemala y Sucre.")))
			.containsExactlyInAnyOrder("Barcelona", "Brasilia", "Sucre");
	}

	@Test
	void countriesOfTheGazetteerAreFoundAsWritten() {
		assertThat(names(Mentions.countries("representantes de El Salvador, Costa Rica y Sudáfrica")))
			.containsExactly("El Salvador", "Costa Rica", "Sudáfrica");
	}

	// ---------------------------------------------------------------- in a draft

	static Registry registry;

	@BeforeAll
	static void registry(@TempDir Path dir) throws Exception {
		registry = TestDrafts.registry(dir, """
				- {id: ciudad-de-mexico, type: City, name: Ciudad de México}
				- {id: mexico, type: Country, name: México}
				- {id: secretaria-de-cultura, type: Agency, name: Secretaría de Cultura, parent: ciudad-de-mexico}
				""");
	}

	@SuppressWarnings("unchecked")
	static Drafter.Draft draft(String... lines) {
		return new Drafter(new ReportLines(String.join("\n", lines)), registry, "informe-2023-2", LocalDate.of(2023, 7, 1),
				LocalDate.of(2023, 12, 31))
			.draft("Informe");
	}

	@SuppressWarnings("unchecked")
	static List<Object> participants(Drafter.Draft d) {
		List<Map<String, Object>> events = (List<Map<String, Object>>) d.report().get("events");
		assertThat(events).hasSize(1);
		return ((List<Map<String, Object>>) events.get(0).get("participants")).stream().map(p -> p.get("entity")).toList();
	}

	@Test
	void peopleBodiesAndDelegationsTheRegistryLacksAreProposedAndCredited() {
		Drafter.Draft d = draft("Reunión sobre juventudes (3 de agosto)", "",
				"La Secretaría de Cultura recibió a una delegación de Uruguay encabezada por la escritora",
				"Julia Staricco. El encuentro fue organizado por el Banco Mundial y la Fundación Rockefeller.");
		assertThat(participants(d)).contains("secretaria-de-cultura", "uruguay", "julia-staricco", "banco-mundial",
				"fundacion-rockefeller");
		assertThat(d.newEntities()).extracting(c -> c.get("id"))
			.contains("uruguay", "julia-staricco", "banco-mundial", "fundacion-rockefeller");
		assertThat(d.newEntities()).filteredOn(c -> "uruguay".equals(c.get("id")))
			.singleElement()
			.satisfies(c -> assertThat(c).containsEntry("type", "Country").containsEntry("name", "Uruguay"));
	}

	@Test
	void theCountriesOfADelegationListAreParties() {
		Drafter.Draft d = draft("Reunión sobre juventudes (3 de agosto)", "",
				"La Secretaría de Cultura recibió a representantes de las instancias de juventud de El Salvador,",
				"Costa Rica y Honduras.");
		assertThat(participants(d)).contains("el-salvador", "costa-rica", "honduras");
	}

	@Test
	void aCountryMerelyNamedIsNoCandidate() {
		Drafter.Draft d = draft("Reunión sobre juventudes (3 de agosto)", "",
				"La Secretaría de Cultura presentó la experiencia de Uruguay en políticas de juventud.");
		assertThat(d.newEntities()).extracting(c -> c.get("id")).doesNotContain("uruguay");
		assertThat(participants(d)).doesNotContain("uruguay");
	}

	@Test
	void aListOfAcronymsAfterAPluralWordForPartiesNamesOneOrganisationEach() {
		assertThat(Mentions.acronymList("se contó con ponentes de undrr, fao, unicef, pnud. cepal, acnur y jica, Miyamoto International"))
			.extracting(Mentions.Named::name)
			.containsExactly("undrr", "fao", "unicef", "pnud", "cepal", "acnur", "jica");
		assertThat(Mentions.acronymList("organizaciones de empleadores (concamin, coparmex, concanaco y canaco) y otras"))
			.extracting(Mentions.Named::name)
			.containsExactly("concamin", "coparmex", "concanaco", "canaco");
		// short words of running text, two acronyms, or no word for parties before them: no list
		assertThat(Mentions.acronymList("representantes de agua, luz y gas")).isEmpty();
		assertThat(Mentions.acronymList("con ponentes de fao y unicef")).isEmpty();
		assertThat(Mentions.acronymList("se habló de ods, bid, caf y giz")).isEmpty();
		Drafter.Draft d = draft("Congreso de gestión de riesgos (3 de agosto)", "",
				"En el congreso se contó con ponentes de undrr, fao, unicef y jica.");
		assertThat(d.newEntities()).extracting(c -> c.get("name")).contains("UNDRR", "FAO", "UNICEF", "JICA");
		assertThat(participants(d)).contains("undrr", "fao", "unicef", "jica");
	}

}
