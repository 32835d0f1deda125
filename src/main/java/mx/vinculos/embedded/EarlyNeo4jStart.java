package mx.vinculos.embedded;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded server on its own thread as soon as the configuration is read, so
 * Neo4j's start, the longest part of the service's, runs while Spring builds everything
 * else; the {@link EmbeddedNeo4j} bean then takes the started server instead of starting
 * one. Registered by the program's {@code main} only: tests and anything else that builds
 * the context start the server in the bean, as before.
 */
public final class EarlyNeo4jStart implements ApplicationListener<SpringApplicationEvent> {

	static final String BEAN = "earlyNeo4jStart";

	private final Map<String, Map<String, Object>> warmUp;

	private CompletableFuture<EmbeddedNeo4j> started;

	/**
	 * @param warmUp read queries the start runs before the service answers, with their
	 * parameters: the server's thread compiles them once it is up ({@link EmbeddedNeo4j#warmUp})
	 */
	public EarlyNeo4jStart(Map<String, Map<String, Object>> warmUp) {
		this.warmUp = warmUp;
	}

	private volatile boolean taken;

	@Override
	public void onApplicationEvent(SpringApplicationEvent event) {
		if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
			ConfigurableEnvironment environment = prepared.getEnvironment();
			// the same rule as OnEmbeddedNeo4j: an external server is configured by its URI
			if (StringUtils.hasText(environment.getProperty("spring.neo4j.uri"))) {
				return;
			}
			EmbeddedNeo4jProperties configured = Binder.get(environment)
				.bindOrCreate("vinculos", EmbeddedNeo4jProperties.class);
			// A free port (0) is chosen here, so the address is known before the server is up
			// and Spring can build the driver without waiting for it (it connects on first use).
			EmbeddedNeo4jProperties properties = withPort(configured);
			this.boltUri = EmbeddedNeo4j.boltUri(properties.embedded().boltAddress(),
					properties.embedded().boltPort());
			CompletableFuture<EmbeddedNeo4j> started = new CompletableFuture<>();
			Thread thread = new Thread(() -> {
				EmbeddedNeo4j neo4j;
				try {
					neo4j = EmbeddedNeo4jConfiguration.start(properties);
				}
				catch (RuntimeException | Error ex) {
					started.completeExceptionally(ex);
					return;
				}
				// Compile the start's own queries before handing the server over: Spring builds
				// the web layer meanwhile and waits only when it brings the graph up to date
				// (GraphInitializer), which would otherwise compile the same queries at once,
				// both threads paying a fresh JVM's first-compilation cost on two cores.
				neo4j.warmUp(this.warmUp);
				started.complete(neo4j);
			}, "neo4j-start");
			thread.setDaemon(true);
			thread.start();
			this.started = started;
		}
		else if (event instanceof ApplicationPreparedEvent prepared && this.started != null) {
			prepared.getApplicationContext().getBeanFactory().registerSingleton(BEAN, this);
		}
		else if (event instanceof ApplicationFailedEvent && this.started != null && !this.taken) {
			// the context failed before it took the server: nobody else will stop it
			this.started.thenAccept(EmbeddedNeo4j::close);
		}
	}

	private java.net.URI boltUri;

	/** Where the server's Bolt connector listens (or will): known before it is up. */
	java.net.URI boltUri() {
		return this.boltUri;
	}

	private static EmbeddedNeo4jProperties withPort(EmbeddedNeo4jProperties properties) {
		var embedded = properties.embedded();
		if (embedded.boltPort() != 0) {
			return properties;
		}
		int port;
		try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1,
				java.net.InetAddress.getByName(embedded.boltAddress()))) {
			port = probe.getLocalPort();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException("No free port for Bolt on " + embedded.boltAddress(), ex);
		}
		return new EmbeddedNeo4jProperties(properties.dataDir(), new EmbeddedNeo4jProperties.Embedded(port,
				embedded.boltAddress(), embedded.password(), embedded.transactionMemory()));
	}

	/** The started server, once it is up; its owner (the bean) stops it. */
	EmbeddedNeo4j take() {
		this.taken = true;
		try {
			return this.started.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

}
