package mx.vinculos.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** A section titled with a city agency's field credits the agency where its events leave it implicit. */
class SectionAgenciesTests {

	static Registry registry;

	@BeforeAll
	static void registry(@TempDir Path dir) throws Exception {
		registry = TestDrafts.registry(dir, """
				- {id: ciudad-de-mexico, type: City, name: Ciudad de México}
				- {id: sgirpc, type: Agency, name: Secretaría de Gestión Integral de Riesgos y Protección Civil, parent: ciudad-de-mexico}
				- {id: turismo, type: Agency, name: Secretaría de Turismo de la Ciudad de México, parent: ciudad-de-mexico}
				- {id: sedema, type: Agency, name: Secretaría del Medio Ambiente, parent: ciudad-de-mexico}
				- {id: styfe, type: Agency, name: Secretaría de Trabajo y Fomento al Empleo, parent: ciudad-de-mexico}
				- {id: pnud, type: Organization, name: Programa de las Naciones Unidas para el Desarrollo}
				""");
	}

	static String agency(String title) {
		Registry.Entity e = SectionAgencies.agencyOf(title, registry.all().stream().filter(x -> "Agency".equals(x.type())).toList());
		return e == null ? null : e.id();
	}

	@Test
	void aTitleSpellingAnAgencysFieldNamesIt() {
		assertThat(agency("Gestión de Riesgos y Protección Civil")).isEqualTo("sgirpc");
		assertThat(agency("Trabajo y Fomento al Empleo")).isEqualTo("styfe");
	}

	@Test
	void aShortTopicTitleOrOneWithOtherWordsNamesNoAgency() {
		assertThat(agency("Turismo")).isNull();
		assertThat(agency("Medio ambiente")).isNull();
		assertThat(agency("Desarrollo económico y fomento al empleo")).isNull();
		assertThat(agency("Riesgos y Protección")).isNull();
	}

	@Test
	void aSidebarDigitGluedToTheTitleIsNoPartOfIt() {
		assertThat(SectionAgencies.title(" 2Gestión de Riesgos y Protección Civil")).isEqualTo("Gestión de Riesgos y Protección Civil");
		assertThat(SectionAgencies.title("se participó en los cursos.")).isNull();
	}

	@Test
	void implicitActorCues() {
		String t = "Por parte de la Dirección General de Vinculación, se participó en los cursos.";
		int[] c = SectionAgencies.implicitActor(t, 0, t.length());
		assertThat(t.substring(c[0], c[1])).isEqualTo("Por parte de la Dirección General de Vinculación");
		t = "Para su planeación se contó con el apoyo técnico de la academia.";
		c = SectionAgencies.implicitActor(t, 0, t.length());
		assertThat(t.substring(c[0], c[1])).isEqualTo("se contó con el apoyo técnico de la academia");
		t = "Se participó en la feria con un pabellón.";
		c = SectionAgencies.implicitActor(t, 0, t.length());
		assertThat(t.substring(c[0], c[1])).isEqualTo("Se participó en la feria con un pabellón");
		t = "El taller reunió a 30 personas de distintas direcciones.";
		assertThat(SectionAgencies.implicitActor(t, 0, t.length())).isNull();
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> party(Map<String, Object> event, String id) {
		return ((List<Map<String, Object>>) event.get("participants")).stream()
			.filter(p -> id.equals(p.get("entity")))
			.findFirst()
			.orElse(null);
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> events(String... lines) {
		return (List<Map<String, Object>>) TestDrafts.drafter(registry, lines).draft("Informe").report().get("events");
	}

	@Test
	void theSectionsAgencyIsCreditedWhereItsTextLeavesItImplicit() {
		List<Map<String, Object>> events = events(
				"Gestión de Riesgos y", "Protección Civil", "",
				"Taller de recuperación post desastre (8 de octubre)", "",
				"Con apoyo de especialistas del Programa de las Naciones Unidas para el Desarrollo, ",
				"se realizó un taller para el personal de las alcaldías.");
		assertThat(events).hasSize(1);
		Map<String, Object> p = party(events.get(0), "sgirpc");
		assertThat(p).isNotNull();
		assertThat(p.get("line")).isEqualTo(7);
		assertThat((String) p.get("quote")).startsWith("se realizó un taller");
	}

	@Test
	void noCreditWithoutACueNorWhereTheTextNamesACityBody() {
		List<Map<String, Object>> events = events(
				"Gestión de Riesgos y Protección Civil", "",
				"Aprobación como Nodo de Resiliencia (23 de diciembre)", "",
				"El comité aprobó la candidatura tras un proceso de evaluación regional.", "",
				"Foro de ciudades resilientes (9 de noviembre)", "",
				"La Ciudad de México participó en el foro; se realizó una presentación.");
		assertThat(events).hasSize(2);
		assertThat(events).allSatisfy(e -> assertThat(party(e, "sgirpc")).isNull());
	}

	@Test
	void aTopicTitleCreditsNoAgency() {
		List<Map<String, Object>> events = events(
				"Turismo", "",
				"Feria de viajes (8 de octubre)", "",
				"Se participó en la feria con un pabellón.");
		assertThat(events).hasSize(1);
		assertThat(party(events.get(0), "turismo")).isNull();
	}

}
