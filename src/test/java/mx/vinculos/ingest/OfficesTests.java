package mx.vinculos.ingest;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The registry-free rules for positions: gazetteers, the body a title names, the list forms. */
class OfficesTests {

	@Test
	void aBoroughsMayorHoldsTheAlcaldiaAndOtherPlacesAreNoBoroughs() {
		assertThat(Offices.borough("Miguel Hidalgo")).isEqualTo("Alcaldía Miguel Hidalgo");
		assertThat(Offices.borough("Venustiano Carranza")).isEqualTo("Alcaldía Venustiano Carranza");
		assertThat(Offices.borough("Medellín")).isNull();
	}

	@Test
	void headsOfStateHoldTheirPositionAtTheCountry() {
		assertThat(Offices.headOfState("expresidente de Bolivia")).isEqualTo("Bolivia");
		assertThat(Offices.headOfState("Primera Vicepresidenta de Costa Rica")).isEqualTo("Costa Rica");
		assertThat(Offices.headOfState("Presidente de México")).isEqualTo("México");
		assertThat(Offices.headOfState("Presidenta de la Federación Mexicana de Fútbol")).isNull();
	}

	@Test
	void anAmbassadorsEmbassyIsNamedAsTheSeedsNameIt() {
		assertThat(Offices.embassy("Noruega")).isEqualTo("Embajada de Noruega en México");
		assertThat(Offices.embassy("Reino Unido")).isEqualTo("Embajada del Reino Unido en México");
		assertThat(Offices.embassy("Nueva Zelandia")).isEqualTo("Embajada de Nueva Zelanda en México");
	}

	@Test
	void aUnitsPositionIsAtTheBodyItBelongsTo() {
		assertThat(Offices.outerBody("Consejo Asesor de la Coordinación Nacional de Memoria Histórica y Cultural de México"))
			.isEqualTo("Coordinación Nacional de Memoria Histórica y Cultural de México");
		assertThat(Offices.outerBody("Consejo de Administración de Televisa")).isEqualTo("Televisa");
		assertThat(Offices.outerBody("Oficina de País de la Organización Internacional del Trabajo para México y Cuba"))
			.isEqualTo("Organización Internacional del Trabajo");
		// a body of its own is no unit
		assertThat(Offices.outerBody("Instituto de la Juventud de la Ciudad de México")).isNull();
	}

	@Test
	void aNameCutBeforeItsLowerCaseJointIsNoName() {
		assertThat(Offices.cutShort("Secretaría de Trabajo y Fomento", " al Empleo, con")).isTrue();
		assertThat(Offices.cutShort("Agencia Mexicana de Cooperación Internacional", " para el Desarrollo")).isTrue();
		assertThat(Offices.cutShort("Programa de Coo-", " ")).isTrue();
		assertThat(Offices.cutShort("Secretaría de Trabajo y Fomento al Empleo", ", con la")).isFalse();
		assertThat(Offices.cutShort("Agencia Mexicana de Cooperación Internacional", " para atender")).isFalse();
	}

	@Test
	void aForeignLocalGovernmentEndingATitleIsItsCity() {
		assertThat(Offices.localGovernment("Secretaria de Gestión de Personas de la Alcaldía de Campinas")).isEqualTo("Campinas");
		assertThat(Offices.localGovernment("Directora General de Comercio y Hostelería del Ayuntamiento de Madrid"))
			.isEqualTo("Madrid");
		assertThat(Offices.localGovernment("Secretaria de Cultura de la Ciudad de México")).isNull();
	}

	@Test
	void aTitleThatSpellsItsBodyNamesIt() {
		List<String> none = List.of();
		assertThat(Offices.namesBody("Secretaria del Medio Ambiente", "Secretaría del Medio Ambiente", none)).isTrue();
		assertThat(Offices.namesBody("Director General de Gobierno Digital de la adip", "Agencia Digital de Innovación Pública",
				List.of("ADIP"))).isTrue();
		assertThat(Offices.namesBody("Secretario de Movilidad", "Secretaría de Movilidad", none)).isFalse();
	}

	@Test
	void aSecondTitleFollowsAnArticleNotANamesWord() {
		assertThat(Offices.introducesTitle("la Jefa de Gobierno recibió al ")).isTrue();
		assertThat(Offices.introducesTitle("Presidenta Honoraria del Consejo ")).isFalse();
		assertThat(Offices.insideBodyName("Presidenta del Consejo Asesor de la Coordinación Nacional de Memoria Histórica de "))
			.isTrue();
		assertThat(Offices.insideBodyName("Secretaria de la Mujer de ")).isFalse();
	}

