package mx.vinculos.web;

import java.time.LocalDate;
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
	void aTitleDoesNotRepeatItsBodyAndSummariesComeAsTextOrQuote() {
		assertThat(this.labels.titleAt("Alcaldesa de Bogotá", "Bogotá")).isEqualTo("Alcaldesa de Bogotá");
		assertThat(this.labels.titleAt("Jefa de Gobierno", "Ciudad de México")).isEqualTo("Jefa de Gobierno, Ciudad de México");
		assertThat(Labels.summary("Se firmó el memorándum.")).isEqualTo("Se firmó el memorándum.");
		assertThat(Labels.summary(Map.of("line", 12, "quote", "Se acordó…"))).isEqualTo("Se acordó…");
		assertThat(Labels.summary(null)).isNull();
		assertThat(Labels.summaryLine(Map.of("summary", "x", "summaryLine", 40))).isEqualTo(40);
	}


	/**
	 * Limits the configuration sets (bytes, characters, milliseconds) and counts that are at
	 * least two by construction (the entities a connection joins): never one, so never worded for one.
	 */
	private static final java.util.Set<String> LIMITS = java.util.Set.of("limites.cuerpo", "limites.url",
			"limites.url.enorme", "limites.cabeceras", "limites.cypher.larga", "limites.cypher.compleja",
			"limites.cypher.anidada", "limites.cypher.tiempo", "seed.problem.summaryLength", "connect.ties");

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
