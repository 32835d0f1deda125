package mx.vinculos.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The pages' language switch: the address of the page being read with {@code lang=es} or
 * {@code lang=en}, every other parameter kept (a briefing stays the same briefing). Built for
 * the page controllers only.
 */
@ControllerAdvice(annotations = PageController.class)
class LanguageLinks {

	// only the pages draw the switch: JSON answers have no use for it
	@ModelAttribute("languageLinks")
	Map<String, String> languageLinks(HttpServletRequest request) {
		return links(request);
	}

	static Map<String, String> links(HttpServletRequest request) {
		return Map.of("es", link(request, "es"), "en", link(request, "en"));
	}

	private static String link(HttpServletRequest request, String language) {
		StringBuilder query = new StringBuilder();
		request.getParameterMap().forEach((name, values) -> {
			if (!Language.PARAMETER.equals(name)) {
				for (String v : values) {
					query.append(enc(name)).append('=').append(enc(v)).append('&');
				}
			}
		});
		query.append(Language.PARAMETER).append('=').append(language);
		return request.getRequestURI() + "?" + query;
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

}
