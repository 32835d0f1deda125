package mx.vinculos.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Mentions linked to the registry: names, aliases, acronyms, accents and hyphenation forgiven. */
class LinkerTests {

	static Linker linker;

	@BeforeAll
	static void registry(@TempDir Path dir) throws Exception {
		Files.writeString(dir.resolve("entities.yaml"), """
				- id: ciudad-de-mexico
				  type: City
				  name: Ciudad de México
				  aliases: [CDMX, cdmx]
				- id: union-de-ciudades-capitales-iberoamericanas
				  type: Network
				  name: Unión de Ciudades Capitales Iberoamericanas
				  aliases: [UCCI]
				- id: secretaria-de-movilidad
				  type: Agency
				  name: Secretaría de Movilidad
				  aliases: [Semovi]
				  parent: ciudad-de-mexico
				- id: lima
				  type: City
				  name: Lima
				- id: bogota
				  type: City
				  name: Bogotá
				- id: secretaria-de-cultura-de-la-ciudad-de-mexico
				  type: Agency
				  name: Secretaría de Cultura de la Ciudad de México
				  ambiguous: [Secretaría de Cultura]
				  aliases: [Secretaría de Cultura]
				- id: secretaria-de-cultura-del-gobierno-de-mexico
				  type: Agency
				  name: Secretaría de Cultura del Gobierno de México
				  ambiguous: [Secretaría de Cultura]
				  aliases: [Secretaría de Cultura]
				- id: embajada-de-espana-en-mexico
				  type: Agency
				  name: Embajada de España en México
				- id: coordinacion-general-de-asesores-y-asuntos-internacionales
				  type: Agency
				  name: Coordinación General de Asesores y Asuntos Internacionales
				- id: secretaria-de-gestion-integral-de-riesgos-y-proteccion-civil
				  type: Agency
				  name: Secretaría de Gestión Integral de Riesgos y Protección Civil
				""");
		linker = new Linker(Registry.load(dir));
	}

	static List<String> ids(String text) {
		return linker.find(text).stream().map(Linker.Mention::id).toList();
	}

	@Test
	void acronymsLinkInAnyCase() {
		assertThat(ids("la XXVII Reunión de la ucci en la cdmx")).containsExactly(
				"union-de-ciudades-capitales-iberoamericanas", "ciudad-de-mexico");
		assertThat(ids("organizada por la UCCI y SEMOVI")).containsExactly(
				"union-de-ciudades-capitales-iberoamericanas", "secretaria-de-movilidad");
	}

	@Test
	void accentsAndCaseAreForgivenAndTheLongestNameWins() {
		assertThat(ids("la Secretaria de Movilidad y la Union de Ciudades Capitales Iberoamericanas"))
			.containsExactly("secretaria-de-movilidad", "union-de-ciudades-capitales-iberoamericanas");
		assertThat(ids("la Secretaría de Cultura de la Ciudad de México")).containsExactly(
				"secretaria-de-cultura-de-la-ciudad-de-mexico");
	}

	@Test
	void mentionsKeepTheirPlaceInTheOriginalText() {
		String text = "Con la Alcaldesa de Bogotá, en la Ciudad de México";
		Linker.Mention m = linker.find(text).get(0);
		assertThat(text.substring(m.start(), m.end())).isEqualTo("Bogotá");
		assertThat(m.surface()).isEqualTo("Bogotá");
	}

	@Test
	void aWordHyphenatedAcrossLinesIsRejoinedBeforeLinking() {
		ReportLines lines = new ReportLines("La Secreta-\nría de Movilidad participó con la Unión de Ciuda-\ndes Capitales Iberoamericanas.\n");
		String block = lines.blocks.get(0).text();
		assertThat(ids(block)).containsExactly("secretaria-de-movilidad", "union-de-ciudades-capitales-iberoamericanas");
		assertThat(lines.quote(lines.blocks.get(0), block.indexOf("Unión"), block.length() - 1).text())
			.isEqualTo("Unión de Ciudades Capitales Iberoamericanas");
	}

	@Test
	void aOneWordNameMustBeCapitalisedUnlessItIsAnAcronym() {
		assertThat(ids("el Perú y Lima")).containsExactly("lima");
		assertThat(ids("se lima la propuesta")).isEmpty();
	}

	@Test
	void aNameSharedByTwoEntitiesLinksNeither() {
		assertThat(ids("la Secretaría de Cultura organizó")).isEmpty();
	}

	@Test
	void aTitleNamesTheBodyItHeads() {
		List<Linker.Mention> ms = linker.find("la Jefa de Gobierno recibió al Embajador de España en México y a la "
				+ "Coordinadora General de Asesores y Asuntos Internacionales");
		assertThat(ms).extracting(Linker.Mention::id)
			.containsExactly("embajada-de-espana-en-mexico", "coordinacion-general-de-asesores-y-asuntos-internacionales");
		assertThat(ms).allSatisfy(m -> assertThat(m.byTitle()).isTrue());
		assertThat(linker.find("la Embajada de España en México")).singleElement()
			.satisfies(m -> assertThat(m.byTitle()).isFalse());
		// a title alone names no one
		assertThat(ids("el Embajador y el Secretario")).isEmpty();
	}

	@Test
	void articlesAndADoubledWordAreForgivenInLongNames() {
		assertThat(ids("la Secretaría de Cultura de Ciudad de México")).containsExactly(
				"secretaria-de-cultura-de-la-ciudad-de-mexico");
		assertThat(ids("la Secretaría de Gestión Integral de Riesgos y y Protección Civil")).containsExactly(
				"secretaria-de-gestion-integral-de-riesgos-y-proteccion-civil");
		assertThat(Linker.loose("secretaria de cultura de la ciudad de mexico")).isEqualTo("secretaria de cultura de ciudad de mexico");
	}

}
