package mx.vinculos.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registry links a draft must not make: a gift's recipient the text does not name, a signer
 * the text does not list, a city or body named only in passing, a heading's topic as a venue.
 */
class DrafterLinkPrecisionTests {

	static Registry registry;

	@BeforeAll
	static void registry(@TempDir Path dir) throws Exception {
		registry = TestDrafts.registry(dir, """
				- {id: ciudad-de-mexico, type: City, name: Ciudad de México}
				- {id: buenos-aires, type: City, name: Buenos Aires, aliases: [Gobierno de Buenos Aires]}
				- {id: montevideo, type: City, name: Montevideo}
				- {id: uruguay, type: Country, name: Uruguay}
				- {id: fundacion-rockefeller, type: Organization, name: Fundación Rockefeller}
				- id: banco-de-desarrollo-de-america-latina
				  type: Organization
				  name: Banco de Desarrollo de América Latina
				  aliases: [CAF, CAF Banco de Desarrollo de América Latina]
				- {id: tianguis-digital, type: Project, name: Tianguis Digital}
				- {id: embajada-de-israel, type: Agency, name: Embajada de Israel}
				- {id: cruz-roja-mexicana, type: Organization, name: Cruz Roja Mexicana}
				- id: secretaria-de-cultura
				  type: Agency
				  name: Secretaría de Cultura de la Ciudad de México
				  parent: ciudad-de-mexico
				- id: secretaria-de-turismo
				  type: Agency
				  name: Secretaría de Turismo de la Ciudad de México
				  parent: ciudad-de-mexico
				- {id: parlamento-europeo, type: Organization, name: Parlamento Europeo}
				- {id: jica, type: Agency, name: Agencia de Cooperación Internacional del Japón}
				- {id: arterial-network, type: Network, name: Arterial Network}
				- {id: culture-action-europe, type: Network, name: Culture Action Europe}
				- {id: objetivos-de-desarrollo-sostenible, type: Organization, name: Objetivos de Desarrollo Sostenible, aliases: [ODS]}
				- id: ciudades-y-gobiernos-locales-unidos
				  type: Network
				  name: Ciudades y Gobiernos Locales Unidos
				  aliases: [CGLU]
				""");
	}

