package mx.vinculos.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * What a person reads comes from {@code messages_es.properties} (the default: the users are
 * Spanish-speaking) or {@code messages_en.properties} when the browser asks for English.
 * Declared here rather than left to Boot, whose auto-configuration only starts when a
 * language-less {@code messages.properties} exists, and would then fall back to the
 * machine's locale instead of Spanish.
 */
@Configuration(proxyBeanMethods = false)
public class Messages {

	/** The language of the product; English on request. */
	// Mexican Spanish: numbers as the readers write them ("1,740"; plain "es" gives "1.740")
	public static final Locale SPANISH = Locale.forLanguageTag("es-MX");

	@Bean
	MessageSource messageSource() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames("messages");
		source.setDefaultEncoding("UTF-8");
		source.setDefaultLocale(SPANISH);
		source.setFallbackToSystemLocale(false);
		// a message without arguments keeps its apostrophes as written ("l'Unesco")
		source.setAlwaysUseMessageFormat(false);
		return source;
	}

	@Bean
	LocaleResolver localeResolver() {
		// the switch's cookie, else the browser's first choice, else Spanish (see Language)
		return new AcceptHeaderLocaleResolver() {
			@Override
			public Locale resolveLocale(HttpServletRequest request) {
				return Language.of(request);
			}
		};
	}

}
