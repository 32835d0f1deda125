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
			EmbeddedNeo4jProperties properties = Binder.get(environment)
				.bindOrCreate("vinculos", EmbeddedNeo4jProperties.class);
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
				// the bean takes the server now; the warm-up runs while Spring goes on
				started.complete(neo4j);
				neo4j.warmUp(this.warmUp);
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