	@Test
	void listsOfOfficeHoldersGiveOnePositionEach() {
		List<Offices.Hit> mayors = Offices.listed(
				"Participaron también los alcaldes Sadiq Khan de Londres (Reino Unido); Bill de Blasio, de Nueva York (Estados Unidos), y Greg Fischer, de Louisville.");
		assertThat(mayors).extracting(h -> h.name() + ">" + h.body())
			.containsExactly("Sadiq Khan>Londres", "Bill de Blasio>Nueva York", "Greg Fischer>Louisville");
		assertThat(Offices.listed("con las alcaldesas de Iztapalapa, Clara Brugada y de Venustiano Carranza, Evelyn Parra."))
			.extracting(h -> h.name() + ">" + h.body())
			.containsExactly("Clara Brugada>Alcaldía Iztapalapa", "Evelyn Parra>Alcaldía Venustiano Carranza");
		assertThat(Offices.listed(
				"un grupo de Embajadoras encabezado por Ragnhild Imerslund (Noruega) y que incluyó a Elisabeth Kehrer (Austria)."))
			.extracting(h -> h.title() + ">" + h.name() + ">" + h.body())
			.containsExactly("Embajadora>Ragnhild Imerslund>Embajada de Noruega en México",
					"Embajadora>Elisabeth Kehrer>Embajada de Austria en México");
		assertThat(Offices.listed(
				"participaron los expresidentes de Brasil y España, Luiz Inácio Lula da Silva y José Luis Rodríguez Zapatero, y"))
			.extracting(h -> h.name() + ">" + h.body())
			.containsExactly("Luiz Inácio Lula da Silva>Brasil", "José Luis Rodríguez Zapatero>España");
		assertThat(Offices.listed("intercambiar información con la Dra. Chiung-Wen, de la Universidad de Taiwán, y con"))
			.extracting(h -> h.title() + ">" + h.name() + ">" + h.body())
			.containsExactly("Dra.>Chiung-Wen>Universidad de Taiwán");
		assertThat(Offices.listed("estuvieron presentes, además, el Embajador Jon Benjamin y los titulares"))
			.singleElement()
			.satisfies(h -> assertThat(h.name()).isEqualTo("Jon Benjamin"))
			.satisfies(h -> assertThat(h.body()).isNull());
	}

	@Test
	void anOfficeOfAnOrganisationInAPlaceIsABodyOfItsOwn() {
		assertThat(Offices.fieldOffice("Representante de la Oficina de la Unesco en México")).isEqualTo("Oficina de la Unesco en México");
		assertThat(Offices.fieldOffice("Jefe de Delegación de la Unión Europea en México"))
			.isEqualTo("Delegación de la Unión Europea en México");
		assertThat(Offices.fieldOffice(
				"Director de la Oficina Internacional Anti Narcóticos y Procuración de Justicia de la Embajada de los Estados Unidos de América en México (INL)"))
			.isEqualTo("Oficina Internacional Anti Narcóticos y Procuración de Justicia");
		// the scope of a country office ("para México y Cuba") is no place it stands in
		assertThat(Offices.fieldOffice("Director de la Oficina de País de la Organización Internacional del Trabajo para México y Cuba"))
			.isNull();
	}

	@Test
	void aBodyMayOpenWithAnAcronymInLowerCaseOrEndATitleAsAProperName() {
		assertThat(Offices.lowerAcronymBody("Representante de onu Mujeres para México")).isEqualTo("onu Mujeres");
		assertThat(Offices.lowerAcronymBody("Representante de la Red Global")).isNull();
		assertThat(Offices.namedBodies("asesor metodológico de Alto al Fuego/Driscoll´s")).containsExactly("Alto al Fuego",
				"Driscoll´s");
		assertThat(Offices.namedBodies("Directora General de Sin Fronteras")).containsExactly("Sin Fronteras");
		// "Comercio y Hostelería" is an area, not a body's name
		assertThat(Offices.namedBodies("Directora General de Comercio y Hostelería")).isEmpty();
		assertThat(Offices.governedState("gobernador de Lagos (Nigeria)")).isEqualTo("Gobierno del Estado de Lagos");
	}

