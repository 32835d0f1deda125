package mx.vinculos.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The words of a refusal in the reader's language (Spanish unless the request asks for
 * English), for problem bodies and error pages alike. Keys live under {@code problem.*}.
 */
@Component
public class ProblemMessages {

	private final MessageSource messages;

	ProblemMessages(MessageSource messages) {
		this.messages = messages;
	}

	/** The detail of a refusal: its bundle sentence, else the English detail it was given. */
	public String detail(ApiProblem ex) {
		if (ex.messageKey() == null) {
			return ex.getMessage();
		}
		return text(ex.messageKey(), ex.getMessage(), ex.messageArgs());
	}

	public String title(HttpStatus status, String fallback) {
		return text("problem.title." + status.value(), fallback);
	}

	public String text(String key, String fallback, Object... args) {
		return this.messages.getMessage(key, args, fallback, LocaleContextHolder.getLocale());
	}

}
