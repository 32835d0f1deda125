package mx.vinculos.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Agreements and funding drafted from a report's text: parties, givers, where they are cited. */
class DrafterAgreementsFundingTests {

	static Registry registry;

	@BeforeAll
	static void registry(@TempDir Path dir) throws Exception {
		registry = TestDrafts.registry(dir, """
				- {id: ciudad-de-mexico, type: City, name: Ciudad de México}
				- {id: buenos-aires, type: City, name: Buenos Aires}
				- {id: mexico, type: Country, name: México}
				- {id: xochimilco, type: City, name: Xochimilco}
				- id: secretaria-de-cultura
				  type: Agency
				  name: Secretaría de Cultura de la Ciudad de México
				  parent: ciudad-de-mexico
				- id: secretaria-de-seguridad-ciudadana
				  type: Agency
				  name: Secretaría de Seguridad Ciudadana
				  aliases: [SSC]
				  parent: ciudad-de-mexico
				- {id: ministerio-de-cultura-de-buenos-aires, type: Agency, name: Ministerio de Cultura de la Ciudad de Buenos Aires}
				- id: open-contracting-partnership
				  type: Organization
				  name: Open Contracting Partnership
				  aliases: [OCP]
				- id: oficina-de-la-unesco
				  type: Agency
				  name: Oficina de la Unesco en México
				""");
	}

	record Drafted(List<Map<String, Object>> relationships, List<Map<String, Object>> candidates) {

		List<Map<String, Object>> of(String type) {
			return this.relationships.stream().filter(r -> type.equals(r.get("type"))).toList();
		}

	}

	@SuppressWarnings("unchecked")
	static Drafted draft(String... lines) {
		Drafter d = new Drafter(new ReportLines(String.join("\n", lines)), registry, "informe-2020-1",
				LocalDate.of(2020, 1, 1), LocalDate.of(2020, 6, 30));
		Drafter.Draft draft = d.draft("Informe");
		return new Drafted((List<Map<String, Object>>) draft.report().get("relationships"), draft.newEntities());
	}

	@Test
	void aHeadingAgreementIsCitedWhereItsBodyTellsTheAct() {
		Drafted d = draft("Acuerdo de Colaboración con el Ministerio de", "Cultura de la Ciudad de Buenos Aires", "(23 de marzo)",
				"", "En el marco del confinamiento, la Secretaría de Cultura de la Ciudad de", "México estableció un acuerdo con su homólogo de Buenos Aires,",
				"con el objetivo de conjuntar sus plataformas digitales.");
		List<Map<String, Object>> as = d.of("AGREEMENT");
		assertThat(as).hasSize(1);
		Map<String, Object> a = as.get(0);
		assertThat(a.get("from")).isEqualTo("secretaria-de-cultura");
		assertThat(a.get("to")).isEqualTo("ministerio-de-cultura-de-buenos-aires");
		assertThat(a.get("kind")).isEqualTo("acuerdo");
		assertThat(a.get("status")).isEqualTo("signed");
		assertThat(a.get("date")).isEqualTo("2020-03-23");
		assertThat((int) a.get("line")).isIn(5, 6);
		assertThat((String) a.get("quote")).contains("estableció un acuerdo");
	}

	@Test
	void anUnknownCounterpartBecomesANewEntity() {
		Drafted d = draft("El titular de la Secretaría de Cultura de la Ciudad de México suscribió un convenio con",
				"Bloomberg Philanthropies para formalizar el proceso de recepción de recursos.");
		Map<String, Object> a = d.of("AGREEMENT").get(0);
		assertThat(a.get("from")).isEqualTo("secretaria-de-cultura");
		assertThat(a.get("to")).isEqualTo("bloomberg-philanthropies");
		assertThat(d.candidates()).extracting(c -> c.get("name")).contains("Bloomberg Philanthropies");
	}

	@Test
	void theSameInstrumentToldTwiceIsDraftedOnce() {
		Drafted d = draft("La Secretaría de Cultura de la Ciudad de México firmó un memorándum de entendimiento con Buenos Aires.", "",
				"Después, ambas ciudades firmaron el memorándum de entendimiento con Buenos Aires en una ceremonia.");
		assertThat(d.of("AGREEMENT")).hasSize(1);
	}

