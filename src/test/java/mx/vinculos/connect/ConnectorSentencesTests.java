package mx.vinculos.connect;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import mx.vinculos.graph.Fact;
import mx.vinculos.graph.NodeRef;
import mx.vinculos.web.Labels;
import mx.vinculos.web.ShownNames;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sentences of {@code /conexiones}, over a connect answer for Bogotá + UCCI + SEMOVI as
 * the API gave it ({@code connect/bogota-ucci-semovi.json}): short, with articles, and saying
 * which ties are direct. The page itself is tested on the live graph in PagesTests.
 */
class ConnectorSentencesTests {

	private ConnectorSentences sentences;

	private ConnectAnswer answer;

	@BeforeEach
	void setUp() throws Exception {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		messages.setAlwaysUseMessageFormat(false);
		LocaleContextHolder.setLocale(Locale.forLanguageTag("es"));
		// no graph: acronyms are not rewritten here
		this.sentences = new ConnectorSentences(new Labels(messages), new ShownNames(null));
		try (InputStream in = getClass().getResourceAsStream("/connect/bogota-ucci-semovi.json")) {
			this.answer = JsonMapper.builder().build().readValue(in, ConnectAnswer.class);
		}
	}

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	private ConnectorSentences.Explanation explain(int i) {
		return this.sentences.explain(this.answer.connectors().get(i), this.answer.facts(), this.answer.nodesById(),
				this.answer.entities());
	}

	@Test
	void theForumReadsLikeTheIssuesExample() {
		ConnectorSentences.Explanation forum = explain(0);
		assertThat(forum.sentence()).isEqualTo("Bogotá organizó el foro virtual sobre medidas en el sistema de transporte "
				+ "público, con representantes de Barcelona, Bogotá, Ciudad de México y Madrid (25 de junio de 2020), "
				+ "al que asistió la Secretaría de Movilidad; Madrid, que es miembro de la Unión de Ciudades Capitales "
				+ "Iberoamericanas, también asistió.");
	}

	@Test
	void eachTieSaysWhetherItIsDirectOrThroughWhom() {
		ConnectorSentences.Explanation forum = explain(0);
		assertThat(forum.directTies()).isEqualTo(2);
		List<ConnectorSentences.Tie> ties = forum.ties();
		assertThat(ties).extracting(t -> t.entity().name())
			.containsExactly("Bogotá", "Unión de Ciudades Capitales Iberoamericanas", "Secretaría de Movilidad");
		assertThat(ties.get(0).direct()).isTrue();
		assertThat(ties.get(1).via()).extracting(NodeRef::name).containsExactly("Madrid");
		assertThat(ties.get(2).direct()).isTrue();
	}

	@Test
	void everySentenceIsShortAndHasItsArticles() {
		for (int i = 0; i < this.answer.connectors().size(); i++) {
			String s = explain(i).sentence();
			assertThat(s).as("connector %d", i).endsWith(".").doesNotContain(" a el ", " de el ", ",;", "  ", "{", "asistió a Foro",
					" a Secretaría", " de Secretaría", " de Unión");
			// one clause per given entity at most, not a chain of every edge
			assertThat(s.split(";")).as(s).hasSizeLessThanOrEqualTo(3);
		}
	}

	@Test
	void aCityConnectorSaysWhatItDidWithEachEntity() {
		ConnectorSentences.Explanation madrid = explain(5);
		assertThat(madrid.sentence()).startsWith("Madrid ")
			.contains("es miembro de la Unión de Ciudades Capitales Iberoamericanas", "que organizó Bogotá",
					"a la que asistió la Secretaría de Movilidad");
		assertThat(madrid.directTies()).isEqualTo(1);
	}

	private static NodeRef node(String id, String name, String type, String... aliases) {
		return new NodeRef(id, name, type, List.of(aliases), null, null, null, null);
	}

	private static Fact fact(String type, String from, String to, String role) {
		return new Fact(type, from, to, role, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null);
	}

	@Test
	void countriesAndTheCityTakeTheirArticles() {
		NodeRef embassy = node("embajada", "Embajada Británica", "Agency");
		NodeRef uk = node("reino-unido", "Reino Unido", "Country");
		NodeRef us = node("eua", "Estados Unidos de América", "Country", "EUA");
		NodeRef city = node("cdmx", "Ciudad de México", "City", "CDMX");
		NodeRef colombia = node("colombia", "Colombia", "Country");
		List<Fact> facts = List.of(fact("PART_OF", "embajada", "reino-unido", null), fact("AGREEMENT", "embajada", "eua", null),
				fact("AGREEMENT", "embajada", "cdmx", null), fact("AGREEMENT", "embajada", "colombia", null));
		ConnectAnswer.Connector c = new ConnectAnswer.Connector("embajada", "Embajada Británica", "Agency", 4, 1.0, List.of(),
				List.of(new ConnectAnswer.Path("reino-unido", 1, List.of(0)), new ConnectAnswer.Path("eua", 1, List.of(1)),
						new ConnectAnswer.Path("cdmx", 1, List.of(2)), new ConnectAnswer.Path("colombia", 1, List.of(3))));
		Map<String, NodeRef> nodes = Map.of("embajada", embassy, "reino-unido", uk, "eua", us, "cdmx", city, "colombia",
				colombia);
		String s = this.sentences.explain(c, facts, nodes, List.of(uk, us, city, colombia)).sentence();
		assertThat(s).contains("forma parte del Reino Unido", "con los Estados Unidos de América", "con la Ciudad de México",
				"con Colombia").doesNotContain("de Reino Unido", "con Estados", "con Ciudad", "con la Colombia");
	}

	@Test
	void aNameSaidAgainIsShortenedToItsAcronym() {
		// the UITP meeting: the UCCI organised it, and organised with Bogotá a traineeship
		String s = explain(3).sentence();
		assertThat(s).startsWith("La Unión de Ciudades Capitales Iberoamericanas organizó ")
			.contains("; la UCCI además")
			.doesNotContain("la Unión de Ciudades Capitales Iberoamericanas además");
	}

	@Test
	void whoDidTheSameAtAnEventDidItWithTheConnector() {
		// not "organizó una pasantía que organizó Bogotá", nor "…, que organizó la UCCI"
		assertThat(explain(3).sentence()).contains("organizó con Bogotá una pasantía").doesNotContain("que organizó Bogotá");
		assertThat(explain(4).sentence()).startsWith("Bogotá organizó con la Unión de Ciudades Capitales Iberoamericanas la pasantía")
			.doesNotContain("que organizó la Unión");
		for (int i = 0; i < this.answer.connectors().size(); i++) {
			String s = explain(i).sentence();
			assertThat(s).as(s).doesNotContainPattern("organizó (una|un|la|el) [^;]* que organizó");
		}
	}

}
