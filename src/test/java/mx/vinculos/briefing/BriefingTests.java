package mx.vinculos.briefing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import mx.vinculos.ServiceTestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class BriefingTests extends ServiceTestBase {

	JsonNode get(String path, Map<String, ?> params) {
		var r = this.http.get(path, params);
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		return r.json();
	}

	@Test
	void aBriefingOnBogotaHasItsEngagementsInOrderWithBothSidesAndSources() {
		JsonNode b = get("/api/briefing", Map.of("subject", "Bogotá"));
		assertThat(b.get("subjects").get(0).get("id").asString()).isEqualTo("bogota");
		String text = b.toString();
		assertThat(text).contains("Claudia López", "Alta Consejería de Paz", "Plazas de Mercado Públicas", "Javier Mora");
		List<String> dates = new ArrayList<>();
		b.get("engagements").forEach(e -> {
			if (!e.get("startDate").isNull()) {
				dates.add(e.get("startDate").asString());
			}
		});
		assertThat(dates).hasSizeGreaterThan(5).isSorted();
		assertThat(b.get("engagements")).anySatisfy(e -> {
			assertThat(e.get("theirSide").size()).isPositive();
			assertThat(e.get("ourSide").size()).isPositive();
		});
		assertThat(b.get("people").get("theirs").toString()).contains("Claudia López");
		assertThat(b.get("sources").size()).isGreaterThan(10);
		b.get("sources").forEach(s -> assertThat(s.get("quote").asString()).isNotBlank());
	}

	@Test
	void engagementsSayWhatHappenedInTheReportsWords() {
		JsonNode b = get("/api/briefing", Map.of("subject", "Bogotá"));
		assertThat(b.get("engagements")).anySatisfy(e -> {
			assertThat(e.get("id").asString()).isEqualTo("s212-reunion-alto-comisionado-tic-bogota");
			assertThat(e.get("summary").asString()).startsWith("Con el acompañamiento de la cgaai, la adip compartió");
			assertThat(e.get("summaryLine").asInt()).isEqualTo(2389);
		});
		var md = this.http.get("/api/briefing", Map.of("subject", "Bogotá", "format", "markdown"));
		assertThat(md.body()).contains("> Con el acompañamiento de la cgaai, la adip compartió");
		var html = this.http.get("/api/briefing", Map.of("subject", "Bogotá", "format", "html"));
		// the printable page quotes it under the engagement, in a blockquote
		assertThat(html.body()).containsPattern("<blockquote>(?:(?!</blockquote>).)*Con el acompañamiento de la cgaai, la adip compartió");
		JsonNode timeline = get("/api/timeline", Map.of("entity", "Bogotá"));
		assertThat(timeline.get("events")).anySatisfy(e -> assertThat(e.has("summary")).isTrue());
		JsonNode profile = get("/api/entities/s212-reunion-alto-comisionado-tic-bogota", Map.of());
		assertThat(profile.get("summary").asString()).endsWith("en materia de innovación.");
	}

	@Test
	void aCountryBriefingRollsUpItsCitiesAndEmbassy() {
		JsonNode colombia = get("/api/briefing", Map.of("subject", "Colombia"));
		assertThat(colombia.toString()).contains("Claudia López", "Medellín");
	}

	@Test
	void theDateWindowLimitsTheEngagements() {
		JsonNode all = get("/api/briefing", Map.of("subject", "Bogotá"));
		JsonNode y2020 = get("/api/briefing", Map.of("subject", "Bogotá", "from", "2020-01-01", "to", "2020-12-31"));
		assertThat(y2020.get("engagements").size()).isPositive().isLessThan(all.get("engagements").size());
		y2020.get("engagements").forEach(e -> {
			if (!e.get("startDate").isNull()) {
				assertThat(e.get("startDate").asString()).startsWith("2020");
			}
		});
	}

	@Test
	void markdownAndPrintableHtmlCarryTheSameBriefing() {
		var md = this.http.get("/api/briefing", Map.of("subject", "Metrobús", "format", "markdown"));
		assertThat(md.status()).isEqualTo(200);
		assertThat(md.contentType()).startsWith("text/markdown");
		assertThat(md.body()).startsWith("# Ficha informativa: Metrobús").contains("## Encuentros", "Roberto Capuano", "Glasgow",
				"## Fuentes");
		var html = this.http.get("/api/briefing", Map.of("subject", "Metrobús", "format", "html"));
		assertThat(html.contentType()).startsWith("text/html");
		assertThat(html.body()).contains("<!DOCTYPE html>", "@page { size: A4", "Roberto Capuano", "Glasgow");
		assertThat(html.body()).doesNotContain("<script");
	}

	@Test
	void theTimelineIsInDateOrderAndWindowed() {
		JsonNode t = get("/api/timeline",
				Map.of("entity", "Claudia Sheinbaum Pardo", "from", "2020-01-01", "to", "2020-06-30"));
		List<String> dates = new ArrayList<>();
		t.get("events").forEach(e -> dates.add(e.get("startDate").asString()));
		assertThat(dates).hasSizeGreaterThan(3).isSorted().allMatch(d -> d.startsWith("2020"));
		assertThat(t.toString()).contains("XXXI Reunión de Embajadores y Cónsules");
	}

	@Test
	void agreementsAndFundingFilterByPartyIncludingItsProjects() {
		JsonNode funding = get("/api/funding", Map.of("party", "ADIP"));
		assertThat(funding.toString()).contains("Open Contracting Partnership", "20 mil dólares",
				"Embajada Británica en México", "Bloomberg Philanthropies");
		funding.get("funding").forEach(f -> assertThat(f.get("evidence").get("line").asInt()).isPositive());
		JsonNode all = get("/api/funding", Map.of());
		assertThat(all.get("funding").size()).isGreaterThan(funding.get("funding").size());
		JsonNode medellin = get("/api/agreements", Map.of("party", "Medellín"));
		assertThat(medellin.get("agreements")).anySatisfy(a -> {
			assertThat(a.get("kind").asString()).isEqualTo("memorando");
			assertThat(a.get("parties").toString()).contains("Medellín");
		});
		JsonNode y2021 = get("/api/agreements", Map.of("from", "2021-07-01"));
		assertThat(y2021.toString()).doesNotContain("\"source\":\"informe-2020-1\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "from=2021-13-01", "to=yesterday", "format=pdf", "from=2021-12-31&to=2021-01-01" })
	void badDatesAndFormatsAreBadRequests(String query) {
		Map<String, Object> params = new java.util.LinkedHashMap<>(Map.of("subject", "Bogotá"));
		for (String kv : query.split("&")) {
			params.put(kv.split("=")[0], kv.split("=")[1]);
		}
		var r = this.http.get("/api/briefing", params);
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.contentType()).startsWith("application/problem+json");
		assertThat(r.json().get("detail").asString()).isNotBlank();
	}

	@Test
	void missingSubjectsAndUnknownPartiesAreRefusedClearly() {
		assertThat(this.http.get("/api/briefing", Map.of()).status()).isEqualTo(400);
		assertThat(this.http.get("/api/timeline", Map.of()).status()).isEqualTo(400);
		var unknown = this.http.get("/api/funding", Map.of("party", "Banco de Atlántida"));
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.json().has("candidates")).isTrue();
	}

	@Test
	void theOpenApiDescriptionListsTheEndpoints() {
		var r = this.http.get("/v3/api-docs", Map.of());
		assertThat(r.status()).isEqualTo(200);
		assertThat(r.json().get("paths").toString()).contains("/api/connect", "/api/briefing", "/api/timeline",
				"/api/agreements", "/api/funding", "/api/entities", "/api/cypher");
	}

}
