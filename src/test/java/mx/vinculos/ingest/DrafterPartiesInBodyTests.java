package mx.vinculos.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parties the registry knows, named in an event's own text, that the drafter credits: the body
 * of a new office, a name followed by a sheet's next field, the city a person stood for, an
 * acronym name in lower case.
 */
class DrafterPartiesInBodyTests {

	static Registry registry;

	@BeforeAll
	static void registry(@TempDir Path dir) throws Exception {
		registry = TestDrafts.registry(dir, """
				- {id: ciudad-de-mexico, type: City, name: Ciudad de México, aliases: [CDMX, cdmx]}
				- {id: mexico, type: Country, name: México}
				- {id: unesco, type: Organization, name: Organización de las Naciones Unidas para la Educación la Ciencia y la Cultura, aliases: [UNESCO, Unesco]}
				- {id: onu, type: Organization, name: Organización de las Naciones Unidas, aliases: [Naciones Unidas, ONU]}
				- {id: embajada-de-israel-en-mexico, type: Agency, name: Embajada de Israel en México, aliases: [Embajada de Israel]}
				- {id: dif-cdmx, type: Agency, name: Sistema para el Desarrollo Integral de la Familia de la Ciudad de México, aliases: [DIF CDMX], parent: ciudad-de-mexico}
				- {id: secretaria-de-movilidad, type: Agency, name: Secretaría de Movilidad, parent: ciudad-de-mexico}
				- {id: banco-mundial, type: Organization, name: Banco Mundial}
				- {id: wego, type: Network, name: WeGO}
				- {id: miyamoto, type: Organization, name: Miyamoto International}
				- {id: bogota, type: City, name: Bogotá}
				- {id: embajada-eua, type: Agency, name: Embajada de los Estados Unidos en México, aliases: [Embajada de los Estados Unidos de América en México]}
				- {id: metropolis, type: Network, name: Metropolis}
				- {id: ucci, type: Network, name: Unión de Ciudades Capitales Iberoamericanas, aliases: [ucci, UCCI]}
				- {id: secretaria-de-cultura, type: Agency, name: Secretaría de Cultura de la Ciudad de México, aliases: [Secretaría de Cultura], parent: ciudad-de-mexico}
				- {id: sectei, type: Agency, name: "Secretaría de Educación, Ciencia, Tecnología e Innovación", parent: ciudad-de-mexico}
				- {id: sedema, type: Agency, name: Secretaría del Medio Ambiente, parent: ciudad-de-mexico}
				- {id: reino-unido, type: Country, name: Reino Unido}
				- {id: chile, type: Country, name: Chile}
				- {id: fondo-mixto, type: Agency, name: Fondo Mixto de Promoción Turística de la Ciudad de México}
				""");
	}

	@SuppressWarnings("unchecked")
	static List<Object> ids(String... lines) {
		List<Map<String, Object>> events = (List<Map<String, Object>>) TestDrafts.drafter(registry, lines)
			.draft("Informe")
			.report()
			.get("events");
		assertThat(events).hasSize(1);
		return ((List<Map<String, Object>>) events.get(0).get("participants")).stream().map(p -> p.get("entity")).toList();
	}

	@Test
	void aNewOfficeCreditsTheBodyItBelongsToButNotItsSeat() {
		assertThat(ids("Ceremonia de conmemoración del aniversario de la Declaratoria (8 de octubre)", "",
				"En presencia del Representante de la Oficina de la Unesco en México, Frédéric Vacheron Oriol, se develó una placa."))
			.contains("unesco")
			.doesNotContain("mexico");
	}

	@Test
	void aBodyWhoseNameGoesOnPastTheOfficeIsNoOwner() {
		assertThat(ids("Foro sobre electromovilidad en América Latina (8 de octubre)", "",
				"La Secretaría de Movilidad participó con la Oficina de las Naciones Unidas de Servicios para Proyectos (onups) en el foro."))
			.contains("secretaria-de-movilidad")
			.doesNotContain("onu");
	}

	@Test
	void aSheetsNextFieldEndsTheNameBeforeIt() {
		assertThat(ids("Congreso de gestión de riesgos (8 de octubre)", "",
				"Se contó con ponentes de WeGO y de Miyamoto International Resultado. Se tuvo un total de 120 personas registradas."))
			.contains("wego", "miyamoto");
		// a capitalised word that is no field goes on with the name: "Miyamoto International Foundation" is another body
		assertThat(ids("Congreso de gestión de riesgos (8 de octubre)", "",
				"Se contó con ponentes de WeGO y de Miyamoto International Foundation en el congreso."))
			.contains("wego")
			.doesNotContain("miyamoto");
	}

	@Test
	void anOfficialOnTheCitysSideMakesTheCityAPartyABodyDoesNot() {
		assertThat(ids("Reunión de ciudades capitales (8 de octubre)", "",
				"Por parte del Gobierno de la Ciudad de México, la Directora Ejecutiva de Representación Institucional, Mariana Flores Mayén asistió a la reunión."))
			.contains("ciudad-de-mexico");
		assertThat(ids("Reunión de ciudades capitales (8 de octubre)", "",
				"Por parte del Gobierno de la Ciudad de México participó la Secretaría de Movilidad en la reunión."))
			.contains("secretaria-de-movilidad")
			.doesNotContain("ciudad-de-mexico");
	}

