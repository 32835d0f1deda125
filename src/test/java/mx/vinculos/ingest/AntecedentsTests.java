package mx.vinculos.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Events named in sentences that go on about an official named a sentence or a paragraph before. */
class AntecedentsTests {

	static Registry registry;

	@BeforeAll
	static void registry(@TempDir Path dir) throws Exception {
		registry = TestDrafts.registry(dir, """
				- id: ciudad-de-mexico
				  type: City
				  name: Ciudad de México
				- id: laura-perez-gomez
				  type: Person
				  name: Laura Pérez Gómez
				- id: ana-ruiz-soto
				  type: Person
				  name: Ana Ruiz Soto
				- id: metropolis
				  type: Organization
				  name: Metropolis
				""");
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> events(String... lines) {
		return (List<Map<String, Object>>) TestDrafts.drafter(registry, lines).draft("Informe").report().get("events");
	}

	@SuppressWarnings("unchecked")
	static List<Object> parties(List<Map<String, Object>> events, String titleStart) {
		Map<String, Object> ev = events.stream().filter(e -> ((String) e.get("title")).startsWith(titleStart)).findFirst()
			.orElseThrow(() -> new AssertionError("no event " + titleStart + " in " + events.stream().map(e -> e.get("title")).toList()));
		return ((List<Map<String, Object>>) ev.get("participants")).stream().map(p -> p.get("entity")).toList();
	}

	@Test
	void aSentenceGoingOnAboutTheOfficialNamedBeforeGivesHerToItsEvents() {
		List<Map<String, Object>> events = events(
				"Por parte del Gobierno de la Ciudad de México, la Directora de Enlace, Laura Pérez Gómez asistió a la "
						+ "XII Reunión de la Red de Ciudades Andinas, celebrada en Quito el pasado 11 de septiembre.",
				"",
				"Asimismo, el 9 de noviembre la funcionaria participó de manera virtual en el Congreso de Metropolis, "
						+ "en su calidad de vicepresidencia regional.",
				"",
				"Finalmente, formó parte de la Reunión virtual de Coordinadores rca de la Región Andina, Perú y el "
						+ "Caribe para delinear la agenda 2024.");
		assertThat(parties(events, "Congreso de Metropolis")).contains("laura-perez-gomez");
		assertThat(parties(events, "Reunión virtual de Coordinadores")).contains("laura-perez-gomez");
	}

	@Test
	void aSentenceNamingItsOwnSubjectTakesNoneFromBefore() {
		List<Map<String, Object>> events = events(
				"La Directora de Enlace, Laura Pérez Gómez asistió a la XII Reunión de la Red de Ciudades Andinas, "
						+ "celebrada en Quito el pasado 11 de septiembre.",
				"",
				"Asimismo, el 9 de noviembre la Coordinadora de Asuntos Globales, Ana Ruiz Soto participó en el Congreso "
						+ "de Metropolis, en su calidad de vicepresidencia regional.");
		assertThat(parties(events, "Congreso de Metropolis")).contains("ana-ruiz-soto").doesNotContain("laura-perez-gomez");
	}

	@Test
	void referringBack() {
		assertThat(Antecedents.refersBack("Asimismo, el 9 de noviembre la funcionaria participó en el Congreso.")).isTrue();
		assertThat(Antecedents.refersBack("Finalmente, formó parte de la Reunión virtual.")).isTrue();
		assertThat(Antecedents.refersBack("Asimismo, la Secretaria de Movilidad participó en el Congreso.")).isFalse();
	}

}
