package mx.vinculos.curation;

import java.util.List;

/** A curator's request that cannot be done, with the reasons as message keys and arguments. */
final class CurationException extends RuntimeException {

	/** One reason: a message key and its arguments. */
	record Reason(String key, Object... args) {
	}

	private final transient List<Reason> reasons;

	private final int status;

	CurationException(int status, List<Reason> reasons) {
		super(reasons.isEmpty() ? "refused" : reasons.get(0).key());
		this.status = status;
		this.reasons = List.copyOf(reasons);
	}

	CurationException(int status, String key, Object... args) {
		this(status, List.of(new Reason(key, args)));
	}

	List<Reason> reasons() {
		return this.reasons;
	}

	int status() {
		return this.status;
	}

}
