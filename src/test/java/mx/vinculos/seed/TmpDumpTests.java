package mx.vinculos.seed;
import java.nio.file.*;
import org.junit.jupiter.api.Test;
class TmpDumpTests {
	@Test
	void dump() throws Exception {
		try { SeedReader.read(Path.of("seeds")); Files.writeString(Path.of("/tmp/facts/java-problems.txt"), ""); }
		catch (SeedValidationException ex) { Files.write(Path.of("/tmp/facts/java-problems.txt"), ex.problems()); }
	}
}
