package mx.vinculos.cypher;

import java.util.Map;

import mx.vinculos.ServiceTestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class CypherEndpointTests extends ServiceTestBase {

	@Test
	void answersTheReadmeExample() {
		var r = this.http.post("/api/cypher", "{\"query\":\"RETURN 1 AS one\"}");
		assertThat(r.status()).isEqualTo(200);
		assertThat(r.json().get("columns").toString()).isEqualTo("[\"one\"]");
		assertThat(r.json().get("rows").toString()).isEqualTo("[[1]]");
		assertThat(r.json().get("truncated").asBoolean()).isFalse();
	}

	@Test
	void returnsNodesRelationshipsPathsAndDatesAsJson() {
		JsonNode out = this.http.cypher("""
				MATCH p = (c:City {id: $id})-[r:LOCATED_IN]->(k:Country)
				RETURN c, r, p, date('2021-07-24') AS d, datetime('2021-07-24T10:00:00Z') AS t
				""", Map.of("id", "bogota"));
		JsonNode row = out.get("rows").get(0);
		assertThat(row.get(0).get("labels").toString()).contains("City");
		assertThat(row.get(0).get("properties").get("name").asString()).isEqualTo("Bogotá");
		assertThat(row.get(0).get("elementId").asString()).isNotBlank();
		assertThat(row.get(1).get("type").asString()).isEqualTo("LOCATED_IN");
		assertThat(row.get(1).get("startNodeElementId").asString()).isEqualTo(row.get(0).get("elementId").asString());
		assertThat(row.get(2).get("nodes")).hasSize(2);
		assertThat(row.get(2).get("relationships")).hasSize(1);
		assertThat(row.get(3).asString()).isEqualTo("2021-07-24");
		assertThat(row.get(4).asString()).isEqualTo("2021-07-24T10:00Z");
	}

	@ParameterizedTest
	@ValueSource(strings = { "CREATE (n:Intruder {id: 'x'}) RETURN n", "MERGE (n:Intruder {id: 'x'})",
			"MATCH (n:City {id: 'bogota'}) SET n.name = 'X'", "MATCH (n:City {id: 'bogota'}) DETACH DELETE n",
			"MATCH (n:City {id: 'bogota'}) REMOVE n.name", "MATCH (n:City {id: 'bogota'}) REMOVE n:City",
			"CALL db.createLabel('Intruder')", "LOAD CSV FROM 'file:///etc/hostname' AS line RETURN line",
			"CREATE INDEX intruder FOR (n:Intruder) ON (n.id)", "DROP CONSTRAINT entity_id",
			"MATCH (n:City {id: 'bogota'}) CALL (n) { SET n.x = 1 } RETURN n" })
	void refusesEveryKindOfWriteAndLeavesTheGraphUnchanged(String write) {
		String fingerprint = fingerprint();
		var r = this.http.post("/api/cypher", Map.of("query", write));
		assertThat(r.status()).isEqualTo(403);
		assertThat(r.contentType()).startsWith("application/problem+json");
		assertThat(r.json().get("detail").asString()).contains("solo lectura");
		assertThat(fingerprint()).isEqualTo(fingerprint);
	}

	private String fingerprint() {
		return this.http.cypher("""
				MATCH (n) WITH count(n) AS nodes, collect(DISTINCT labels(n)) AS labels
				MATCH ()-[r]->() WITH nodes, labels, count(r) AS rels
				MATCH (b:City {id: 'bogota'})
				RETURN nodes, rels, size(labels) AS labelSets, b.name AS name, keys(b) AS keys
				""", Map.of()).get("rows").toString()
				+ this.http.cypher("SHOW INDEXES YIELD name RETURN collect(name) AS n", Map.of()).get("rows");
	}

	@Test
	void invalidCypherIsABadRequestWithNeo4jsMessage() {
		var r = this.http.post("/api/cypher", Map.of("query", "MATCH (n RETURN n"));
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.contentType()).startsWith("application/problem+json");
		assertThat(r.json().get("detail").asString()).containsIgnoringCase("invalid input");
	}

	@Test
	void missingOrMalformedBodyIsABadRequest() {
		assertThat(this.http.post("/api/cypher", "{\"parameters\":{}}").status()).isEqualTo(400);
		var malformed = this.http.post("/api/cypher", "not json");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.contentType()).startsWith("application/problem+json");
	}

	@Test
	void theNameIndexIgnoresCaseAndAccents() {
		JsonNode out = this.http.cypher("""
				CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node
				RETURN node.name AS name LIMIT 3
				""", Map.of("q", "\"bogota\""));
		assertThat(out.get("rows").get(0).get(0).asString()).isEqualTo("Bogotá");
		JsonNode acronym = this.http.cypher(
				"CALL db.index.fulltext.queryNodes('entity_names', 'SEMOVI') YIELD node RETURN node.name LIMIT 1", Map.of());
		assertThat(acronym.get("rows").get(0).get(0).asString()).isEqualTo("Secretaría de Movilidad");
	}

	@Test
	void parametersReachTheQuery() {
		JsonNode out = this.http.cypher("RETURN $a + 1 AS b, $s AS s", Map.of("a", 41, "s", "Bogotá"));
		assertThat(out.get("rows").toString()).isEqualTo("[[42,\"Bogotá\"]]");
	}

}
