package mx.vinculos.cypher;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mx.vinculos.embedded.RunawayQueries;
import mx.vinculos.graph.GraphSessions;
import mx.vinculos.web.ApiProblem;
import mx.vinculos.web.Texts;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.QueryType;
import org.neo4j.driver.summary.ResultSummary;

import jakarta.annotation.PreDestroy;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Runs analysts' queries read-only. Before Neo4j sees a query, its text is bounded in size
 * and in planning complexity (the planner does not stop at the deadline). Neo4j then plans
 * it ({@code EXPLAIN}, which executes nothing) and only what is on the allow-list runs: a
 * read-only plan whose procedures are known pure reads and whose commands only list the
 * schema. Everything else, admin commands included, is 403. What passes runs in a READ
 * auto-commit transaction (so read-only {@code CALL {...} IN TRANSACTIONS} works) with the
 * timeout, Neo4j's per-transaction memory limit, a row cap and a byte cap. Each user may have
 * a few queries at once, so one client cannot take every worker.
 */
@Service
class CypherService {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CypherService.class);

	private static final Pattern PROCEDURE = Pattern.compile("^\\s*([\\w.]+)\\s*\\(");

	private static final Pattern POSITION = Pattern.compile("\\(line (\\d+), column (\\d+) \\(offset: (\\d+)\\)\\)");

	/** Put on a line of its own so Neo4j's error positions shift by exactly one line. */
	private static final String EXPLAIN = "EXPLAIN\n";

	/** Read procedures an analyst may call: they describe the schema or search an index. */
	private static final Set<String> READ_PROCEDURES = Set.of("db.labels", "db.relationshipTypes", "db.propertyKeys",
			"db.index.fulltext.queryNodes", "db.index.fulltext.queryRelationships",
			"db.index.fulltext.listAvailableAnalyzers", "db.index.vector.queryNodes", "db.index.vector.queryRelationships",
			"db.info", "db.ping");

	/** Commands that only list the schema or the callable procedures and functions. */
	private static final Set<String> READ_COMMANDS = Set.of("ShowIndexes", "ShowConstraints", "ShowProcedures",
			"ShowFunctions");

	/** Procedures that administer the server rather than read the graph. */
	private static final Set<String> ADMIN_PROCEDURES = Set.of("db.prepareForReplanning", "db.resampleOutdatedIndexes",
			"db.resampleIndex", "db.clearQueryCaches", "db.checkpoint", "db.awaitIndex", "db.awaitIndexes",
			"db.listLocks", "tx.setMetaData", "tx.getMetaData");

	private static final long DEADLINE_GRACE_MS = 2000;

	/** Transaction metadata that tells this service's queries apart in Neo4j. */
	private static final String JOB_KEY = "vinculosJob";

	private final Driver driver;

	private final GraphSessions sessions;

	private final CypherProperties properties;

	private final Texts texts;

	/** With the embedded server: ends what Neo4j's own deadline cannot. Null against a remote server. */
	/** Only with the embedded server; looked up when first needed, not while the service starts. */
	private final ObjectProvider<RunawayQueries> runaways;

	/**
	 * Threads are cheap; Neo4j's time is not. A query runs only with one of these permits; one
	 * that gave up waiting for its answer hands its permit back at once, even while the driver
	 * call under it still waits for Neo4j (the driver ignores interrupts until Neo4j answers).
	 */
	private final Semaphore running;

	private final Semaphore admitted;

	private final java.util.concurrent.ExecutorService workers = java.util.concurrent.Executors
		.newCachedThreadPool(r -> {
			Thread t = new Thread(r, "cypher-query");
			t.setDaemon(true);
			return t;
		});

	private final Map<String, Semaphore> slots = new ConcurrentHashMap<>();

	private static final int ALLOWED_CACHE = 2048;

	/** Query texts whose plan passed the allow-list. */
	private final Map<String, Boolean> allowed = new ConcurrentHashMap<>();

	private final java.util.concurrent.ExecutorService watcher = java.util.concurrent.Executors
		.newCachedThreadPool(r -> {
			Thread t = new Thread(r, "cypher-watch");
			t.setDaemon(true);
			return t;
		});

	private final java.util.concurrent.atomic.AtomicInteger lingering = new java.util.concurrent.atomic.AtomicInteger();

	CypherService(Driver driver, GraphSessions sessions, CypherProperties properties, Texts texts,
			ObjectProvider<RunawayQueries> runaways) {
		this.driver = driver;
		this.sessions = sessions;
		this.properties = properties;
		this.texts = texts;
		this.runaways = runaways;
		this.running = new Semaphore(properties.workers());
		// room for the running queries and a short queue behind them
		this.admitted = new Semaphore(3 * properties.workers());
	}

	/**
	 * @param user who asks: the account name, or the client address without accounts
	 */
	CypherResponse run(String query, Map<String, Object> parameters, String user) {
		if (query == null || query.isBlank()) {
			throw ApiProblem.badRequest(this.texts.get("limites.cypher.vacia"));
		}
		long bytes = query.getBytes(StandardCharsets.UTF_8).length;
		if (bytes > this.properties.maxQuery().toBytes()) {
			throw new ApiProblem(HttpStatus.CONTENT_TOO_LARGE, this.texts.get("limites.cypher.larga.titulo"),
					this.texts.get("limites.cypher.larga", bytes, this.properties.maxQuery().toBytes()))
				.with("limit", this.properties.maxQuery().toBytes());
		}
		CypherText text = CypherText.of(query);
		if (text.booleanTerms() > this.properties.maxBooleanTerms() || text.clauses() > this.properties.maxClauses()) {
			throw new ApiProblem(HttpStatus.BAD_REQUEST, this.texts.get("limites.cypher.compleja.titulo"),
					this.texts.get("limites.cypher.compleja", text.booleanTerms(), this.properties.maxBooleanTerms(),
							text.clauses(), this.properties.maxClauses()));
		}
		if (text.operators() > this.properties.maxOperators() || text.depth() > this.properties.maxNesting()) {
			throw new ApiProblem(HttpStatus.BAD_REQUEST, this.texts.get("limites.cypher.compleja.titulo"),
					this.texts.get("limites.cypher.anidada", text.operators(), this.properties.maxOperators(),
							text.depth(), this.properties.maxNesting()));
		}
		Map<String, Object> params = parameters == null ? Map.of() : parameters;
		Semaphore slot = this.slots.computeIfAbsent(user, u -> new Semaphore(this.properties.perUser()));
		if (!slot.tryAcquire()) {
			throw busy(this.texts.get("limites.cypher.usuario", this.properties.perUser()));
		}
		if (!this.admitted.tryAcquire()) {
			slot.release();
			throw busy(this.texts.get("limites.cypher.lleno"));
		}
		Job job = new Job(text, query, params, slot);
		Future<CypherResponse> answer;
		try {
			answer = this.workers.submit(job::call);
		}
		catch (RejectedExecutionException ex) {
			job.release();
			throw busy(this.texts.get("limites.cypher.lleno"));
		}
		return await(job, answer);
	}

	private CypherResponse await(Job job, Future<CypherResponse> answer) {
		long timeoutMs = this.properties.timeout().toMillis();
		try {
			// A query that waited its whole turn without a worker never ran: that is
			// "busy, try again", not "it ran too long".
			job.decided.await(queueWaitMs() + DEADLINE_GRACE_MS, TimeUnit.MILLISECONDS);
			if (!job.ran) {
				job.giveUp();
				answer.cancel(true);
				throw busy(this.texts.get("limites.cypher.esperando"));
			}
			long left = job.startedAt + TimeUnit.MILLISECONDS.toNanos(timeoutMs + DEADLINE_GRACE_MS) - System.nanoTime();
			return answer.get(Math.max(left, 0), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException ex) {
			job.abandon();
			answer.cancel(true);
			throw timedOut(this.texts.get("limites.cypher.motivo.sinrespuesta"));
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException r) {
				throw r;
			}
			throw new IllegalStateException(ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			job.abandon();
			answer.cancel(true);
			throw timedOut(this.texts.get("limites.cypher.motivo.interrumpida"));
		}
	}

	/** How long a query waits for a worker before it is told "busy": a quick honest 503 beats a long wait. */
	private long queueWaitMs() {
		return Math.min(this.properties.timeout().toMillis(), this.properties.queueWait().toMillis());
	}

	/** Queries of this user running, waiting, or still in Neo4j after their answer. */
	int inFlight(String user) {
		Semaphore slot = this.slots.get(user);
		return slot == null ? 0 : this.properties.perUser() - slot.availablePermits();
	}

	/** Queries running now (for tests and the fairness figures). */
	int running() {
		return this.properties.workers() - this.running.availablePermits();
	}

	private final class Job {

		/** Counted down when the job either starts running or gives up waiting for a permit. */
		final CountDownLatch decided = new CountDownLatch(1);

		volatile boolean ran;

		volatile long startedAt;

		final String id = java.util.UUID.randomUUID().toString();

		private final CypherText text;

		private final String query;

		private final Map<String, Object> params;

		private final Semaphore slot;

		private final AtomicBoolean released = new AtomicBoolean();

		private final AtomicBoolean permitHeld = new AtomicBoolean();

		/** Claimed by call() when it starts, or by the answer when it gives up first. */
		private final AtomicBoolean entered = new AtomicBoolean();

		private volatile boolean cancelled;

		/** Set when the answer gave up on it: Neo4j may still be evaluating it. */
		private volatile boolean abandoned;

		Job(CypherText text, String query, Map<String, Object> params, Semaphore slot) {
			this.text = text;
			this.query = query;
			this.params = params;
			this.slot = slot;
		}

		CypherResponse call() {
			if (!this.entered.compareAndSet(false, true)) {
				throw busy(CypherService.this.texts.get("limites.cypher.esperando"));
			}
			boolean permit;
			try {
				permit = CypherService.this.running.tryAcquire(queueWaitMs(), TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				// the answer gave up while this waited for a worker
				permit = false;
			}
			if (!permit || this.cancelled) {
				if (permit) {
					CypherService.this.running.release();
				}
				this.decided.countDown();
				release();
				throw busy(CypherService.this.texts.get("limites.cypher.esperando"));
			}
			this.permitHeld.set(true);
			this.startedAt = System.nanoTime();
			this.ran = true;
			this.decided.countDown();
			try {
				return runNow(this.text, this.query, this.params, this.id);
			}
			finally {
				returnPermit();
				if (!this.abandoned) {
					release();
				}
			}
		}

		/** The answer was given up before the query ran: it never will. */
		void giveUp() {
			this.cancelled = true;
			// a task cancelled before its thread picked it up never runs call(): release here
			if (this.entered.compareAndSet(false, true)) {
				release();
			}
		}

		/**
		 * The answer was given up while the query ran: its worker permit goes back now; the
		 * user's slot once Neo4j lets go of the query.
		 */
		void abandon() {
			if (!this.ran) {
				giveUp();
				return;
			}
			this.abandoned = true;
			returnPermit();
			holdUntilNeo4jIsDone(this);
		}

		private void returnPermit() {
			if (this.permitHeld.compareAndSet(true, false)) {
				CypherService.this.running.release();
			}
		}

		void release() {
			if (this.released.compareAndSet(false, true)) {
				CypherService.this.admitted.release();
				this.slot.release();
			}
		}

	}

	/**
	 * Neo4j checks its deadline between rows, not inside one expression nor while planning:
	 * a long {@code reduce(...)} goes on computing after the answer said 408 and the worker
	 * was freed. With the embedded server that computation is stopped shortly after the
	 * deadline ({@link RunawayQueries}); against a remote server it runs until Neo4j lets go.
	 * Either way the user's slot stays taken until then, so one user cannot pile up more such
	 * queries than their share.
	 */
	private void holdUntilNeo4jIsDone(Job job) {
		this.watcher.execute(() -> {
			long giveUp = System.nanoTime() + TimeUnit.MINUTES.toNanos(30);
			long stopAfter = job.startedAt + this.properties.timeout().toNanos()
					+ TimeUnit.MILLISECONDS.toNanos(DEADLINE_GRACE_MS);
			RunawayQueries runaways = this.runaways.getIfAvailable();
			this.lingering.incrementAndGet();
			try {
				while (System.nanoTime() < giveUp) {
					if (runaways != null && System.nanoTime() >= stopAfter) {
						if (runaways.stop(JOB_KEY, job.id) == RunawayQueries.Outcome.GONE) {
							break;
						}
						Thread.sleep(200);
					}
					else if (stillInNeo4j(job.id)) {
						Thread.sleep(runaways != null ? 200 : 1000);
					}
					else {
						break;
					}
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			catch (RuntimeException ex) {
				// the database is going away: nothing left to wait for
				log.debug("Stopped watching an abandoned query", ex);
			}
			finally {
				this.lingering.decrementAndGet();
				job.release();
			}
		});
	}

	private boolean stillInNeo4j(String jobId) {
		try (Session session = this.driver.session(this.sessions.read())) {
			return session
				.run("SHOW TRANSACTIONS YIELD metaData WHERE metaData.vinculosJob = $id RETURN count(*) > 0 AS running",
						Map.of("id", jobId))
				.single()
				.get("running")
				.asBoolean();
		}
	}

	/** Queries whose answer was given up but which Neo4j still evaluates. */
	int lingering() {
		return this.lingering.get();
	}

	private CypherResponse runNow(CypherText text, String query, Map<String, Object> params, String jobId) {
		TransactionConfig config = TransactionConfig.builder()
			.withTimeout(this.properties.timeout())
			.withMetadata(Map.of(JOB_KEY, jobId))
			.build();
		try (Session session = this.driver.session(this.sessions.read())) {
			// The verdict depends on the text alone (procedure names and clauses cannot be
			// parameters), so a text already allowed is not planned twice.
			if (!this.allowed.containsKey(query)) {
				ResultSummary plan;
				try {
					plan = session.run(EXPLAIN + text.body(), params, config).consume();
				}
				catch (Neo4jException ex) {
					throw translate(ex, true);
				}
				refuse(plan);
				if (this.allowed.size() >= ALLOWED_CACHE) {
					this.allowed.clear();
				}
				this.allowed.put(query, Boolean.TRUE);
			}
			try {
				Result result = session.run(query, params, config);
				return collect(result);
			}
			catch (Neo4jException ex) {
				throw translate(ex, false);
			}
		}
	}

	private CypherResponse collect(Result result) {
		List<String> columns = result.keys();
		List<List<Object>> rows = new ArrayList<>();
		long maxBytes = this.properties.maxAnswer().toBytes();
		long bytes = 0;
		boolean truncated = false;
		while (result.hasNext()) {
			if (rows.size() == this.properties.rowCap()) {
				truncated = true;
				break;
			}
			Record record = result.next();
			List<Object> row = new ArrayList<>(columns.size());
			record.values().forEach(v -> row.add(GraphJson.of(v)));
			bytes += AnswerSize.of(row);
			if (bytes > maxBytes) {
				if (rows.isEmpty()) {
					throw new ApiProblem(HttpStatus.BAD_REQUEST, this.texts.get("limites.cypher.respuesta.titulo"),
							this.texts.get("limites.cypher.fila", maxBytes / (1024 * 1024))).with("limit", maxBytes);
				}
				truncated = true;
				break;
			}
			rows.add(row);
		}
		return new CypherResponse(columns, rows, truncated);
	}

	/** Runs nothing that is not on the allow-list; says which rule refused it. */
	private void refuse(ResultSummary plan) {
		List<String> operators = new ArrayList<>();
		List<String> procedures = new ArrayList<>();
		if (plan.hasPlan()) {
			walk(plan.plan(), operators, procedures);
		}
		for (String op : operators) {
			if (op.equals("AdministrationCommand") || ((op.startsWith("Show") || op.startsWith("Terminate"))
					&& !READ_COMMANDS.contains(op))) {
				throw refused("limites.cypher.rechazo.admin", op);
			}
		}
		for (String procedure : procedures) {
			if (READ_PROCEDURES.contains(procedure) || procedure.startsWith("db.schema.")) {
				continue;
			}
			if (procedure.startsWith("dbms.") || procedure.startsWith("db.stats.") || ADMIN_PROCEDURES.contains(procedure)) {
				throw refused("limites.cypher.rechazo.procedimiento.admin", procedure);
			}
			throw refused("limites.cypher.rechazo.procedimiento", procedure);
		}
		if (operators.stream().anyMatch(op -> op.startsWith("LoadCSV"))) {
			throw refused("limites.cypher.rechazo.csv");
		}
		QueryType type = plan.queryType();
		if (type == QueryType.SCHEMA_WRITE) {
			throw refused("limites.cypher.rechazo.esquema");
		}
		if (type != QueryType.READ_ONLY) {
			throw refused("limites.cypher.rechazo.escritura");
		}
	}

	private static void walk(Plan plan, List<String> operators, List<String> procedures) {
		String op = plan.operatorType();
		int at = op.indexOf('@');
		op = at < 0 ? op : op.substring(0, at);
		operators.add(op);
		if (op.startsWith("ProcedureCall")) {
			var details = plan.arguments().get("Details");
			Matcher m = PROCEDURE.matcher(details == null ? "" : details.asString());
			procedures.add(m.find() ? m.group(1) : "?");
		}
		for (Plan child : plan.children()) {
			walk(child, operators, procedures);
		}
	}

	private ApiProblem refused(String key, Object... args) {
		return new ApiProblem(HttpStatus.FORBIDDEN, this.texts.get("limites.cypher.rechazo.titulo"),
				this.texts.get("limites.cypher.rechazo", this.texts.get(key, args)));
	}

	private ApiProblem busy(String why) {
		long retry = Math.max(1, this.properties.timeout().toSeconds());
		return new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, this.texts.get("limites.cypher.ocupado.titulo"), why)
			.header("Retry-After", String.valueOf(retry));
	}

	private ApiProblem timedOut(String why) {
		return new ApiProblem(HttpStatus.REQUEST_TIMEOUT, this.texts.get("limites.cypher.tiempo.titulo"),
				this.texts.get("limites.cypher.tiempo", String.valueOf(this.properties.timeout().toMillis()), why));
	}

	@PreDestroy
	void stop() {
		this.workers.shutdownNow();
		this.watcher.shutdownNow();
	}

	private ApiProblem translate(Neo4jException ex, boolean explained) {
		String code = ex.code() == null ? "" : ex.code();
		String message = explained ? withoutExplain(String.valueOf(ex.getMessage())) : String.valueOf(ex.getMessage());
		if (code.contains("TransactionTimedOut") || code.contains("Transaction.Terminated")) {
			return timedOut(this.texts.get("limites.cypher.motivo.neo4j")).with("neo4jCode", code);
		}
		if (code.contains("MemoryPoolOutOfMemory")) {
			return new ApiProblem(HttpStatus.BAD_REQUEST, this.texts.get("limites.cypher.memoria.titulo"),
					this.texts.get("limites.cypher.memoria")).with("neo4jCode", code);
		}
		if (code.startsWith("Neo.ClientError.Security") || code.contains("AccessMode")
				|| message.contains("read access mode")) {
			return refused("limites.cypher.rechazo.escritura").with("neo4jCode", code);
		}
		if (code.startsWith("Neo.ClientError")) {
			return new ApiProblem(HttpStatus.BAD_REQUEST, this.texts.get("limites.cypher.invalida.titulo"),
					this.texts.get("limites.cypher.invalida", message)).with("neo4jCode", code);
		}
		return new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, this.texts.get("limites.cypher.bd.titulo"),
				this.texts.get("limites.cypher.bd", message)).with("neo4jCode", code);
	}

	/** Neo4j's message about the planned text, with positions in the analyst's own text. */
	static String withoutExplain(String message) {
		Matcher m = POSITION.matcher(message);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			int line = Integer.parseInt(m.group(1)) - 1;
			int offset = Integer.parseInt(m.group(3)) - EXPLAIN.length();
			m.appendReplacement(out, line < 1 || offset < 0 ? "" : Matcher
				.quoteReplacement("(line " + line + ", column " + m.group(2) + " (offset: " + offset + "))"));
		}
		m.appendTail(out);
		return out.toString().replace(EXPLAIN, "").replace("EXPLAIN ", "");
	}

}
