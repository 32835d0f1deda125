package mx.vinculos.embedded;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded server when no external one is configured, and points Boot's Neo4j
 * auto-configuration at its Bolt connector.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(OnEmbeddedNeo4j.class)
class EmbeddedNeo4jConfiguration {

	@Bean(destroyMethod = "close")
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
	RunawayQueries runawayQueries(EmbeddedNeo4j neo4j) {
		return new RunawayQueries(neo4j.database());
	}

	@Bean
	Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4j neo4j, EmbeddedNeo4jProperties properties) {
		String password = properties.embedded().password();
		AuthToken auth = password.isEmpty() ? AuthTokens.none() : AuthTokens.basic("neo4j", password);
		return new Neo4jConnectionDetails() {
			@Override
			public java.net.URI getUri() {
				return neo4j.boltUri();
			}

			@Override
			public AuthToken getAuthToken() {
				return auth;
			}
		};
	}

}
