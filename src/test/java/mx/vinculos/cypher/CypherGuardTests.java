package mx.vinculos.cypher;

import java.util.Map;

import mx.vinculos.ServiceTestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Findings 1, 3, 4, 6, 7 and 9 of issue 9, each as the request that showed it. */
class CypherGuardTests extends ServiceTestBase {

	@Autowired
	Driver driver;

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "SHOW TRANSACTIONS|comando de administración",
			"SHOW TRANSACTIONS YIELD * RETURN *|comando de administración",
			"TERMINATE TRANSACTIONS 'neo4j-transaction-1'|comando de administración",
			"SHOW SETTINGS|comando de administración", "SHOW DATABASES|comando de administración",
			"CALL db.stats.collect('QUERIES')|procedimiento de administración",
			"CALL db.stats.retrieve('QUERIES')|procedimiento de administración",
			"CALL db.stats.clear('QUERIES')|procedimiento de administración",
			"CALL db.stats.stop('QUERIES')|procedimiento de administración",
			"CALL db.prepareForReplanning()|procedimiento de administración",
			"CALL db.resampleOutdatedIndexes()|procedimiento de administración",
			"CALL dbms.components()|procedimiento de administración",
			"CALL dbms.listConfig()|procedimiento de administración",
			"CALL db.createLabel('X')|lista de procedimientos de lectura permitidos",
			"LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l|LOAD CSV", "CREATE (n:X)|escribiría en el grafo",
			"CREATE INDEX x FOR (n:X) ON (n.y)|cambiaría el esquema" })
	void adminCommandsAndEveryOtherProcedureAreRefusedWithTheirReason(String query, String reason) {
		var r = this.http.post("/api/cypher", Map.of("query", query));
		assertThat(r.status()).isEqualTo(403);
		assertThat(r.contentType()).startsWith("application/problem+json");
		assertThat(r.json().get("detail").asString()).contains("solo lectura", reason).doesNotContain("EXPLAIN");
	}

	@ParameterizedTest
	@ValueSource(strings = { "CALL db.labels() YIELD label RETURN count(label) AS n",
			"CALL db.relationshipTypes() YIELD relationshipType RETURN count(*) AS n",
			"CALL db.propertyKeys() YIELD propertyKey RETURN count(*) AS n",
			"CALL db.schema.visualization() YIELD nodes RETURN size(nodes) AS n",
			"CALL db.schema.nodeTypeProperties() YIELD nodeType RETURN count(*) AS n",
			"SHOW INDEXES YIELD name RETURN count(*) AS n", "SHOW CONSTRAINTS YIELD name RETURN count(*) AS n",
			"SHOW PROCEDURES YIELD name RETURN count(*) AS n" })
	void allowListedReadsRun(String query) {
		var r = this.http.post("/api/cypher", Map.of("query", query));
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		assertThat(r.json().get("rows").get(0).get(0).asLong()).isPositive();
	}

	@Test
	void fullTextSearchProcedureRuns() {
		var indexes = this.http.cypher("SHOW FULLTEXT INDEXES YIELD name RETURN name", Map.of());
		String index = indexes.get("rows").get(0).get(0).asString();
		var r = this.http.post("/api/cypher", Map.of("query",
				"CALL db.index.fulltext.queryNodes($i, 'bogota') YIELD node RETURN count(node) AS n", "parameters",
				Map.of("i", index)));
		assertThat(r.status()).as(r.body()).isEqualTo(200);
	}

	@Test
	void profileAndReadOnlyCallInTransactionsRun() {
		var profile = this.http.post("/api/cypher", Map.of("query", "PROFILE MATCH (c:City) RETURN count(c) AS n"));
		assertThat(profile.status()).as(profile.body()).isEqualTo(200);
		assertThat(profile.json().get("rows").get(0).get(0).asLong()).isPositive();
		var batched = this.http.post("/api/cypher", Map.of("query",
				"MATCH (c:City) CALL (c) { RETURN c.name AS name } IN TRANSACTIONS OF 10 ROWS RETURN count(name) AS n"));
		assertThat(batched.status()).as(batched.body()).isEqualTo(200);
		var explain = this.http.post("/api/cypher", Map.of("query", "EXPLAIN MATCH (c:City) RETURN c"));
		assertThat(explain.status()).isEqualTo(200);
		assertThat(explain.json().get("rows")).isEmpty();
	}

	@Test
	void syntaxErrorsPointIntoTheAnalystsTextWithNoInternalPrefix() {
		var r = this.http.post("/api/cypher", Map.of("query", "MATCH (n RETURN n"));
		assertThat(r.status()).isEqualTo(400);
		String detail = r.json().get("detail").asString();
		assertThat(detail).doesNotContain("EXPLAIN").contains("line 1, column 10 (offset: 9)", "MATCH (n RETURN n");
	}

	@Test
	void queryTextOver64KbIsRefusedBeforeNeo4jSeesIt() {
		String query = "RETURN '" + "x".repeat(70_000) + "' AS s";
		var r = this.http.post("/api/cypher", Map.of("query", query));
		assertThat(r.status()).isEqualTo(413);
		assertThat(r.contentType()).startsWith("application/problem+json");
	}

	@Test
	void thousandsOfOrTermsAreRefusedAtOnceInsteadOfPlannedForMinutes() {
		StringBuilder q = new StringBuilder("MATCH (n) WHERE n.id = 'x0'");
		for (int i = 1; i < 3000; i++) {
			q.append(" OR n.id = 'x").append(i).append('\'');
		}
		long started = System.nanoTime();
		var r = this.http.post("/api/cypher", Map.of("query", q + " RETURN n"));
		long ms = (System.nanoTime() - started) / 1_000_000;
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.json().get("detail").asString()).contains("IN $valores");
		assertThat(ms).isLessThan(2000);
		// a string with OR inside is not an operator
		var quoted = this.http.post("/api/cypher",
				Map.of("query", "RETURN '" + " OR".repeat(500) + "' AS s, 'Ciencia AND Arte' AS t"));
		assertThat(quoted.status()).isEqualTo(200);
	}

	@Test
	void longArithmeticAndDeepNestingAreRefusedAtOnceInsteadOfParsedForMinutes() {
		// both kept a core busy past the deadline while Neo4j parsed and planned them
		String plus = "RETURN " + String.join("+", java.util.Collections.nCopies(5000, "1")) + " AS n";
		String nested = "RETURN " + "[".repeat(500) + "1" + "]".repeat(500) + " AS n";
		for (String query : new String[] { plus, nested }) {
			long started = System.nanoTime();
			var r = this.http.post("/api/cypher", Map.of("query", query));
			assertThat(r.status()).isEqualTo(400);
			assertThat(r.json().get("detail").asString()).contains("WITH");
			assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(2000);
		}
		// relationship patterns are not minus signs, and ordinary arithmetic runs
		var ok = this.http.post("/api/cypher", Map.of("query",
				"MATCH (a)-[r]->(b)<--(c) WHERE a.id = 'x' RETURN count(*) - 1 + 2 * 3 AS n, [[1, 2], [3]] AS l"));
		assertThat(ok.status()).isEqualTo(200);
	}

	@Test
	void answersAreCappedInBytesAndOneHugeRowIsRefused() {
		var many = this.http.post("/api/cypher",
				Map.of("query", "UNWIND range(1, 3000) AS i RETURN [x IN range(1, 1000) | 'xxxxxxxxxx'] AS l"));
		assertThat(many.status()).isEqualTo(200);
		assertThat(many.json().get("truncated").asBoolean()).isTrue();
		assertThat(many.json().get("rows").size()).isBetween(1, 2999);
		var one = this.http.post("/api/cypher",
				Map.of("query", "RETURN [x IN range(1, 1500000) | 'xxxxxxxxxx'] AS l"));
		assertThat(one.status()).isEqualTo(400);
		assertThat(one.contentType()).startsWith("application/problem+json");
	}

	@Test
	void neo4jsTransactionMemoryLimitStopsAQueryThatWouldHoldTooMuchHeap() {
		var r = this.http.post("/api/cypher",
				// strings of ~100 bytes reach the 256 MB limit after a few million rows, well within
				// the deadline even on a loaded machine (plain integers timed out first there)
				Map.of("query", "UNWIND range(1, 30000000) AS x WITH collect('" + "x".repeat(80)
						+ "' + x) AS c RETURN size(c) AS n"));
		assertThat(r.status()).as(r.body()).isEqualTo(400);
		assertThat(r.json().get("detail").asString()).contains("memoria");
	}

	@Test
	void boltRefusesFileUrls() {
		try (var session = this.driver.session()) {
			assertThatThrownBy(() -> session.run("LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l LIMIT 1").list())
				.hasMessageContaining("allow_csv_import_from_file_urls");
		}
	}

	@Test
	void aCommaInsideOneValueIsPartOfTheName() {
		String name = "Secretaría de Educación, Ciencia, Tecnología e Innovación";
		var briefing = this.http.get("/api/briefing", Map.of("subject", name));
		assertThat(briefing.status()).as(briefing.body()).isEqualTo(200);
		assertThat(briefing.body()).contains(name);
		var connect = this.http.get("/api/connect", Map.of("entity", "bogota,ucci"));
		assertThat(connect.status()).as("one entity, not two").isIn(400, 404);
		var two = this.http.get("/api/connect", Map.of("entity", java.util.List.of("bogota", "ucci")));
		assertThat(two.status()).isEqualTo(200);
		var repeated = this.http.get("/api/timeline", Map.of("entity", java.util.List.of("bogota", "ucci")));
		assertThat(repeated.status()).isEqualTo(400);
	}

}
