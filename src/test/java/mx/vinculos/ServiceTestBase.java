package mx.vinculos;

import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Tests of the whole service on a random port, with the embedded Neo4j on a free Bolt port
 * and a fresh data folder, loaded from the project's real seeds, and an HTTP client for it.
 * All of them share one application context; its data folder is deleted when it closes
 * ({@link TestDataDir}).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "vinculos.embedded.bolt-port=0")
@Import(TestDataDir.class)
public abstract class ServiceTestBase {

	/**
	 * One folder per context (this runs once as each context is built), read the same by
	 * every bean: a {@code ${random.uuid}} placeholder is drawn again at every read, so Neo4j
	 * and the curation store got a folder each, and only Neo4j's could be deleted.
	 */
	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		String dir = Path.of(System.getProperty("java.io.tmpdir")).resolve(TestDataDir.PREFIX + UUID.randomUUID()).toString();
		registry.add("vinculos.data-dir", () -> dir);
	}

	@LocalServerPort
	private int port;

	protected Http http;

	@BeforeEach
	void client() {
		this.http = new Http(this.port);
	}

}
