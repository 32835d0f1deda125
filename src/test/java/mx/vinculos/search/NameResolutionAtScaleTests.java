package mx.vinculos.search;

import java.util.Map;

import mx.vinculos.ServiceTestBase;
import mx.vinculos.graph.GraphReads;
import mx.vinculos.graph.GraphSessions;
import mx.vinculos.graph.GraphSnapshot.Node;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A name resolves by its exact (folded) key, however many names merely contain its words:
 * with 300 people called "Claudia Sheinbaum Pardo x<k>" (what bench/scale.py makes at x300)
 * the resolution reads one node, not the hundred candidates the word index would send.
 */
class NameResolutionAtScaleTests extends ServiceTestBase {

	@Autowired
	Driver driver;

	@Autowired
	GraphSessions sessions;

	@Autowired
	GraphReads reads;

	@Autowired
	EntitySearch search;

	private void write(String cypher) {
		try (Session session = this.driver.session(this.sessions.write())) {
			session.executeWriteWithoutResult(tx -> tx.run(cypher).consume());
		}
	}

	@BeforeEach
	void lookalikes() {
		write("""
				MATCH (n:Person {id: 'claudia-sheinbaum-pardo'})
				UNWIND range(1, 300) AS k
				CREATE (c:Entity:Person {id: 'lookalike-x' + k, type: 'Person', name: n.name + ' x' + k,
				  aliases: [a IN n.aliases | a + ' x' + k], nameKeys: [x IN n.nameKeys | x + ' x' + k],
				  lookalike: true})
				SET c.aliasText = reduce(t = '', a IN c.aliases | t + ' | ' + a)""");
	}

	@AfterEach
	void removeThem() {
		write("MATCH (n {lookalike: true}) DETACH DELETE n");
	}

	@Test
	void anExactNameWinsAmongManyLookalikesAndReadsOneNode() {
		for (String typed : new String[] { "Claudia Sheinbaum Pardo", "CLAUDIA SHEINBAUM PARDO", "claudia sheinbaum pardo" }) {
			var r = this.http.get("/api/timeline", Map.of("entity", typed));
			assertThat(r.status()).isEqualTo(200);
			assertThat(r.body()).contains("claudia-sheinbaum-pardo").doesNotContain("lookalike-x");
		}
		int[] read = new int[1];
		Node n = this.reads.read(r -> {
			Node found = this.search.resolve(r, "Claudia Sheinbaum Pardo", "entity");
			read[0] = r.graph().nodes().size();
			return found;
		});
		assertThat(n.id()).isEqualTo("claudia-sheinbaum-pardo");
		assertThat(read[0]).isEqualTo(1);
		// a lookalike is found by its own exact name too
		assertThat(this.reads.read(r -> this.search.resolve(r, "Claudia Sheinbaum Pardo x17", "entity")).id())
			.isEqualTo("lookalike-x17");
	}

	@Test
	void aNodeWrittenWithoutKeysIsStillResolvedByItsWords() {
		write("""
				CREATE (:Entity:Organization {id: 'sin-claves', type: 'Organization', name: 'Fundación Sin Claves de Prueba',
				  aliases: [], aliasText: '', lookalike: true})""");
		assertThat(this.reads.read(r -> this.search.resolve(r, "Fundación Sin Claves de Prueba", "entity")).id())
			.isEqualTo("sin-claves");
		assertThat(this.reads.read(r -> this.search.resolve(r, "fundacion sin claves", "entity")).id())
			.isEqualTo("sin-claves");
	}

}
