package mx.vinculos.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/** Words a person reads, from the bundles: no Spring context needed. */
class LabelsTests {

	private final Labels labels = new Labels(new Messages().messageSource());

	@AfterEach
	void reset() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void datesInWordsInSpanishByDefault() {
		LocaleContextHolder.setLocale(Messages.SPANISH);
		assertThat(this.labels.date(LocalDate.of(2021, 7, 24))).isEqualTo("24 de julio de 2021");
		assertThat(this.labels.when("2021-07-24", "2021-07-26", null)).isEqualTo("del 24 al 26 de julio de 2021");
		assertThat(this.labels.when("2021-07-30", "2021-08-02", null)).isEqualTo("del 30 de julio al 2 de agosto de 2021");
		assertThat(this.labels.when("2021-12-30", "2022-01-02", null))
			.isEqualTo("del 30 de diciembre de 2021 al 2 de enero de 2022");
		assertThat(this.labels.when("2021-07-01", "2021-07-31", "month")).isEqualTo("julio de 2021");
		assertThat(this.labels.when(null, null, null)).isEqualTo("Sin fecha");
	}

	@Test
	void codesBecomeSpanishLabelsAndUnknownCodesShowAsTheyAre() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("es-MX"));
		assertThat(this.labels.role("organizer")).isEqualTo("organizador");
		assertThat(this.labels.role("host")).isEqualTo("anfitrión");
		assertThat(this.labels.role("speaker")).isEqualTo("ponente");
		assertThat(this.labels.role("moderator")).isEqualTo("moderador");
		assertThat(this.labels.role("attendee")).isEqualTo("asistente");
		assertThat(this.labels.role("represented")).isEqualTo("representado");
		assertThat(this.labels.status("in-negotiation")).isEqualTo("en negociación");
		assertThat(this.labels.agreementKind("carta de intención")).isEqualTo("carta de intención");
		assertThat(this.labels.modality("híbrido")).isEqualTo("híbrido");
		assertThat(this.labels.type("Agency")).isEqualTo("Dependencia");
		assertThat(this.labels.role("suplente")).isEqualTo("suplente");
	}

	@Test
	void englishOnRequest() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.labels.date(LocalDate.of(2021, 7, 24))).isEqualTo("July 24, 2021");
		assertThat(this.labels.role("attendee")).isEqualTo("attendee");
		assertThat(this.labels.modality("presencial")).isEqualTo("in person");
	}

	@Test
	void namesTakeTheirArticleInASentenceAndPrepositionsContract() {
		LocaleContextHolder.setLocale(Messages.SPANISH);
		assertThat(this.labels.named("Reino Unido", "Country")).isEqualTo("el Reino Unido");
		assertThat(this.labels.named("Estados Unidos de América", "Country")).isEqualTo("los Estados Unidos de América");
		assertThat(this.labels.named("India", "Country")).isEqualTo("la India");
		assertThat(this.labels.named("Colombia", "Country")).isEqualTo("Colombia");
		assertThat(this.labels.named("Bogotá", "City")).isEqualTo("Bogotá");
		assertThat(this.labels.named("Claudia López", "Person")).isEqualTo("Claudia López");
		assertThat(this.labels.named("Red de Destinos Turísticos Latinos", "Network"))
			.isEqualTo("la Red de Destinos Turísticos Latinos");
		assertThat(this.labels.named("C40", "Network")).isEqualTo("C40");
		assertThat(this.labels.sentence("briefing.partOf", this.labels.named("Reino Unido", "Country")))
			.isEqualTo("Forma parte del Reino Unido.");
		assertThat(this.labels.sentence("briefing.memberOf", this.labels.named("Consejo Mundial de Ciudades", "Network")))
			.isEqualTo("Miembro del Consejo Mundial de Ciudades");
		assertThat(this.labels.sentence("connect.heading", this.labels.and(List.of(
				this.labels.named("Reino Unido", "Country"), "Bogotá", this.labels.named("Unión de Ciudades", "Network")))))
			.isEqualTo("Qué une al Reino Unido, Bogotá y la Unión de Ciudades");
		// a country whose name starts with "El" keeps it as written
		assertThat(this.labels.sentence("briefing.partOf", this.labels.named("El Salvador", "Country")))
			.isEqualTo("Forma parte de El Salvador.");
		assertThat(SpanishArticles.contract("de el foro y a el taller, de Elena")).isEqualTo("del foro y al taller, de Elena");
	}

	@Test
	void englishNamesTakeNoSpanishArticle() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.labels.named("Reino Unido", "Country")).isEqualTo("Reino Unido");
		assertThat(this.labels.sentence("briefing.partOf", this.labels.named("Reino Unido", "Country")))
			.isEqualTo("Part of Reino Unido.");
	}

	@Test
	void aTitleDoesNotRepeatItsBodyAndSummariesComeAsTextOrQuote() {
		assertThat(this.labels.titleAt("Alcaldesa de Bogotá", "Bogotá")).isEqualTo("Alcaldesa de Bogotá");
		assertThat(this.labels.titleAt("Jefa de Gobierno", "Ciudad de México")).isEqualTo("Jefa de Gobierno, Ciudad de México");
		assertThat(Labels.summary("Se firmó el memorándum.")).isEqualTo("Se firmó el memorándum.");
		assertThat(Labels.summary(Map.of("line", 12, "quote", "Se acordó…"))).isEqualTo("Se acordó…");
		assertThat(Labels.summary(null)).isNull();
	}


	/**
	 * Limits the configuration sets (bytes, characters, milliseconds) and counts that are at
	 * least two by construction (the entities a connection joins, the candidates an ambiguous
	 * name lists and their total): never one, so never worded for one.
	 */
	private static final java.util.Set<String> LIMITS = java.util.Set.of("limites.cuerpo", "limites.url",
			"limites.url.enorme", "limites.cabeceras", "limites.cypher.larga", "limites.cypher.compleja",
			"limites.cypher.anidada", "limites.cypher.tiempo", "seed.problem.summaryLength", "connect.ties",
			"connect.bad.more");

	@Test
	void noCountReadsOneWithAPluralNoun() throws Exception {
		LocaleContextHolder.setLocale(Messages.SPANISH);
		java.util.Properties es = new java.util.Properties();
		try (var in = new java.io.InputStreamReader(getClass().getResourceAsStream("/messages_es.properties"),
				java.nio.charset.StandardCharsets.UTF_8)) {
			es.load(in);
		}
		// "1 entidades", "1 eventos": a count of one with a plural noun after it
		java.util.regex.Pattern onePlural = java.util.regex.Pattern.compile("(?<![\\d.,])1 (?!de |dos |además |es )\\p{L}+s\\b");
		java.util.List<String> wrong = new java.util.ArrayList<>();
		for (String key : new java.util.TreeSet<>(es.stringPropertyNames())) {
			String value = es.getProperty(key);
			if (LIMITS.contains(key) || !value.matches("(?s).*\\{\\d.*")) {
				continue;
			}
			Object[] ones = new Object[10];
			java.util.Arrays.fill(ones, 1);
			String text = this.labels.msg(key, ones);
			if (onePlural.matcher(text).find()) {
				wrong.add(key + " → " + text);
			}
		}
		assertThat(wrong).isEmpty();
		assertThat(this.labels.msg("cur.publish.pendingItems", 1)).startsWith("Queda un elemento pendiente");
		assertThat(this.labels.msg("cur.draft.counts", 1, 1, 1, 1, 1)).isEqualTo(
				"un elemento, uno pendiente; un evento; una entidad nueva propuesta, una sin juzgar.");
		assertThat(this.labels.msg("home.counts", 1016, 2391)).isEqualTo("1,016 entidades y 2,391 hechos citados");
	}

}
