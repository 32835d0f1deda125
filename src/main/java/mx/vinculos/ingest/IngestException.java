package mx.vinculos.ingest;

/** Bad input to the ingest command: its message is the one line the user sees. */
public class IngestException extends RuntimeException {

	public IngestException(String message) {
		super(message);
	}

}
