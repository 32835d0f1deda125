package mx.vinculos;

import java.nio.file.Path;

import mx.vinculos.embedded.EmbeddedNeo4jProperties;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared test context has one data folder, the same for every bean that reads it (Neo4j,
 * the curation store), so that {@link TestDataDir} deletes all of it when the context closes.
 */
class ServiceDataDirTests extends ServiceTestBase {

	@Autowired
	private EmbeddedNeo4jProperties neo4j;

	@Value("${vinculos.data-dir}")
	private String first;

	@Value("${vinculos.data-dir}")
	private String second;

	@Test
	void everyBeanReadsTheSameTestFolder() {
		assertThat(this.first).isEqualTo(this.second).isEqualTo(this.neo4j.dataDir().toString());
		assertThat(TestDataDir.Removal.own(Path.of(this.first))).isTrue();
	}

}
