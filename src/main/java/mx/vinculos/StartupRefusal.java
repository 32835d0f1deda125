package mx.vinculos;

/**
 * The service will not start with this configuration or data, and {@link #getMessage()}
 * says why in one line an operator can act on. {@link StartupRefusalAnalyzer} prints that
 * line instead of a stack trace (which stays at debug level).
 */
public class StartupRefusal extends IllegalStateException {

	public StartupRefusal(String message) {
		super(message);
	}

	public StartupRefusal(String message, Throwable cause) {
		super(message, cause);
	}

}
