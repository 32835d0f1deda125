package mx.vinculos.security;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import mx.vinculos.web.Texts;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits every request meets before security and Spring MVC see it: the size of its body
 * (413) and the length of its address (414), both answered as problem+json in Spanish.
 * Tomcat itself accepts request lines and headers up to {@code server.max-http-request-header-size}
 * (64 KB here), so that addresses between this limit and that one get this answer rather
 * than Tomcat's HTML page. A plain {@code GET /error} is a missing page (404), not a 500.
 */
@Component
@Order(-104) // after Boot's RequestContextFilter (-105), which sets the locale; before security (-100)
class RequestLimits extends OncePerRequestFilter {

	private final long maxBody;

	private final int maxUrl;

	private final String errorPath;

	private final Texts texts;

	/** The curator's report upload: twice the file cap, so that a file a little over it gets the upload page's own Spanish refusal. */
	private final long maxUpload;

	static final String UPLOAD_PATH = "/curaduria/subir";

	RequestLimits(@Value("${vinculos.http.max-body:2MB}") DataSize maxBody,
			@Value("${vinculos.http.max-url:8192}") int maxUrl, @Value("${server.error.path:/error}") String errorPath,
			Texts texts, @Value("${vinculos.curation.max-upload:25MB}") DataSize maxUpload) {
		this.maxUpload = 2 * maxUpload.toBytes();
		this.maxBody = maxBody.toBytes();
		this.maxUrl = maxUrl;
		this.errorPath = errorPath;
		this.texts = texts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		int url = request.getRequestURI().length()
				+ (request.getQueryString() == null ? 0 : request.getQueryString().length() + 1);
		if (url > this.maxUrl) {
			ProblemWriter.write(request, response, HttpStatus.URI_TOO_LONG, this.texts.get("limites.url.titulo"),
					this.texts.get("limites.url", url, this.maxUrl));
			return;
		}
		if (this.errorPath.equals(request.getRequestURI().substring(request.getContextPath().length()))) {
			ProblemWriter.write(request, response, HttpStatus.NOT_FOUND, this.texts.get("limites.error.titulo"),
					this.texts.get("limites.error"));
			return;
		}
		long length = request.getContentLengthLong();
		long max = "POST".equals(request.getMethod())
				&& UPLOAD_PATH.equals(request.getRequestURI().substring(request.getContextPath().length())) ? this.maxUpload
						: this.maxBody;
		if (length > max) {
			tooLarge(request, response);
			return;
		}
		if (length < 0 && request.getHeader("Transfer-Encoding") != null) {
			// chunked: no length announced, so read up to the limit before anyone parses it
			byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
			if (body.length > max) {
				tooLarge(request, response);
				return;
			}
			chain.doFilter(new BufferedBody(request, body), response);
			return;
		}
		chain.doFilter(request, response);
	}

	private void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
		// the rest of the body is not read: close the connection rather than drain it
		response.setHeader("Connection", "close");
		ProblemWriter.write(request, response, HttpStatus.CONTENT_TOO_LARGE, this.texts.get("limites.cuerpo.titulo"),
				this.texts.get("limites.cuerpo", this.maxBody));
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return true;
	}

	private static final class BufferedBody extends HttpServletRequestWrapper {

		private final byte[] body;

		BufferedBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			InputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {
				@Override
				public int read() throws IOException {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) throws IOException {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return false;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException();
				}
			};
		}

		@Override
		public BufferedReader getReader() {
			String encoding = getCharacterEncoding();
			Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
			return new BufferedReader(new InputStreamReader(getInputStream(), charset));
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

	}

}
