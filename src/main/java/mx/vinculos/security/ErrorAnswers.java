package mx.vinculos.security;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import mx.vinculos.web.Texts;

import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;

/**
 * Errors that reach {@code /error} (refusals from filters, Tomcat, a page refused to a
 * signed-in person): browsers get Boot's error page (or the project's template), every other
 * client a problem+json whose detail is Spanish, never Boot's plain JSON.
 */
@Controller
class ErrorAnswers extends BasicErrorController {

	private final Texts texts;

	ErrorAnswers(ErrorAttributes attributes, WebProperties web, List<ErrorViewResolver> resolvers, Texts texts) {
		super(attributes, web.getError(), resolvers);
		this.texts = texts;
	}

	@Override
	public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
		HttpStatus status = getStatus(request);
		String title = switch (status) {
			case NOT_FOUND -> this.texts.get("limites.error.titulo");
			case UNAUTHORIZED -> this.texts.get("seguridad.401.titulo");
			case FORBIDDEN -> this.texts.get("seguridad.403.titulo");
			default -> status.getReasonPhrase();
		};
		String detail = switch (status) {
			case NOT_FOUND -> this.texts.get("limites.error");
			case UNAUTHORIZED -> this.texts.get("seguridad.401");
			case FORBIDDEN -> this.texts.get("seguridad.403.sinrol");
			default -> this.texts.get("limites.error.generico", status.value());
		};
		Object uri = request.getAttribute("jakarta.servlet.error.request_uri");
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(ProblemWriter.body(status.value(), title, detail, uri == null ? null : uri.toString()));
	}

}
