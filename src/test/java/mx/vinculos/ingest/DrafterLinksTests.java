package mx.vinculos.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
		Files.writeString(dir.resolve("entities.yaml"), """
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
				""");
		registry = Registry.load(dir);
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> participants(String... lines) {
		Drafter d = new Drafter(new ReportLines(String.join("\n", lines)), registry, "informe-2023-2",
				LocalDate.of(2023, 7, 1), LocalDate.of(2023, 12, 31));
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
		Drafter d = new Drafter(new ReportLines(String.join("\n", "Firma con Medellín (10 de agosto)", "",
				"La Secretaría de Cultura firmó un memorándum de entendimiento con la ciudad de Medellín, Colombia,",
				"y se adhirió a la Declaración de Ciudades Gobiernos Locales Unidos de Suiza.")), registry, "informe-2023-2",
				LocalDate.of(2023, 7, 1), LocalDate.of(2023, 12, 31));
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> rels = (List<Map<String, Object>>) d.draft("Informe").report().get("relationships");
		assertThat(rels).filteredOn(r -> "AGREEMENT".equals(r.get("type")))
			.singleElement()
			.satisfies(r -> assertThat(r).containsEntry("from", "secretaria-de-cultura").containsEntry("to", "medellin"));
	}

	@Test
	void aMayorHoldsThePositionAtTheCityItself() {
		Drafter d = new Drafter(new ReportLines(String.join("\n", "Reunión con alcaldesas (10 de agosto)", "",
				"La Secretaría de Cultura recibió a la Alcaldesa de Managua, Reyna Rueda, y al alcalde de Medellín, Daniel Quintero.")),
				registry, "informe-2023-2", LocalDate.of(2023, 7, 1), LocalDate.of(2023, 12, 31));
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

}
