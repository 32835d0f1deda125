package mx.vinculos.embedded;

import java.nio.file.Files;
import java.util.Map;

import mx.vinculos.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service pointed at another Neo4j server by configuration alone: no embedded server
 * starts, and schema and seeds land in the external one.
 */
// health details are for ADMIN accounts; this test reads them without accounts
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "management.endpoint.health.show-details=always",
				"management.endpoint.health.show-components=always" })
class ExternalNeo4jTests {

	static final String PASSWORD = "external-test-password";

	static EmbeddedNeo4j external;

	@DynamicPropertySource
	static void external(DynamicPropertyRegistry registry) throws Exception {
		external = EmbeddedNeo4j.start(Files.createTempDirectory("vinculos-external"), "127.0.0.1", 0, PASSWORD);
		registry.add("spring.neo4j.uri", () -> external.boltUri().toString());
		registry.add("spring.neo4j.authentication.username", () -> "neo4j");
		registry.add("spring.neo4j.authentication.password", () -> PASSWORD);
		// would collide with the external server if the embedded one started anyway
		registry.add("vinculos.embedded.bolt-port", () -> external.boltUri().getPort());
	}

	@AfterAll
	static void stop() {
		external.close();
	}

	@Autowired
	ApplicationContext context;

	@LocalServerPort
	int port;

	@Test
	void noEmbeddedServerStartsAndTheExternalOneIsServed() throws Exception {
		assertThat(this.context.getBeansOfType(EmbeddedNeo4j.class)).isEmpty();
		var out = new Http(this.port).cypher(
				"MATCH (c:City {id: 'bogota'}) RETURN c.name AS name, COLLECT { MATCH (m:__Migration) RETURN m.version } AS migrations",
				Map.of());
		assertThat(out.get("rows").get(0).get(0).asString()).isEqualTo("Bogotá");
		assertThat(out.get("rows").get(0).get(1).size()).isGreaterThanOrEqualTo(2);
		var health = new Http(this.port).get("/actuator/health", Map.of());
		assertThat(health.json().get("components").get("neo4j").get("status").asString()).isEqualTo("UP");
		assertThat(health.body()).contains(String.valueOf(external.boltUri().getPort()));
	}

}
