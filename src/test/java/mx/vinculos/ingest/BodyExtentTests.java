package mx.vinculos.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How far an event's text reaches when the PDF glues paragraphs together, continues them
 * across headings, stacks headings bottom-up or puts a sheet's fields above its title.
 */
class BodyExtentTests {

	static Registry registry;

	@BeforeAll
	static void registry(@TempDir Path dir) throws Exception {
		registry = TestDrafts.registry(dir, """
				- {id: ciudad-de-mexico, type: City, name: Ciudad de México}
				- {id: secretaria-de-cultura, type: Agency, name: Secretaría de Cultura, parent: ciudad-de-mexico}
				- {id: secretaria-de-turismo, type: Agency, name: Secretaría de Turismo, parent: ciudad-de-mexico}
				- {id: secretaria-de-salud, type: Agency, name: Secretaría de Salud, parent: ciudad-de-mexico}
				""");
	}

	static ReportLines text(String... lines) {
		return new ReportLines(String.join("\n", lines));
	}

	@Test
	void anIndentedParagraphAfterAnEndedSentenceIsABlockOfItsOwn() {
		ReportLines t = text("de su impacto a nivel local, nacional y global. ",
				" Distintos funcionarios del Gobierno de la Ciudad recibieron a un grupo de Embajadoras.");
		assertThat(t.blocks).extracting(ReportLines.Block::first).containsExactly(1, 2);
		// a text box that goes on in lower case, marked by the sidebar's digit, after a sentence or a heading's date
		assertThat(text("combatir el cambio climático. ", " 2través de apoyo técnico en políticas.").blocks).hasSize(2);
		assertThat(text("(5 de agosto al 31 de diciembre)", " 2primera fase de atención, se visitaron albergues.").blocks)
			.hasSize(2);
		assertThat(text("consultora del proyecto.", " 2“Diálogo 2: Ciudades y territorios hospitalarios”").blocks).hasSize(2);
		// a heading's date line ends its box too: the text under it may be the next heading's body
		assertThat(text("Sciences (IGISc 2021) (5 de noviembre)", " La adip presentó los avances en la implementación.").blocks)
			.hasSize(2);
	}

	@Test
	void aLineThatGoesOnWithTheSentenceAboveStaysInItsBlock() {
		// the sentence above goes on
		assertThat(text("Se crearon una diversidad de espa-", " cios para compartir las acciones.").blocks).hasSize(1);
		assertThat(text("en el marco del Día Internacional contra la ", " Homofobia, la Transfobia y la Bifobia.").blocks).hasSize(1);
		// no indentation: the PDF's line, not a new box
		assertThat(text("dando cuenta de su impacto global.", "Distintos funcionarios recibieron a las Embajadoras.").blocks)
			.hasSize(1);
		// a lower-case line without the sidebar's digit goes on
		assertThat(text("la reunión terminó.", " y se acordó una segunda sesión.").blocks).hasSize(1);
		// an acronym before the stop may be a cut title: not read as an ended sentence
		assertThat(text("en la página electrónica de la UNESCO.", " Sesión virtual de experiencias").blocks).hasSize(1);
	}

	@Test
	void aQuotedSheetReadsItsOwnFieldsWhereItsRunPutsThemAndNoOtherSheetReadsThem() {
		List<Map<String, Object>> evs = events("Fecha: 28 de octubre", "Participantes: personal de la Secretaría de Turismo.",
				"Lugar: Centro Cultural, Ciudad de México. ", "", "Eventos internacionales",
				"“Evento de Clausura del Tercer Foro Mundial de ", "Ciudades y Territorios de Paz” organizado por el ",
				"Gobierno de la Ciudad de México", " Fecha: 15 de diciembre.",
				"Participantes: 115 policías de la Secretaría de Salud.", "Lugar: San Luis Potosí, México. ", "",
				"“VIII Juegos Latinoamericanos de Policías y Bomberos” ", "organizado por el Estado de San Luis Potosí", "",
				"Fecha: 3 de diciembre.", "Participantes: personal de la Secretaría de Cultura.", "",
				"“Estudio Internacional sobre Seguridad Cibernética” ", "realizado por la Universidad de Londres");
		assertThat(ids(titled(evs, "Evento de Clausura"))).contains("secretaria-de-turismo").doesNotContain("secretaria-de-salud");
		assertThat(ids(titled(evs, "VIII Juegos"))).contains("secretaria-de-salud").doesNotContain("secretaria-de-cultura");
		assertThat(ids(titled(evs, "Estudio Internacional"))).contains("secretaria-de-cultura");
	}

