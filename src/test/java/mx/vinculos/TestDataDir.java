package mx.vinculos;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;

import mx.vinculos.embedded.EmbeddedNeo4jProperties;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A test context's data folder ({@code ${java.io.tmpdir}/vinculos-test-<uuid>}) is deleted when
 * the context closes, after its embedded Neo4j has shut down, so the tests do not fill /tmp
 * (each full context leaves ~30 MB). Only a folder of that name directly under the temporary
 * folder is ever deleted: a data folder given elsewhere (a developer's ./data) is left alone.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDataDir {

	static final String PREFIX = "vinculos-test-";

	private static final String REMOVAL = "testDataDirRemoval";

	/**
	 * The embedded server depends on the removal, so Spring destroys the server first (closing
	 * its files) and deletes the folder after.
	 */
	@Bean
	static BeanFactoryPostProcessor testDataDirOutlivesNeo4j() {
		return factory -> {
			if (factory.containsBeanDefinition("embeddedNeo4j")) {
				BeanDefinition server = factory.getBeanDefinition("embeddedNeo4j");
				String[] before = server.getDependsOn() == null ? new String[0] : server.getDependsOn();
				String[] after = Arrays.copyOf(before, before.length + 1);
				after[before.length] = REMOVAL;
				server.setDependsOn(after);
			}
		};
	}

	/** The folder the context's Neo4j was given (bound once: {@code random.uuid} differs at every read). */
	@Bean(REMOVAL)
	Removal testDataDirRemoval(EmbeddedNeo4jProperties properties) {
		return new Removal(properties.dataDir());
	}

	/** Deletes one test data folder when its context is destroyed. */
	public static final class Removal implements DisposableBean {

		private final Path dir;

		public Removal(Path dir) {
			this.dir = dir;
		}

		@Override
		public void destroy() throws IOException {
			if (own(this.dir) && Files.isDirectory(this.dir)) {
				delete(this.dir);
			}
		}

		/** Whether a folder is a test's own: named vinculos-test-… directly under java.io.tmpdir. */
		static boolean own(Path dir) {
			Path d = dir.toAbsolutePath().normalize();
			Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
			return d.getFileName() != null && d.getFileName().toString().startsWith(PREFIX)
					&& d.getFileName().toString().length() > PREFIX.length() && tmp.equals(d.getParent());
		}

		/** Deletes a tree without following links (a link inside is removed, not what it points to). */
		private static void delete(Path root) throws IOException {
			Files.walkFileTree(root, new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
					Files.deleteIfExists(file);
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult postVisitDirectory(Path d, IOException failed) throws IOException {
					Files.deleteIfExists(d);
					return FileVisitResult.CONTINUE;
				}
			});
		}

	}

}
