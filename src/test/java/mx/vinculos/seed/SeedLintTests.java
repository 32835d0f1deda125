package mx.vinculos.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One bad fixture per class of curation error (src/test/resources/seeds-bad/&lt;class&gt;: the
 * files that differ from the good fixture, and the problems expected): each must be refused
 * with that problem and no other. {@code tools/test_seedcheck.py} runs the same fixtures
 * through the Python checker.
 */
class SeedLintTests {

	private static final Path BAD = Path.of("src/test/resources/seeds-bad");

	@TempDir
	Path dir;

	static Stream<String> badFixtures() throws IOException {
		try (var dirs = Files.list(BAD)) {
			return dirs.map(d -> d.getFileName().toString()).sorted().toList().stream();
		}
	}

	@ParameterizedTest
	@MethodSource("badFixtures")
	void eachBadFixtureIsRefusedWithItsProblem(String name) throws IOException {
		SeedFixture.copyTo(this.dir);
		List<String> expected;
		try (var files = Files.list(BAD.resolve(name))) {
			for (Path f : files.toList()) {
				if (f.getFileName().toString().endsWith(".yaml")) {
					Files.copy(f, this.dir.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
		expected = Files.readAllLines(BAD.resolve(name).resolve("expected.txt")).stream()
			.filter(l -> !l.isBlank())
			.toList();
		assertThatThrownBy(() -> SeedReader.read(this.dir)).isInstanceOfSatisfying(SeedValidationException.class,
				ex -> {
					assertThat(ex.problems()).hasSize(expected.size());
					for (String e : expected) {
						assertThat(ex.problems()).anyMatch(p -> p.contains(e));
					}
				});
	}

	@Test
	void theGoodFixtureHasNoProblem() {
		SeedFixture.copyTo(this.dir);
		assertThat(SeedReader.read(this.dir).entities()).isNotEmpty();
	}

	@Test
	void externalAliasesAreSearchableNames() {
		SeedFixture.copyTo(this.dir);
		SeedSet seeds = SeedReader.read(this.dir);
		assertThat(seeds.entities()).filteredOn(e -> e.id().equals("bogota"))
			.singleElement()
			.satisfies(e -> assertThat(e.props().get("aliases")).isEqualTo(List.of("Alcaldía Mayor de Bogotá")));
	}

	@Test
	void anEventHeldInSeveralPlacesIncludingABoroughHasOneEdgeEach() {
		SeedFixture.copyTo(this.dir);
		try {
			Files.writeString(this.dir.resolve("entities.yaml"), """
					- id: alcaldia-tlahuac
					  type: Agency
					  name: Alcaldía Tláhuac
					  place: true
					  parent: ciudad-de-mexico
					""", java.nio.file.StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		SeedFixture.edit(this.dir.resolve("informe-prueba.yaml"),
				"heldIn: {entity: ciudad-de-mexico, line: 7, quote: \"en el Antiguo Palacio del Ayuntamiento\"}", """
						heldIn:
						      - {entity: ciudad-de-mexico, line: 7, quote: "en el Antiguo Palacio del Ayuntamiento"}
						      - {entity: alcaldia-tlahuac, line: 7, quote: "Antiguo Palacio"}""");
		SeedSet seeds = SeedReader.read(this.dir);
		assertThat(seeds.reports().get(0).edges()).filteredOn(e -> e.type().equals("HELD_IN"))
			.extracting(SeedSet.EdgeRow::to)
			.containsExactly("ciudad-de-mexico", "alcaldia-tlahuac");
		assertThat(seeds.entities()).filteredOn(e -> e.id().equals("alcaldia-tlahuac"))
			.singleElement()
			.satisfies(e -> assertThat(e.props()).containsEntry("place", true));
	}

	@Test
	void englishNotesAreTold() {
		assertThat(SeedLint.english("Held at Palacio Nacional on the eve of the summit")).isTrue();
		assertThat(SeedLint.english("a través de su embajador")).isFalse();
		// quoted or parenthesised names do not count
		assertThat(SeedLint.english("la línea 1749 lo nombra en inglés (Opportunities for All, Culture and City)"))
			.isFalse();
	}

}
