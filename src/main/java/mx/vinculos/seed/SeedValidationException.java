package mx.vinculos.seed;

import java.util.List;

/**
 * Seeds that cannot be loaded. Each problem reads "file: entry: reason" in English for the
 * log and the developers' tools ({@link #problems()}), and carries a message key with its
 * arguments ({@link #details()}) so a curator reads it in Spanish.
 */
public class SeedValidationException extends RuntimeException {

	/**
	 * One problem: where it is ({@code entry} as "event e-3", "relationship #4 FUNDED a -> b"),
	 * the bundle key of the reason ({@code seed.problem.*}), its arguments, and the reason in English.
	 */
	public record Problem(String file, String entry, String key, List<Object> args, String reason) {

		public String text() {
			return this.file + ": " + this.entry + ": " + this.reason;
		}

	}

	private final List<Problem> details;

	public SeedValidationException(List<Problem> details) {
		super(details.size() + " problem(s) in the seeds:\n  "
				+ String.join("\n  ", details.stream().map(Problem::text).toList()));
		this.details = List.copyOf(details);
	}

	public List<String> problems() {
		return this.details.stream().map(Problem::text).toList();
	}

	public List<Problem> details() {
		return this.details;
	}

}
