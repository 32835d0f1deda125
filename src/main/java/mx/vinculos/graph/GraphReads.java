package mx.vinculos.graph;

import java.util.function.Function;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.stereotype.Component;

/**
 * Runs an answer's reads in one read transaction (a cluster routes it to a follower), so
 * every answer sees the graph as committed when it started: a write by anyone is in the
 * next answer, with nothing to rebuild.
 */
@Component
public class GraphReads {

	private final Driver driver;

	private final GraphSessions sessions;

	GraphReads(Driver driver, GraphSessions sessions) {
		this.driver = driver;
		this.sessions = sessions;
	}

	public <T> T read(Function<GraphReader, T> work) {
		try (Session session = this.driver.session(this.sessions.read())) {
			return session.executeRead(tx -> {
				GraphReader reader = new GraphReader(tx);
				T answer = work.apply(reader);
				reader.logProfile();
				return answer;
			});
		}
	}

}
