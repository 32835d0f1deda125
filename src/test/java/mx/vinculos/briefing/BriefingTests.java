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

	/** The names of these entries (each with an id), from the answer's list of nodes. */
	static List<String> names(JsonNode answer, JsonNode entries) {
		Map<String, String> byId = new java.util.HashMap<>();
		answer.get("nodes").forEach(n -> byId.put(n.get("id").asString(), n.get("name").asString()));
		List<String> out = new ArrayList<>();
		entries.forEach(e -> out.add(byId.get(e.isString() ? e.asString() : e.get("id").asString())));
		return out;
	}

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
			if (e.has("startDate")) {
				dates.add(e.get("startDate").asString());
			}
		});
		assertThat(dates).hasSizeGreaterThan(5).isSorted();
		assertThat(b.get("engagements")).anySatisfy(e -> {
			assertThat(e.get("theirSide").size()).isPositive();
			assertThat(e.get("ourSide").size()).isPositive();
		});
		assertThat(names(b, b.get("people").get("theirs"))).contains("Claudia López");
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
			if (e.has("startDate")) {
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
		assertThat(medellin.get("nodes").toString()).contains("Medellín");
		assertThat(medellin.get("agreements")).anySatisfy(a -> {
			assertThat(a.get("kind").asString()).isEqualTo("memorando");
			assertThat(a.get("parties").toString()).contains("\"medellin\"");
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


	@Test
	void theOpenApiDescriptionDocumentsTheBriefingTimelineAgreementsAndFundingAnswers() {
		JsonNode docs = get("/v3/api-docs", Map.of());
		JsonNode schemas = docs.get("components").get("schemas");
		Map<String, List<String>> expected = new java.util.LinkedHashMap<>();
		expected.put("Briefing", List.of("subjects", "period", "engagements", "agreements", "funding", "sharedNetworks",
				"people", "nodes", "sources"));
		expected.put("BriefingSubject", List.of("id", "name", "type", "aliases", "within", "positions", "memberships"));
		expected.put("Engagement", List.of("id", "name", "startDate", "summary", "heldIn", "partOf", "theirSide",
				"ourSide", "others", "evidence"));
		expected.put("Participant", List.of("id", "role", "title", "evidence"));
		expected.put("Position", List.of("person", "title", "body", "former", "evidence"));
		expected.put("BriefingPerson", List.of("id", "title", "engagements", "positions"));
		expected.put("People", List.of("theirs", "ours"));
		expected.put("SharedNetwork", List.of("id", "theirs", "ours"));
		expected.put("Timeline", List.of("entity", "period", "events", "nodes"));
		expected.put("TimelineEntry", List.of("id", "name", "startDate", "heldIn", "participation", "evidence"));
		expected.put("AgreementList", List.of("party", "period", "agreements", "nodes"));
		expected.put("Agreement", List.of("title", "kind", "status", "date", "event", "parties", "evidence"));
		expected.put("FundingList", List.of("party", "period", "funding", "nodes"));
		expected.put("FundingItem", List.of("funder", "recipient", "projectOf", "amount", "currency", "amountText",
				"purpose", "evidence"));
		expected.forEach((schema, properties) -> {
			assertThat(schemas.has(schema)).as(schema).isTrue();
			List<String> documented = new ArrayList<>(schemas.get(schema).get("properties").propertyNames());
			assertThat(documented).as(schema).containsAll(properties);
		});
		JsonNode paths = docs.get("paths");
		Map.of("/api/briefing", "Briefing", "/api/timeline", "Timeline", "/api/agreements", "AgreementList",
				"/api/funding", "FundingList")
			.forEach((path, schema) -> assertThat(paths.get(path).get("get").get("responses").get("200").toString())
				.as(path)
				.contains("#/components/schemas/" + schema));
	}

	@Test
	void aBriefingNamesEachEntityOnceAndRefersToItById() {
		JsonNode b = get("/api/briefing", Map.of("subject", "Bogotá"));
		List<String> listed = new ArrayList<>();
		b.get("nodes").forEach(n -> listed.add(n.get("id").asString()));
		assertThat(listed).doesNotHaveDuplicates().contains("claudia-lopez", "bogota");
		java.util.Set<String> referred = new java.util.HashSet<>();
		b.get("engagements").forEach(e -> {
			for (String side : List.of("theirSide", "ourSide", "others")) {
				e.get(side).forEach(p -> {
					// a participant is its id, role, title and evidence: its name is in nodes
					assertThat(p.has("name") || p.has("type")).as(p.toString()).isFalse();
					referred.add(p.get("id").asString());
				});
			}
			if (e.has("heldIn")) {
				e.get("heldIn").forEach(id -> referred.add(id.asString()));
			}
		});
		b.get("subjects").forEach(s -> s.get("positions").forEach(p -> {
			referred.add(p.get("person").asString());
			referred.add(p.get("body").asString());
		}));
		b.get("agreements").forEach(a -> a.get("parties").forEach(id -> referred.add(id.asString())));
		b.get("funding").forEach(f -> {
			referred.add(f.get("funder").asString());
			referred.add(f.get("recipient").asString());
		});
		b.get("sharedNetworks").forEach(n -> referred.add(n.get("id").asString()));
		b.get("people").get("theirs").forEach(p -> referred.add(p.get("id").asString()));
		assertThat(referred).hasSizeGreaterThan(10);
		assertThat(listed).containsAll(referred);
		// the engagement that shows both sides names Claudia López as Bogotá's, with her one title
		assertThat(b.get("engagements")).anySatisfy(e -> assertThat(e.get("theirSide")).anySatisfy(p -> {
			assertThat(p.get("id").asString()).isEqualTo("claudia-lopez");
			assertThat(p.get("title").asString()).isEqualTo("Alcaldesa de Bogotá");
		}));
	}

	@Test
	void timelinesAgreementsAndFundingReferToTheirEntitiesById() {
		JsonNode t = get("/api/timeline", Map.of("entity", "Bogotá"));
		assertThat(t.get("entity").get("id").asString()).isEqualTo("bogota");
		List<String> listed = new ArrayList<>();
		t.get("nodes").forEach(n -> listed.add(n.get("id").asString()));
		assertThat(listed).doesNotHaveDuplicates().contains("bogota");
		t.get("events").forEach(e -> e.get("participation").forEach(p -> {
			assertThat(listed).contains(p.get("id").asString());
			assertThat(p.has("name")).isFalse();
		}));
		JsonNode funding = get("/api/funding", Map.of("party", "ADIP"));
		assertThat(names(funding, funding.get("nodes"))).contains("Open Contracting Partnership");
		funding.get("funding")
			.forEach(f -> assertThat(names(funding, ids(f.get("funder"), f.get("recipient")))).doesNotContainNull());
		// the amount as a figure, the report's words beside it
		assertThat(funding.get("funding")).anySatisfy(f -> {
			assertThat(f.has("amountText") && f.get("amountText").asString().equals("20 mil dólares")).isTrue();
			assertThat(f.get("amount").asDouble()).isEqualTo(20000.0);
		});
		JsonNode agreements = get("/api/agreements", Map.of("party", "Medellín"));
		assertThat(agreements.get("party").get("id").asString()).isEqualTo("medellin");
		agreements.get("agreements")
			.forEach(a -> assertThat(names(agreements, a.get("parties"))).doesNotContainNull().isNotEmpty());
	}

	private static JsonNode ids(JsonNode... ids) {
		var list = tools.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
		for (JsonNode id : ids) {
			list.add(id);
		}
		return list;
	}

}
