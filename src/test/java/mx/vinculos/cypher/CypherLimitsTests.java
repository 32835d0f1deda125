package mx.vinculos.cypher;

import java.util.Map;

import mx.vinculos.Http;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "vinculos.embedded.bolt-port=0",
				"vinculos.data-dir=${java.io.tmpdir}/vinculos-test-${random.uuid}", "vinculos.seeds.load=false",
				"vinculos.cypher.row-cap=5", "vinculos.cypher.timeout=1s" })
// its data folder is deleted when the context closes
@org.springframework.context.annotation.Import(mx.vinculos.TestDataDir.class)
class CypherLimitsTests {

	@LocalServerPort
	int port;

	@Test
	void rowCapTruncatesAndSaysSo() {
		var out = new Http(this.port).cypher("UNWIND range(1, 100) AS x RETURN x", Map.of());
		assertThat(out.get("rows")).hasSize(5);
		assertThat(out.get("truncated").asBoolean()).isTrue();
		var exact = new Http(this.port).cypher("UNWIND range(1, 5) AS x RETURN x", Map.of());
		assertThat(exact.get("truncated").asBoolean()).isFalse();
	}

	@Test
	void aQueryOverTheTimeoutIsStoppedWithAClearAnswer() {
		long started = System.nanoTime();
		var r = new Http(this.port).post("/api/cypher", Map.of("query",
				"UNWIND range(1, 2000000000) AS x WITH x WHERE x % 1000000007 = -1 RETURN count(x)"));
		long ms = (System.nanoTime() - started) / 1_000_000;
		assertThat(r.status()).isEqualTo(408);
		assertThat(r.contentType()).startsWith("application/problem+json");
		assertThat(r.json().get("detail").asString()).contains("1000 ms");
		assertThat(ms).as("answered well before the query could finish").isLessThan(20_000);
	}

}
