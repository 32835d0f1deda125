package mx.vinculos.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import mx.vinculos.StartupRefusal;
import mx.vinculos.web.Texts;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may do what. With accounts: the API ({@code /api/**}) takes HTTP Basic (or the session
 * of a signed-in person) and answers 401/403 as problem+json; pages use the Spanish sign-in
 * form. Without accounts: nobody signs in and HTTP stays on the loopback interface. Either
 * way every response carries the security headers.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/**
	 * Scripts, styles and images only from this service (styles may be inline: the printable
	 * briefing carries its own); no framing, no plugins, forms only to this service.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
			+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	private static final Set<String> ENCODINGS = Set.of("bcrypt", "noop", "pbkdf2", "scrypt", "argon2", "sha256");

	private final AccountsProperties accounts;

	private final Texts texts;

	SecurityConfiguration(AccountsProperties accounts, Texts texts,
			@Value("${server.address:" + LoopbackByDefault.LOOPBACK + "}") String address) {
		this.accounts = accounts;
		this.texts = texts;
		checkAddress(address, accounts.any());
	}

	/** @throws StartupRefusal when HTTP would listen beyond this machine with no accounts */
	static void checkAddress(String address, boolean accounts) {
		if (!accounts && !isLoopback(address)) {
			throw new StartupRefusal("Refusing to start: server.address=" + address
					+ " is not a loopback address and no accounts are configured, so anyone on the network could "
					+ "use the service; add vinculos.security.users.<name>.password and .roles, or bind to 127.0.0.1.");
		}
	}

	static boolean isLoopback(String address) {
		try {
			return java.net.InetAddress.getByName(address).isLoopbackAddress();
		}
		catch (java.net.UnknownHostException ex) {
			return false;
		}
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	UserDetailsService userDetailsService() {
		List<UserDetails> users = new ArrayList<>();
		this.accounts.users().forEach((name, account) -> users.add(user(name, account)));
		return new InMemoryUserDetailsManager(users);
	}

	/** One account, or a refusal to start that names the setting to fix. */
	static UserDetails user(String name, AccountsProperties.Account account) {
		String setting = "vinculos.security.users." + name;
		String password = account.password();
		if (password == null || password.isBlank()) {
			throw new StartupRefusal("Refusing to start: " + setting + ".password is empty.");
		}
		int close = password.indexOf('}');
		if (!password.startsWith("{") || close < 0 || !ENCODINGS.contains(password.substring(1, close))) {
			throw new StartupRefusal("Refusing to start: " + setting
					+ ".password must start with its encoding, {bcrypt} (recommended) or {noop} for a plain value.");
		}
		if (account.roles().isEmpty()) {
			throw new StartupRefusal("Refusing to start: " + setting + ".roles is empty; give one of LECTOR, ANALISTA, "
					+ "CURADOR, ADMIN.");
		}
		List<String> roles = new ArrayList<>();
		for (String role : account.roles()) {
			String r = role.trim().toUpperCase(Locale.ROOT);
			try {
				roles.add(Role.valueOf(r).name());
			}
			catch (IllegalArgumentException ex) {
				throw new StartupRefusal("Refusing to start: " + setting + ".roles has '" + role.trim()
						+ "'; the roles are LECTOR, ANALISTA, CURADOR, ADMIN.");
			}
		}
		return User.withUsername(name).password(password).roles(roles.toArray(String[]::new)).build();
	}

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.fromHierarchy(Role.hierarchy());
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http) throws Exception {
		http.securityMatcher("/api/**");
		headers(http);
		// Basic-authenticated calls carry no cookie a third site could ride, and the session
		// cookie of a signed-in person is SameSite=Lax (application.properties).
		http.csrf(csrf -> csrf.disable());
		if (!this.accounts.any()) {
			return http.authorizeHttpRequests(a -> a.anyRequest().permitAll()).build();
		}
		http.authorizeHttpRequests(a -> a.requestMatchers("/api/cypher", "/api/cypher/**", "/api/export/**")
			.hasRole(Role.ANALISTA.name())
			.requestMatchers("/api/curaduria/**")
			.hasRole(Role.CURADOR.name())
			.requestMatchers(HttpMethod.GET, "/api/**")
			.hasRole(Role.LECTOR.name())
			.requestMatchers(HttpMethod.HEAD, "/api/**")
			.hasRole(Role.LECTOR.name())
			// anything else that sends data under /api loads or reviews: curators only
			.anyRequest()
			.hasRole(Role.CURADOR.name()));
		http.httpBasic(basic -> basic.realmName("Vinculos").authenticationEntryPoint(unauthorized()));
		http.exceptionHandling(e -> e.authenticationEntryPoint(unauthorized()).accessDeniedHandler(denied()));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http) throws Exception {
		headers(http);
		if (!this.accounts.any()) {
			// no accounts, no sessions to protect: nothing to forge
			http.csrf(csrf -> csrf.disable());
			return http.authorizeHttpRequests(a -> a.anyRequest().permitAll()).build();
		}
		http.authorizeHttpRequests(a -> a
			.requestMatchers("/login", "/error", "/favicon.ico", "/css/**", "/js/**", "/img/**", "/vendor/**",
					"/webjars/**")
			.permitAll()
			.requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
			.permitAll()
			.requestMatchers("/actuator/**")
			.hasRole(Role.ADMIN.name())
			.requestMatchers("/curaduria/**")
			.hasRole(Role.CURADOR.name())
			.requestMatchers(HttpMethod.GET, "/**")
			.hasRole(Role.LECTOR.name())
			.requestMatchers(HttpMethod.HEAD, "/**")
			.hasRole(Role.LECTOR.name())
			.anyRequest()
			.hasRole(Role.CURADOR.name()));
		http.formLogin(form -> form.loginPage("/login").permitAll());
		http.logout(logout -> logout.logoutSuccessUrl("/login?salida"));
		// scripts (curl, notebooks) may read pages and the OpenAPI document with Basic too
		http.httpBasic(Customizer.withDefaults());
		// a page refused to a signed-in person goes through /error: a page for browsers,
		// problem+json for other clients (ErrorAnswers)
		return http.build();
	}

	private void headers(HttpSecurity http) throws Exception {
		http.headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
			.contentTypeOptions(Customizer.withDefaults()));
	}

	private AuthenticationEntryPoint unauthorized() {
		return (request, response, ex) -> {
			response.setHeader("WWW-Authenticate", "Basic realm=\"Vinculos\", charset=\"UTF-8\"");
			ProblemWriter.write(request, response, HttpStatus.UNAUTHORIZED, this.texts.get("seguridad.401.titulo"),
					this.texts.get("seguridad.401"));
		};
	}

	/** 403 as problem+json for the API; for pages too when the client asks for JSON. */
	private AccessDeniedHandler denied() {
		return (request, response, ex) -> {
			String detail = ex instanceof CsrfException ? this.texts.get("seguridad.403.csrf")
					: this.texts.get("seguridad.403.sinrol");
			ProblemWriter.write(request, response, HttpStatus.FORBIDDEN, this.texts.get("seguridad.403.titulo"), detail);
		};
	}

}