	@Test
	void theParagraphsAfterAContinuationPlacedAcrossAHeadingGoOnTellingItsEvent() {
		ReportLines t = text(
				"La Secretaría de Movilidad se sumó a la Iniciativa Bloomberg para la Seguridad Vial Mundial, programa de seguridad vial.",
				"",
				"En sus respectivas intervenciones, las y los representantes de la iniciativa expusieron su interés en coadyuvar",
				"en la generación de estrategias de seguridad vial para la ciudad y sus habitantes, a", "",
				"Cooperación técnica Iniciativa Bloomberg para la Seguridad Vial", "", // 6
				"Además de las estrategias de electrificación, señaló que se busca la constante renovación de autobuses.", "",
				"través de apoyo técnico en políticas y legislación, recolección de datos y trabajo con la sociedad civil.", "",
				"La alianza tendrá continuidad hasta el año 2025 con un análisis integral de recomendaciones.", "",
				"En el evento también estuvieron presentes representantes de la Secretaría de Salud y de la academia.", "",
				"Durante diciembre se llevaron a cabo sesiones de capacitación del programa Pact sobre financiamiento híbrido.", "",
				"Capacitación Pact sobre principios de financiamiento híbrido");
		List<String> titles = List.of("Cooperación técnica Iniciativa Bloomberg para la Seguridad Vial",
				"Capacitación Pact sobre principios de financiamiento híbrido");
		int[] headings = { blockAt(t, 6), blockAt(t, 18) };
		EventBodies.Result r = EventBodies.attribute(t.blocks, headings, new boolean[2], titles, 1200);
		List<Integer> first = lines(t, r.bodies().get(0));
		List<Integer> second = lines(t, r.bodies().get(1));
		// the continuation, and the paragraph referring back to "el evento", go with the Bloomberg heading
		assertThat(first).contains(10, 14);
		// the one sharing the other title's words ends nothing but stays with it
		assertThat(second).contains(16).doesNotContain(10, 14);
	}

	@Test
	void stackedHeadingsMayTellTheirParagraphsBottomUp() {
		ReportLines t = text("Diálogo regional sobre movilidad humana. Presentación de la Guía práctica de movilidad humana", "",
				"“Declaratoria por el aniversario de la Declaración de Durban”", "",
				"Con el objetivo de conmemorar el aniversario de la Declaración de Durban, la red elaboró la Declaratoria.", "",
				"El proyecto de movilidad humana promueve los derechos de las personas en situación de movilidad.", "",
				"Como resultado, se elaboró la guía práctica para abordar la movilidad humana, que se presentó en el diálogo regional.");
		List<String> titles = List.of("Diálogo regional sobre movilidad humana. Presentación de la Guía práctica de movilidad humana",
				"“Declaratoria por el aniversario de la Declaración de Durban”");
		EventBodies.Words words = new EventBodies.Words(t.blocks);
		int[] order = EventBodies.stackOrder(words, t.blocks, List.of(2, 3, 4), titles);
		assertThat(order).containsExactly(1, 0, 0);
		// in the titles' order when the words say so
		assertThat(EventBodies.stackOrder(words, t.blocks, List.of(4, 2), titles)).containsExactly(0, 1);
	}

	@Test
	void aParagraphNamingWhoTookPartInTheEventItRefersToStaysPastTheBound() {
		String title = "Diálogo regional. Presentación de la Guía práctica para el abordaje de la movilidad humana";
		assertThat(EventBodies.namesItsParticipants("En la presentación del documento participaron: Frédéric Vacheron, "
				+ "Representante de la unesco en México; Ana Saiz, Directora General de Sin Fronteras.", title)).isTrue();
		assertThat(EventBodies.namesItsParticipants("En el evento también estuvieron presentes Rodrigo Díaz y Valentina Delgado.",
				title)).isTrue();
		// who took part in something else
		assertThat(EventBodies.namesItsParticipants("En la asamblea de la red participaron 40 ciudades.", title)).isFalse();
		// no participants named
		assertThat(EventBodies.namesItsParticipants("La presentación tuvo por objetivo difundir la guía.", title)).isFalse();
	}

	private static int blockAt(ReportLines t, int line) {
		for (int i = 0; i < t.blocks.size(); i++) {
			if (t.blocks.get(i).first() <= line && line <= t.blocks.get(i).last()) {
				return i;
			}
		}
		throw new AssertionError("no block at line " + line);
	}

	private static List<Integer> lines(ReportLines t, List<Integer> blocks) {
		List<Integer> out = new ArrayList<>();
		blocks.forEach(b -> out.add(t.blocks.get(b).first()));
		return out;
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> events(String... lines) {
		Drafter d = TestDrafts.drafter(registry, lines);
		return (List<Map<String, Object>>) d.draft("Informe").report().get("events");
	}

	static Map<String, Object> titled(List<Map<String, Object>> evs, String prefix) {
		return evs.stream().filter(e -> ((String) e.get("title")).startsWith(prefix)).findFirst()
			.orElseThrow(() -> new AssertionError("no event " + prefix + " in " + evs.stream().map(e -> e.get("title")).toList()));
	}

	@SuppressWarnings("unchecked")
	static List<String> ids(Map<String, Object> ev) {
		return ((List<Map<String, Object>>) ev.get("participants")).stream().map(p -> (String) p.get("entity")).toList();
	}

}