	@SuppressWarnings("unchecked")
	static Drafter.Draft draft(String... lines) {
		return TestDrafts.drafter(registry, lines).draft("Informe");
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> relationships(Drafter.Draft d, String type) {
		return ((List<Map<String, Object>>) d.report().get("relationships")).stream()
			.filter(r -> type.equals(r.get("type")))
			.toList();
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> event(Drafter.Draft d) {
		List<Map<String, Object>> events = (List<Map<String, Object>>) d.report().get("events");
		assertThat(events).hasSize(1);
		return events.get(0);
	}

	@SuppressWarnings("unchecked")
	static List<Object> participantIds(Drafter.Draft d) {
		return ((List<Map<String, Object>>) event(d).get("participants")).stream().map(p -> p.get("entity")).toList();
	}

	// ------------------------------------------------------------- funding recipients (Recipients)

	@Test
	void fundsForTheItemsOwnProjectGoToThatProjectNotToTheCity() {
		Drafter.Draft d = draft("Serie radiofónica Resiliencia 94.FM", "(febrero a abril)", "",
				"Se grabaron 23 programas sobre la gestión integral de riesgos en Ciudad de México. El proyecto fue",
				"posible gracias al financiamiento de la Fundación Rockefeller.");
		List<Map<String, Object>> funded = relationships(d, "FUNDED");
		assertThat(funded).singleElement().satisfies(f -> {
			assertThat(f.get("from")).isEqualTo("fundacion-rockefeller");
			assertThat(f.get("to")).isEqualTo("serie-radiofonica-resiliencia-94-fm");
		});
		assertThat(d.newEntities()).anySatisfy(c -> assertThat(c).containsEntry("id", "serie-radiofonica-resiliencia-94-fm")
			.containsEntry("type", "Project"));
	}

	@Test
	void aProjectTheHeadingNamesReceivesTheSupportTheItemHad() {
		Drafter.Draft d = draft("Tianguis Digital del Gobierno de la Ciudad de México, en colaboración con",
				"CAF Banco de Desarrollo de América Latina", "(junio)", "",
				"Se desarrolló la infraestructura digital de contratación pública. Se contó con el apoyo y el",
				"financiamiento de CAF Banco de Desarrollo de América Latina para la creación de cuatro herramientas.");
		assertThat(relationships(d, "FUNDED")).isNotEmpty()
			.allSatisfy(f -> assertThat(f.get("to")).isEqualTo("tianguis-digital"));
	}

	@Test
	void aHeadingsRecipientAfterAlReceivesTheGift() {
		Drafter.Draft d = draft("Donación de la Embajada de Israel de 40 sillas de ruedas a la Cruz Roja Mexicana",
				"(8 de noviembre)", "", "La donación se entregó en las instalaciones de la institución.");
		assertThat(relationships(d, "FUNDED")).isNotEmpty().allSatisfy(f -> {
			assertThat(f.get("from")).isEqualTo("embajada-de-israel");
			assertThat(f.get("to")).isEqualTo("cruz-roja-mexicana");
		});
	}

	@Test
	void theActivityNameDropsItsDateAndPartners() {
		assertThat(Recipients.activityName("Tianguis Digital del Gobierno de la Ciudad de México, en colaboración con CAF (junio)"))
			.isEqualTo("Tianguis Digital del Gobierno de la Ciudad de México");
	}

	// ------------------------------------------------------------- agreements

	@Test
	void signersListedAfterOthersSignedAreThePartiesAndOurCityIsNotOne() {
		Drafter.Draft d = draft("Lanzamiento de la declaración por la cultura", "(21 de mayo)", "",
				"En el lanzamiento participaron miembros de las redes que firmaron la declaración: Arterial Network;",
				"Culture Action Europe, y Ciudades y Gobiernos Locales Unidos.");
		List<Map<String, Object>> agreements = relationships(d, "AGREEMENT");
		assertThat(agreements).isNotEmpty().allSatisfy(a -> {
			assertThat(a.get("from")).isNotEqualTo("ciudad-de-mexico");
			assertThat(a.get("to")).isNotEqualTo("ciudad-de-mexico");
		});
		assertThat(agreements.get(0).get("from")).isEqualTo("arterial-network");
	}

	@Test
	void goalsNamedAsTheSettingOfAnInstrumentSignedNothing() {
		Drafter.Draft d = draft("Lanzamiento de la declaración por la cultura", "(21 de mayo)", "",
				"La declaración se elaboró en el marco del compromiso para garantizar que la cultura se sitúe en el",
				"centro de la realización de los ODS.");
		assertThat(relationships(d, "AGREEMENT")).isEmpty();
	}

	@Test
	void anInstrumentsSettingBesideItsSignersListIsNoSecondInstrument() {
		Drafter.Draft d = draft("Lanzamiento de la declaración por la cultura", "(21 de mayo)", "",
				"La declaración se elaboró en el marco del compromiso para garantizar que la cultura se sitúe en el",
				"centro de la realización de los ODS. En el lanzamiento participaron miembros de las redes que firmaron",
				"la declaración: Arterial Network; Culture Action Europe, y Ciudades y Gobiernos Locales Unidos.");
		List<Map<String, Object>> agreements = relationships(d, "AGREEMENT");
		assertThat(agreements).hasSize(1);
		assertThat(agreements.get(0).get("from")).isEqualTo("arterial-network");
	}

	// ------------------------------------------------------------- participants (LinkCues)

	@Test
	void aCounterpartOfACityIsABodyOfItNotTheCity() {
		Drafter.Draft d = draft("Acuerdo con el Ministerio de Cultura porteño", "(23 de marzo)", "",
				"La Secretaría de Cultura de la Ciudad de México estableció un acuerdo con su homólogo de",
				"Buenos Aires para conjuntar sus plataformas digitales.");
		assertThat(participantIds(d)).contains("secretaria-de-cultura").doesNotContain("buenos-aires");
	}

	@Test
	void aStandingTieAndTheOwnerOfAProgrammeNamedInPassingAreNoParties() {
		Drafter.Draft d = draft("Sesión en línea sobre cultura y desarrollo", "(1 de abril)", "",
				"La Secretaría de Cultura de la Ciudad de México destacó su plataforma digital y su colaboración con el",
				"gobierno de Buenos Aires. Sus resultados serán parte del reporte mundial que prepara la organización",
				"mundial CGLU.");
		assertThat(participantIds(d)).contains("secretaria-de-cultura")
			.doesNotContain("buenos-aires", "ciudades-y-gobiernos-locales-unidos");
	}

	@Test
	void aProjectNamedByItsBodyCreditsTheBodyAndAProgrammesOwnerInTheBodyIsNotCited() {
		Drafter.Draft d = draft("Proyecto de la Secretaría de Turismo de la Ciudad de México por un turismo sostenible",
				"(30 de abril)", "", "Este proyecto se desarrolló en el marco del programa Turismo de Barrio, que impulsa la",
				"Secretaría de Turismo de la Ciudad de México, para incentivar el turismo sostenible.");
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> ps = (List<Map<String, Object>>) event(d).get("participants");
		assertThat(ps).singleElement().satisfies(p -> {
			assertThat(p.get("entity")).isEqualTo("secretaria-de-turismo");
			assertThat(p.get("line")).isEqualTo(1);
		});
	}

	@Test
	void aBodyNamedInAPlanIsNoParty() {
		Drafter.Draft d = draft("Foro de discusión sobre prevención de desastres", "(3 de febrero)", "",
				"La Secretaría de Cultura de la Ciudad de México participó en el foro. La idea es que los estudiantes",
				"sean becados por la Agencia de Cooperación Internacional del Japón.");
		assertThat(participantIds(d)).contains("secretaria-de-cultura").doesNotContain("jica");
	}

	@Test
	void aCourtsCityIsNoParty() {
		Drafter.Draft d = draft("Intercambio de buenas prácticas con Uruguay", "(17 de febrero)", "",
				"La Ciudad de México recibió a una delegación de Uruguay, encabezada por Julia Staricco, Jueza de",
				"Familia Especializada de 9° turno de Montevideo.");
		assertThat(participantIds(d)).doesNotContain("montevideo");
	}

	@Test
	void theBodyAGroupSitsInIsNoParty() {
		Drafter.Draft d = draft("Reunión privada de la Jefa de Gobierno con miembros del Grupo de la Alianza",
				"Progresista de Socialistas Demócratas en el Parlamento Europeo", "(25 de febrero)", "",
				"La Jefa de Gobierno conversó con los eurodiputados sobre movilidad.");
		assertThat(participantIds(d)).doesNotContain("parlamento-europeo");
	}

	@Test
	void aCityAfterAHeadingsTopicIsNotWhereTheEventWasHeld() {
		Drafter.Draft d = draft("Taller para la Implementación del Sistema Público de Cuidados en la Ciudad", "de México",
				"(11 de enero)", "", "Se revisaron experiencias de otros países en materia de cuidados.");
		assertThat(event(d).get("heldIn")).isNull();
		assertThat(LinkCues.topicPlace("Foro Mundial en Madrid", 0, 16)).isFalse();
	}

}
