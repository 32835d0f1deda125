package mx.vinculos.security;

import java.nio.file.Files;
import java.nio.file.Path;

import mx.vinculos.StartupRefusal;
import mx.vinculos.VinculosApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Configurations the service refuses, each with one clear line in the log (Boot's failure
 * report) and no stack trace above debug level; and the no-accounts default.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupRefusalTests {

	@TempDir
	Path dir;

	private ConfigurableApplicationContext start(String... args) {
		return new SpringApplicationBuilder(VinculosApplication.class).run(concat(args,
				"--server.port=0", "--vinculos.embedded.bolt-port=0", "--vinculos.data-dir=" + this.dir.resolve("data"),
				"--spring.main.banner-mode=off"));
	}

	private static String[] concat(String[] a, String... b) {
		String[] all = new String[a.length + b.length];
		System.arraycopy(a, 0, all, 0, a.length);
		System.arraycopy(b, 0, all, a.length, b.length);
		return all;
	}

	private static void isRefusal(Throwable t) {
		Throwable root = t;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		assertThat(root).isInstanceOf(StartupRefusal.class);
	}

	private static void assertOneClearLine(CapturedOutput output, String line) {
		assertThat(output.getOut()).contains("APPLICATION FAILED TO START").contains(line);
		assertThat(output.getOut().lines().filter(l -> l.trim().startsWith("at ")).count())
			.as("stack frames in the log").isZero();
	}

	@Test
	void nonLoopbackHttpWithoutAccountsRefusesToStart(CapturedOutput output) {
		assertThatThrownBy(() -> start("--server.address=0.0.0.0", "--vinculos.seeds.load=false"))
			.satisfies(StartupRefusalTests::isRefusal);
		assertOneClearLine(output, "server.address=0.0.0.0 is not a loopback address and no accounts are configured");
	}

	@Test
	void aPasswordWithoutItsEncodingRefusesToStart(CapturedOutput output) {
		assertThatThrownBy(() -> start("--vinculos.security.users.ana.password=plain",
				"--vinculos.security.users.ana.roles=LECTOR", "--vinculos.seeds.load=false"))
			.satisfies(StartupRefusalTests::isRefusal);
		assertOneClearLine(output, "vinculos.security.users.ana.password must start with its encoding");
	}

	@Test
	void anUnknownRoleRefusesToStart(CapturedOutput output) {
		assertThatThrownBy(() -> start("--vinculos.security.users.ana.password={noop}x",
				"--vinculos.security.users.ana.roles=JEFE", "--vinculos.seeds.load=false"))
			.satisfies(StartupRefusalTests::isRefusal);
		assertOneClearLine(output, "vinculos.security.users.ana.roles has 'JEFE'");
	}

	@Test
	void aMissingSeedsFolderOnAnEmptyDatabaseRefusesToStart(CapturedOutput output) {
		assertThatThrownBy(() -> start("--vinculos.seeds.dir=" + this.dir.resolve("semillas-mal-escritas")))
			.satisfies(StartupRefusalTests::isRefusal);
		assertOneClearLine(output, "semillas-mal-escritas does not exist and the database is empty");
	}

	@Test
	void withoutAccountsHttpListensOnLoopbackOnlyAndNeedsNoLogin() throws Exception {
		Files.createDirectories(this.dir);
		try (ConfigurableApplicationContext context = start("--vinculos.seeds.load=false")) {
			assertThat(context.getEnvironment().getProperty("server.address")).isEqualTo("127.0.0.1");
			int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
			Client c = new Client(port);
			assertThat(c.get("/api/entities?q=bogota").status()).isEqualTo(200);
			assertThat(c.cypher("RETURN 1").status()).isEqualTo(200);
			Client.Response health = c.get("/actuator/health");
			assertThat(health.body()).contains("UP").doesNotContain("path", "components");
		}
	}

}
