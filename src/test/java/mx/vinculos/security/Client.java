package mx.vinculos.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An HTTP client for security tests: optional Basic credentials, cookies, any header. */
final class Client {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final String base;

	private final HttpClient client;

	private String authorization;

	Client(int port) {
		this.base = "http://127.0.0.1:" + port;
		this.client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
	}

	Client as(String user, String password) {
		this.authorization = "Basic "
				+ Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		return this;
	}

	record Response(int status, HttpResponse<String> raw) {

		String body() {
			return this.raw.body();
		}

		String header(String name) {
			return this.raw.headers().firstValue(name).orElse(null);
		}

		JsonNode json() {
			return Client.json.readTree(this.raw.body());
		}

	}

	Response get(String path, String... headers) {
		return send(request(path, headers).GET());
	}

	Response post(String path, String body, String... headers) {
		return send(request(path, headers).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	Response postForm(String path, Map<String, String> form) {
		StringBuilder b = new StringBuilder();
		new LinkedHashMap<>(form).forEach((k, v) -> b.append(b.isEmpty() ? "" : "&")
			.append(java.net.URLEncoder.encode(k, StandardCharsets.UTF_8))
			.append('=')
			.append(java.net.URLEncoder.encode(v, StandardCharsets.UTF_8)));
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(b.toString())));
	}

	Response cypher(String query) {
		return post("/api/cypher", json.writeValueAsString(Map.of("query", query)));
	}

	private HttpRequest.Builder request(String path, String... headers) {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(this.base + path));
		if (this.authorization != null) {
			b.header("Authorization", this.authorization);
		}
		for (int i = 0; i + 1 < headers.length; i += 2) {
			b.header(headers[i], headers[i + 1]);
		}
		return b;
	}

	Response send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> r = this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(r.statusCode(), r);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
