package mx.vinculos.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Positions and memberships the drafter finds, resolved against a small registry. */
class DrafterPositionsTests {

	static Registry registry;

	@BeforeAll
	static void registry(@TempDir Path dir) throws Exception {
		registry = TestDrafts.registry(dir, """
				- {id: ciudad-de-mexico, type: City, name: Ciudad de México, aliases: [CDMX]}
				- {id: mexico, type: Country, name: México}
				- {id: reino-unido, type: Country, name: Reino Unido}
				- {id: bogota, type: City, name: Bogotá}
				- {id: rosario, type: City, name: Rosario}
				- {id: montevideo, type: City, name: Montevideo}
				- {id: secretaria-de-movilidad, type: Agency, name: Secretaría de Movilidad, aliases: [Semovi], parent: ciudad-de-mexico}
				- {id: secretaria-del-medio-ambiente, type: Agency, name: Secretaría del Medio Ambiente, parent: ciudad-de-mexico}
				- {id: secretaria-de-educacion-ciencia-tecnologia-e-innovacion, type: Agency, name: "Secretaría de Educación, Ciencia, Tecnología e Innovación", parent: ciudad-de-mexico}
				- {id: subsecretaria-de-planeacion, type: Agency, name: Subsecretaría de Planeación, parent: secretaria-de-movilidad}
				- {id: fifa, type: Organization, name: Federación Internacional de Futbol Asociación, aliases: [FIFA]}
				- {id: metropolis, type: Network, name: Metropolis}
				- {id: mercociudades, type: Network, name: Mercociudades}
				- {id: ucci, type: Network, name: Unión de Ciudades Capitales Iberoamericanas, aliases: [UCCI]}
				- {id: clal, type: Network, name: Coordinación Latinoamericana de Autoridades Locales}
				- {id: wego, type: Network, name: World Smart Sustainable Cities Organization, aliases: [WeGO]}
				- {id: adip, type: Agency, name: Agencia Digital de Innovación Pública, aliases: [ADIP], parent: ciudad-de-mexico}
				- {id: coalicion-lac, type: Network, name: Coalición Latinoamericana y Caribeña de Ciudades}
				- {id: observatorio, type: Network, name: Observatorio Internacional de la Democracia Participativa, aliases: [OIDP]}
				- id: ciudades-y-gobiernos-locales-unidos
				  type: Network
				  name: Ciudades y Gobiernos Locales Unidos
				  aliases: [CGLU]
				""");
	}

	@SuppressWarnings("unchecked")
	static List<String> edges(String type, String... lines) {
		Drafter d = TestDrafts.drafter(registry, lines);
		List<Map<String, Object>> rels = (List<Map<String, Object>>) d.draft("Informe").report().get("relationships");
		return rels.stream().filter(r -> type.equals(r.get("type"))).map(r -> r.get("from") + ">" + r.get("to")).toList();
	}

	@Test
	void aCityOfficialWhoseTitleDoesNotNameTheBodyHoldsItAtTheCityToo() {
		List<String> p = edges("HOLDS_POSITION", "Visitas técnicas (18 de noviembre)", "",
				"Las visitas fueron con la Secretaria del Medio Ambiente, Marina Robles García; y con el Secretario de",
				"Movilidad, Andrés Lajous Loaeza.");
		assertThat(p).contains("marina-robles-garcia>secretaria-del-medio-ambiente", "andres-lajous-loaeza>secretaria-de-movilidad",
				"andres-lajous-loaeza>ciudad-de-mexico")
			.doesNotContain("marina-robles-garcia>ciudad-de-mexico");
	}

	@Test
	void positionsAreFoundOutsideEventsAndInTheirListForms() {
		List<String> p = edges("HOLDS_POSITION", "Distintos funcionarios recibieron a un grupo de Embajadoras encabezado por",
				"Ragnhild Imerslund (Noruega) y Elisabeth Kehrer (Austria). Asistieron los expresidentes de Bolivia",
				"y Ecuador, Evo Morales y Rafael Correa, y las alcaldesas de Iztapalapa, Clara Brugada y de",
				"Venustiano Carranza, Evelyn Parra.");
		assertThat(p).contains("ragnhild-imerslund>embajada-de-noruega-en-mexico", "elisabeth-kehrer>embajada-de-austria-en-mexico",
				"evo-morales>bolivia", "rafael-correa>ecuador", "clara-brugada>alcaldia-iztapalapa",
				"evelyn-parra>alcaldia-venustiano-carranza");
	}

	@Test
	void aForeignOfficeIsHeldAtItsPlaceAndANamedBodyIsNotCutAtY() {
		List<String> p = edges("HOLDS_POSITION", "Encuentro de cuidados (5 de octubre)", "",
				"Participaron Diana Rodríguez, Secretaria de la Mujer de Bogotá; Emilia Saiz, Secretaria General de la red",
				"Ciudades y Gobiernos Locales Unidos (cglu); la Secretaria de Estado para el Comercio Internacional del",
				"Reino Unido, Liz Truss, y el Embajador Jon Benjamin.");
		assertThat(p).contains("diana-rodriguez>bogota", "emilia-saiz>ciudades-y-gobiernos-locales-unidos",
				"liz-truss>reino-unido", "jon-benjamin>embajada-del-reino-unido-en-mexico");
	}

