package mx.vinculos.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Causes of wrong entity links, each with a small Spanish snippet: a venue's borough, a treaty's
 * owner, an audience of peers, a city's secretaría, an earlier host, an edition of a body's forum,
 * a table under a heading, and where a body named twice is cited.
 */
class DrafterLinkCausesTests {

	static Registry registry;

	@BeforeAll
	static void registry(@TempDir Path dir) throws Exception {
		registry = TestDrafts.registry(dir, """
				- {id: ciudad-de-mexico, type: City, name: Ciudad de México, aliases: [cdmx]}
				- {id: bogota, type: City, name: Bogotá, country: colombia}
				- {id: madrid, type: City, name: Madrid}
				- {id: campinas, type: City, name: Campinas}
				- {id: colombia, type: Country, name: Colombia}
				- {id: estados-unidos-de-america, type: Country, name: Estados Unidos de América, aliases: [Estados Unidos]}
				- {id: canada, type: Country, name: Canadá}
				- {id: secretaria-de-cultura, type: Agency, name: Secretaría de Cultura, parent: ciudad-de-mexico}
				- {id: alcaldia-iztapalapa, type: Agency, name: Alcaldía Iztapalapa, place: true, aliases: [Iztapalapa], parent: ciudad-de-mexico}
				- {id: alcaldia-milpa-alta, type: Agency, name: Alcaldía Milpa Alta, place: true, aliases: [Milpa Alta], parent: ciudad-de-mexico}
				- id: organizacion-de-las-naciones-unidas
				  type: Organization
				  name: Organización de las Naciones Unidas
				  aliases: [ONU, Naciones Unidas]
				- id: consejo-para-prevenir-y-eliminar-la-discriminacion
				  type: Agency
				  name: Consejo para Prevenir y Eliminar la Discriminación de la Ciudad de México
				  aliases: [COPRED, copred]
				  parent: ciudad-de-mexico
				- id: foro-global-de-la-economia-social
				  type: Organization
				  name: Foro Global de la Economía Social
				  aliases: [GSEF, gsef]
				- {id: open-contracting-partnership, type: Organization, name: Open Contracting Partnership}
				- {id: pilares, type: Agency, name: "Puntos de Innovación, Libertad, Arte, Educación y Saberes", aliases: [PILARES], parent: ciudad-de-mexico}
				""");
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> participants(String... lines) {
		List<Map<String, Object>> events = (List<Map<String, Object>>) TestDrafts.drafter(registry, lines)
			.draft("Informe")
			.report()
			.get("events");
		assertThat(events).hasSize(1);
		return (List<Map<String, Object>>) events.get(0).get("participants");
	}

	static List<Object> ids(List<Map<String, Object>> participants) {
		return participants.stream().map(p -> p.get("entity")).toList();
	}

	static Object lineOf(List<Map<String, Object>> participants, String id) {
		return participants.stream().filter(p -> id.equals(p.get("entity"))).findFirst().orElseThrow().get("line");
	}

	@Test
	void aBoroughNamedBareLocatesAVenueButItsMayorTakesPart() {
		List<Map<String, Object>> ps = participants("Pasantía sobre mercados públicos (23 de noviembre)", "",
				"Los pasantes visitaron el mercado “San Pedro Atocpan” (Milpa Alta) y se reunieron con la",
				"alcaldesa de Iztapalapa, Clara Brugada.");
		assertThat(ids(ps)).contains("alcaldia-iztapalapa").doesNotContain("alcaldia-milpa-alta");
		String t = "la luna Iztapalapa “Coatlicue” con la Secretaria de las Mujeres";
		int at = t.indexOf("Iztapalapa");
		assertThat(Crediting.boroughAsPlace(registry.get("alcaldia-iztapalapa"), t, at, at + 10)).isTrue();
		t = "la Alcaldía Iztapalapa participó";
		assertThat(Crediting.boroughAsPlace(registry.get("alcaldia-iztapalapa"), t, 3, 22)).isFalse();
		t = "Iztapalapa presentó su programa";
		assertThat(Crediting.boroughAsPlace(registry.get("alcaldia-iztapalapa"), t, 0, 10)).isFalse();
	}

	@Test
	void theOwnerOfATreatyNamedWithItsAcronymIsNoParty() {
		List<Map<String, Object>> ps = participants("Decimoquinta reunión de la Conferencia de las Partes",
				"(cop-15) del Convenio sobre la Diversidad Biológica", "(cdb) de las Naciones Unidas (11 al 15 de octubre)", "",
				"La Secretaría de Cultura participó en la sesión de alto nivel.");
		assertThat(ids(ps)).contains("secretaria-de-cultura").doesNotContain("organizacion-de-las-naciones-unidas");
		String t = "con la Organización de las Naciones Unidas (ONU) en la sesión";
		assertThat(Crediting.instrumentOf(t, t.indexOf("Organización"))).isFalse();
	}

	@Test
	void peersAreAPartyWhenTheyAreOursNotWhenTheyAreAnAudience() {
		assertThat(ids(participants("Conferencia virtual sobre micromovilidad (27 de octubre)", "",
				"Se presentó la experiencia de la Ciudad de México en la expansión del Sistema a",
				"contrapartes de Estados Unidos y Canadá.")))
			.doesNotContain("estados-unidos-de-america", "canada");
		assertThat(ids(participants("Reunión virtual sobre micromovilidad (27 de octubre)", "",
				"La Secretaría de Cultura se reunió con sus contrapartes de Estados Unidos y Canadá.")))
			.contains("estados-unidos-de-america", "canada");
	}

	@Test
	void aCitysSecretariaCreditsTheCityButAUnitOfItsAlcaldiaDoesNot() {
		List<Map<String, Object>> ps = participants("Conversatorio sobre políticas de cuidados (4 de noviembre)", "",
				"Contó con la exposición de Diana Rodríguez, Secretaria de la Mujer de Bogotá; y de Eliane",
				"Pereira, Secretaria de Gestión de Personas de la Alcaldía de Campinas.");
		assertThat(ids(ps)).contains("bogota").doesNotContain("campinas");
		assertThat(lineOf(ps, "bogota")).isEqualTo(3);
		assertThat(Crediting.citysOfficeName("Secretaría de Movilidad de Bogotá")).isTrue();
		assertThat(Crediting.citysOfficeName("Secretaría de Cultura")).isFalse();
	}

	@Test
	void aCityTheForumCameToBeforeIsNoParty() {
		List<Map<String, Object>> ps = participants("Foro sobre la paz en Bogotá (3 de diciembre)", "",
				"La Secretaría de Cultura presentó la experiencia de la Ciudad de México como segunda sede",
				"del Foro, después de la ciudad de Madrid.");
		assertThat(ids(ps)).contains("secretaria-de-cultura").doesNotContain("madrid");
	}

	@Test
	void aBodysNameWithAnEditionOrAYearNamesItsEventNotTheBody() {
		List<Map<String, Object>> ps = participants("Foro Global de la Economía Social (gsef) 2021", "(4 al 9 de octubre)", "",
				"La Ciudad de México fue la ciudad anfitriona de la quinta edición del Foro",
				"Global de la Economía Social 2021 (gsef 2021), un importante foro internacional.", "",
				"El foro fue organizado por la Secretaría de Cultura y el Foro Global de la",
				"Economía Social (gsef).");
		assertThat(lineOf(ps, "foro-global-de-la-economia-social")).isEqualTo(7);
		String t = "la quinta edición del Foro Global";
		assertThat(Crediting.edition(t, t.indexOf("Foro"), t.length(), "Organization")).isTrue();
		assertThat(Crediting.edition("Madrid 2021", 0, 6, "City")).isFalse();
	}

	@Test
	void anEventsBodyEndsWhereATableStarts() {
		List<Map<String, Object>> ps = participants("Sesión de cierre de la red de ciudades inteligentes", "(17 de diciembre)", "",
				"Financiamientos recibidos", "Proyecto Organización Monto", "", "otorgado", "Fecha", "", "conclusión Duración",
				"", "Tianguis Digital: Prebases", "", "Open", "Contracting", "Partnership", "", "(OCP)", "", "20 mil", "dólares");
		assertThat(ids(ps)).doesNotContain("open-contracting-partnership");
		assertThat(Tables.header("Financiamientos recibidos\nProyecto Organización Monto")).isTrue();
		assertThat(Tables.header("Fecha de\nconclusión Duración")).isTrue();
		assertThat(Tables.header("Proyecto de cooperación ucci")).isFalse();
		assertThat(Tables.header("Fecha")).isFalse();
	}

	@Test
	void aBodyNamedAgainWithoutACueKeepsTheLineWhereItsHeadTookPart() {
		List<Map<String, Object>> ps = participants("Diálogo sobre ciudades hospitalarias (27 de octubre)", "",
				"La titular del copred participó en el diálogo sobre los retos de la migración.", "",
				"Durante la ponencia de la presidenta del copred se compartieron las acciones", "que desde el copred se realizan.");
		assertThat(lineOf(ps, "consejo-para-prevenir-y-eliminar-la-discriminacion")).isEqualTo(3);
	}

	@Test
	void aBodysSiteNamedInQuotesIsAVenueNotTheBody() {
		List<Map<String, Object>> ps = participants("Visitas técnicas a proyectos emblemáticos (18 de noviembre)", "",
				"Las visitas tuvieron lugar en el Punto de Innovación (pilares) “El Molino” con la Secretaría",
				"de Cultura.");
		assertThat(ids(ps)).contains("secretaria-de-cultura").doesNotContain("pilares");
		assertThat(ids(participants("Jornada de lectura (18 de noviembre)", "", "Los PILARES organizaron la jornada.")))
			.contains("pilares");
	}

}
