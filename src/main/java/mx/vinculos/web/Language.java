package mx.vinculos.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The language a person reads: the one they chose with the pages' switch ({@code ?lang=es} or
 * {@code ?lang=en}, remembered in a cookie for a year), else English when the client's first
 * choice is English ({@code Accept-Language: en}), else Spanish. One rule for pages, PDFs and
 * problem details, so an office browser set to English still gets the Spanish product once
 * someone picks "Español" on it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class Language extends OncePerRequestFilter {

	static final String PARAMETER = "lang";

	static final String COOKIE = "vinculos-idioma";

	/** The request's language, once resolved: every message of a page asks for it again. */
	private static final String RESOLVED = Language.class.getName() + ".resolved";

	public static Locale of(HttpServletRequest request) {
		if (request.getAttribute(RESOLVED) instanceof Locale known) {
			return known;
		}
		Locale resolved = resolve(request);
		request.setAttribute(RESOLVED, resolved);
		return resolved;
	}

	private static Locale resolve(HttpServletRequest request) {
		Locale chosen = parse(request.getParameter(PARAMETER));
		if (chosen == null && request.getCookies() != null) {
			for (Cookie c : request.getCookies()) {
				if (COOKIE.equals(c.getName())) {
					chosen = parse(c.getValue());
				}
			}
		}
		return chosen != null ? chosen : browser(request);
	}

	private static Locale browser(HttpServletRequest request) {
		String header = request.getHeader("Accept-Language");
		if (header != null && !header.isBlank()) {
			try {
				var ranges = Locale.LanguageRange.parse(header);
				if (!ranges.isEmpty() && ranges.get(0).getRange().toLowerCase(Locale.ROOT).startsWith("en")) {
					return Locale.ENGLISH;
				}
			}
			catch (IllegalArgumentException ignored) {
				// a malformed header gets the default language
			}
		}
		return Texts.SPANISH;
	}

	private static Locale parse(String value) {
		if ("es".equals(value)) {
			return Texts.SPANISH;
		}
		return "en".equals(value) ? Locale.ENGLISH : null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// reading a parameter parses a form body: it must be read as UTF-8 (this filter may run
		// before Boot's CharacterEncodingFilter, which has the same order), or "Reunión"
		// posted by a form arrives as "ReuniÃ³n"
		if (request.getCharacterEncoding() == null) {
			request.setCharacterEncoding(java.nio.charset.StandardCharsets.UTF_8.name());
		}
		Locale chosen = parse(request.getParameter(PARAMETER));
		if (chosen != null) {
			Cookie cookie = new Cookie(COOKIE, chosen.getLanguage());
			cookie.setPath("/");
			cookie.setMaxAge(365 * 24 * 3600);
			cookie.setHttpOnly(true);
			cookie.setAttribute("SameSite", "Lax");
			response.addCookie(cookie);
		}
		chain.doFilter(request, response);
	}

}
