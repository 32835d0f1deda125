package mx.vinculos.embedded;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.neo4j.kernel.internal.Version;

import static org.assertj.core.api.Assertions.assertThat;

/** The Neo4j version lives in pom.xml; compose, Testcontainers and the embedded jar agree. */
class Neo4jVersionTests {

	@Test
	void composeThePomAndTheEmbeddedServerRunTheSameNeo4j() throws Exception {
		String image = System.getProperty("neo4j.image");
		String version = System.getProperty("neo4j.version");
		assertThat(image).as("surefire passes <neo4j.image> from pom.xml").isNotBlank();
		Matcher m = Pattern.compile("(?m)^\\s*image:\\s*(neo4j:\\S+)\\s*$")
			.matcher(Files.readString(Path.of("docker-compose.yml")));
		assertThat(m.find()).as("docker-compose.yml has a neo4j image").isTrue();
		assertThat(m.group(1)).isEqualTo(image);
		String tag = image.substring("neo4j:".length()).replace("-community", "").replace("-enterprise", "");
		assertThat(version).startsWith(tag + ".");
		assertThat(Version.getNeo4jVersion()).isEqualTo(version);
	}

}
