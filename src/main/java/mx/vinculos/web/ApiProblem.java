package mx.vinculos.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A request the service refuses, answered as a problem detail: status, a short title, a
 * sentence saying what was wrong, and optional extra members (candidates, limits...).
 */
public class ApiProblem extends RuntimeException {

	private final HttpStatus status;

	private final String title;

	private final Map<String, Object> properties = new LinkedHashMap<>();

	private final Map<String, String> headers = new LinkedHashMap<>();

	private String messageKey;

	private Object[] messageArgs = new Object[0];

	public ApiProblem(HttpStatus status, String title, String detail) {
		super(detail);
		this.status = status;
		this.title = title;
	}

	public static ApiProblem badRequest(String detail) {
		return new ApiProblem(HttpStatus.BAD_REQUEST, "Bad request", detail);
	}

	public static ApiProblem notFound(String detail) {
		return new ApiProblem(HttpStatus.NOT_FOUND, "Not found", detail);
	}

	/** Adds a member to the problem body. */
	public ApiProblem with(String name, Object value) {
		this.properties.put(name, value);
		return this;
	}

	/** Adds a response header, such as {@code Retry-After}. */
	public ApiProblem header(String name, String value) {
		this.headers.put(name, value);
		return this;
	}

	public Map<String, String> headers() {
		return this.headers;

	}

	/**
	 * The bundle key (and arguments) of the sentence a person reads; the English detail given
	 * to the constructor stays the fallback when the bundles have no such key.
	 */
	public ApiProblem key(String key, Object... args) {
		this.messageKey = key;
		this.messageArgs = args;
		return this;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] messageArgs() {
		return this.messageArgs;
	}

	public HttpStatus status() {
		return this.status;
	}

	public String title() {
		return this.title;
	}

	public Map<String, Object> properties() {
		return this.properties;
	}

}