	@Test
	void everyGiftOfAListHasItsGiverKnownOrNew() {
		Drafted d = draft("La SSC recibió: 6,000 latas de agua a la SSC, por parte de Heineken; 600 caretas acrílicas, por parte",
				"de la Policía Ciudadana de la Comunidad Coreana; 10,000 empaques de frutos rojos, por parte del Dr. Rodrigo",
				"Canales, asesor metodológico; 50,000 latas de agua, también por parte de Heineken.");
		List<Map<String, Object>> fs = d.of("FUNDED");
		assertThat(fs).extracting(f -> f.get("from"))
			.containsExactly("heineken", "policia-ciudadana-de-la-comunidad-coreana", "rodrigo-canales", "heineken");
		assertThat(fs).extracting(f -> f.get("amountText"))
			.containsExactly("6,000 latas de agua", "600 caretas acrílicas", "10,000 empaques de frutos rojos", "50,000 latas de agua");
		assertThat(fs.get(0).get("to")).isEqualTo("secretaria-de-seguridad-ciudadana");
		assertThat(fs).allSatisfy(f -> assertThat(f.get("inKind")).isEqualTo(true));
		assertThat(d.candidates()).filteredOn(c -> "rodrigo-canales".equals(c.get("id")))
			.extracting(c -> c.get("type"))
			.containsExactly("Person");
	}

	@Test
	void twoGiftsOfOneGiverAreTwoItemsEachQuotedFromItself() {
		Drafted d = draft("de acrílico, por parte de Huawei México; 6,000 latas de",
				"agua a la SSC, por parte de Heineken; 50,000 latas de",
				"agua y 2,000 litros de gel antibacterial al Gobierno de",
				"la Ciudad de México, también por parte de Heineken;");
		List<Map<String, Object>> toCity = d.of("FUNDED").stream()
			.filter(f -> "heineken".equals(f.get("from")) && "ciudad-de-mexico".equals(f.get("to")))
			.toList();
		assertThat(toCity).extracting(f -> f.get("amountText")).containsExactly("50,000 latas de agua", "2,000 litros de gel antibacterial");
		assertThat(toCity).extracting(f -> f.get("line")).containsExactly(2, 3);
		assertThat((String) toCity.get(1).get("quote")).startsWith("2,000 litros").doesNotContain("50,000");
	}

	@Test
	void giftsListedAfterAnIntroductionGoToTheBodyItNamesAsReceiver() {
		Drafted d = draft("La Secretaría de Seguridad Ciudadana (SSC) recibió donaciones de entes internacionales, de entre las",
				"cuales destacan:", "", "600 caretas acrílicas, por parte de la Policía Ciudadana de la Comunidad Coreana; 300 sillas,",
				"por parte de Heineken.");
		assertThat(d.of("FUNDED")).isNotEmpty()
			.allSatisfy(f -> assertThat(f.get("to")).isEqualTo("secretaria-de-seguridad-ciudadana"));
	}

	@Test
	void withoutAReceiverNamedAGiftStillGoesToOurGovernment() {
		Drafted d = draft("600 caretas acrílicas, por parte de la Policía Ciudadana de la Comunidad Coreana; 300 sillas,",
				"por parte de Heineken.");
		assertThat(d.of("FUNDED")).isNotEmpty().allSatisfy(f -> assertThat(f.get("to")).isEqualTo("ciudad-de-mexico"));
	}

	@Test
	void aGiverNamedAfterACountryWordIsNewNotTheCountry() {
		Drafted d = draft("Se recibieron 10,000 caretas; 5,000 cubrebocas, por parte de Huawei México; 300 sillas, por parte de Heineken.");
		assertThat(d.of("FUNDED")).extracting(f -> f.get("from")).contains("huawei-mexico").doesNotContain("mexico");
	}

	@Test
	void moneySpentOnAPurposeGoesToANewProjectAndAnOfficeIsNoGiver() {
		Drafted d = draft("En presencia del Representante de la Oficina de la Unesco en México, la Jefa de Gobierno destacó la",
				"inversión del gobierno capitalino de 2 mil 300 millones de pesos (mdp) en ambas zonas: mil 500 mdp",
				"destinados al mejoramiento urbano integral del Centro Histórico y 800 mdp en Xochimilco para apoyar la",
				"producción de chinampas, limpieza de canales y rescate del Parque Ecológico.");
		List<Map<String, Object>> fs = d.of("FUNDED");
		assertThat(fs).extracting(f -> f.get("from")).containsOnly("ciudad-de-mexico");
		assertThat(fs).extracting(f -> f.get("amountText")).containsExactly("mil 500 mdp", "800 mdp");
		assertThat(fs.get(0).get("to")).isEqualTo("mejoramiento-urbano-integral-del-centro-historico");
		assertThat(fs.get(0).get("amount")).isEqualTo(1_500_000_000L);
	}

