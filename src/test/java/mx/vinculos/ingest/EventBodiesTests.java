package mx.vinculos.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Which paragraphs tell about which heading when the PDF's columns and pages interleave them. */
class EventBodiesTests {

	static Registry registry;

	@BeforeAll
	static void registry(@TempDir Path dir) throws Exception {
		registry = TestDrafts.registry(dir, """
				- {id: ciudad-de-mexico, type: City, name: Ciudad de México}
				- {id: secretaria-de-cultura, type: Agency, name: Secretaría de Cultura, parent: ciudad-de-mexico}
				- {id: secretaria-de-turismo, type: Agency, name: Secretaría de Turismo, parent: ciudad-de-mexico}
				- {id: secretaria-de-movilidad, type: Agency, name: Secretaría de Movilidad, parent: ciudad-de-mexico}
				- {id: secretaria-de-salud, type: Agency, name: Secretaría de Salud, parent: ciudad-de-mexico}
				- {id: embajada-de-chile-en-mexico, type: Agency, name: Embajada de Chile en México}
				- id: federacion-internacional-de-futbol-asociacion
				  type: Organization
				  name: Federación Internacional de Futbol Asociación
				  aliases: [FIFA]
				""");
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> events(String... lines) {
		Drafter d = TestDrafts.drafter(registry, lines);
		return (List<Map<String, Object>>) d.draft("Informe").report().get("events");
	}

	@SuppressWarnings("unchecked")
	static List<Object> ids(Map<String, Object> event) {
		return ((List<Map<String, Object>>) event.get("participants")).stream().map(p -> p.get("entity")).toList();
	}

	static Map<String, Object> titled(List<Map<String, Object>> events, String start) {
		return events.stream().filter(e -> ((String) e.get("title")).startsWith(start)).findFirst().orElseThrow();
	}

	@Test
	void aTextThatOpensMidSentenceIsDraftedLikeAnyOther() {
		// an excerpt starting in lower case: its first block has nothing above to go on from
		List<Map<String, Object>> evs = events(
				"de la reunión anterior con la Secretaría de Turismo, que siguió la estrategia de energía limpia del año.", "",
				"Reunión sobre la estrategia de energía limpia", "(11 de octubre)", "",
				"La Secretaría de Cultura presentó la estrategia de energía limpia ante los gobiernos locales.");
		assertThat(evs).extracting(e -> e.get("title")).containsExactly("Reunión sobre la estrategia de energía limpia");
	}

	@Test
	void aStretchWhoseParagraphsPrecedeTheirHeadingsGivesEachHeadingTheProseAboveIt() {
		List<Map<String, Object>> evs = events(
				"La Secretaría de Turismo presentó la estrategia de energía limpia de la ciudad ante los gobiernos",
				"subnacionales del país, que respaldaron la estrategia de energía limpia en esta reunión de trabajo.", "",
				"Reunión sobre la estrategia de energía limpia", "(11 de octubre)", "",
				"La Secretaría de Cultura dio seguimiento al acuerdo de intercambio cultural con la red internacional",
				"de museos comunitarios y preparó el programa del intercambio de museos para el próximo año.", "",
				"Acuerdo de intercambio cultural de museos", "(20 de octubre)", "",
				"La Secretaría de Salud organizó el taller de vacunación infantil con hospitales de la región y",
				"presentó a los asistentes los resultados del taller de vacunación del semestre anterior.", "",
				"Taller regional de vacunación infantil", "(5 de noviembre)");
		assertThat(ids(titled(evs, "Reunión sobre la estrategia"))).containsExactly("secretaria-de-turismo");
		assertThat(ids(titled(evs, "Acuerdo de intercambio"))).containsExactly("secretaria-de-cultura");
		assertThat(ids(titled(evs, "Taller regional"))).containsExactly("secretaria-de-salud");
	}

	@Test
	void aParagraphOpeningInLowerCaseGoesOnFromTheOneAPageBrokeAndBelongsToItsEvent() {
		List<Map<String, Object>> evs = events("Reunión con la Secretaría de Cultura (3 de agosto)", "",
				"La Secretaría de Cultura recibió a la delegación de museos comunitarios de la región andina y",
				"conversó sobre los programas de intercambio cultural que se preparan para el próximo año con la", "",
				"Foro de movilidad urbana (5 de agosto)", "",
				"misma Embajada de Chile en México, que ofreció su apoyo para el intercambio de los museos comunitarios.", "",
				"La Secretaría de Movilidad presentó en el foro el plan de transporte eléctrico de la ciudad.");
		assertThat(ids(titled(evs, "Reunión con la Secretaría"))).contains("embajada-de-chile-en-mexico");
		assertThat(ids(titled(evs, "Foro de movilidad"))).containsExactly("secretaria-de-movilidad");
	}

	@Test
	void aParagraphDisplacedIntoAnotherEventGoesToTheEventWhoseTextSharesItsRarestWords() {
		List<Map<String, Object>> evs = events("Promoción de la ciudad como sede del partido inaugural (18 de noviembre)", "",
				"La Secretaría de Turismo promovió ante la delegación de la FIFA a la ciudad como sede del partido",
				"inaugural del campeonato, tras resaltar la experiencia de la capital en grandes eventos deportivos.", "",
				"Presentación del informe de salud (14 de julio)", "",
				"La Secretaría de Salud presentó el informe anual de salud pública en el foro regional de salud y",
				"recordó la importancia de la vacunación de la población adulta. Recordó que el", "",
				"En la reunión de promoción estuvieron presentes los directivos de la FIFA y de la Secretaría de",
				"Cultura, que acompañaron a la delegación del campeonato en su recorrido por el estadio.");
		assertThat(ids(titled(evs, "Promoción de la ciudad"))).contains("secretaria-de-cultura");
		assertThat(ids(titled(evs, "Presentación del informe"))).containsExactly("secretaria-de-salud");
	}

	@Test
	void aDisplacedParagraphThatSharesNothingRareIsLeftOut() {
		List<Map<String, Object>> evs = events("Presentación del informe de salud (14 de julio)", "",
				"La Secretaría de Salud presentó el informe anual de salud pública en el foro regional de salud y",
				"recordó la importancia de la vacunación de la población adulta. Recordó que el", "",
				"Asimismo estuvieron presentes los representantes de la Secretaría de Movilidad, quienes",
				"acompañaron a las autoridades en el recorrido por las nuevas instalaciones.");
		assertThat(ids(evs.get(0))).containsExactly("secretaria-de-salud");
	}

	@Test
	void aHeadingTheDrafterDidNotTakeKeepsItsParagraphs() {
		List<Map<String, Object>> evs = events("Foro de movilidad urbana (5 de agosto)", "",
				"La Secretaría de Movilidad presentó en el foro el plan de transporte eléctrico de la ciudad.", "",
				"Cooperación con museos", "",
				"La Secretaría de Cultura firmó un acuerdo con la red de museos comunitarios de la región.");
		assertThat(ids(evs.get(0))).containsExactly("secretaria-de-movilidad");
	}

	@Test
	void continuationsAndOpenParagraphsAreToldApart() {
		assertThat(EventBodies.continuationStart("2primera fase de atención, se visitaron")).isTrue();
		assertThat(EventBodies.continuationStart("(sedeco), Secretaría de Turismo")).isTrue();
		assertThat(EventBodies.continuationStart("En la reunión estuvieron presentes")).isFalse();
		ReportLines text = new ReportLines(String.join("\n",
				"o temporales, que se vieron afectados por la pandemia del Covid-19, según el estudio. En la",
				"primera fase se atendió a la población en los albergues de la ciudad de los que se dio cuenta.", "",
				"Más de 1 millón de personas alcanzadas", "",
				"La Secretaría de Salud presentó el informe anual de salud pública en el foro regional de salud y",
				"recordó la importancia de la vacunación de la población adulta."));
		assertThat(EventBodies.unfinished(text.blocks.get(0))).isFalse();
		assertThat(EventBodies.unfinished(text.blocks.get(1))).isFalse();
		assertThat(EventBodies.unfinished(text.blocks.get(2))).isFalse();
		ReportLines open = new ReportLines(String.join("\n",
				"La Secretaría de Salud presentó el informe anual de salud pública en el foro regional de salud y",
				"recordó la importancia de la vacunación de la población adulta y de los servicios que se dan en la"));
		assertThat(EventBodies.unfinished(open.blocks.get(0))).isTrue();
	}

	@Test
	void stackedHeadingsShareTheParagraphsAboveThemInOrderByWhatEachParagraphRefersTo() {
		List<Map<String, Object>> evs = events(
				"Dicho Congreso reunió a la Secretaría de Turismo con especialistas en gestión de riesgos y ofreció",
				"un espacio de reflexión sobre la cooperación entre las ciudades del continente americano.", "",
				"La campaña de ciudades resilientes de la Secretaría de Salud busca impulsar la participación de los",
				"gobiernos locales en la reducción de riesgos y reconocer su labor estratégica ante los desastres.", "",
				"El Simposio contó con el apoyo de la Secretaría de Cultura y de las universidades de la región, que",
				"presentaron sus agendas de investigación sobre la prevención de desastres y la resiliencia.", "",
				"Tercer Congreso de Gestión Integral de Riesgos", "(12 de octubre)", "",
				"Campaña Desarrollando Ciudades Resilientes", "(13 de octubre)", "",
				"Primer Simposio sobre Universidades Resilientes", "(8 de diciembre)");
		assertThat(ids(titled(evs, "Tercer Congreso"))).containsExactly("secretaria-de-turismo");
		assertThat(ids(titled(evs, "Campaña Desarrollando"))).containsExactly("secretaria-de-salud");
		assertThat(ids(titled(evs, "Primer Simposio"))).containsExactly("secretaria-de-cultura");
	}

	@Test
	void aParagraphSectionTitlesCutOffGoesToTheNearbyHeadingThatSharesItsRareWords() {
		List<Map<String, Object>> evs = events("Reunión sobre movilidad eléctrica (3 de agosto)", "",
				"La Secretaría de Movilidad presentó el plan de transporte eléctrico de la ciudad.", "",
				"Relaciones con el cuerpo diplomático", "",
				"La Secretaría de Cultura recibió a un grupo de Embajadoras acreditadas en el país para",
				"presentarles los proyectos emblemáticos de la administración en el oriente de la capital.", "",
				"Colaboración con Embajadas", "",
				"Visitas técnicas con Embajadoras a proyectos emblemáticos (20 de agosto)", "",
				"Las visitas recorrieron los parques y las utopías del oriente.");
		assertThat(ids(titled(evs, "Visitas técnicas"))).contains("secretaria-de-cultura");
		assertThat(ids(titled(evs, "Reunión sobre movilidad"))).containsExactly("secretaria-de-movilidad");
	}

	@Test
	void aParagraphThatSharesNothingRareWithAnyHeadingStaysOut() {
		List<Map<String, Object>> evs = events("Reunión sobre movilidad eléctrica (3 de agosto)", "",
				"La Secretaría de Movilidad presentó el plan de transporte eléctrico de la ciudad.", "",
				"Relaciones con el cuerpo diplomático", "",
				"La Secretaría de Cultura recibió a distintos invitados durante el semestre en las oficinas de",
				"la administración y conversó sobre temas de interés común para ambas partes.", "",
				"Colaboración con Embajadas", "",
				"Visitas técnicas a proyectos de vivienda (20 de agosto)", "",
				"Las visitas recorrieron los parques y las utopías del oriente.");
		assertThat(ids(titled(evs, "Visitas técnicas"))).doesNotContain("secretaria-de-cultura");
	}

	@Test
	void eachCourseSheetOfARunReadsItsGroupsLabelAndTheParagraphOpeningTheRun() {
		List<Map<String, Object>> evs = events(
				"Por su parte, la Secretaría de Cultura realizó actividades académicas con diversos actores. Estas son:", "",
				"Embajada de Chile en México", "",
				"Curso: Buenas prácticas de gestión de museos comunitarios.",
				"Fechas: Del 24 al 30 de noviembre, con 19 participantes.",
				"Objetivo: conocer la gestión de los museos de la región.", "",
				"Curso: Conservación de acervos fotográficos.", "Fecha: 3 de diciembre de 2021.");
		assertThat(ids(titled(evs, "Buenas prácticas"))).contains("secretaria-de-cultura", "embajada-de-chile-en-mexico");
		assertThat(ids(titled(evs, "Conservación de acervos"))).contains("secretaria-de-cultura", "embajada-de-chile-en-mexico");
	}

	@Test
	void aTitleGluedAboveAHeadingInItsBlockLeavesItStandingAlone() {
		assertThat(EventBodies.titleOnly("")).isTrue();
		assertThat(EventBodies.titleOnly("Equidad de género ")).isTrue();
		assertThat(EventBodies.titleOnly("Presentación de resultado del proyecto: ")).isTrue();
		assertThat(EventBodies.titleOnly("La Secretaría presentó el plan. Después, ")).isFalse();
		assertThat(EventBodies.titleOnly("en la que participaron las alcaldías,")).isFalse();
	}

}
