package mx.vinculos.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Writes {@code application/problem+json} straight to the response, for refusals that
 * happen before Spring MVC (security filters, request limits).
 */
final class ProblemWriter {

	private static final JsonMapper json = JsonMapper.builder().build();

	private ProblemWriter() {
	}

	static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title,
			String detail) throws IOException {
		if (response.isCommitted()) {
			return;
		}
		Map<String, Object> body = body(status.value(), title, detail, request.getRequestURI());
		response.resetBuffer();
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(json.writeValueAsString(body));
		response.flushBuffer();
	}

	static Map<String, Object> body(int status, String title, String detail, String instance) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "about:blank");
		body.put("title", title);
		body.put("status", status);
		body.put("detail", detail);
		if (instance != null) {
			body.put("instance", instance.length() > 200 ? instance.substring(0, 200) + "…" : instance);
		}
		return body;
	}

}
