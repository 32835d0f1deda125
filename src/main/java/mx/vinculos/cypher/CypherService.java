package mx.vinculos.cypher;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mx.vinculos.graph.GraphSessions;
import mx.vinculos.web.ApiProblem;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.QueryType;
import org.neo4j.driver.summary.ResultSummary;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Runs analysts' queries read-only. Neo4j plans the query first ({@code EXPLAIN}, which
 * executes nothing): a plan that writes data or schema, loads CSV or calls a procedure that
 * is not read-only is refused with 403. What passes runs in a READ transaction (a second
 * guard, and what lets a cluster route it to a follower) with the configured timeout, and
 * streams at most the row cap.
 */
@Service
class CypherService {

	private static final Pattern PROCEDURE = Pattern.compile("^\\s*([\\w.]+)\\s*\\(");

	private final Driver driver;

	private final GraphSessions sessions;

	private final CypherProperties properties;

	private volatile Set<String> readProcedures;

	CypherService(Driver driver, GraphSessions sessions, CypherProperties properties) {
		this.driver = driver;
		this.sessions = sessions;
		this.properties = properties;
	}

	CypherResponse run(String query, Map<String, Object> parameters) {
		if (query == null || query.isBlank()) {
			throw ApiProblem.badRequest("The body needs a non-empty \"query\".");
		}
		Map<String, Object> params = parameters == null ? Map.of() : parameters;
		TransactionConfig config = TransactionConfig.builder().withTimeout(this.properties.timeout()).build();
		try (Session session = this.driver.session(this.sessions.read())) {
			ResultSummary plan;
			try (Transaction tx = session.beginTransaction(config)) {
				plan = tx.run("EXPLAIN " + query, params).consume();
			}
			refuseWrites(plan, session);
			try (Transaction tx = session.beginTransaction(config)) {
				Result result = tx.run(query, params);
				List<String> columns = result.keys();
				List<List<Object>> rows = new ArrayList<>();
				boolean truncated = false;
				while (result.hasNext()) {
					if (rows.size() == this.properties.rowCap()) {
						truncated = true;
						break;
					}
					Record record = result.next();
					List<Object> row = new ArrayList<>(columns.size());
					record.values().forEach(v -> row.add(GraphJson.of(v)));
					rows.add(row);
				}
				return new CypherResponse(columns, rows, truncated);
			}
		}
		catch (Neo4jException ex) {
			throw translate(ex);
		}
	}

	private void refuseWrites(ResultSummary plan, Session session) {
		QueryType type = plan.queryType();
		if (type != QueryType.READ_ONLY) {
			throw writeRefused("it would " + (type == QueryType.SCHEMA_WRITE ? "change the schema" : "write to the graph")
					+ " (query type " + type + ")");
		}
		List<String> procedures = new ArrayList<>();
		if (plan.hasPlan() && walk(plan.plan(), procedures)) {
			throw writeRefused("it loads CSV");
		}
		for (String procedure : procedures) {
			if (!readProcedures(session).contains(procedure)) {
				throw writeRefused("it calls " + procedure + ", which is not a read-only procedure");
			}
		}
	}

	/** Collects called procedures; true when the plan loads CSV. */
	private static boolean walk(Plan plan, List<String> procedures) {
		boolean loadsCsv = plan.operatorType().startsWith("LoadCSV");
		if (plan.operatorType().startsWith("ProcedureCall")) {
			var details = plan.arguments().get("Details");
			Matcher m = PROCEDURE.matcher(details == null ? "" : details.asString());
			procedures.add(m.find() ? m.group(1) : "an unknown procedure");
		}
		for (Plan child : plan.children()) {
			loadsCsv |= walk(child, procedures);
		}
		return loadsCsv;
	}

	private Set<String> readProcedures(Session session) {
		Set<String> known = this.readProcedures;
		if (known == null) {
			known = new HashSet<>(session
				.executeRead(tx -> tx.run("SHOW PROCEDURES YIELD name, mode WHERE mode = 'READ' RETURN name")
					.list(r -> r.get("name").asString())));
			this.readProcedures = known;
		}
		return known;
	}

	private static ApiProblem writeRefused(String why) {
		return new ApiProblem(HttpStatus.FORBIDDEN, "Write refused",
				"POST /api/cypher is read-only and this query was not run: " + why
						+ ". The graph is loaded from the curated seeds; see the README.");
	}

	private ApiProblem translate(Neo4jException ex) {
		String code = ex.code() == null ? "" : ex.code();
		if (code.contains("TransactionTimedOut") || code.contains("Transaction.Terminated")) {
			return new ApiProblem(HttpStatus.REQUEST_TIMEOUT, "Query timeout",
					"The query ran longer than the " + this.properties.timeout().toMillis()
							+ " ms limit (vinculos.cypher.timeout) and was stopped.")
				.with("neo4jCode", code);
		}
		if (code.startsWith("Neo.ClientError.Security") || code.contains("AccessMode")
				|| String.valueOf(ex.getMessage()).contains("read access mode")) {
			return writeRefused(ex.getMessage());
		}
		if (code.startsWith("Neo.ClientError")) {
			return new ApiProblem(HttpStatus.BAD_REQUEST, "Invalid query", ex.getMessage()).with("neo4jCode", code);
		}
		return new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "Database error",
				"Neo4j could not answer: " + ex.getMessage()).with("neo4jCode", code);
	}

}
