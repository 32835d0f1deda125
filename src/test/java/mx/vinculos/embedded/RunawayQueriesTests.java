package mx.vinculos.embedded;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which threads may be stopped: only those whose innermost frames compute on values or on
 * the syntax tree, never one reading the store or waiting.
 */
class RunawayQueriesTests {

	static StackTraceElement frame(String type) {
		return new StackTraceElement(type, "m", null, 1);
	}

	@Test
	void aReduceBuildingStringsIsComputing() {
		StackTraceElement[] stack = { frame("java.lang.StringLatin1"), frame("java.lang.String"),
				frame("org.neo4j.values.storable.StringWrappingStringValue"), frame("org.neo4j.cypher.operations.CypherMath"),
				frame("org.neo4j.cypher.internal.runtime.interpreted.commands.expressions.Add"),
				frame("org.neo4j.cypher.internal.runtime.interpreted.commands.expressions.ReduceFunction"),
				frame("org.neo4j.cypher.internal.runtime.interpreted.pipes.ProjectionPipe"),
				frame("org.neo4j.bolt.tx.statement.StatementImpl") };
		assertThat(RunawayQueries.computingDepth(stack)).isEqualTo(6);
	}

	@Test
	void thePlannerHashingItsSyntaxTreeIsComputing() {
		StackTraceElement[] stack = { frame("scala.runtime.Statics"), frame("scala.util.hashing.MurmurHash3"),
				frame("org.neo4j.cypher.internal.expressions.Add"),
				frame("org.neo4j.cypher.internal.compiler.planner.logical.QueryPlanner"),
				frame("org.neo4j.cypher.internal.QueryCache") };
		assertThat(RunawayQueries.computingDepth(stack)).isEqualTo(4);
	}

	@Test
	void readingTheStoreOrWaitingIsNot() {
		StackTraceElement[] reading = { frame("org.neo4j.io.pagecache.impl.muninn.MuninnPageCursor"),
				frame("org.neo4j.values.storable.Values"),
				frame("org.neo4j.cypher.internal.runtime.interpreted.commands.expressions.Property") };
		StackTraceElement[] waiting = { frame("jdk.internal.misc.Unsafe"), frame("java.util.concurrent.locks.LockSupport"),
				frame("org.neo4j.cypher.internal.runtime.interpreted.commands.expressions.Add") };
		StackTraceElement[] libraryOnly = { frame("java.lang.String"), frame("org.neo4j.bolt.tx.statement.StatementImpl") };
		assertThat(RunawayQueries.computingDepth(reading)).isZero();
		assertThat(RunawayQueries.computingDepth(waiting)).isZero();
		assertThat(RunawayQueries.computingDepth(libraryOnly)).isZero();
	}

}
