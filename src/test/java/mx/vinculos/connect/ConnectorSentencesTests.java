package mx.vinculos.connect;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;

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

}
