package mx.vinculos;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Tests of the whole service on a random port, with the embedded Neo4j on a free Bolt port
 * and a fresh data folder, loaded from the project's real seeds, and an HTTP client for it.
 * All of them share one application context; its data folder is deleted when it closes
 * ({@link TestDataDir}).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "vinculos.embedded.bolt-port=0",
				"vinculos.data-dir=${java.io.tmpdir}/vinculos-test-${random.uuid}" })
@Import(TestDataDir.class)
public abstract class ServiceTestBase {

	@LocalServerPort
	private int port;

	protected Http http;

	@BeforeEach
	void client() {
		this.http = new Http(this.port);
	}

}
