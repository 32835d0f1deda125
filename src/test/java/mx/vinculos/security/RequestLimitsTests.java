package mx.vinculos.security;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.stream.IntStream;

import mx.vinculos.ServiceTestBase;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Findings 4 and 9 of issue 9 at the HTTP level: sizes, error paths, headers, health. */
class RequestLimitsTests extends ServiceTestBase {

	@LocalServerPort
	int port;

	@Test
	void aBodyOverTheCapIs413ProblemInSpanish() {
		Client c = new Client(this.port);
		String big = "{\"query\": \"RETURN 1\", \"parameters\": {\"x\": \"" + "a".repeat(3 * 1024 * 1024) + "\"}}";
		Client.Response r = c.post("/api/cypher", big);
		assertThat(r.status()).isEqualTo(413);
		assertThat(r.header("Content-Type")).startsWith("application/problem+json");
		assertThat(r.json().get("detail").asString()).contains("cuerpo");
		// chunked, no length announced
		Client.Response chunked = c.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/cypher"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big.getBytes()))));
		assertThat(chunked.status()).isEqualTo(413);
		// and a chunked body under the cap still arrives whole
		Client.Response small = c.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/cypher"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofInputStream(() -> new java.io.ByteArrayInputStream("{\"query\": \"RETURN 1 AS x\"}".getBytes()))));
		assertThat(small.status()).isEqualTo(200);
	}

	@Test
	void aLongAddressIs414Problem() {
		Client.Response r = new Client(this.port).get("/api/entities?q=" + "a".repeat(10_000));
		assertThat(r.status()).isEqualTo(414);
		assertThat(r.header("Content-Type")).startsWith("application/problem+json");
		assertThat(r.json().get("detail").asString()).contains("caracteres");
	}

	@Test
	void anAddressOfAnySizeIs414ProblemInSpanishNot400() {
		// past Tomcat's own 64 KB buffer the request line is never parsed, yet the answer is the same
		for (int size : new int[] { 70_000, 300_000 }) {
			Client.Response r = new Client(this.port).get("/api/entities?q=" + "a".repeat(size));
			assertThat(r.status()).as(size + " characters").isEqualTo(414);
			assertThat(r.header("Content-Type")).startsWith("application/problem+json");
			assertThat(r.json().get("title").asString()).isEqualTo("Dirección demasiado larga");
			assertThat(r.json().get("detail").asString()).contains("caracteres");
		}
	}

	@Test
	void headersOverTomcatsBufferAre431ProblemInSpanish() {
		Client.Response r = new Client(this.port).send(HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/entities?q=a"))
			.header("X-Relleno", "a".repeat(70_000))
			.GET());
		assertThat(r.status()).isEqualTo(431);
		assertThat(r.header("Content-Type")).startsWith("application/problem+json");
		assertThat(r.json().get("detail").asString()).contains("cabeceras");
	}

	@Test
	void getErrorIsANotFoundProblemNotA500() {
		Client.Response r = new Client(this.port).get("/error");
		assertThat(r.status()).isEqualTo(404);
		assertThat(r.header("Content-Type")).startsWith("application/problem+json");
		assertThat(r.json().get("detail").asString()).isEqualTo("No hay nada en esta dirección.");
	}

	@Test
	void errorsFromOutsideSpringMvcAreProblemsToo() {
		// Spring Security's firewall refuses an encoded slash before any controller runs
		Client.Response r = new Client(this.port).get("/api/entities/a%2F..%2Fb");
		assertThat(r.status()).isBetween(400, 499);
		assertThat(r.header("Content-Type")).startsWith("application/problem+json");
	}

	@Test
	void htmlPagesCarryTheSecurityHeaders() {
		Client.Response r = new Client(this.port).get("/api/briefing?subject=bogota&format=html");
		assertThat(r.status()).isEqualTo(200);
		assertThat(r.header("Content-Type")).startsWith("text/html");
		assertThat(r.header("Content-Security-Policy")).contains("default-src 'self'", "frame-ancestors 'none'");
		assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(r.header("X-Frame-Options")).isEqualTo("DENY");
		assertThat(r.header("Referrer-Policy")).isNotBlank();
	}

	@Test
	void anonymousHealthShowsOnlyTheStatus() {
		Client.Response r = new Client(this.port).get("/actuator/health");
		assertThat(r.status()).isEqualTo(200);
		assertThat(r.body()).contains("UP").doesNotContain("path", "5.26", "components", "neo4j");
	}

	@Test
	void manyRepeatedParametersStillWork() {
		String query = String.join("&", IntStream.range(0, 3).mapToObj(i -> "entity=" + List.of("bogota", "ucci", "medellin").get(i)).toList());
		Client.Response r = new Client(this.port).get("/api/connect?" + query);
		assertThat(r.status()).isEqualTo(200);
	}

}