	@Test
	void anAmountAloneInATableCellIsGivenByTheBodyInTheCellsBeforeIt() {
		Drafted d = draft("Proyecto", "", "Donante", "", "Monto otorgado", "", "Tianguis Digital: Prebases", "",
				"Open", "Contracting", "Partnership", "", "(OCP)", "", "20 mil", "dólares", "", "24", "de agosto");
		Map<String, Object> f = d.of("FUNDED").get(0);
		assertThat(f.get("from")).isEqualTo("open-contracting-partnership");
		assertThat(f.get("amountText")).isEqualTo("20 mil dólares");
		assertThat(f.get("currency")).isEqualTo("USD");
		assertThat(f.get("line")).isEqualTo(15);
		// the row's first cell is what the funds went to
		assertThat(f.get("to")).isEqualTo("tianguis-digital-prebases");
		assertThat(d.candidates()).filteredOn(c -> "tianguis-digital-prebases".equals(c.get("id")))
			.extracting(c -> c.get("type"))
			.containsExactly("Project");
	}

	@Test
	void aGiversNameSplitOverCellsIsNoProjectOfItsRow() {
		Drafted d = draft("Tianguis Digital: Firma", "Digital y Accesos", "", "Open", "Contracting", "", "Partnership", "(OCP)",
				"", "40 mil", "dólares", "", "25", "de octubre");
		Map<String, Object> f = d.of("FUNDED").get(0);
		assertThat(f.get("from")).isEqualTo("open-contracting-partnership");
		assertThat(f.get("to")).isEqualTo("tianguis-digital-firma-digital-y-accesos");
	}

	@Test
	void aRowWithoutAProjectCellFundsOurGovernment() {
		Drafted d = draft("Fecha de inicio", "", "Open Contracting Partnership", "", "20 mil", "dólares");
		assertThat(d.of("FUNDED")).extracting(f -> f.get("to")).containsExactly("ciudad-de-mexico");
	}

	@Test
	void aPrizesAmountGoesToItsAwardee() {
		Drafted d = draft("XII Premio Iberoamericano de Novela (19 de febrero)", "",
				" El Gobierno de la Ciudad de México, a través ", "de la Secretaría de Cultura local, otorga este premio, ",
				"el cual consta de 500 mil pesos y  cuyo objetivo es im-", "pulsar a las y los escritores de novelas. En esta edi-",
				"ción se otorgó el galardón al escritor mexicano Luis ", "Felipe Fabre, por la obra Declaración de las canciones ",
				"oscuras.");
		Map<String, Object> f = d.of("FUNDED").get(0);
		assertThat(f.get("amountText")).isEqualTo("500 mil pesos");
		assertThat(f.get("to")).isEqualTo("luis-felipe-fabre");
		assertThat(d.candidates()).filteredOn(c -> "luis-felipe-fabre".equals(c.get("id")))
			.allSatisfy(c -> assertThat(c.get("type")).isEqualTo("Person"));
	}

	@Test
	void aHandoutOfSupportGoesToTheProgrammeNamedBefore() {
		Drafted d = draft("En este marco, se informó a beneficiarios sobre los beneficios del Programa Fomento, Constitución y",
				"Fortalecimiento de Empresas Sociales. Asistieron un total de mil 515 personas y la",
				"entrega de apoyos ascendió a 38 millones 550 mil pesos.");
		Map<String, Object> f = d.of("FUNDED").get(0);
		assertThat(f.get("from")).isEqualTo("ciudad-de-mexico");
		assertThat(f.get("to")).isEqualTo("programa-fomento-constitucion-y-fortalecimiento-de-empresas-sociales");
		assertThat(f.get("amount")).isEqualTo(38_550_000L);
		assertThat(f.get("line")).isEqualTo(2);
	}

}
