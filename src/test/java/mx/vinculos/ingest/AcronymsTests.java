package mx.vinculos.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Bodies introduced with their acronym, and lower-case acronyms a word for a body introduces. */
class AcronymsTests {

	static List<String> names(List<Acronyms.Introduced> in) {
		return in.stream().map(i -> i.name() + " (" + i.acronym() + ")").toList();
	}

	@Test
	void aLegalFormStaysInTheNameAndTheAcronymIsTheLastBodys() {
		assertThat(names(Acronyms.introduced("del Departamento de Estado de los Estados Unidos de América y el Centro de Estudios sobre "
				+ "la Enseñanza y el Aprendizaje del Derecho A.C. (ceead)")))
			.containsExactly("Centro de Estudios sobre la Enseñanza y el Aprendizaje del Derecho A.C. (ceead)");
	}

	@Test
	void anAcronymExplainedOrOfTwoWordsIsRead() {
		assertThat(names(Acronyms.introduced("en la 15a Distinción del Observatorio Internacional de la Democracia "
				+ "Participativa (oidp por sus siglas en inglés), red que")))
			.containsExactly("Observatorio Internacional de la Democracia Participativa (oidp)");
		assertThat(names(Acronyms.introduced("Representantes del “Programa de Asistencia Contra el Crimen Transnacional Organizado  (el paccto)”")))
			.containsExactly("Programa de Asistencia Contra el Crimen Transnacional Organizado (el paccto)");
		// the acronym's first word belongs to the name before the comma
		assertThat(names(Acronyms.introduced("otorgado por la Organización de Regiones Unidas, Foro Global de Asociaciones de Regiones (oru fogar) y")))
			.containsExactly("Organización de Regiones Unidas, Foro Global de Asociaciones de Regiones (oru fogar)");
		// two words fitting no initials are no acronym
		assertThat(Acronyms.introduced("se presentó el Foro Nacional de Vivienda (en línea)")).isEmpty();
	}

	@Test
	void anEnglishNameKeepsItsJoints() {
		assertThat(names(Acronyms.introduced("Asesoría técnica de International Association of Chiefs\nof Police (iacp) al equipo")))
			.containsExactly("International Association of Chiefs of Police (iacp)");
	}

	@Test
	void anEventsCodeWithItsYearIsNoAcronym() {
		assertThat(Acronyms.introduced("8o Congreso Latinoamericano de Transformación Digital (CLTD2021) y la Conferencia de las Partes (cop-15)"))
			.isEmpty();
		assertThat(names(Acronyms.introduced("el Grupo de Liderazgo Climático (c40)"))).containsExactly("Grupo de Liderazgo Climático (c40)");
	}

	@Test
	void aRunOfCapitalsBeforeTheBodyIsLeftOutWhereTheAcronymFitsItsTail() {
		assertThat(names(Acronyms.introduced("Distinción de Buena Práctica en Participación Ciudadana del Observatorio Internacional de la "
				+ "Democracia Participativa (oidp por sus siglas en inglés)")))
			.containsExactly("Observatorio Internacional de la Democracia Participativa (oidp)");
		// an acronym in another language fits no tail: the name stays whole
		assertThat(names(Acronyms.introduced("la Oficina Internacional de Antinarcóticos y Procuración de Justicia (inl por sus siglas en inglés)")))
			.containsExactly("Oficina Internacional de Antinarcóticos y Procuración de Justicia (inl)");
	}

	@Test
	void aProgrammeWithItsOwnAcronymIsABody() {
		assertThat(Acronyms.typeOf("Project", "Programa Universitario de Estudios sobre la Ciudad", "puec")).isEqualTo("Organization");
		assertThat(Acronyms.typeOf("Project", "Programa de Asistencia Contra el Crimen Transnacional Organizado", "el paccto"))
			.isEqualTo("Organization");
		assertThat(Acronyms.typeOf("Project", "Programa de Ciudades Sostenibles", "undp")).isEqualTo("Project");
	}

	@Test
	void initialsFitTheirName() {
		assertThat(Acronyms.fits("Programa Universitario de Estudios sobre la Ciudad", "puec")).isTrue();
		assertThat(Acronyms.fits("Foro Global de Asociaciones de Regiones", "fogar")).isTrue();
		assertThat(Acronyms.fits("Foro Global de Asociaciones de Regiones", "oru")).isFalse();
		assertThat(Acronyms.fits("Programa de Asistencia Contra el Crimen Transnacional Organizado", "el")).isFalse();
	}

	@Test
	void lowerCaseAcronymsAreShapedLikeNoSpanishWord() {
		assertThat(List.of("fbi", "c5", "evm", "cdmx", "sgirpc", "opdat")).allMatch(Acronyms::lowerCaseAcronym);
		assertThat(List.of("empleo", "centro", "control", "empresa", "ciudad", "agua", "programa")).noneMatch(Acronyms::lowerCaseAcronym);
	}

	@Test
	void aWordForStaffOrPremisesIntroducesALowerCaseAcronym() {
		assertThat(Acronyms.cued("impartida por especialistas del fbi y personal de la agencia opdat. Visita a las instalaciones del c5 (29 de"))
			.extracting(Mentions.Named::name)
			.containsExactly("fbi", "opdat", "c5");
		// a word, an event's code ("cop-15") or a year is no acronym
		assertThat(Acronyms.cued("el personal del programa y el equipo de la cop-15, representantes del hlpf 2021")).isEmpty();
	}

	// ---------------------------------------------------------------- in a draft

	static Registry registry;

	@BeforeAll
	static void registry(@TempDir Path dir) throws Exception {
		registry = TestDrafts.registry(dir, """
				- {id: ciudad-de-mexico, type: City, name: Ciudad de México}
				- {id: fiscalia, type: Agency, name: Fiscalía General de Justicia, parent: ciudad-de-mexico}
				""");
	}

	@SuppressWarnings("unchecked")
	static List<Object> participants(Drafter.Draft d) {
		List<Map<String, Object>> events = (List<Map<String, Object>>) d.report().get("events");
		assertThat(events).hasSize(1);
		return ((List<Map<String, Object>>) events.get(0).get("participants")).stream().map(p -> p.get("entity")).toList();
	}

	@Test
	void theDraftProposesTheFullNameWithItsAcronymAndCreditsIt() {
		Drafter.Draft d = TestDrafts.drafter(registry, "Curso de litigación (26 de abril)", "",
				"La Fiscalía General de Justicia y el Centro de Estudios sobre la Enseñanza y el Aprendizaje del",
				"Derecho A.C. (ceead) impartieron el curso, con especialistas del fbi.").draft("Informe");
		assertThat(d.newEntities()).extracting(c -> c.get("name"))
			.contains("Centro de Estudios sobre la Enseñanza y el Aprendizaje del Derecho A.C.", "FBI");
		assertThat(participants(d)).contains("fiscalia", "centro-de-estudios-sobre-la-ensenanza-y-el-aprendizaje-del-derecho-a-c", "fbi");
	}

	@Test
	void theFirstHalfOfANameWithATwoWordAcronymIsNoCandidate() {
		Drafter.Draft d = TestDrafts.drafter(registry, "Premio a la Fiscalía (26 de abril)", "",
				"Dicho premio es otorgado por la Organización de Regiones Unidas, Foro Global de Asociaciones de Regiones",
				"(oru fogar) a la Fiscalía General de Justicia.").draft("Informe");
		assertThat(d.newEntities()).extracting(c -> c.get("id"))
			.contains("organizacion-de-regiones-unidas-foro-global-de-asociaciones-de-regiones")
			.doesNotContain("organizacion-de-regiones-unidas");
	}

}
