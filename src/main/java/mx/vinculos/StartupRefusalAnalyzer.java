package mx.vinculos;

import mx.vinculos.seed.SeedValidationException;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Start-up failures the service explains itself: a {@link StartupRefusal} or invalid seeds
 * anywhere in the cause chain become Boot's short "APPLICATION FAILED TO START" report
 * with that message, and Boot logs the stack trace only at debug level.
 */
class StartupRefusalAnalyzer implements FailureAnalyzer {

	@Override
	public FailureAnalysis analyze(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof StartupRefusal refusal) {
				return new FailureAnalysis(refusal.getMessage(),
						"Fix the setting or folder named above and start again.", refusal);
			}
			if (t instanceof SeedValidationException seeds) {
				return new FailureAnalysis("The seeds cannot be loaded; the graph keeps what it had. " + seeds.getMessage(),
						"Correct the seed files listed above and start again.", seeds);
			}
			if (t.getCause() == t) {
				break;
			}
		}
		return null;
	}

}
