package mx.vinculos.security;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every role on every kind of endpoint, with accounts from configuration: a role reaches its
 * own endpoints and those of the roles below it, and nothing above.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "vinculos.embedded.bolt-port=0",
				"vinculos.data-dir=${java.io.tmpdir}/vinculos-test-${random.uuid}", "vinculos.seeds.load=false",
				"vinculos.security.users.lola.password={noop}lola-pw", "vinculos.security.users.lola.roles=LECTOR",
				"vinculos.security.users.ana.password={bcrypt}$2a$10$HuA5FLWvxeRd1My8zD8w4Oqgki4cjjNR8fastmzpWB8DfatBdoWu6",
				"vinculos.security.users.ana.roles=ANALISTA", "vinculos.security.users.cuca.password={noop}cuca-pw",
				"vinculos.security.users.cuca.roles=curador", "vinculos.security.users.root.password={noop}root-pw",
				"vinculos.security.users.root.roles=LECTOR, ADMIN" })
// its data folder is deleted when the context closes
@org.springframework.context.annotation.Import(mx.vinculos.TestDataDir.class)
class RolesTests {

	static final Map<String, String> PASSWORDS = Map.of("lola", "lola-pw", "ana", "ana-pw", "cuca", "cuca-pw", "root",
			"root-pw");

	static final List<String> BY_RANK = List.of("lola", "ana", "cuca", "root");

	@LocalServerPort
	int port;

	/** endpoint, method, lowest user (by rank) allowed */
	static Stream<Arguments> matrix() {
		return Stream.of(Arguments.of("GET", "/api/entities?q=bogota", "lola"),
				Arguments.of("GET", "/api/entities/bogota", "lola"),
				Arguments.of("GET", "/api/connect?entity=bogota&entity=ucci", "lola"),
				Arguments.of("GET", "/api/briefing?subject=bogota", "lola"),
				Arguments.of("GET", "/api/timeline?subject=bogota", "lola"), Arguments.of("GET", "/api/agreements", "lola"),
				Arguments.of("GET", "/api/funding", "lola"), Arguments.of("GET", "/v3/api-docs", "lola"),
				Arguments.of("GET", "/", "lola"), Arguments.of("GET", "/buscar?q=bogota", "lola"),
				Arguments.of("GET", "/entidades/bogota", "lola"), Arguments.of("GET", "/conexiones?entity=bogota", "lola"),
				Arguments.of("GET", "/briefing?subject=bogota", "lola"),
				Arguments.of("GET", "/briefing.pdf?subject=bogota", "lola"),
				Arguments.of("GET", "/fuentes/informe-2020-1", "lola"), Arguments.of("POST", "/api/cypher", "ana"),
				Arguments.of("GET", "/api/export?format=graphml", "ana"), Arguments.of("GET", "/api/export/graph", "ana"),
				Arguments.of("POST", "/api/curaduria/revisiones", "cuca"), Arguments.of("POST", "/api/seeds/reload", "cuca"),
				Arguments.of("GET", "/curaduria", "cuca"), Arguments.of("GET", "/actuator/info", "root"));
	}

	@ParameterizedTest(name = "{0} {1} from {2} up")
	@MethodSource("matrix")
	void eachRoleReachesItsEndpointsAndNoneAbove(String method, String path, String lowest) {
		for (String user : BY_RANK) {
			Client c = new Client(this.port).as(user, PASSWORDS.get(user));
			Client.Response r = method.equals("GET") ? c.get(path) : c.post(path, "{\"query\": \"RETURN 1\"}");
			boolean allowed = BY_RANK.indexOf(user) >= BY_RANK.indexOf(lowest);
			if (allowed) {
				assertThat(r.status()).as(user + " " + method + " " + path).isNotIn(401, 403);
			}
			else {
				assertThat(r.status()).as(user + " " + method + " " + path).isEqualTo(403);
				assertThat(r.header("Content-Type")).startsWith("application/problem+json");
				assertThat(r.json().get("detail").asString()).contains("rol");
			}
		}
	}

