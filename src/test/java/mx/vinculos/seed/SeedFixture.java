package mx.vinculos.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A copy of the small seeds fixture in a folder a test may edit. */
final class SeedFixture {

	private SeedFixture() {
	}

	static Path copyTo(Path dir) {
		try {
			Path source = Path.of("src/test/resources/seeds-fixture");
			try (var files = Files.list(source)) {
				for (Path f : files.toList()) {
					Files.copy(f, dir.resolve(f.getFileName()));
				}
			}
			return dir;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void edit(Path file, String from, String to) {
		try {
			String text = Files.readString(file);
			if (!text.contains(from)) {
				throw new IllegalArgumentException("fixture has no " + from);
			}
			Files.writeString(file, text.replace(from, to));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
