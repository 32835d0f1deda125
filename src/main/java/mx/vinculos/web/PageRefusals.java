package mx.vinculos.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Spring MVC's own refusals of a page address, for a browser: an unknown address (404) or a
 * wrong method (405) is a Spanish page with the search box and a link home, not a problem
 * body. A request is a browser's when it names {@code text/html} in {@code Accept} and its
 * address is outside the API; the API, {@code curl} and every other client keep
 * {@code application/problem+json} from {@link ProblemHandling}. Ahead of the
 * {@code @ExceptionHandler} resolvers, which would answer JSON.
 */
@Component
class PageRefusals implements HandlerExceptionResolver, Ordered {

	private final Labels labels;

	PageRefusals(Labels labels) {
		this.labels = labels;
	}

	@Override
	public int getOrder() {
		// after Boot's DefaultErrorAttributes (which only records), before the JSON advice
		return Ordered.HIGHEST_PRECEDENCE + 10;
	}

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (!isPage(request)) {
			return null;
		}
		if (ex instanceof NoResourceFoundException) {
			return page(request, HttpStatus.NOT_FOUND, "error.title.noPage", "error.notFound");
		}
		if (ex instanceof HttpRequestMethodNotSupportedException) {
			return page(request, HttpStatus.METHOD_NOT_ALLOWED, "error.title.405", "error.methodNotAllowed");
		}
		return null;
	}

	/** A browser asking for a page: HTML named in Accept, an address outside the API. */
	static boolean isPage(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/api/") || path.equals("/api") || path.startsWith("/actuator") || path.startsWith("/v3/")) {
			return false;
		}
		String accept = request.getHeader("Accept");
		if (accept == null) {
			return false;
		}
		try {
			return MediaType.parseMediaTypes(accept).stream().anyMatch(t -> t.isCompatibleWith(MediaType.TEXT_HTML) && !t.isWildcardType());
		}
		catch (RuntimeException bad) {
			return false;
		}
	}

	private ModelAndView page(HttpServletRequest request, HttpStatus status, String title, String detail) {
		ModelAndView mv = new ModelAndView("error/pagina");
		mv.setStatus(status);
		mv.addObject("types", List.of("Agency", "City", "Country", "Event", "Network", "Organization", "Person", "Project"));
		mv.addObject("error", new PageErrors.ErrorView(status.value(), this.labels.msg(title), this.labels.msg(detail), List.of()));
		mv.addObject("languageLinks", LanguageLinks.links(request));
		return mv;
	}

}
