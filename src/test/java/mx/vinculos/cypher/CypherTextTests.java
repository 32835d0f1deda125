package mx.vinculos.cypher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The text measures that refuse what would plan for minutes, and leave real queries alone. */
class CypherTextTests {

	@Test
	void countsOperatorsAndNestingButNotPatternsStringsOrComments() {
		CypherText text = CypherText.of("""
				// a + b in a comment
				MATCH (a:Person)-[r:MEMBER_OF]->(b)<--(c)--(d)
				WHERE a.age - 1 > 2 * 3 AND a.name <> 'x+y-z'
				RETURN [[a.id], {k: (1 + 2)}] AS n""");
		assertThat(text.operators()).isEqualTo(3); // the minus, the times and the plus
		assertThat(text.depth()).isEqualTo(3);
		assertThat(text.booleanTerms()).isEqualTo(1);
	}

	@Test
	void theAnalystsSharedQueriesPassTheDefaultLimits() throws IOException {
		List<Path> files;
		try (Stream<Path> all = Files.list(Path.of("cypher"))) {
			files = all.filter(p -> p.toString().endsWith(".cypher")).toList();
		}
		assertThat(files).isNotEmpty();
		for (Path file : files) {
			CypherText text = CypherText.of(Files.readString(file));
			assertThat(text.operators()).as(file.toString()).isLessThanOrEqualTo(300);
			assertThat(text.depth()).as(file.toString()).isLessThanOrEqualTo(60);
		}
	}

}
