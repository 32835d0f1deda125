package mx.vinculos.embedded;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(OutputCaptureExtension.class)
class EmbeddedNeo4jTests {

	@TempDir
	Path dir;

	@Test
	void dataSurvivesARestartAndOfficialDriverConnectsOverBolt() {
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(this.dir, "127.0.0.1", 0, "");
				Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
			assertThat(neo4j.boltUri().getPort()).isPositive();
			driver.executableQuery("CREATE (:Probe {id: 'kept'})").execute();
		}
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(this.dir, "127.0.0.1", 0, "");
				Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
			var records = driver.executableQuery("MATCH (p:Probe) RETURN p.id AS id").execute().records();
			assertThat(records).extracting(r -> r.get("id").asString()).containsExactly("kept");
		}
	}

	@Test
	void refusesANonLoopbackAddressWithoutPassword() {
		assertThatThrownBy(() -> EmbeddedNeo4j.start(this.dir, "0.0.0.0", 0, ""))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("not a loopback address")
			.hasMessageContaining("vinculos.embedded.password");
	}

	@Test
	void aPasswordTurnsAuthenticationOnAndTheLogSaysTheTrueBoltAddress(CapturedOutput output) {
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(this.dir, "0.0.0.0", 0, "a-long-test-password")) {
			assertThat(output.getOut()).contains("Bolt listening on 0.0.0.0:" + neo4j.boltUri().getPort())
				.contains("authentication on");
			try (Driver anonymous = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
				assertThatThrownBy(anonymous::verifyConnectivity).isInstanceOf(AuthenticationException.class);
			}
			try (Driver user = GraphDatabase.driver(neo4j.boltUri(),
					AuthTokens.basic("neo4j", "a-long-test-password"))) {
				assertThat(user.executableQuery("RETURN 1 AS one").execute().records().get(0).get("one").asInt())
					.isEqualTo(1);
			}
		}
	}

	@Test
	void loopbackIsRecognised() {
		assertThat(EmbeddedNeo4j.isLoopback("127.0.0.1")).isTrue();
		assertThat(EmbeddedNeo4j.isLoopback("localhost")).isTrue();
		assertThat(EmbeddedNeo4j.isLoopback("::1")).isTrue();
		assertThat(EmbeddedNeo4j.isLoopback("0.0.0.0")).isFalse();
	}

}
