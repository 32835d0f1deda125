package mx.vinculos;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for tests: what any user's client sees, headers included. */
public final class Http {

	private static final HttpClient client = HttpClient.newHttpClient();

	private static final JsonMapper json = JsonMapper.builder().build();

	private final String base;

	public Http(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	/** A response: status, content type and parsed JSON body (null when not JSON). */
	public record Response(int status, String contentType, String body) {

		public JsonNode json() {
			return Http.json.readTree(this.body);
		}

	}

	public Response post(String path, Object body) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : json.writeValueAsString(body)))
			.build());
	}

	public Response get(String path, Map<String, ?> params) {
		String query = params.entrySet().stream().flatMap(e -> {
			Object v = e.getValue();
			List<?> values = v instanceof List<?> l ? l : List.of(v);
			return values.stream().map(x -> enc(e.getKey()) + "=" + enc(String.valueOf(x)));
		}).collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(this.base + path + (query.isEmpty() ? "" : "?" + query)))
			.GET()
			.build());
	}

	public JsonNode cypher(String query, Map<String, Object> parameters) {
		Response r = post("/api/cypher", Map.of("query", query, "parameters", parameters));
		if (r.status() != 200) {
			throw new AssertionError("cypher failed: " + r);
		}
		return r.json();
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	private static Response send(HttpRequest request) {
		try {
			HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
			return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
