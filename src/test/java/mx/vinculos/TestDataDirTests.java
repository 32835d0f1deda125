package mx.vinculos;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A test context's data folder goes with the context ({@link TestDataDir}): the tests no
 * longer fill /tmp, and nothing but a test's own folder is ever deleted.
 */
class TestDataDirTests {

	private static final Path TMP = Path.of(System.getProperty("java.io.tmpdir"));

	@Test
	void aContextsDataFolderIsDeletedWhenItCloses() {
		Path data = TMP.resolve(TestDataDir.PREFIX + UUID.randomUUID());
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(VinculosApplication.class,
				TestDataDir.class)
			.run("--server.port=0", "--vinculos.embedded.bolt-port=0", "--vinculos.data-dir=" + data,
					"--vinculos.seeds.load=false")) {
			// the server wrote its store there
			assertThat(data).isDirectory();
			assertThat(data.toFile().list()).isNotEmpty();
		}
		assertThat(data).doesNotExist();
	}

	@Test
	void onlyATestsOwnFolderIsEverDeleted(@TempDir Path elsewhere) throws Exception {
		assertThat(TestDataDir.Removal.own(TMP.resolve("vinculos-test-1234"))).isTrue();
		assertThat(TestDataDir.Removal.own(TMP.resolve("vinculos-test-"))).isFalse();
		assertThat(TestDataDir.Removal.own(TMP.resolve("data"))).isFalse();
		assertThat(TestDataDir.Removal.own(TMP.resolve("vinculos-test-1/sub"))).isFalse();
		assertThat(TestDataDir.Removal.own(Path.of("vinculos-test-1234"))).isFalse();
		assertThat(TestDataDir.Removal.own(elsewhere.resolve("vinculos-test-1234"))).isFalse();

		Path kept = Files.createDirectories(elsewhere.resolve("vinculos-test-kept"));
		Files.writeString(kept.resolve("store"), "x");
		new TestDataDir.Removal(kept).destroy();
		assertThat(kept.resolve("store")).exists();

		Path own = Files.createDirectories(TMP.resolve(TestDataDir.PREFIX + UUID.randomUUID()));
		Path outside = Files.writeString(elsewhere.resolve("outside"), "keep me");
		Files.createDirectories(own.resolve("a/b"));
		Files.writeString(own.resolve("a/b/c"), "x");
		// a link inside is removed, not what it points to
		Files.createSymbolicLink(own.resolve("link"), outside);
		new TestDataDir.Removal(own).destroy();
		assertThat(own).doesNotExist();
		assertThat(outside).hasContent("keep me");
	}

}
