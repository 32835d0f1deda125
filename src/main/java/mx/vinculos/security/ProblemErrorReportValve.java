package mx.vinculos.security;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import tools.jackson.databind.json.JsonMapper;

import mx.vinculos.web.Texts;

/**
 * Tomcat's last word on a request it refused before the application saw it (a request line
 * over {@code server.max-http-request-header-size}, an encoded slash...): a problem+json in
 * Spanish instead of Tomcat's HTML page with its version.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

	private static final JsonMapper json = JsonMapper.builder().build();

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean(true);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		Texts texts = Texts.shared();
		String detail = texts == null ? "La solicitud no se pudo atender (estado " + status + ")."
				: texts.get("limites.error.generico", String.valueOf(status));
		String title = org.springframework.http.HttpStatus.resolve(status) == null ? "Error"
				: org.springframework.http.HttpStatus.resolve(status).getReasonPhrase();
		try {
			response.setContentType("application/problem+json");
			response.setCharacterEncoding("utf-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(json.writeValueAsString(ProblemWriter.body(status, title, detail, null)));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client has gone; nothing to tell it
		}
	}

}
