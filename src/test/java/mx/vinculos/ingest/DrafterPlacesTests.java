package mx.vinculos.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Where an event was held: the places its heading names, "Lugar:", the body's "celebrada en …", the capital's venues. */
class DrafterPlacesTests {

	static Registry registry;

	@BeforeAll
	static void registry(@TempDir Path dir) throws Exception {
		registry = TestDrafts.registry(dir, """
				- id: mexico
				  type: Country
				  name: México
				- id: colombia
				  type: Country
				  name: Colombia
				- id: costa-rica
				  type: Country
				  name: Costa Rica
				- id: marruecos
				  type: Country
				  name: Marruecos
				- id: puerto-rico
				  type: Country
				  name: Puerto Rico
				- id: japon
				  type: Country
				  name: Japón
				- id: ciudad-de-mexico
				  type: City
				  name: Ciudad de México
				  aliases: [CDMX, cdmx]
				- id: bogota
				  type: City
				  name: Bogotá
				- id: madrid
				  type: City
				  name: Madrid
				- id: alcaldia-iztapalapa
				  type: Agency
				  name: Alcaldía Iztapalapa
				  aliases: [Iztapalapa]
				  place: true
				""");
	}

	record Drafted(List<Map<String, Object>> events, List<Map<String, Object>> newEntities) {
	}

	@SuppressWarnings("unchecked")
	static Drafted draft(String... lines) {
		Drafter d = TestDrafts.drafter(registry, lines);
		Drafter.Draft draft = d.draft("Informe");
		return new Drafted((List<Map<String, Object>>) draft.report().get("events"), draft.newEntities());
	}

	@SuppressWarnings("unchecked")
	static List<Object> places(Map<String, Object> event) {
		Object h = event.get("heldIn");
		if (h == null) {
			return List.of();
		}
		List<Map<String, Object>> all = h instanceof List<?> l ? (List<Map<String, Object>>) l : List.of((Map<String, Object>) h);
		return all.stream().map(x -> x.get("entity")).toList();
	}

	static Map<String, Object> titled(Drafted d, String start) {
		return d.events().stream().filter(e -> ((String) e.get("title")).startsWith(start)).findFirst().orElseThrow();
	}

	static final String BODY = "La Coordinación General de Asesores y Asuntos Internacionales participó en la sesión, en la que se "
			+ "presentaron los avances de la agenda de cooperación de la ciudad con sus socios y se acordaron los siguientes pasos.";

	@Test
	void aHeadingNamesItsCities() {
		Drafted d = draft("Visitas técnicas a teleféricos en Bogotá, Pereira y Medellín, Colombia (septiembre)", "", BODY, "",
				"Visita a Madrid en el marco del proyecto de cooperación (3 de octubre)", "", BODY);
		assertThat(places(d.events().get(0))).containsExactly("bogota", "pereira", "medellin");
		assertThat(places(d.events().get(1))).containsExactly("madrid");
		// the cities the registry does not know are proposed, located by their country
		assertThat(d.newEntities()).extracting(e -> e.get("name")).contains("Pereira", "Medellín");
		assertThat(d.newEntities()).filteredOn(e -> "Pereira".equals(e.get("name")))
			.allSatisfy(e -> assertThat(e).containsEntry("type", "City").containsEntry("review", "pending"));
	}

	@Test
	void aHeadingEndingWithItsCityAndCountry() {
		Drafted d = draft("Conferencia “La lucha contra la xenofobia en la época de la desinformación”. San José, Costa",
				"Rica", "(26 y 27 de septiembre)", "", BODY);
		assertThat(places(d.events().get(0))).containsExactly("san-jose");
	}

	@Test
	void aCityWithoutItsCommaBeforeTheCountry() {
		Drafted d = draft("Retiro de la red de ciudades (24 al 28 de octubre)", "",
				"La Dirección Ejecutiva representó a la Ciudad de México en el Retiro, organizado por la red en Tánger Marruecos. "
						+ "Ahí se realizó la segunda reunión presencial del comité.");
		assertThat(places(d.events().get(0))).containsExactly("tanger");
	}

	@Test
	void theBodySaysWhereItTookPlace() {
		Drafted d = draft("XXVII Reunión de Alcaldes y Alcaldesas de Centroamérica, México y El Caribe (11 de septiembre)", "",
				"El Secretario participó en la XXVII Reunión, celebrada en San Juan, Puerto Rico, donde se abordó la agenda "
						+ "de las ciudades capitales de la región y su recuperación económica.",
				"", "Foro Abierto de Discusión de la Alianza (3 de agosto)", "",
				"La Agencia presentó su experiencia en el Foro, realizado en la Universidad de Kyoto, Japón, ante expertos de la región.");
		assertThat(places(titled(d, "XXVII Reunión de Alcaldes"))).containsExactly("san-juan");
		assertThat(places(titled(d, "Foro Abierto"))).containsExactly("kyoto");
		// a title or an office is never proposed as a city
		assertThat(d.newEntities()).extracting(e -> e.get("name")).doesNotContain("Alcaldes", "Alcaldesas de Centroamérica");
	}

	@Test
	void aCourseSheetsPlaceLine() {
		Drafted d = draft("Curso: Procedimientos Policiales para el Manejo de Vida Silvestre", "Fecha: Del 4 al 8 de octubre.",
				"Lugar: Quito, Ecuador.", "Objetivo: capacitar a mandos medios en el manejo de fauna silvestre.", "",
				"Curso: Microtráfico Cero", "Fecha: 12 de noviembre.", "Lugar: Universidad de la Policía de la cdmx.",
				"Objetivo: capacitar a mandos medios.");
		assertThat(places(d.events().get(1))).containsExactly("ciudad-de-mexico");
	}

