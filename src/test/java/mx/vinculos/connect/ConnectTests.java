package mx.vinculos.connect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import mx.vinculos.ServiceTestBase;
import mx.vinculos.graph.GraphReads;
import mx.vinculos.graph.GraphSnapshot.Node;
import mx.vinculos.search.EntitySearch;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class ConnectTests extends ServiceTestBase {

	@Autowired
	GraphReads reads;

	@Autowired
	EntitySearch search;

	JsonNode connect(Object... entities) {
		var r = this.http.get("/api/connect", Map.of("entity", List.of(entities), "limit", 50));
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		return r.json();
	}

	static List<String> names(JsonNode out) {
		List<String> names = new ArrayList<>();
		out.get("connectors").forEach(c -> names.add(c.get("name").asString()));
		return names;
	}

	@Test
	void whichPartnersConnectBogotaUcciAndTheSecretariaDeMovilidad() {
		JsonNode out = connect("Bogotá", "UCCI", "Secretaría de Movilidad");
		assertThat(out.get("entities")).extracting(e -> e.get("id").asString())
			.containsExactly("bogota", "union-de-ciudades-capitales-iberoamericanas", "secretaria-de-movilidad");
		JsonNode first = out.get("connectors").get(0);
		assertThat(first.get("ties").asInt()).isEqualTo(3);
		assertThat(first.get("paths")).hasSize(3);
		first.get("paths").forEach(p -> {
			assertThat(p.get("length").asInt()).isBetween(1, ConnectService.MAX_HOPS);
			p.get("edges").forEach(i -> assertThat(out.get("facts").get(i.asInt()).get("evidence").get("source").asString())
				.isNotBlank());
		});
		assertThat(names(out).subList(0, 10)).anyMatch(n -> n.startsWith("Foro virtual sobre medidas en el sistema de transporte"));
	}

	@Test
	void everyNodeAndEdgeIsListedOnceAndEachConnectorNamesWhatItsPathsPassThrough() {
		JsonNode out = connect("Bogotá", "UCCI", "Secretaría de Movilidad");
		List<String> facts = new ArrayList<>();
		out.get("facts").forEach(f -> facts.add(f.get("type").asString() + f.get("from").asString() + f.get("to").asString()));
		assertThat(facts).doesNotHaveDuplicates();
		// aliases of the given entities once, at the top; none inside the connectors
		assertThat(out.get("entities").get(1).get("aliases").toString()).contains("UCCI");
		assertThat(out.get("connectors").toString()).doesNotContain("\"aliases\"");
		List<String> listed = new ArrayList<>();
		out.get("nodes").forEach(n -> listed.add(n.get("id").asString()));
		assertThat(listed).doesNotHaveDuplicates().doesNotContain("bogota");
		// a node says only what it is (no helper such as isEvent leaks into the JSON)
		out.get("nodes").forEach(n -> assertThat(n.propertyNames()).isSubsetOf("id", "name", "type", "aliases",
				"startDate", "endDate", "summary", "summaryLine"));
		List<String> given = List.of("bogota", "union-de-ciudades-capitales-iberoamericanas", "secretaria-de-movilidad");
		for (JsonNode c : out.get("connectors")) {
			assertThat(listed).contains(c.get("id").asString());
			List<String> via = new ArrayList<>();
			c.get("via").forEach(v -> via.add(v.get("id").asString()));
			c.get("paths").forEach(p -> p.get("edges").forEach(i -> {
				JsonNode e = out.get("facts").get(i.asInt());
				for (String end : List.of(e.get("from").asString(), e.get("to").asString())) {
					// an edge names its ends by id; each is described once and named by the connector
					assertThat(given.contains(end) || listed.contains(end)).as(end).isTrue();
					assertThat(end.equals(c.get("id").asString()) || via.contains(end)).as(end).isTrue();
				}
			}));
		}
	}

	@Test
	void madridUcciAndMovilidadAreTiedByTheMadridVisitFirst() {
		assertThat(names(connect("Madrid", "UCCI", "Semovi")).get(0))
			.startsWith("Visita a Madrid en el marco del Proyecto de Cooperación Integral de la UCCI");
	}

	@Test
	void aConnectorTyingAllEntitiesRanksAboveOneTyingSome() {
		JsonNode out = connect("Bogotá", "UCCI", "Secretaría de Movilidad");
		int previous = Integer.MAX_VALUE;
		for (JsonNode c : out.get("connectors")) {
			assertThat(c.get("ties").asInt()).isLessThanOrEqualTo(previous).isGreaterThanOrEqualTo(2);
			previous = c.get("ties").asInt();
		}
	}

	@Test
	void aHubRanksBelowASpecificConnector() {
		for (JsonNode out : List.of(connect("Bogotá", "UCCI", "Secretaría de Movilidad"),
				connect("Medellín", "Secretaría de Turismo de la Ciudad de México"))) {
			List<String> names = names(out);
			int specific = 0;
			int city = names.indexOf("Ciudad de México");
			assertThat(city == -1 || city > specific + 5).as("the city itself ranks far below the first connector: " + names)
				.isTrue();
			assertThat(names.subList(0, 5)).doesNotContain("Claudia Sheinbaum Pardo",
					"Coordinación General de Asesores y Asuntos Internacionales");
		}
		// plain shortest paths do rank the city near the top: the penalty is what keeps it down
		var shortest = this.http.get("/api/connect",
				Map.of("entity", List.of("Bogotá", "UCCI", "Secretaría de Movilidad"), "method", "shortest", "limit", 5));
		assertThat(names(shortest.json())).contains("Ciudad de México");
	}

	@Test
	void theNeighbourhoodReadsNoMoreEdgesThanItsBudgetAndTheDefaultCutsNothingHere() {
		List<String> names = List.of("Bogotá", "UCCI", "Secretaría de Movilidad", "Madrid", "CGLU", "Medellín");
		this.reads.read(r -> {
			List<Node> given = names.stream().map(n -> this.search.resolve(r, n, "entity")).toList();
			Neighbourhood all = Neighbourhood.around(r, given, Integer.MAX_VALUE);
			Neighbourhood small = Neighbourhood.around(r, given, 400);
			// the given entities' own edges are always read (at most FAN_OUT each); the budget
			// bounds what the levels after them read
			assertThat(small.read).isLessThanOrEqualTo(400 + given.size() * Neighbourhood.FAN_OUT)
				.isLessThan(all.read);
			assertThat(small.nodes).hasSizeLessThan(all.nodes.size());
			// on the reports' graph the default budget reads everything the unbounded one does
			Neighbourhood bounded = Neighbourhood.around(r, given);
			assertThat(bounded.read).isEqualTo(all.read).isLessThanOrEqualTo(Neighbourhood.EDGE_BUDGET);
			assertThat(bounded.nodes).hasSameSizeAs(all.nodes);
			return null;
		});
	}

	@Test
	void tooFewTooManyOrRepeatedEntitiesAreBadRequests() {
		assertThat(this.http.get("/api/connect", Map.of("entity", "Bogotá")).status()).isEqualTo(400);
		assertThat(this.http.get("/api/connect", Map.of()).status()).isEqualTo(400);
		var many = this.http.get("/api/connect", Map.of("entity",
				List.of("Bogotá", "Madrid", "UCCI", "CGLU", "Semovi", "Medellín", "Barcelona")));
		assertThat(many.status()).isEqualTo(400);
		assertThat(many.contentType()).startsWith("application/problem+json");
		assertThat(many.json().get("detail").asString()).contains("de 2 a 6");
		assertThat(this.http.get("/api/connect", Map.of("entity", List.of("Bogotá", "bogota"))).status()).isEqualTo(400);
		assertThat(this.http.get("/api/connect", Map.of("entity", List.of("Bogotá", "UCCI"), "method", "magic")).status())
			.isEqualTo(400);
	}

	@Test
	void anUnknownNameIs404WithCandidatesAndAnAmbiguousOneIs409() {
		var unknown = this.http.get("/api/connect", Map.of("entity", List.of("Bogotá", "Ciudad Gótica de Narnia")));
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.contentType()).startsWith("application/problem+json");
		assertThat(unknown.json().get("detail").asString()).contains("Ciudad Gótica de Narnia");
		assertThat(unknown.json().get("candidates").isArray()).isTrue();
		var ambiguous = this.http.get("/api/connect", Map.of("entity", List.of("Bogotá", "Claudia")));
		assertThat(ambiguous.status()).isEqualTo(409);
		assertThat(ambiguous.json().get("candidates").toString()).contains("Claudia López", "Claudia Sheinbaum Pardo");
	}

}
