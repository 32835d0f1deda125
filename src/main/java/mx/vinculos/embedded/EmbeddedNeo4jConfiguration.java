package mx.vinculos.embedded;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * Starts the embedded server when no external one is configured, and points Boot's Neo4j
 * auto-configuration at its Bolt connector.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(OnEmbeddedNeo4j.class)
class EmbeddedNeo4jConfiguration {

	/**
	 * Lazy: with the early start (the program's {@code main}) nothing needs the started server
	 * while Spring builds the web layer, so Spring does not wait for Neo4j until the graph is
	 * brought up to date ({@link mx.vinculos.graph.GraphInitializer}), after every bean exists.
	 */
	@Bean(destroyMethod = "close")
	@Lazy
	EmbeddedNeo4j embeddedNeo4j(EmbeddedNeo4jProperties properties, ObjectProvider<EarlyNeo4jStart> early) {
		EarlyNeo4jStart started = early.getIfAvailable();
		return started != null ? started.take() : start(properties);
	}

	static EmbeddedNeo4j start(EmbeddedNeo4jProperties properties) {
		var embedded = properties.embedded();
		return EmbeddedNeo4j.start(properties.dataDir(), embedded.boltAddress(), embedded.boltPort(),
				embedded.password(), embedded.transactionMemory().toBytes());
	}

	@Bean
	@Lazy
	RunawayQueries runawayQueries(EmbeddedNeo4j neo4j) {
		return new RunawayQueries(neo4j.database());
	}

	/**
	 * With the early start the address is known before the server is up (a free port is chosen
	 * before it starts), and the driver connects only on its first query, so building the
	 * driver does not wait for Neo4j. Without it (tests) the address is read from the server.
	 */
	@Bean
	Neo4jConnectionDetails embeddedNeo4jConnectionDetails(ObjectProvider<EmbeddedNeo4j> neo4j,
			ObjectProvider<EarlyNeo4jStart> early, EmbeddedNeo4jProperties properties) {
		var embedded = properties.embedded();
		AuthToken auth = embedded.password().isEmpty() ? AuthTokens.none()
				: AuthTokens.basic("neo4j", embedded.password());
		EarlyNeo4jStart started = early.getIfAvailable();
		java.net.URI known = started != null ? started.boltUri() : null;
		return new Neo4jConnectionDetails() {
			@Override
			public java.net.URI getUri() {
				return known != null ? known : neo4j.getObject().boltUri();
			}

			@Override
			public AuthToken getAuthToken() {
				return auth;
			}
		};
	}

}
