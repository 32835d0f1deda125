package mx.vinculos.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The system's headless Chromium driven over the DevTools protocol with the JDK's own
 * WebSocket client: no driver binary, nothing downloaded. One browser, one tab; it records
 * console errors, uncaught exceptions and failed loads so tests can assert there were none.
 */
final class Chromium implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final List<String> CANDIDATES = List.of("/usr/lib/chromium/chromium", "/usr/bin/chromium",
			"/usr/bin/chromium-browser", "/usr/bin/google-chrome");

	private final Process process;

	private final Path profile;

	private final WebSocket socket;

	private final AtomicInteger ids = new AtomicInteger();

	private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

	private final List<JsonNode> events = new CopyOnWriteArrayList<>();

	/** Console errors, exceptions and failed loads seen since the last {@link #clearErrors()}. */
	final List<String> errors = new CopyOnWriteArrayList<>();

	/**
	 * A Spanish-speaking browser for a test class, or the class skipped (saying so) where no
	 * Chromium is installed ({@code .ci/run} installs Debian's).
	 */
	static Chromium startOrSkip() throws Exception {
		String exe = find();
		Assumptions.assumeTrue(exe != null,
				"No Chromium found (/usr/lib/chromium/chromium or $CHROMIUM): browser tests skipped. apt-get install chromium");
		return new Chromium(exe, "es-MX,es;q=0.9");
	}

	/** The browser's path, or null when none is installed. */
	static String find() {
		String env = System.getenv("CHROMIUM");
		if (env != null && Files.isExecutable(Path.of(env))) {
			return env;
		}
		return CANDIDATES.stream().filter(p -> Files.isExecutable(Path.of(p))).findFirst().orElse(null);
	}

	Chromium(String executable, String acceptLanguage) throws Exception {
		this.profile = Files.createTempDirectory("vinculos-chromium");
		this.process = new ProcessBuilder(executable, "--headless", "--no-sandbox", "--disable-gpu",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-extensions", "--mute-audio", "--lang=" + acceptLanguage.split(",")[0], "--hide-scrollbars", "--window-size=1280,1000",
				"--user-data-dir=" + this.profile, "--remote-debugging-port=0", "about:blank")
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		String ws = devToolsUrl();
		Matcher m = Pattern.compile("ws://([^/]+)/").matcher(ws);
		if (!m.find()) {
			throw new IllegalStateException("no DevTools address in " + ws);
		}
		HttpClient http = HttpClient.newHttpClient();
		String page = null;
		for (JsonNode t : JSON.readTree(http.send(HttpRequest.newBuilder(URI.create("http://" + m.group(1) + "/json/list")).build(),
				HttpResponse.BodyHandlers.ofString()).body())) {
			if ("page".equals(t.get("type").asString())) {
				page = t.get("webSocketDebuggerUrl").asString();
			}
		}
		this.socket = http.newWebSocketBuilder().buildAsync(URI.create(page), new Listener()).get(20, TimeUnit.SECONDS);
		send("Page.enable", Map.of());
		send("Runtime.enable", Map.of());
		send("Log.enable", Map.of());
		send("Network.enable", Map.of());
		send("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Accept-Language", acceptLanguage)));
		send("Emulation.setDeviceMetricsOverride", Map.of("width", 1280, "height", 1000, "deviceScaleFactor", 1, "mobile", false));
	}

	private String devToolsUrl() throws IOException {
		BufferedReader err = new BufferedReader(new InputStreamReader(this.process.getErrorStream(), StandardCharsets.UTF_8));
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		String line;
		while (System.nanoTime() < deadline && (line = err.readLine()) != null) {
			int at = line.indexOf("ws://");
			if (line.contains("DevTools listening on") && at >= 0) {
				Thread drain = new Thread(() -> {
					try {
						while (err.readLine() != null) {
							// keep the pipe from filling up
						}
					}
					catch (IOException ex) {
						// the browser is gone
					}
				});
				drain.setDaemon(true);
				drain.start();
				return line.substring(at).strip();
			}
		}
		throw new IllegalStateException("Chromium did not start");
	}

	private final class Listener implements WebSocket.Listener {

		private final StringBuilder buffer = new StringBuilder();

		@Override
		public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
			this.buffer.append(data);
			if (last) {
				JsonNode msg = JSON.readTree(this.buffer.toString());
				this.buffer.setLength(0);
				if (msg.has("id")) {
					CompletableFuture<JsonNode> f = Chromium.this.pending.remove(msg.get("id").asInt());
					if (f != null) {
						f.complete(msg);
					}
				}
				else {
					event(msg);
				}
			}
			ws.request(1);
			return null;
		}

	}

	private void event(JsonNode msg) {
		this.events.add(msg);
		String method = msg.get("method").asString();
		JsonNode p = msg.get("params");
		switch (method) {
			case "Runtime.consoleAPICalled" -> {
				if ("error".equals(p.get("type").asString())) {
					this.errors.add("console.error: " + p.get("args").toString());
				}
			}
			case "Runtime.exceptionThrown" -> this.errors.add("exception: " + p.get("exceptionDetails").toString());
			case "Log.entryAdded" -> {
				if ("error".equals(p.get("entry").get("level").asString())) {
					this.errors.add("log: " + p.get("entry").get("text").asString() + " " + p.get("entry").path("url").asString(""));
				}
			}
			default -> {
			}
		}
	}

	JsonNode send(String method, Map<String, ?> params) {
		int id = this.ids.incrementAndGet();
		CompletableFuture<JsonNode> f = new CompletableFuture<>();
		this.pending.put(id, f);
		this.socket.sendText(JSON.writeValueAsString(Map.of("id", id, "method", method, "params", params)), true);
		try {
			JsonNode r = f.get(60, TimeUnit.SECONDS);
			if (r.has("error")) {
				throw new IllegalStateException(method + ": " + r.get("error"));
			}
			return r.get("result");
		}
		catch (Exception ex) {
			throw new IllegalStateException(method + " failed", ex);
		}
	}

	/** Opens a page and waits for its load event (scripts run, drawings started). */
	void open(String url) {
		int seen = this.events.size();
		send("Page.navigate", Map.of("url", url));
		waitForEvent("Page.loadEventFired", seen, Duration.ofSeconds(60));
	}

	/** Waits for the next navigation (after a click) to finish loading. */
	void waitForLoad(int seen) {
		waitForEvent("Page.loadEventFired", seen, Duration.ofSeconds(60));
	}

	int eventCount() {
		return this.events.size();
	}

	private void waitForEvent(String method, int from, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			List<JsonNode> copy = new ArrayList<>(this.events);
			for (int i = from; i < copy.size(); i++) {
				if (method.equals(copy.get(i).get("method").asString())) {
					return;
				}
			}
			sleep(50);
		}
		throw new IllegalStateException("no " + method + " within " + timeout);
	}

	/** Evaluates a script in the page (promises awaited) and returns its value. */
	JsonNode eval(String script) {
		JsonNode r = send("Runtime.evaluate", Map.of("expression", script, "awaitPromise", true, "returnByValue", true));
		if (r.has("exceptionDetails")) {
			throw new IllegalStateException("script failed: " + r.get("exceptionDetails"));
		}
		return r.get("result").path("value");
	}

	/** Waits until a script returns true. */
	void until(String script, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (eval(script).asBoolean(false)) {
				return;
			}
			sleep(100);
		}
		throw new IllegalStateException("timed out waiting for: " + script);
	}

	String url() {
		return eval("location.href").asString();
	}

	/** A real mouse click at page coordinates (what a user does on a canvas). */
	void click(double x, double y) {
		for (String type : List.of("mouseMoved", "mousePressed", "mouseReleased")) {
			send("Input.dispatchMouseEvent", Map.of("type", type, "x", x, "y", y, "button", "left", "clickCount", 1));
		}
	}

	void screenshot(Path file, boolean fullPage) throws IOException {
		Files.createDirectories(file.getParent());
		JsonNode r = send("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", fullPage));
		Files.write(file, Base64.getDecoder().decode(r.get("data").asString()));
	}

	byte[] printToPdf() {
		JsonNode r = send("Page.printToPDF", Map.of("paperWidth", 8.27, "paperHeight", 11.69, "printBackground", true));
		return Base64.getDecoder().decode(r.get("data").asString());
	}

	void clearErrors() {
		this.errors.clear();
	}

	private static void sleep(long ms) {
		try {
			Thread.sleep(ms);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		try {
			this.socket.abort();
		}
		catch (RuntimeException ex) {
			// closing anyway
		}
		this.process.destroy();
		try {
			if (!this.process.waitFor(5, TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		try (var files = Files.walk(this.profile)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException | java.io.UncheckedIOException ex) {
			// a temp folder left behind (Chromium's helpers may still be writing in it)
		}
	}

}
