package mx.vinculos.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How far a list's introduction reaches: dated headings among its items, bullets between them,
 * a list continued under its repeated heading, the items of one paragraph's activity list.
 */
class ListIntrosTests {

	static Registry registry;

	@BeforeAll
	static void registry(@TempDir Path dir) throws Exception {
		registry = TestDrafts.registry(dir, """
				- {id: ciudad-de-mexico, type: City, name: Ciudad de México}
				- {id: secretaria-de-seguridad-ciudadana, type: Agency, name: Secretaría de Seguridad Ciudadana, aliases: [SSC], parent: ciudad-de-mexico}
				- {id: secretaria-de-cultura, type: Agency, name: Secretaría de Cultura, parent: ciudad-de-mexico}
				- {id: secretaria-de-obras, type: Agency, name: Secretaría de Obras y Servicios, parent: ciudad-de-mexico}
				- {id: cgaai, type: Agency, name: Coordinación General de Asesores y Asuntos Internacionales, parent: ciudad-de-mexico}
				- {id: unesco, type: Organization, name: Organización de las Naciones Unidas para la Educación, aliases: [UNESCO]}
				- {id: fiscalia, type: Agency, name: Fiscalía General de Justicia de la Ciudad de México, parent: ciudad-de-mexico}
				- {id: ucci, type: Network, name: Unión de Ciudades Capitales Iberoamericanas, aliases: [UCCI]}
				- {id: adip, type: Agency, name: Agencia Digital de Innovación Pública, aliases: [ADIP], parent: ciudad-de-mexico}
				""");
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> events(String... lines) {
		return (List<Map<String, Object>>) TestDrafts.drafter(registry, lines).draft("Informe").report().get("events");
	}

	@SuppressWarnings("unchecked")
	static List<Object> ids(Map<String, Object> event) {
		return ((List<Map<String, Object>>) event.get("participants")).stream().map(p -> p.get("entity")).toList();
	}

	static Map<String, Object> titled(List<Map<String, Object>> events, String start) {
		return events.stream().filter(e -> ((String) e.get("title")).startsWith(start)).findFirst().orElseThrow();
	}

	@Test
	void aSentenceThatOnlyPointsBackOpensItsParagraph() {
		assertThat(ListIntros.pointsBack("Entre ellas destacan:")).isTrue();
		assertThat(ListIntros.pointsBack("Por ejemplo:")).isTrue();
		assertThat(ListIntros.pointsBack("Estas son:")).isTrue();
		assertThat(ListIntros.pointsBack("Se realizaron las siguientes reuniones con la ssc:")).isFalse();
	}

	@Test
	void datedHeadingsUnderAParagraphEndingEntreEllasDestacanTakeItsActor() {
		List<Map<String, Object>> events = events(
				"Durante el segundo semestre, la Secretaría de Seguridad Ciudadana realizó 20 reuniones de vinculación",
				"con embajadas y organismos internacionales en materia de seguridad. Entre ellas destacan:", "",
				"Embajador de Guatemala en México, Excmo. Sr. Mario Búcaro", "Flores (06 de agosto)", "",
				"••", "",
				"Embajador de Chile en México, Excmo. Sr. Domingo Arteaga", "(2 de noviembre)", "",
				"En otro orden de ideas, la ciudad recibió visitas técnicas de distintas policías del mundo durante el semestre.", "",
				"Reunión con el Embajador de Italia en México (3 de diciembre)");
		assertThat(ids(titled(events, "Embajador de Guatemala"))).contains("secretaria-de-seguridad-ciudadana");
		assertThat(ids(titled(events, "Embajador de Chile"))).contains("secretaria-de-seguridad-ciudadana");
		// prose ends the list: a heading after it is no item of it
		assertThat(ids(titled(events, "Reunión con el Embajador de Italia"))).doesNotContain("secretaria-de-seguridad-ciudadana");
	}

	@Test
	void aListAgainUnderItsHeadingTakesTheFirstPartsIntroduction() {
		List<Map<String, Object>> events = events("Iluminación de monumentos de la Ciudad de México", "con motivo de fiestas nacionales", "",
				"La Coordinación General de Asesores y Asuntos Internacionales, con el apoyo de la Secretaría de Obras y",
				"Servicios, gestionó la iluminación de los monumentos con motivo de las siguientes fiestas nacionales:", "",
				"20 julio: Día de Independencia de Colombia", "27 julio: Celebración del Bicentenario de Perú", "",
				"Otro tema de la agenda fue la atención de las comunidades migrantes en la ciudad durante el semestre.", "",
				"Iluminación de monumentos de la Ciudad de México", "con motivo de fiestas nacionales", "",
				"19 octubre: Día Internacional de Lucha contra el Cáncer de Mama.", "30 noviembre: Día Mundial de la lucha contra el Sida");
		Map<String, Object> late = events.stream().filter(e -> "2023-11-30".equals(String.valueOf(e.get("startDate")))).findFirst().orElseThrow();
		assertThat(ids(late)).contains("cgaai", "secretaria-de-obras");
	}

	@Test
	void aShortHeadingTitlesNoListOfItsOwn() {
		ListIntros.ByHeading<String> by = new ListIntros.ByHeading<>();
		by.remember("Cooperación técnica", "intro");
		by.remember("Iluminación de monumentos de la Ciudad", "lights");
		assertThat(by.under("Cooperación técnica")).isNull();
		assertThat(by.under("Iluminación de Monumentos de la ciudad")).isEqualTo("lights");
	}

	@Test
	void everyItemOfAParagraphsActivityListTakesItsOpening() {
		List<Map<String, Object>> events = events("Con la unesco se realizaron tres sesiones preparatorias para Mondiacult 2022, se asistió",
				"a seis reuniones de la Red de Ciudades Creativas. Asimismo, se brindó seguimiento al encuentro Latino-Americano",
				"de Ciudades Creativas y se realizaron contribuciones al Informe Mundial RePensar las Políticas para la Creatividad.");
		assertThat(ids(titled(events, "Encuentro Latino-Americano"))).contains("unesco");
		assertThat(ids(titled(events, "Contribuciones al Informe"))).contains("unesco");
	}

	@Test
	void anOpeningCarriesTheBodyTheCityActedThroughAndNotWhatItDescribes() {
		List<Map<String, Object>> events = events("Durante el semestre, la Ciudad de México, a través de la Secretaría de Cultura, en eventos",
				"en el marco del Galardón Capital Iberoamericana de las Culturas que otorga la ucci, tales como: la ceremonia",
				"de conmemoración en el Museo del Templo Mayor; la Conmemoración por los 500 años de la Toma de México",
				"y la Conmemoración de los 200 Años de la Consumación de la Independencia.");
		Map<String, Object> last = titled(events, "Conmemoración de los 200");
		assertThat(ids(last)).contains("secretaria-de-cultura").doesNotContain("ciudad-de-mexico", "ucci");
		assertThat(ListIntros.actsThrough("la Ciudad de México, a través de la Secretaría", 19)).isTrue();
		String lead = "la Secretaría, en eventos en el marco del Galardón";
		assertThat(ListIntros.leadEnd(lead)).isEqualTo(lead.indexOf(" en el marco"));
	}

	@Test
	void whatAParagraphTellsAsPartOfTheProjectBeforeItTakesTheProjectsDoers() {
		List<Map<String, Object>> events = events("Desde 2020, la unesco y la Secretaría de Cultura, en colaboración con la ucci implementaron",
				"el proyecto “Movilidad Humana para Gobiernos Locales”. El proyecto tuvo por objetivo promover derechos.", "",
				"Como parte de este proceso, y con el propósito de identificar la respuesta de los gobiernos, se llevó a cabo el", "",
				"diálogo virtual “Impactos diferenciados por Covid-19 y movilidad humana” el 7 de octubre.");
		assertThat(ids(titled(events, "Diálogo virtual"))).contains("unesco", "secretaria-de-cultura", "ucci");
		assertThat(ListIntros.partOfThat("Como parte de este proceso, se llevó a cabo")).isTrue();
		assertThat(ListIntros.partOfThat("Como parte de la agenda, se llevó a cabo")).isFalse();
		String p = "Desde 2020, la unesco y el copred implementaron el proyecto. Luego se publicó.";
		assertThat(ListIntros.subjectEnd(p)).isEqualTo(p.indexOf(" implementaron"));
		assertThat(ListIntros.subjectEnd("El proyecto tuvo por objetivo promover derechos. Se realizó un foro.")).isEqualTo(-1);
	}

	@Test
	void aCourseSheetNamingThisBodyCreditsItToEverySheetOfItsRun() {
		List<Map<String, Object>> events = events("Curso: Destrezas de Litigación Oral.",
				"Objetivo: Entrenamiento técnico en materia de litigación oral con un enfoque práctico.",
				"Fechas: del 8 al 10 de noviembre.", "",
				"Curso: Técnicas de Investigación en el Delito de Tráfico de Armas.",
				"Objetivo: Fortalecer las capacidades del personal sustantivo de esta Fiscalía General de Justicia de la",
				"Ciudad de México, en asuntos relacionados con el delito de tráfico de armas.",
				"Fechas: Del 30 de noviembre al 1 de diciembre.");
		assertThat(ids(titled(events, "Destrezas de Litigación"))).contains("fiscalia");
		assertThat(ListIntros.selfReference("la sede de esta reunión", 0, 23)).isNull();
	}

	@Test
	void aDatedHeadingBrokenAtItsSubtitlesColonStaysAnItemOfTheList() {
		List<Map<String, Object>> events = events("En calidad de Oficina Regional de la red, la adip",
				"ha participado en las siguientes actividades (virtuales) organizadas por la red:", "",
				"Comité Ejecutivo de la organización (14 de octubre)",
				"Participación en el taller de trabajo Planificación Urbana Digital:",
				"Sistemas de Información Geográfica (24 de noviembre)");
		Map<String, Object> workshop = titled(events, "Participación en el taller");
		assertThat((String) workshop.get("title")).endsWith("Digital: Sistemas de Información Geográfica");
		assertThat(ids(workshop)).contains("adip");
		assertThat(ids(titled(events, "Comité Ejecutivo"))).contains("adip");
	}

	@Test
	void aQuotedTitleGoesOnOverItsColonAndUnderItsSectionsHeading() {
		List<Map<String, Object>> events = events("Cultura de la No Discriminación",
				"“Diálogo con Gobiernos Municipales sobre", "Desarrollo Territorial & Pueblos Afrodescendientes:",
				"Reconocimiento, Justicia y Desarrollo” (31 de agosto)", "",
				"El 2 de septiembre, la Secretaría de Cultura participó de manera virtual en el panel “Diálogo con Gobiernos",
				"Municipales sobre Desarrollo Territorial & Pueblos Afrodescendientes: Reconocimiento, Justicia y Desarrollo”",
				"organizado por la unesco en el marco del Día Internacional de los Afrodescendientes en Costa Rica.");
		// the sentence under the heading names the same event again, with its own day: one event, of that day
		assertThat(events).extracting(e -> e.get("title")).containsExactly(
				"“Diálogo con Gobiernos Municipales sobre Desarrollo Territorial & Pueblos Afrodescendientes: Reconocimiento, Justicia y Desarrollo”");
		assertThat(events.get(0)).containsEntry("line", 2).containsEntry("section", "Cultura de la No Discriminación")
			.containsEntry("startDate", "2023-09-02");
		assertThat(ids(events.get(0))).contains("secretaria-de-cultura");
	}

}