	@Test
	void anAcronymNameLinksInLowerCase() {
		assertThat(ids("Donación de la Embajada de Israel de sillas de ruedas al dif cdmx (8 de octubre)", "",
				"Se entregaron cien sillas de ruedas."))
			.contains("dif-cdmx")
			.doesNotContain("ciudad-de-mexico");
		Linker linker = new Linker(registry);
		assertThat(linker.find("el dif de la ciudad")).isEmpty();
	}

	@Test
	void anOfficialsTitleCreditsTheBodyCityOrCountryItEnds() {
		assertThat(ids("Reunión con la Secretaria de Estado británica (8 de octubre)", "",
				"La Jefa de Gobierno recibió a la Secretaria de Estado para el Comercio Internacional del Reino Unido, Liz Truss."))
			.contains("reino-unido");
		assertThat(ids("Reunión sobre conectividad digital (8 de octubre)", "",
				"Se sostuvo una reunión con el Alto Comisionado de TIC de Bogotá para intercambiar experiencias."))
			.contains("bogota");
		assertThat(ids("Promoción turística de la ciudad (8 de octubre)", "",
				"Asistió la Presidenta Honoraria del Fondo Mixto de Promoción Turística de la Ciudad de México, Gabriela Cámara."))
			.contains("fondo-mixto");
		// a country inside the name of a body that is no official's stays out
		assertThat(ids("Foro universitario de cooperación (8 de octubre)", "",
				"Participó la Secretaría de Movilidad con académicos de la Universidad Católica de Chile."))
			.contains("secretaria-de-movilidad")
			.doesNotContain("chile");
	}

	@Test
	void theCitysSecretariasByTheirShortNamesInAListOfHeads() {
		assertThat(ids("Promoción de la Ciudad de México como sede del partido inaugural (8 de octubre)", "",
				"Acompañando a la Jefa de Gobierno asistieron, además, los titulares de Finanzas, Cultura, de Movilidad y de Educación, "
						+ "Ciencia, Tecnología e Innovación: Luz Elena González, Vannesa Bohórquez López, Andrés Lajous Loaeza y Rosaura Ruiz Gutiérrez."))
			.contains("secretaria-de-cultura", "secretaria-de-movilidad", "sectei");
		assertThat(ids("Reunión sobre acción climática (8 de octubre)", "",
				"Estuvieron presentes los titulares de la Secretaría del Medio Ambiente (Marina Robles), Movilidad (Andrés Lajous) y otros funcionarios."))
			.contains("sedema", "secretaria-de-movilidad");
		// another city's office of the same name, and a short name outside a list of heads, are not the city's secretarías
		assertThat(ids("Reunión sobre movilidad urbana (8 de octubre)", "",
				"Estuvieron presentes los titulares de Movilidad de Bogotá y de Cultura de Bogotá para hablar de movilidad y cultura."))
			.doesNotContain("secretaria-de-movilidad", "secretaria-de-cultura");
	}

	@Test
	void aNetworksOwnMeetingNamedAfterItHasItAsOrganizer() {
		assertThat(ids("Congreso de Metropolis (8 de octubre)", "",
				"La Secretaría de Movilidad participó de manera virtual, junto con otras ciudades."))
			.contains("metropolis", "secretaria-de-movilidad");
		// an upcoming one is no event of the report
		assertThat(ids("Reunión de coordinación metropolitana (8 de octubre)", "",
				"La Secretaría de Movilidad presentó su agenda de cara a la próxima Conferencia de las Naciones Unidas sobre el clima."))
			.contains("secretaria-de-movilidad")
			.doesNotContain("onu");
	}

	@Test
	void theCitysGovernmentAfterItsVerbActs() {
		assertThat(ids("Pasantía del proyecto de mercados públicos (8 de octubre)", "",
				"El proyecto es impulsado por la ucci y ha encabezado por segundo año consecutivo el Gobierno de la Ciudad de México."))
			.contains("ciudad-de-mexico", "ucci");
		// after a preposition the city is where something happened, not who did it
		assertThat(ids("Pasantía del proyecto de mercados públicos (8 de octubre)", "",
				"La ucci organizó un recorrido en el Gobierno de la Ciudad de México para los pasantes."))
			.contains("ucci")
			.doesNotContain("ciudad-de-mexico");
	}

	@Test
	void aMissionToMexicoLinksWithoutItsSeat() {
		Linker linker = new Linker(registry);
		assertThat(linker.find("Procuración de Justicia (inl) de la Embajada de los Estados Unidos de América"))
			.extracting(Linker.Mention::id)
			.containsExactly("embajada-eua");
		assertThat(linker.find("la Embajada de los Estados Unidos en México")).extracting(Linker.Mention::id)
			.containsExactly("embajada-eua");
	}

}
