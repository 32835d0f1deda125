package mx.vinculos.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Refusals of the pages as pages: an unknown or ambiguous name shows the candidates to pick
 * from, bad input says what to change, anything unexpected apologises (the log has the
 * details). Ahead of {@link ProblemHandling}, which answers the API in JSON.
 */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

	private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

	private final Labels labels;

	private final ProblemMessages problems;

	PageErrors(Labels labels, ProblemMessages problems) {
		this.labels = labels;
		this.problems = problems;
	}

	/** What the error page shows. */
	public record ErrorView(int status, String title, String detail, List<Map<String, Object>> candidates) {
	}

	@ExceptionHandler(ApiProblem.class)
	ModelAndView problem(ApiProblem ex, HttpServletRequest request) {
		Object c = ex.properties().get("candidates");
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> candidates = c instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
		this.labels.primeTypes(candidates.stream().filter(m -> "Agency".equals(m.get("type"))).map(m -> String.valueOf(m.get("id"))).toList());
		return page(request, ex.status(), this.problems.detail(ex), candidates);
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class })
	ModelAndView badInput(Exception ex, HttpServletRequest request) {
		return page(request, HttpStatus.BAD_REQUEST, this.labels.msg("error.badInput"), List.of());
	}

	@ExceptionHandler(Exception.class)
	ModelAndView unexpected(Exception ex, HttpServletRequest request) {
		log.error("Unexpected error on a page", ex);
		return page(request, HttpStatus.INTERNAL_SERVER_ERROR, this.labels.msg("error.unexpected"), List.of());
	}

	private ModelAndView page(HttpServletRequest request, HttpStatus status, String detail,
			List<Map<String, Object>> candidates) {
		ModelAndView mv = new ModelAndView("error/pagina");
		mv.addObject("languageLinks", LanguageLinks.links(request));
		mv.setStatus(status);
		mv.addObject("types", java.util.List.of("Agency", "City", "Country", "Event", "Network", "Organization", "Person", "Project"));
		mv.addObject("error", new ErrorView(status.value(), this.labels.msgOr("error.title." + status.value(),
				this.labels.msg("error.title")), detail, candidates));
		return mv;
	}

}
