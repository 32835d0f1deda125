package mx.vinculos.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Which capitalised names the drafter proposes as new entities. */
class CandidatesTests {

	static Registry registry;

	@BeforeAll
	static void registry(@TempDir Path dir) throws Exception {
		registry = TestDrafts.registry(dir, """
				- {id: ciudad-de-mexico, type: City, name: Ciudad de México}
				- id: secretaria-de-educacion-ciencia-tecnologia-e-innovacion
				  type: Agency
				  name: Secretaría de Educación, Ciencia, Tecnología e Innovación
				  parent: ciudad-de-mexico
				- id: secretaria-de-gestion-integral-de-riesgos-y-proteccion-civil
				  type: Agency
				  name: Secretaría de Gestión Integral de Riesgos y Protección Civil
				  parent: ciudad-de-mexico
				- {id: consejo-para-prevenir, type: Agency, name: Consejo para Prevenir la Discriminación, aliases: [Copred]}
				""");
	}

	static List<String> candidates(String... lines) {
		Drafter d = TestDrafts.drafter(registry, lines);
		return d.draft("Informe").newEntities().stream().map(c -> (String) c.get("name")).toList();
	}

	@Test
	void aKnownNameThePatternStopsShortOfIsNothingNew() {
		assertThat(candidates("Visita a la escuela (3 de agosto)", "",
				"La visita fue encabezada por la Secretaria de Educación, Ciencia, Tecnología e Innovación;",
				"la Secretaría de Gestión Integral de Riesgos y y Protección Civil asistió."))
			.noneMatch(n -> n.startsWith("Secretar"));
	}

	@Test
	void aNameInsideALongerBodysNameIsNoCandidate() {
		assertThat(candidates("Partido amistoso (3 de agosto)", "",
				"Asistieron representantes de la Confederación de Fútbol de la Asociación del Norte y el Caribe,",
				"y del Laboratorio de Análisis Ambiental del Sistema de Monitoreo Atmosférico."))
			.doesNotContain("Asociación del Norte", "Sistema de Monitoreo Atmosférico");
		// a body named inside an event's or a title's name stays a candidate
		assertThat(candidates("Tercer Foro Abierto de Discusión de la Alianza Global de Institutos de Investigación", "(3 de agosto)", "",
				"Participó el Director General del Instituto Mexicano del Seguro Social."))
			.contains("Alianza Global de Institutos de Investigación", "Instituto Mexicano del Seguro Social");
	}

	@Test
	void namesCutAtALabelOrALoneCapitalOrListingNounsAreTrimmedOrDropped() {
		assertThat(Candidates.trimTail("Sistema de Justicia Penal Acusatorio Fechas", ": del 24 al 30"))
			.isEqualTo("Sistema de Justicia Penal Acusatorio");
		assertThat(Candidates.trimTail("Red de Ciudades Resilientes A", " su vez")).isEqualTo("Red de Ciudades Resilientes");
		assertThat(Candidates.trimTail("Red de Ciudades Resilientes A", ". Luego")).isEqualTo("Red de Ciudades Resilientes A");
		assertThat(Candidates.listOfNouns("Centro y Sudamérica")).isTrue();
		assertThat(Candidates.listOfNouns("Centro de Operaciones de Madrid")).isFalse();
		assertThat(Candidates.goesOn(" por la Diversidad Cultural")).isTrue();
		assertThat(Candidates.goesOn(" por su apoyo")).isFalse();
		assertThat(Candidates.genericProgramme("Programa de Gobierno")).isTrue();
		assertThat(Candidates.genericProgramme("Programa Comedores Sociales")).isFalse();
		assertThat(Candidates.genericProgramme("Programa Iberoamericano de Formación Municipal")).isFalse();
	}

	@Test
	void aUnitNamingNoBodyItBelongsToIsNoCandidate() {
		assertThat(Candidates.unanchoredUnit("Dirección General de Vinculación", false)).isTrue();
		assertThat(Candidates.unanchoredUnit("Comité Ejecutivo", false)).isTrue();
		assertThat(Candidates.unanchoredUnit("Secretaría Técnica del Copred", true)).isFalse();
		assertThat(Candidates.unanchoredUnit("Dirección General de Empleo de la Secretaría de Trabajo", false)).isFalse();
		assertThat(Candidates.unanchoredUnit("Instituto de la Juventud", false)).isFalse();
		assertThat(Candidates.roleWord("moderador")).isTrue();
		assertThat(Candidates.roleWord("gsef")).isFalse();
	}

	@Test
	void runningAnEventIsNoBody() {
		assertThat(Candidates.runningAnEvent("Coordinación del Tercer Foro Mundial sobre Ciudades y Territorios de Paz")).isTrue();
		assertThat(Candidates.runningAnEvent("Organización del Congreso Internacional de Movilidad")).isTrue();
		assertThat(Candidates.runningAnEvent("Organización de las Naciones Unidas")).isFalse();
		assertThat(Candidates.runningAnEvent("Coordinación General de Asesores y Asuntos Internacionales")).isFalse();
	}

}
