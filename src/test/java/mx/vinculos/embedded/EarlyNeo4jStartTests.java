package mx.vinculos.embedded;

import java.nio.file.Files;
import java.nio.file.Path;

import mx.vinculos.VinculosApplication;
import mx.vinculos.graph.StartQueries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The program's own start path (the tests' contexts do not take it): Neo4j starts on its
 * own thread while Spring builds the rest, on a free port chosen before it is up, and the
 * graph is brought up to date once it is.
 */
class EarlyNeo4jStartTests {

	@Test
	void theServiceStartsWithTheEarlyServerOnAFreePortAndAnswersThroughIt(@TempDir Path data) throws Exception {
		SpringApplication application = new SpringApplication(VinculosApplication.class);
		EarlyNeo4jStart early = new EarlyNeo4jStart(StartQueries.ALL);
		application.addListeners(early);
		try (ConfigurableApplicationContext context = application.run("--server.port=0",
				"--vinculos.embedded.bolt-port=0", "--vinculos.data-dir=" + data)) {
			EmbeddedNeo4j neo4j = context.getBean(EmbeddedNeo4j.class);
			// the address Spring built the driver with before the server was up is the one it listens on
			assertThat(early.boltUri()).isEqualTo(neo4j.boltUri());
			assertThat(early.boltUri().getPort()).isPositive();
			Driver driver = context.getBean(Driver.class);
			// the seeds were loaded through it before the service took requests
			long cities = driver.executableQuery("MATCH (c:City) RETURN count(c) AS n")
				.execute()
				.records()
				.get(0)
				.get("n")
				.asLong();
			assertThat(cities).isGreaterThan(50);
		}
		assertThat(Files.exists(data.resolve("data"))).isTrue();
	}

}
