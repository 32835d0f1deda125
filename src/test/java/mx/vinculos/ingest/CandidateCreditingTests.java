package mx.vinculos.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where a body the text names is credited as a party: at every event that names it (a new
 * candidate as much as a registered entity, wherever the report first names it), through its
 * head's title or an act's noun, as the owner city of a festival, and as the parent of its
 * board or country office.
 */
class CandidateCreditingTests {

	static Registry registry;

	@BeforeAll
	static void registry(@TempDir Path dir) throws Exception {
		registry = TestDrafts.registry(dir, """
				- {id: ciudad-de-mexico, type: City, name: Ciudad de México}
				- {id: paris, type: City, name: París}
				- {id: secretaria-de-movilidad, type: Agency, name: Secretaría de Movilidad, parent: ciudad-de-mexico}
				- {id: secretaria-de-cultura, type: Agency, name: Secretaría de Cultura, parent: ciudad-de-mexico}
				- {id: banco-mundial, type: Organization, name: Banco Mundial}
				- {id: ucci, type: Network, name: Unión de Ciudades Capitales Iberoamericanas, aliases: [UCCI]}
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
	void aNewBodyIsCreditedAtAnEarlierEventThatNamesItToo() {
		List<Map<String, Object>> events = events("Reunión de trabajo sobre movilidad (8 de octubre)", "",
				"La Secretaría de Movilidad se reunió con Horizonte Verde para revisar el plan de ciclovías.", "",
				"Firma de convenio sobre ciclovías (9 de octubre)", "",
				"La Secretaría de Movilidad firmó un convenio con Horizonte Verde (hv) para ampliar las ciclovías.");
		assertThat(events).hasSize(2);
		// the acronym introduces the body only at the second event; the first names it as well
		assertThat(ids(events.get(0))).contains("secretaria-de-movilidad", "horizonte-verde");
		assertThat(ids(events.get(1))).contains("horizonte-verde");
	}

	@Test
	@SuppressWarnings("unchecked")
	void aMonthInParenthesesIsNoAcronym() {
		assertThat(Candidates.dateWord("abril")).isTrue();
		assertThat(Candidates.dateWord("Septiembre")).isTrue();
		assertThat(Candidates.dateWord("ocde")).isFalse();
		Drafter.Draft draft = TestDrafts.drafter(registry, "Iniciativa sobre salud digital, de la",
				"Organización para la Cooperación y el Desarrollo Económicos", "(abril)", "",
				"La Secretaría de Movilidad envió información a la Organización para la Cooperación y el Desarrollo Económicos.")
			.draft("Informe");
		assertThat(draft.newEntities()).anySatisfy(c -> {
			assertThat(c.get("name")).isEqualTo("Organización para la Cooperación y el Desarrollo Económicos");
			assertThat((List<Object>) c.get("aliases")).doesNotContain("abril");
		});
	}

	@Test
	void aHeadsTitleOrAnActsNounBeforeABodyIsNoLongerName() {
		assertThat(Crediting.headOrActOf("En presencia del Representante del ", 35, "Organization")).isTrue();
		assertThat(Crediting.headOrActOf("la Directora General de la ", 27, "Agency")).isTrue();
		assertThat(Crediting.headOrActOf("Donación de la ", 15, "Agency")).isTrue();
		// a place keeps its own rules, and a body's name is still a longer name
		assertThat(Crediting.headOrActOf("el Representante de ", 20, "City")).isFalse();
		assertThat(Crediting.headOrActOf("la Biblioteca de la ", 20, "Organization")).isFalse();
		assertThat(ids("Entrega de equipo médico (8 de octubre)", "",
				"En presencia del Representante del Banco Mundial, Juan Pérez Soto, la Secretaría de Movilidad entregó el equipo."))
			.contains("banco-mundial", "secretaria-de-movilidad");
		assertThat(ids("Donación del Banco Mundial de equipo médico (8 de octubre)", "",
				"La Secretaría de Movilidad recibió el equipo.")).contains("banco-mundial");
	}

	@Test
	void aFestivalNamedAfterItsCityIsThatCitys() {
		assertThat(Crediting.festivalOf("en el Festival de Cultura Urbana de ", 36, "City")).isTrue();
		assertThat(Crediting.festivalOf("la XIII Feria Internacional del Libro de ", 41, "City")).isTrue();
		assertThat(Crediting.festivalOf("la Universidad de ", 18, "City")).isFalse();
		// (the festival, named where a party took part, is an event of its own too, which keeps the sentence's parties)
		assertThat(events("Participación en festivales (8 de octubre)", "",
				"La Secretaría de Cultura participó con una videocápsula en el Festival de Cultura Urbana de París 2023."))
			.anySatisfy(e -> assertThat(ids(e)).contains("secretaria-de-cultura", "paris"));
	}

	@Test
	void aBoardACommitteeOrACountryOfficeIsAUnitOfItsBody() {
		assertThat(Crediting.unitName("Consejo de Administración de Televisa")).isTrue();
		assertThat(Crediting.unitName("Consejo Asesor de la Coordinación Nacional de Memoria Histórica")).isTrue();
		assertThat(Crediting.unitName("Comité Sectorial de Cultura de la ucci")).isTrue();
		assertThat(Crediting.unitName("Oficina de País de la Organización Internacional del Trabajo para México y Cuba")).isTrue();
		assertThat(Crediting.unitName("Consejo Nacional de Población")).isFalse();
		List<Map<String, Object>> events = events("Reunión de cultura (8 de octubre)", "",
				"La Secretaría de Cultura participó en la XXXVI Reunión del Comité Sectorial de Cultura de la ucci.");
		assertThat(events).anySatisfy(e -> assertThat(ids(e)).contains("secretaria-de-cultura", "ucci"));
		assertThat(events).allSatisfy(e -> assertThat(ids(e)).noneMatch(id -> ((String) id).startsWith("comite")));
	}

	@Test
	void aNameEndingItsItemDoesNotRunIntoTheNextItem() {
		List<Map<String, Object>> events = events("Colaboración con embajadas:", "",
				"Apoyo para la presentación de una película (8 de octubre)", "por parte del Banco Mundial",
				"Presentación de un concierto (9 de octubre)", "en el Centro Cultural de la Secretaría de Cultura");
		assertThat(events).anySatisfy(e -> assertThat(ids(e)).contains("banco-mundial"));
	}

	@Test
	void aUnitedNationsProgrammeIsABodyAndANamedBodyIsNoCity() {
		assertThat(Candidates.unProgramme("Programa de las Naciones Unidas para el Desarrollo")).isTrue();
		assertThat(Candidates.unProgramme("Programa Comedores Sociales")).isFalse();
		assertThat(Drafter.typeOf("Programa de las Naciones Unidas para el Medio Ambiente")).isEqualTo("Organization");
		assertThat(Drafter.typeOf("Programa de Universidades Resilientes")).isEqualTo("Project");
		assertThat(ids("Taller sobre residuos (8 de octubre)", "",
				"La Secretaría de Movilidad organizó el taller con el Programa de las Naciones Unidas para el Desarrollo (pnud)."))
			.contains("programa-de-las-naciones-unidas-para-el-desarrollo");
		assertThat(Candidates.bodyNotPlace("Climate Heritage Network")).isTrue();
		assertThat(Candidates.bodyNotPlace("onu Mujeres")).isTrue();
		assertThat(Candidates.bodyNotPlace("Parlamento Europeo")).isTrue();
		assertThat(Candidates.bodyNotPlace("Nueva York")).isFalse();
		assertThat(Candidates.bodyNotPlace("San Juan")).isFalse();
	}

	@Test
	void aPersonIsFoundByGivenNameAndFirstSurnameToo() {
		assertThat(Candidates.givenAndFirstSurname("Andrés Lajous Loaeza")).isEqualTo("Andrés Lajous");
		// a particle or a fourth word leaves no safe short form
		assertThat(Candidates.givenAndFirstSurname("Geraldina González de la Vega")).isNull();
		assertThat(Candidates.givenAndFirstSurname("Juan Pérez")).isNull();
		List<Map<String, Object>> events = events("Reunión sobre ciclovías (8 de octubre)", "",
				"Participaron la Secretaría de Movilidad (Ana Ruiz) y el Banco Mundial.", "",
				"Foro de movilidad urbana (9 de octubre)", "",
				"En el foro participó el Director de Proyectos del Banco Mundial, Marco Ruiz Soto.", "",
				"Visita técnica a ciclovías (10 de octubre)", "",
				"En la visita participaron Marco Ruiz y la Secretaría de Movilidad.");
		assertThat(events).hasSize(3);
		assertThat(ids(events.get(2))).contains("marco-ruiz-soto");
	}

}