	@Test
	void aCityUnitsOfficialBelongsToTheSecretariatItsWordsOrItsContextName() {
		List<Registry.Entity> secretariats = List.of(
				new Registry.Entity("sectei", "Agency", "Secretaría de Educación, Ciencia, Tecnología e Innovación", List.of(),
						"ciudad-de-mexico", null),
				new Registry.Entity("semovi", "Agency", "Secretaría de Movilidad", List.of(), "ciudad-de-mexico", null),
				new Registry.Entity("ssc", "Agency", "Secretaría de Seguridad Ciudadana", List.of(), "ciudad-de-mexico", null),
				new Registry.Entity("sibiso", "Agency", "Secretaría de Inclusión y Bienestar Social", List.of(), "ciudad-de-mexico",
						null));
		assertThat(Offices.unitTitle("Subsecretario de Educación")).isTrue();
		assertThat(Offices.unitTitle("Coordinadora del Instituto de Educación en Derechos Humanos")).isFalse();
		assertThat(Offices.parentSecretariat("Subsecretario de Educación", secretariats, List.of())).isEqualTo("sectei");
		// most shared words win: "Inclusión Educativa e Innovación" is education's, not social inclusion's
		assertThat(Offices.parentSecretariat("Coordinador General de Inclusión Educativa e Innovación", secretariats, List.of()))
			.isEqualTo("sectei");
		// a tie ("Seguridad", "Movilidad") goes to the secretariat named before
		assertThat(Offices.parentSecretariat("Directora General de Seguridad Vial y Sistemas de Movilidad Urbana Sustentable",
				secretariats, List.of("sectei", "semovi"))).isEqualTo("semovi");
		assertThat(Offices.parentSecretariat("Subsecretario de Planeación", secretariats, List.of("semovi"))).isEqualTo("semovi");
		assertThat(Offices.parentSecretariat("Subsecretario de Planeación", secretariats, List.of())).isNull();
	}

	@Test
	void officesListedRespectivelyArePairedInOrder() {
		List<Offices.Paired> p = Offices.respectively("asistieron los titulares de Finanzas, Cultura, de Movilidad y de Educación, "
				+ "Ciencia, Tecnología e Innovación: Luz Elena González, Vannesa Bohórquez López, Andrés Lajous Loaeza y Rosaura "
				+ "Ruiz Gutiérrez, respectivamente, así como");
		assertThat(p).extracting(x -> x.area() + ">" + x.name())
			.containsExactly("Finanzas>Luz Elena González", "Cultura>Vannesa Bohórquez López", "Movilidad>Andrés Lajous Loaeza",
					"Educación, Ciencia, Tecnología e Innovación>Rosaura Ruiz Gutiérrez");
		List<Registry.Entity> bodies = List.of(
				new Registry.Entity("saf", "Agency", "Secretaría de Administración y Finanzas", List.of(), "ciudad-de-mexico", null),
				new Registry.Entity("cultura", "Agency", "Secretaría de Cultura de la Ciudad de México", List.of(), "ciudad-de-mexico",
						null));
		assertThat(Offices.bodyOfArea("Finanzas", bodies)).isEqualTo("saf");
		assertThat(Offices.bodyOfArea("Cultura", bodies)).isEqualTo("cultura");
		assertThat(Offices.bodyOfArea("Turismo", bodies)).isNull();
	}

	@Test
	void panelListsAndImpliedBodiesGivePositions() {
		assertThat(Offices.listed("participaron, además: Samer Saliba, Responsable de Práctica, Mayors Migration Council; "
				+ "Victor Manuel Quinteros, Gerente de Participación Vecinal, Municipalidad Metropolitana de Lima; y otros"))
			.extracting(h -> h.name() + ">" + h.body())
			.containsExactly("Samer Saliba>Mayors Migration Council", "Victor Manuel Quinteros>Lima");
		assertThat(Offices.listed("; Mercedes Barbara, Directora General de Colectividades de Buenos Aires, Argentina;")).isEmpty();
		assertThat(Offices.listed("presidido por la Eurodiputada española Iratxe García)"))
			.extracting(h -> h.name() + ">" + h.body())
			.containsExactly("Iratxe García>Parlamento Europeo");
		assertThat(Offices.listed("y con el Jefe de Delegación de la Unión Europea en México, Ministro Consejero, Jeröme Poussielgue (8"))
			.singleElement()
			.satisfies(h -> assertThat(h.titled()).isTrue())
			.satisfies(h -> assertThat(h.title() + ">" + h.name())
				.isEqualTo("Jefe de Delegación de la Unión Europea en México>Jeröme Poussielgue"));
		assertThat(Offices.personFollows(" y Agnès Ruiz de la Comisión de Cultura")).isTrue();
		assertThat(Offices.personFollows(" y Gobiernos Locales Unidos")).isFalse();
	}

}
