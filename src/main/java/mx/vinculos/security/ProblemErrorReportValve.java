package mx.vinculos.security;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.RequestDispatcher;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.apache.tomcat.util.res.StringManager;
import tools.jackson.databind.json.JsonMapper;

import mx.vinculos.web.Texts;

/**
 * Tomcat's last word on a request it refused before the application saw it (a request line
 * over {@code server.max-http-request-header-size}, an encoded slash...): a problem+json in
 * Spanish instead of Tomcat's HTML page with its version. An address too long for Tomcat's
 * buffer is 414 like any other address over the limit, whatever its size, and headers too
 * large are 431, where Tomcat says 400 to both.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

	private static final JsonMapper json = JsonMapper.builder().build();

	/** Tomcat's own words when a request line or its headers overflow its buffer. */
	private static final String TOO_LARGE = StringManager.getManager("org.apache.coyote.http11")
		.getString("iib.requestheadertoolarge.error");

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
		Throwable cause = throwable != null ? throwable
				: (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		if (status == 400 && texts != null && cause instanceof IllegalArgumentException
				&& TOO_LARGE.equals(cause.getMessage())) {
			// Tomcat says 400 for both; its request line is unparsed when the address overflowed
			boolean addressTooLong = request.getCoyoteRequest().requestURI().isNull()
					|| request.getCoyoteRequest().requestURI().getLength() == 0;
			status = addressTooLong ? 414 : 431;
			title = texts.get(addressTooLong ? "limites.url.titulo" : "limites.cabeceras.titulo");
			detail = texts.get(addressTooLong ? "limites.url.enorme" : "limites.cabeceras", maxHeaderSize(request));
			response.setStatus(status);
		}
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

	private static int maxHeaderSize(Request request) {
		Object size = request.getConnector() == null ? null
				: request.getConnector().getProperty("maxHttpRequestHeaderSize");
		return size instanceof Integer i ? i : 65536;
	}

}
