package mx.vinculos.graph;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.SessionConfig;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Session settings for the configured database ({@code spring.data.neo4j.database}, the
 * server's default when empty). Reads ask for READ access so a cluster routes them to
 * followers.
 */
@Component
public class GraphSessions {

	private final String database;

	GraphSessions(@Value("${spring.data.neo4j.database:}") String database) {
		this.database = database == null || database.isBlank() ? null : database;
	}

	public SessionConfig read() {
		return config(AccessMode.READ);
	}

	public SessionConfig write() {
		return config(AccessMode.WRITE);
	}

	private SessionConfig config(AccessMode mode) {
		SessionConfig.Builder builder = SessionConfig.builder().withDefaultAccessMode(mode);
		if (this.database != null) {
			builder.withDatabase(this.database);
		}
		return builder.build();
	}

}
