package mx.vinculos.seed;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import mx.vinculos.ServiceTestBase;
import mx.vinculos.graph.Names;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over the graph the service loads from the real seeds: every fact cites its source, and
 * one thing is one node.
 */
class ProvenanceTests extends ServiceTestBase {

	@Test
	void bothReportsAreLoaded() {
		JsonNode rows = this.http.cypher("""
				MATCH (r:Report)<-[:REPORTED_IN]-(e:Event)
				RETURN r.id AS report, r.file AS file, count(e) AS events ORDER BY report
				""", Map.of()).get("rows");
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).get(0).asString()).isEqualTo("informe-2020-1");
		assertThat(rows.get(0).get(2).asInt()).isGreaterThan(100);
		assertThat(rows.get(1).get(0).asString()).isEqualTo("informe-2021-2");
		assertThat(rows.get(1).get(2).asInt()).isGreaterThan(170);
	}

	@Test
	void everyQuoteInTheGraphIsFoundInItsReportAtItsLine() {
		Map<String, ReportText> texts = new HashMap<>();
		JsonNode reports = this.http.cypher("MATCH (r:Report) RETURN r.id, r.file", Map.of()).get("rows");
		reports.forEach(r -> texts.put(r.get(0).asString(), ReportText.read(Path.of("seeds", r.get(1).asString()))));
		JsonNode rows = this.http.cypher("""
				MATCH ()-[r]->() WHERE r.source <> 'registry'
				RETURN type(r) AS what, r.source AS source, r.line AS line, r.quote AS quote
				UNION ALL
				MATCH (e:Event) RETURN 'Event' AS what, e.source AS source, e.line AS line, e.quote AS quote
				""", Map.of()).get("rows");
		List<String> missing = new ArrayList<>();
		rows.forEach(r -> {
			ReportText text = texts.get(r.get(1).asString());
			if (text == null || !text.contains(r.get(2).asInt(), r.get(3).asString())) {
				missing.add(r.toString());
			}
		});
		assertThat(rows.size()).isGreaterThan(1500);
		assertThat(missing).isEmpty();
	}

	@Test
	void everyRelationshipCarriesASource() {
		JsonNode rows = this.http.cypher("""
				MATCH ()-[r]->() WHERE r.source IS NULL
				   OR (r.source <> 'registry' AND (r.line IS NULL OR r.quote IS NULL))
				RETURN type(r) AS type, count(*) AS n
				""", Map.of()).get("rows");
		assertThat(rows).isEmpty();
	}

	@Test
	void noTwoNodesAreTheSameEntityUnderDifferentNames() {
		JsonNode rows = this.http.cypher("MATCH (n:Entity) RETURN n.id, n.name, n.aliases, coalesce(n.ambiguous, [])", Map.of()).get("rows");
		Map<String, String> owners = new HashMap<>();
		List<String> clashes = new ArrayList<>();
		rows.forEach(r -> {
			List<String> keys = new ArrayList<>();
			keys.add(Names.fold(r.get(1).asString()));
			r.get(2).forEach(a -> keys.add(Names.fold(a.asString())));
			List<String> ambiguous = new ArrayList<>();
			r.get(3).forEach(a -> ambiguous.add(Names.fold(a.asString())));
			keys.stream().distinct().filter(k -> !k.isEmpty() && !ambiguous.contains(k)).forEach(k -> {
				String other = owners.putIfAbsent(k, r.get(0).asString());
				if (other != null && !other.equals(r.get(0).asString())) {
					clashes.add(k + ": " + other + " / " + r.get(0).asString());
				}
			});
		});
		assertThat(rows.size()).isGreaterThan(500);
		assertThat(clashes).isEmpty();
	}

}
