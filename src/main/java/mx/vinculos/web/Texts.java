package mx.vinculos.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Sentences people read, from {@code messages_es.properties} (or {@code _en} when the client
 * prefers English). Spanish is the default whatever the JVM's locale, because the service's
 * users read Spanish.
 */
@Component
public class Texts {

	// Mexican Spanish: numbers as the readers write them ("1,740"; plain "es" gives "1.740")
	public static final Locale SPANISH = Locale.forLanguageTag("es-MX");

	private final MessageSource messages;

	private static volatile Texts shared;

	Texts(MessageSource messages) {
		this.messages = messages;
		shared = this;
	}

	/** For static helpers that cannot take the bean (there is one per application). */
	public static Texts shared() {
		return shared;
	}

	public String get(String key, Object... args) {
		return this.messages.getMessage(key, args, key, locale());
	}

	/** The request's language (see {@link Language}): Spanish unless English was chosen or asked for. */
	public static Locale locale() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return locale(attributes.getRequest());
		}
		return SPANISH;
	}

	public static Locale locale(HttpServletRequest request) {
		return Language.of(request);
	}

}
