package mx.vinculos.cypher;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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

import jakarta.annotation.PreDestroy;

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

	private static final long DEADLINE_GRACE_MS = 2000;

	/** At most this many analysts' queries at once; more wait in a short queue, then 503. */
	private final ExecutorService workers = new ThreadPoolExecutor(8, 8, 60, TimeUnit.SECONDS,
			new ArrayBlockingQueue<>(32), r -> {
				Thread t = new Thread(r, "cypher-query");
				t.setDaemon(true);
				return t;
			});

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
		// The server-side timeout stops a running query, but not one stuck before it runs
		// (seen with Neo4j 5.26: a compilation that never completes). The request still
		// answers: past the deadline the worker is interrupted, which makes the driver drop
		// the connection and frees the thread.
		Future<CypherResponse> answer;
		try {
			answer = this.workers.submit(() -> runNow(query, params));
		}
		catch (RejectedExecutionException ex) {
			throw new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "Busy",
					"Too many analysts' queries are running; try again shortly.");
		}
		try {
			return answer.get(this.properties.timeout().toMillis() + DEADLINE_GRACE_MS, TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			answer.cancel(true);
			throw timedOut("Neo4j did not answer");
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException r) {
				throw r;
			}
			throw new IllegalStateException(ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			answer.cancel(true);
			throw timedOut("the request was interrupted");
		}
	}

	private CypherResponse runNow(String query, Map<String, Object> params) {
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

	private ApiProblem timedOut(String why) {
		return new ApiProblem(HttpStatus.REQUEST_TIMEOUT, "Query timeout", "The query ran longer than the "
				+ this.properties.timeout().toMillis() + " ms limit (vinculos.cypher.timeout) and was stopped: " + why + ".");
	}

	@PreDestroy
	void stop() {
		this.workers.shutdownNow();
	}

	private ApiProblem translate(Neo4jException ex) {
		String code = ex.code() == null ? "" : ex.code();
		if (code.contains("TransactionTimedOut") || code.contains("Transaction.Terminated")) {
			return timedOut("Neo4j stopped it").with("neo4jCode", code);
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
