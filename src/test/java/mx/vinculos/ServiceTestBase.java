package mx.vinculos;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Tests of the whole service on the real loaded reports ({@link ServiceTest}), with an
 * HTTP client for it. All of them share one application context.
 */
@ServiceTest
public abstract class ServiceTestBase {

	@LocalServerPort
	private int port;

	protected Http http;

	@BeforeEach
	void client() {
		this.http = new Http(this.port);
	}

}
