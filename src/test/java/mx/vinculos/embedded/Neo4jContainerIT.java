package mx.vinculos.embedded;

import java.util.Map;

import mx.vinculos.Http;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service against a real {@code neo4j:5.26} server in Docker (the image in pom.xml).
 * Skipped where there is no Docker engine, as on the project's build machines.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class Neo4jContainerIT {

	@Container
	@ServiceConnection
	static Neo4jContainer neo4j = new Neo4jContainer(System.getProperty("neo4j.image", "neo4j:5.26-community"))
		.withAdminPassword("container-test-password");

	@Autowired
	ApplicationContext context;

	@LocalServerPort
	int port;

	@Test
	void servesTheSeedsFromTheServerAndRefusesWrites() {
		assertThat(this.context.getBeansOfType(EmbeddedNeo4j.class)).isEmpty();
		Http http = new Http(this.port);
		var out = http.cypher("MATCH (c:City {id: 'bogota'}) RETURN c.name AS name", Map.of());
		assertThat(out.get("rows").get(0).get(0).asString()).isEqualTo("Bogotá");
		assertThat(http.post("/api/cypher", Map.of("query", "CREATE (n:Intruder)")).status()).isEqualTo(403);
	}

}
