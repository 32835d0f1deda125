package mx.vinculos.seed;

import java.util.List;

/** Seeds that cannot be loaded; each problem reads "file: entry: reason". */
public class SeedValidationException extends RuntimeException {

	private final List<String> problems;

	public SeedValidationException(List<String> problems) {
		super(problems.size() + " problem(s) in the seeds:\n  " + String.join("\n  ", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return this.problems;
	}

}
