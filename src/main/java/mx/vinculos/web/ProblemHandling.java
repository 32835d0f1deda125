package mx.vinculos.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns refusals into {@code application/problem+json}. Spring MVC's own errors (malformed
 * JSON, wrong method or media type, unknown path) come through the base class; anything
 * unexpected becomes a 500 whose body says nothing of the internals (the log has them).
 */
@RestControllerAdvice
class ProblemHandling extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemHandling.class);

	private final ProblemMessages messages;

	ProblemHandling(ProblemMessages messages) {
		this.messages = messages;
	}

	@ExceptionHandler(ApiProblem.class)
	ResponseEntity<ProblemDetail> apiProblem(ApiProblem ex) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(ex.status(), this.messages.detail(ex));
		body.setTitle(this.messages.title(ex.status(), ex.title()));
		ex.properties().forEach(body::setProperty);
		var response = ResponseEntity.status(ex.status());
		ex.headers().forEach((name, value) -> response.header(name, value));
		return response.body(body);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				this.messages.text("problem.invalidValue", "Parameter '" + ex.getName() + "' has an invalid value: " + ex.getValue(),
						ex.getName(), String.valueOf(ex.getValue())));
		body.setTitle(this.messages.title(HttpStatus.BAD_REQUEST, "Bad request"));
		return ResponseEntity.badRequest().body(body);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		log.error("Unexpected error", ex);
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				this.messages.text("problem.unexpected", "The service failed to answer; the error is in its log."));
		body.setTitle(this.messages.title(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error"));
		return ResponseEntity.internalServerError().body(body);
	}

}
