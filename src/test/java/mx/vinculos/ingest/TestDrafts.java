package mx.vinculos.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** The drafter the ingest tests run on small snippets: one test report of the second half of 2023. */
final class TestDrafts {

	private TestDrafts() {
	}

	/** A registry of the given entities (registry YAML), written in {@code dir}. */
	static Registry registry(Path dir, String entitiesYaml) throws IOException {
		Files.writeString(dir.resolve("entities.yaml"), entitiesYaml);
		return Registry.load(dir);
	}

	/** A drafter over the given lines (joined with newlines) against {@code registry}. */
	static Drafter drafter(Registry registry, String... lines) {
		return new Drafter(new ReportLines(String.join("\n", lines)), registry, "informe-2023-2", LocalDate.of(2023, 7, 1),
				LocalDate.of(2023, 12, 31));
	}

}
