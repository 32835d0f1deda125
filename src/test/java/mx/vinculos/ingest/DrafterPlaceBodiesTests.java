package mx.vinculos.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Places and government bodies the registry does not know, proposed as it names them and credited (PlaceBodies). */
class DrafterPlaceBodiesTests {

	static Registry registry;

	@BeforeAll
	static void registry(@TempDir Path dir) throws Exception {
		registry = TestDrafts.registry(dir, """
				- {id: ciudad-de-mexico, type: City, name: Ciudad de México, aliases: [CDMX, cdmx]}
				- {id: mexico, type: Country, name: México}
				- {id: bogota, type: City, name: Bogotá}
				- {id: lima, type: City, name: Lima}
				- {id: quito, type: City, name: Quito}
				- {id: la-paz, type: City, name: La Paz}
				- {id: montevideo, type: City, name: Montevideo}
				- {id: secretaria-de-cultura, type: Agency, name: Secretaría de Cultura, parent: ciudad-de-mexico}
				- {id: secretaria-de-obras-y-servicios, type: Agency, name: Secretaría de Obras y Servicios, parent: ciudad-de-mexico}
				""");
	}

	record Drafted(List<Map<String, Object>> events, List<Map<String, Object>> newEntities) {
	}

	@SuppressWarnings("unchecked")
	static Drafted draft(String... lines) {
		Drafter.Draft d = TestDrafts.drafter(registry, lines).draft("Informe");
		return new Drafted((List<Map<String, Object>>) d.report().get("events"), d.newEntities());
	}

	@SuppressWarnings("unchecked")
	static List<Object> ids(Map<String, Object> event) {
		return ((List<Map<String, Object>>) event.get("participants")).stream().map(p -> p.get("entity")).toList();
	}

	static Map<String, Object> proposed(Drafted d, String id) {
		return d.newEntities().stream().filter(e -> id.equals(e.get("id"))).findFirst().orElseThrow();
	}

	@Test
	void anEmbassyIsProposedWithItsSeatAndTheTextsFormAsAlias() {
		Drafted d = draft("Proyección de películas japonesas (5 de agosto)", "",
				"La Secretaría de Cultura organizó la proyección en colaboración con la Embajada de Japón y el Faro Aragón.");
		assertThat(ids(d.events().get(0))).contains("secretaria-de-cultura", "embajada-de-japon-en-mexico");
		Map<String, Object> e = proposed(d, "embajada-de-japon-en-mexico");
		assertThat(e.get("name")).isEqualTo("Embajada de Japón en México");
		assertThat(e.get("type")).isEqualTo("Agency");
		assertThat(e.get("aliases")).isEqualTo(List.of("Embajada de Japón"));
	}

	@Test
	void theGovernmentsOfAListOfStatesTakePart() {
		Drafted d = draft("Taller virtual sobre gestión de riesgos (8 de octubre)", "",
				"Participaron 154 personas funcionarias públicas y representantes de Gobiernos de Veracruz. Puebla, Chiapas y Tabasco.");
		assertThat(ids(d.events().get(0))).contains("gobierno-del-estado-de-veracruz", "gobierno-del-estado-de-puebla",
				"gobierno-del-estado-de-chiapas", "gobierno-del-estado-de-tabasco");
		assertThat(proposed(d, "gobierno-del-estado-de-puebla").get("name")).isEqualTo("Gobierno del Estado de Puebla");
	}

	@Test
	void anotherPlacesGovernmentAndABodyOfAStateAreProposedWhole() {
		Drafted d = draft("Jornadas sobre transformación digital (20 de octubre)", "",
				"Las jornadas fueron organizadas por la consultoría evm para el Gobierno de Canarias. Expuso la Fiscalía General de Justicia del estado de San Luis Potosí.");
		assertThat(ids(d.events().get(0))).contains("gobierno-de-canarias",
				"fiscalia-general-de-justicia-del-estado-de-san-luis-potosi");
	}

	@Test
	void citiesListedAmongKnownOnesAndCitiesOfTheWorldGazetteerTakePart() {
		Drafted d = draft("Webinar para agentes de viajes (8 de octubre)", "",
				"Se impartió a agentes de las ciudades de la red (Bogotá, Lima, Quito, Santiago de Chile; La Paz y Guatemala) con el apoyo de Portland.");
		assertThat(ids(d.events().get(0))).contains("bogota", "lima", "quito", "la-paz", "santiago-de-chile", "ciudad-de-guatemala",
				"portland");
		assertThat(proposed(d, "portland").get("type")).isEqualTo("City");
	}

	@Test
	void aCityInsideALongerNameIsNoParty() {
		Drafted d = draft("Sesión de trabajo sobre cultura (8 de octubre)", "",
				"La Secretaría de Cultura presentó los avances de la Carta de Roma ante la red.");
		assertThat(ids(d.events().get(0))).contains("secretaria-de-cultura").doesNotContain("roma");
	}

	@Test
	void theEmbassyThatAskedForEachItemOrganisedIt() {
		Drafted d = draft("La Secretaría de Obras y Servicios gestionó la iluminación de los monumentos más emblemáticos de la",
				"Ciudad de México con motivo de las siguientes fiestas nacionales, por solicitud de las Embajadas correspondientes:", "",
				"27 julio: Celebración del Bicentenario de Perú", "1 agosto: Día Nacional de Suiza",
				"18 octubre: Conmemoración del 30 aniversario de la Restauración", "de Independencia de Azerbaiyán.");
		Map<String, Object> peru = d.events().stream().filter(e -> ((String) e.get("title")).contains("Perú")).findFirst().orElseThrow();
		Map<String, Object> suiza = d.events().stream().filter(e -> ((String) e.get("title")).contains("Suiza")).findFirst().orElseThrow();
		assertThat(ids(peru)).contains("embajada-del-peru-en-mexico").doesNotContain("embajada-de-suiza-en-mexico");
		assertThat(ids(suiza)).contains("embajada-de-suiza-en-mexico");
		// the item's title goes on on the next line
		Map<String, Object> azerbaiyan = d.events().stream().filter(e -> ((String) e.get("title")).contains("Restauración")).findFirst()
			.orElseThrow();
		assertThat(ids(azerbaiyan)).contains("embajada-de-azerbaiyan-en-mexico");
	}

	@Test
	void theFederalGovernmentTakesPartWithItsCountryAndTheNextHostWithTheHost() {
		Drafted d = draft("Foro Global de la Economía Social (8 de octubre)", "",
				"La Ciudad de México fue la ciudad anfitriona. El pronunciamiento fue planteado por el Gobierno de México durante el foro. "
						+ "Además, la Ciudad de México pasó la estafeta a Dakar, próxima ciudad sede del foro.");
		assertThat(ids(d.events().get(0))).contains("gobierno-de-mexico", "mexico", "dakar");
		// inside another body's name it is neither
		Drafted inside = draft("Reunión sobre cultura (8 de octubre)", "",
				"Participó la Secretaria de Cultura del Gobierno de México, Alejandra Frausto Guerrero.");
		assertThat(ids(inside.events().get(0))).doesNotContain("gobierno-de-mexico", "mexico");
	}

	@Test
	void aCountryAnExhibitionsTitlePresentsTakesPart() {
		Drafted d = draft("“Vietnam-Atracción eterna”, con motivo de los 46 años de relaciones diplomáticas (7 de septiembre)", "",
				"La Secretaría de Cultura montó la exposición en las rejas del bosque.");
		assertThat(ids(d.events().get(0))).contains("vietnam");
		assertThat(proposed(d, "vietnam").get("type")).isEqualTo("Country");
	}

}
