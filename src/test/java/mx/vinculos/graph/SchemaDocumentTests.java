package mx.vinculos.graph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import mx.vinculos.ServiceTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code cypher/README.md} says what the loaded graph has: every label, type, endpoint pair,
 * property (and whether it is optional) and enumerated value, and nothing else.
 */
class SchemaDocumentTests extends ServiceTestBase {

	@Autowired
	Driver driver;

	String markdown;

	SchemaDocument graph;

	@BeforeEach
	void read() throws Exception {
		this.markdown = Files.readString(Path.of("cypher", "README.md"));
		this.graph = SchemaDocument.live(this.driver, SchemaDocument.parse(this.markdown).values().keySet());
	}

	List<String> differences(String markdown) {
		return SchemaDocument.parse(markdown).differencesFrom(this.graph);
	}

	@Test
	void theSchemaDocumentSaysWhatTheGraphHas() {
		assertThat(differences(this.markdown))
			.as("cypher/README.md disagrees with the loaded graph; make these edits")
			.isEmpty();
		assertThat(this.graph.nodes()).containsKeys("Agency", "Event", "Report");
		assertThat(this.graph.endpoints()).contains("LOCATED_IN Organization → Country", "LOCATED_IN Agency → Country");
	}

	@Test
	void aWrongDocumentFailsAndSaysWhatToChange() {
		String wrong = this.markdown
			// a property the graph has goes missing, one it never sets appears
			.replace("| `id`, `name`, `aliases`, `aliasText`, `nameKeys`, `type`, `pageRank`, `degree`, `hub` |",
					"| `id`, `name`, `aliases`, `aliasText`, `nameKeys`, `type`, `pageRank`, `degree`, `hub`, `since` |")
			.replace("`role`, `note?`, `source`, `line`, `quote` |", "`role`, `source`, `line`, `quote` |")
			// an optional property documented as always there
			.replace("`startDate?`", "`startDate`")
			// a label that does not exist
			.replace("| `Report` | a source", "| `Ship` | a ship | `id`, `name` |\n| `Report` | a source")
			// an endpoint pair the graph has is dropped, one it lacks is added
			.replace("| `LOCATED_IN` | `Agency`, `City`, `Organization` | `Country` |",
					"| `LOCATED_IN` | `City` | `Country`, `City` |")
			// an enumerated value in English the graph stores otherwise, a missing one
			.replace("`adhered`, ", "`ratified`, ")
			// a whole enumeration gone
			.replace("| `Event.modality` | `presencial`, `virtual`, `híbrido` |\n", "");
		assertThat(wrong).isNotEqualTo(this.markdown);

		assertThat(differences(wrong)).containsExactlyInAnyOrder(
				"Nodes table, `Country`: remove property `since` (never set)",
				"Relationships table, `MEMBER_OF`: add property `note?`",
				"Nodes table, `Event`: write `startDate?` (absent on some)",
				"Nodes table: remove label `Ship` (not in the graph)",
				"Endpoints table: add `LOCATED_IN` `Agency` → `Country`",
				"Endpoints table: add `LOCATED_IN` `Organization` → `Country`",
				"Endpoints table: remove `LOCATED_IN` `City` → `City` (no such edge in the graph)",
				"Values table, `AGREEMENT.status`: add `adhered`",
				"Values table, `AGREEMENT.status`: remove `ratified` (not in the graph)",
				"Values table: add row `Event.modality` with `híbrido`, `presencial`, `virtual`");
	}

	@Test
	void aMissingLabelOrTypeIsNamedWithTheLineToWrite() {
		String wrong = this.markdown.replaceAll("(?m)^\\| `Project` \\|.*\\n", "")
			.replaceAll("(?m)^\\| `HELD_IN` \\| where.*\\n", "");
		assertThat(differences(wrong)).containsExactlyInAnyOrder(
				"Nodes table: add label `Project` with properties `aliasText`, `aliases`, `degree`, `hub`, `id`, `name`, `nameKeys`, `note?`, `pageRank`, `type`",
				"Relationships table: add type `HELD_IN` with properties `line`, `quote`, `source`");
	}

}