	@Test
	void pagesOfferOnlyWhatTheRoleOpens() {
		// the curators' link is in the navigation of every page, for curators only
		String reader = new Client(this.port).as("lola", "lola-pw").get("/", "Accept", "text/html").body();
		String curator = new Client(this.port).as("cuca", "cuca-pw").get("/", "Accept", "text/html").body();
		assertThat(reader).contains("href=\"/buscar\"").doesNotContain("href=\"/curaduria\"");
		assertThat(curator).contains("href=\"/curaduria\"", "Curaduría");
	}

	@Test
	void theCuratorsLinkShowsExactlyToThoseWhoMayOpenTheCuratorsPages() {
		for (String user : BY_RANK) {
			Client c = new Client(this.port).as(user, PASSWORDS.get(user));
			int status = c.get("/curaduria", "Accept", "text/html").status();
			boolean opens = status == 200;
			assertThat(status).as(user + " GET /curaduria").isIn(200, 403);
			// the start page, an error page and a page of each feature: the same answer everywhere
			for (String page : List.of("/", "/entidades/no-existe-nada", "/buscar?q=x", "/briefing", "/conexiones")) {
				String body = c.get(page, "Accept", "text/html").body();
				assertThat(body.contains("href=\"/curaduria\"")).as(user + " sees the link on " + page).isEqualTo(opens);
			}
		}
		assertThat(new Client(this.port).as("cuca", "cuca-pw").get("/curaduria", "Accept", "text/html").status())
			.isEqualTo(200);
	}

	@Test
	void anonymousApiCallsGet401ProblemWithBasicChallenge() {
		Client.Response r = new Client(this.port).get("/api/entities?q=bogota");
		assertThat(r.status()).isEqualTo(401);
		assertThat(r.header("WWW-Authenticate")).startsWith("Basic");
		assertThat(r.header("Content-Type")).startsWith("application/problem+json");
		assertThat(r.json().get("detail").asString()).contains("cuenta");
		assertThat(new Client(this.port).as("lola", "wrong").get("/api/entities?q=x").status()).isEqualTo(401);
	}

	@Test
	void anonymousBrowsersAreSentToTheSpanishLoginFormAndCanSignIn() {
		Client browser = new Client(this.port);
		Client.Response page = browser.get("/", "Accept", "text/html");
		assertThat(page.status()).isEqualTo(302);
		assertThat(page.header("Location")).endsWith("/login");
		Client.Response login = browser.get("/login", "Accept", "text/html");
		assertThat(login.status()).isEqualTo(200);
		assertThat(login.body()).contains("Contraseña", "Iniciar sesión", "name=\"_csrf\"");
		assertThat(login.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
		String csrf = login.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
		Client.Response bad = browser.postForm("/login", Map.of("username", "lola", "password", "no", "_csrf", csrf));
		assertThat(bad.header("Location")).endsWith("/login?error");
		assertThat(browser.get("/login?error").body()).contains("Usuario o contraseña incorrectos");
		Client.Response ok = browser.postForm("/login", Map.of("username", "lola", "password", "lola-pw", "_csrf", csrf));
		assertThat(ok.status()).isEqualTo(302);
		// the session now opens the query API, not the analysts' endpoint
		assertThat(browser.get("/api/entities?q=bogota").status()).isEqualTo(200);
		assertThat(browser.cypher("RETURN 1").status()).isEqualTo(403);
	}

	@Test
	void anonymousHealthShowsOnlyTheStatusAndAdminsSeeDetails() {
		Client.Response anonymous = new Client(this.port).get("/actuator/health");
		assertThat(anonymous.status()).isEqualTo(200);
		assertThat(anonymous.body()).contains("\"status\"").doesNotContain("path", "components", "version", "5.26");
		Client.Response admin = new Client(this.port).as("root", "root-pw").get("/actuator/health");
		assertThat(admin.body()).contains("components");
	}

}