	@Test
	void theCapitalsVenuesAndItsHostingPlaceAnEventInMexicoCity() {
		Drafted d = draft("Reunión de cortesía con el Embajador de los Estados Unidos en México (28 de septiembre)", "",
				"El Embajador fue recibido en el Antiguo Palacio del Ayuntamiento por la Jefa de Gobierno, ocasión en la "
						+ "que conversaron sobre la agenda bilateral de la ciudad.",
				"", "Recepción de delegación de Institutos de la Juventud (8 de septiembre)", "",
				"La Jefa de Gobierno recibió a diversos representantes de los Institutos de la Juventud de la región, con "
						+ "quienes conversó sobre las políticas de la ciudad.",
				"", "Proyecto de evaluación de la gobernanza de la seguridad (octubre)", "",
				"En la alcaldía Iztapalapa se realiza este proyecto con el apoyo de la agencia de cooperación y sus socios.");
		assertThat(places(d.events().get(0))).containsExactly("ciudad-de-mexico");
		assertThat(places(d.events().get(1))).containsExactly("ciudad-de-mexico");
		assertThat(places(d.events().get(2))).containsExactly("ciudad-de-mexico", "alcaldia-iztapalapa");
	}

	@Test
	void aDatedListItemIsWhereItsIntroductionSays() {
		Drafted d = draft("La Coordinación General gestionó la iluminación de los monumentos más emblemáticos de la Ciudad de",
				"México con motivo de las siguientes fiestas nacionales, por solicitud de las Embajadas:", "",
				"20 julio: Día de Independencia de Colombia", "1 agosto: Día Nacional de Suiza");
		assertThat(d.events()).extracting(e -> e.get("title")).contains("Día Nacional de Suiza");
		assertThat(d.events()).filteredOn(e -> "Día Nacional de Suiza".equals(e.get("title")))
			.allSatisfy(e -> assertThat(places(e)).containsExactly("ciudad-de-mexico"));
	}

	@Test
	void aVirtualEventHasNoVenue() {
		Drafted d = draft("Conversatorio sobre el patrimonio del Centro Histórico (14 de julio)", "",
				"La Autoridad del Centro Histórico participó de manera virtual en el conversatorio, organizado por la red "
						+ "de ciudades patrimonio, sobre la gestión de los centros urbanos.");
		assertThat(places(d.events().get(0))).isEmpty();
	}

	@Test
	void aHeadingsVenueOfACity() {
		Drafted d = draft("Tercer Foro Abierto de Dis-", "cusión de la Alianza Global", "de Institutos de Investigación",
				"sobre Desastres, en la Univer-", "sidad de Kyoto, Japón ", "(23 al 28 de febrero)", "", BODY);
		assertThat(places(d.events().get(0))).containsExactly("kyoto");
	}

	@Test
	void anOnlineEventIsHeldNowhereItsTextNames() {
		Drafted d = draft("Encuentro con organizaciones migrantes oriundos de Ciudad de México en Madrid (18 de agosto)", "",
				"En el encuentro virtual participó la Coordinación General de Asesores y Asuntos Internacionales.", "",
				"Módulo virtual sobre políticas sociales (9 a 11 de septiembre)", "",
				"La Secretaría participó en este módulo, para conocer las acciones que se llevan a cabo en la ciudad de Madrid, España.");
		assertThat(places(d.events().get(0))).isEmpty();
		assertThat(places(d.events().get(1))).isEmpty();
	}

	@Test
	void aPlaceInsideAQuotedTitleIsNotWhereTheExhibitionWas() {
		Drafted d = draft("“La línea negra. Paisajes sagrados de la Sierra Nevada de Santa Marta, Colombia” (octubre)", "",
				"La exposición fotográfica de la Embajada se inauguró con la presencia de la Coordinación General.");
		assertThat(places(d.events().get(0))).isEmpty();
	}

	@Test
	void aCityTheSentenceJoinedOnlineIsNoPlace() {
		Drafted d = draft("“Diálogo con Gobiernos Municipales sobre Pueblos Afrodescendientes” (31 de agosto)", "",
				"El 2 de septiembre, el Consejo participó de manera virtual en el panel organizado por la Oficina Multipaís "
						+ "de la Organización en San José, Costa Rica, en el marco del Día Internacional.");
		assertThat(places(d.events().get(0))).isEmpty();
	}

	@Test
	void aVenueNamedAsABodyMetWithIsNoPlaceButASheetsPlaceFarBelowIs() {
		Drafted d = draft("Organización de actividades con motivo del Año Nuevo Chino (febrero)", "",
				"Se han realizado reuniones con nueve Embajadas y con el Centro Cultural España, la Casa Japonesa del Té.");
		assertThat(places(titled(d, "Organización de actividades"))).isEmpty();
		d = draft("Curso “Microtráfico Cero” impartido por la Policía de Investigaciones de Chile", "", "Fecha: Del 4 al 22 de octubre.",
				"Participantes: 70 investigadores, fiscales y ministerios públicos", "adscritos a la Subsecretaría de Inteligencia,",
				"la Coordinación General Estratégica Táctica y Operaciones Especiales y la", "Coordinación General de Investigación",
				"de Delitos de Alto Impacto, dedicados a la investigación", "del delito de narcomenudeo.",
				"Objetivo del curso: capacitar a investigadores en materia de combate", "al delito de narcomenudeo en el modelo",
				"de la Policía de Investigaciones de Chile.", "Lugar: Universidad de la Policía de la cdmx.");
		assertThat(places(titled(d, "Curso"))).containsExactly("ciudad-de-mexico");
	}

}
