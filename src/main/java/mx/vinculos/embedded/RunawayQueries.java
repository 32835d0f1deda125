package mx.vinculos.embedded;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.neo4j.internal.kernel.api.connectioninfo.ClientConnectionInfo;
import org.neo4j.kernel.api.KernelTransactionHandle;
import org.neo4j.kernel.api.exceptions.Status;
import org.neo4j.kernel.impl.api.KernelTransactions;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends queries that Neo4j has terminated but that go on computing. Neo4j checks a
 * transaction's termination between rows and between operators, never inside one
 * expression or while planning: {@code reduce(s = '', x IN range(1, 200000) | s + 'xx…')}
 * builds gigabytes of strings for a minute after its deadline, and a query with thousands of
 * nested terms keeps a core busy in the planner. Nothing in Neo4j 5.26 community can stop
 * either (its memory limit only sees what operators hold, not the garbage of one expression).
 *
 * <p>
 * So this stops the thread's work by throwing {@link ThreadDeath} into it, only under these
 * conditions, checked while the thread is suspended so they cannot change in between: the
 * transaction is already marked for termination, and the thread's innermost frames are pure
 * computation on values or on the query's syntax tree (string building, arithmetic, list
 * copying, planning) that holds no monitor of its own. An error thrown there is what a type
 * error or an {@link OutOfMemoryError} at the same allocation would be, which Neo4j already
 * handles: the statement fails, its locks are released by the callers that took them, and
 * its transaction rolls back. Anything else (reading the store, waiting) is left to Neo4j's
 * own check, which it reaches quickly from there.
 *
 * <p>
 * Needs a JDK where {@code Thread.stop} still works (17 to 19, what this service ships with);
 * on newer ones it says so once and the query runs until it ends by itself.
 */
public final class RunawayQueries {

	private static final Logger log = LoggerFactory.getLogger(RunawayQueries.class);

	/** Library code an error may interrupt: it only computes on objects of its own thread. */
	private static final List<String> PURE_LIBRARY = List.of("java.lang.String", "java.lang.AbstractStringBuilder",
			"java.lang.StringBuilder", "java.lang.StringLatin1", "java.lang.StringUTF16", "java.lang.StringConcatHelper",
			"java.lang.Math", "java.lang.Integer", "java.lang.Long", "java.lang.Double", "java.lang.Object",
			"java.util.Arrays", "java.util.ArrayList", "java.util.HashMap", "java.util.HashSet",
			"jdk.internal.util.ArraysSupport", "scala.");

	/** Neo4j code that evaluates expressions or plans, without touching the store or locks. */
	private static final List<String> PURE_NEO4J = List.of("org.neo4j.values.", "org.neo4j.cypher.operations.",
			"org.neo4j.cypher.internal.runtime.interpreted.commands.",
			"org.neo4j.cypher.internal.runtime.slotted.expressions.", "org.neo4j.cypher.internal.expressions.",
			"org.neo4j.cypher.internal.ast.", "org.neo4j.cypher.internal.util.", "org.neo4j.cypher.internal.rewriting.",
			"org.neo4j.cypher.internal.frontend.", "org.neo4j.cypher.internal.compiler.",
			"org.neo4j.cypher.internal.ir.", "org.neo4j.cypher.internal.logical.", "org.neo4j.cypher.internal.planner.");

	private final GraphDatabaseAPI database;

	private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

	private volatile boolean unsupported;

	RunawayQueries(GraphDatabaseAPI database) {
		this.database = database;
	}

	/** What {@link #stop} found. */
	public enum Outcome {

		/** No transaction carries that mark: it has ended. */
		GONE,
		/** Its thread was stopped; the transaction is rolling back. */
		STOPPED,
		/** It is still there, but not in a state where it can be stopped now: ask again. */
		RUNNING

	}

	/**
	 * Terminates the transaction whose metadata has {@code key} = {@code value} and, when
	 * its thread ignores that, stops the computation under the conditions above.
	 */
	public Outcome stop(String key, String value) {
		Optional<KernelTransactionHandle> found = this.database.getDependencyResolver()
			.resolveDependency(KernelTransactions.class)
			.activeTransactions()
			.stream()
			.filter(h -> value.equals(h.getMetaData().get(key)))
			.findFirst();
		if (found.isEmpty()) {
			return Outcome.GONE;
		}
		KernelTransactionHandle handle = found.get();
		if (handle.terminationMark().isEmpty()) {
			// first Neo4j's own way: a query between rows stops at once
			handle.markForTermination(Status.Transaction.TransactionTimedOut);
			return Outcome.RUNNING;
		}
		String connection = handle.clientInfo().map(ClientConnectionInfo::connectionId).orElse(null);
		Thread thread = connection == null ? null : boltThreadServing(connection);
		if (thread == null) {
			log.debug("No Bolt thread serves connection {} of a terminated query", connection);
		}
		else if (stopIfComputing(thread)) {
			log.warn("Stopped a query that went on computing after its deadline (connection {})", connection);
			return Outcome.STOPPED;
		}
		return Outcome.RUNNING;
	}

	/** Bolt names the worker thread after the connection it serves: "neo4j.BoltWorker-4 [bolt-0 - /127.0.0.1:…]". */
	private static Thread boltThreadServing(String connection) {
		String mark = "[" + connection + " ";
		for (Thread t : Thread.getAllStackTraces().keySet()) {
			if (t.getName().contains(mark)) {
				return t;
			}
		}
		return null;
	}

	@SuppressWarnings({ "deprecation", "removal" })
	private boolean stopIfComputing(Thread thread) {
		if (this.unsupported) {
			return false;
		}
		try {
			thread.suspend();
		}
		catch (UnsupportedOperationException ex) {
			this.unsupported = true;
			log.warn("This JDK cannot stop a thread: queries that compute past their deadline run until they end");
			return false;
		}
		try {
			int depth = computingDepth(thread.getStackTrace());
			ThreadInfo[] info = this.threads.getThreadInfo(new long[] { thread.getId() }, true, false);
			if (depth == 0 || info.length == 0 || info[0] == null || info[0].getThreadState() != Thread.State.RUNNABLE
					|| Arrays.stream(info[0].getLockedMonitors()).anyMatch(m -> m.getLockedStackDepth() < depth)) {
				return false;
			}
			thread.stop();
			return true;
		}
		finally {
			thread.resume();
		}
	}

	/**
	 * How many innermost frames are pure computation, at least one of them Neo4j's: 0 when
	 * the thread is doing anything else. Whatever locks the frames under them hold were
	 * taken by callers that already cope with errors from expression evaluation (a type
	 * error, a division by zero, an {@link OutOfMemoryError}).
	 */
	static int computingDepth(StackTraceElement[] stack) {
		boolean neo4j = false;
		for (int depth = 0; depth < stack.length; depth++) {
			String type = stack[depth].getClassName();
			if (PURE_NEO4J.stream().anyMatch(type::startsWith)) {
				neo4j = true;
			}
			else if (PURE_LIBRARY.stream().noneMatch(type::startsWith)) {
				return neo4j ? depth : 0;
			}
		}
		return 0;
	}

}
