package mx.vinculos.search;

import java.util.List;
import java.util.Map;

import mx.vinculos.ServiceTestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class EntitySearchTests extends ServiceTestBase {

	@ParameterizedTest
	@CsvSource({ "semovi, Secretaría de Movilidad", "bogota, Bogotá", "ucci, Unión de Ciudades Capitales Iberoamericanas",
			"sheinbaum, Claudia Sheinbaum Pardo", "BOGOTÁ, Bogotá", "sheimbaum, Claudia Sheinbaum Pardo",
			"Metrobus, Metrobús", "copred, Consejo para Prevenir y Eliminar la Discriminación de la Ciudad de México" })
	void findsTheEntityFirstWhateverTheCaseAccentsOrASmallTypo(String q, String expected) {
		var r = this.http.get("/api/entities", Map.of("q", q));
		assertThat(r.status()).isEqualTo(200);
		assertThat(r.json().get("results").get(0).get("name").asString()).isEqualTo(expected);
	}

	@Test
	void typeFiltersAndLimitsTheResults() {
		JsonNode results = this.http.get("/api/entities", Map.of("q", "Bogotá", "type", "Agency", "limit", 2))
			.json()
			.get("results");
		assertThat(results.size()).isBetween(1, 2);
		results.forEach(r -> assertThat(r.get("type").asString()).isEqualTo("Agency"));
	}

	@Test
	void anUnknownTypeOrAnEmptyQueryIsABadRequest() {
		var type = this.http.get("/api/entities", Map.of("q", "bogota", "type", "Planet"));
		assertThat(type.status()).isEqualTo(400);
		assertThat(type.contentType()).startsWith("application/problem+json");
		assertThat(type.json().get("detail").asString()).contains("Planet");
		assertThat(this.http.get("/api/entities", Map.of("q", " ")).status()).isEqualTo(400);
		assertThat(this.http.get("/api/entities", Map.of()).status()).isEqualTo(400);
	}

	@Test
	void theProfileGathersPositionsEventsAndPartnersWithEvidence() {
		JsonNode p = this.http.get("/api/entities/bogota", Map.of()).json();
		assertThat(p.get("name").asString()).isEqualTo("Bogotá");
		// facts refer to the other end by id; nodes describes each once, the profiled one aside
		assertThat(p.get("people").toString()).contains("\"from\":\"claudia-lopez\"");
		List<String> nodes = new java.util.ArrayList<>();
		p.get("nodes").forEach(n -> nodes.add(n.get("id").asString()));
		assertThat(nodes).contains("claudia-lopez").doesNotHaveDuplicates().doesNotContain("bogota");
		p.get("partners").forEach(x -> assertThat(nodes).contains(x.get("id").asString()));
		assertThat(p.get("events").size()).isGreaterThan(3);
		assertThat(p.get("events").get(0).get("evidence").get("quote").asString()).isNotBlank();
		assertThat(p.get("partners").size()).isPositive();
		var byName = this.http.get("/api/entities/Bogot%C3%A1", Map.of());
		assertThat(byName.json().get("id").asString()).isEqualTo("bogota");
	}

	@Test
	void anUnknownProfileIs404WithTheClosestCandidates() {
		var r = this.http.get("/api/entities/Bogotaa%20Distrito%20Capital%20Zzz", Map.of());
		assertThat(r.status()).isEqualTo(404);
		assertThat(r.contentType()).startsWith("application/problem+json");
		assertThat(r.json().has("candidates")).isTrue();
	}

}