	@Test
	void membersAreEveryCityOfTheirListAndWhoJoins() {
		List<String> m = edges("MEMBER_OF", "Entrevistas de la Red Latinoamericana de Ciudades Arcoíris (18 de mayo)", "",
				"Se invitó a representantes de las ciudades de Montevideo, Rosario, Bogotá y Ciudad de México (todas",
				"integrantes de la Red Latinoamericana de Ciudades Arcoíris (RLCA)). La Secretaría de Movilidad (semovi)",
				"se sumó a la red Ciudades y Gobiernos Locales Unidos.");
		assertThat(m).contains("montevideo>red-latinoamericana-de-ciudades-arcoiris", "rosario>red-latinoamericana-de-ciudades-arcoiris",
				"bogota>red-latinoamericana-de-ciudades-arcoiris", "ciudad-de-mexico>red-latinoamericana-de-ciudades-arcoiris",
				"secretaria-de-movilidad>ciudades-y-gobiernos-locales-unidos");
	}

	@Test
	void anAssemblysCitiesAreMembersOfTheNetworkNamedBefore() {
		List<String> m = edges("MEMBER_OF", "Asamblea de la Red Latinoamericana de Ciudades Arcoíris (18 de mayo)", "",
				"Se revisó el plan de la Red Latinoamericana de Ciudades Arcoíris (RLCA). En la Asamblea participaron",
				"las ciudades de Bogotá, Colombia; Puerto Boyacá, Colombia; Rosario, Argentina; Montevideo, Uruguay.");
		assertThat(m).contains("bogota>red-latinoamericana-de-ciudades-arcoiris", "rosario>red-latinoamericana-de-ciudades-arcoiris",
				"montevideo>red-latinoamericana-de-ciudades-arcoiris");
	}

	@Test
	void aUnitsOfficialHoldsThePositionAtItsSecretariatAndTheCity() {
		List<String> p = edges("HOLDS_POSITION", "Visitas técnicas (18 de noviembre)", "",
				"Las visitas fueron con el Subsecretario de Educación, Uladimir Valdez Pereznuñez, y con Rodrigo Díaz,",
				"Subsecretario de Planeación; también el director de la División y Eventos de la Fifa, Colin Smith.");
		assertThat(p).contains("uladimir-valdez-pereznunez>secretaria-de-educacion-ciencia-tecnologia-e-innovacion",
				"uladimir-valdez-pereznunez>ciudad-de-mexico", "rodrigo-diaz>secretaria-de-movilidad", "rodrigo-diaz>ciudad-de-mexico",
				"colin-smith>fifa")
			.noneMatch(x -> x.endsWith(">subsecretaria-de-educacion") || x.endsWith(">subsecretaria-de-planeacion"));
	}

	@Test
	void namesWithParticlesOrAMonthAndBodiesInLowerCaseAcronymsAreRead() {
		List<String> p = edges("HOLDS_POSITION", "Diálogo sobre cuidados (5 de octubre)", "",
				"Estuvieron presentes el Director a.i. de la Oficina Multipaís de la unesco en San José, Julio Carranza; la",
				"Directora General de Comercio y Hostelería del Ayuntamiento de Madrid, María de la Concepción Díaz de Villegas;",
				"y Belén Sanz, Representante de onu Mujeres para México y otros.");
		assertThat(p).contains("julio-carranza>oficina-multipais-de-la-unesco-en-san-jose",
				"maria-de-la-concepcion-diaz-de-villegas>madrid", "belen-sanz>onu-mujeres");
	}

	@Test
	void membersAreReadFromCompositionsCapacitiesRepresentativesAndWhatARedFormsPartOf() {
		List<String> m = edges("MEMBER_OF", "Consulta de la CLAL (18 de mayo)", "",
				"La Coordinación Latinoamericana de Autoridades Locales (compuesta por la Unión de Ciudades Capitales",
				"Iberoamericanas y la red Mercociudades) realizó una consulta. La funcionaria participó en el Congreso de",
				"Metropolis, en su calidad de Secretaría Regional para América del Norte. Con la red WeGO, en calidad de",
				"Oficina Regional para América Latina, la adip participó. La presidenta fue invitada como representante del",
				"Gobierno de la Ciudad de México ante la Coalición Latinoamericana y Caribeña de Ciudades. El premio lo dio el",
				"Observatorio Internacional de la Democracia Participativa (oidp por sus siglas en inglés), red que forma",
				"parte de Ciudades y Gobiernos Locales Unidos (cglu).");
		assertThat(m).contains("ucci>clal", "mercociudades>clal", "ciudad-de-mexico>metropolis", "adip>wego",
				"ciudad-de-mexico>coalicion-lac", "observatorio>ciudades-y-gobiernos-locales-unidos")
			.doesNotContain("ciudad-de-mexico>wego");
	}

	@Test
	void aListedCityTheRegistryLacksIsANewMember() {
		List<String> m = edges("MEMBER_OF", "Asamblea de la Red Latinoamericana de Ciudades Arcoíris (18 de mayo)", "",
				"Se revisó el plan de la Red Latinoamericana de Ciudades Arcoíris (RLCA). En la Asamblea participaron",
				"las ciudades de Bogotá, Colombia; Puerto Boyacá, Colombia; Rosario, Argentina; Montevideo, Uruguay.");
		assertThat(m).contains("puerto-boyaca>red-latinoamericana-de-ciudades-arcoiris", "bogota>red-latinoamericana-de-ciudades-arcoiris").doesNotContain("colombia>red-latinoamericana-de-ciudades-arcoiris");
	}

}
