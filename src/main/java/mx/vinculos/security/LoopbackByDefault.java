package mx.vinculos.security;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;

/**
 * Without accounts nobody signs in, so HTTP listens on 127.0.0.1 unless
 * {@code server.address} says otherwise (and then {@link SecurityConfiguration} refuses to
 * start when that address is not a loopback one). Runs after the configuration files are
 * read.
 */
class LoopbackByDefault implements EnvironmentPostProcessor, Ordered {

	static final String LOOPBACK = "127.0.0.1";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (hasUsers(environment)) {
			return;
		}
		String address = environment.getProperty("server.address");
		if (address == null) {
			environment.getPropertySources()
				.addLast(new MapPropertySource("vinculos-loopback-default", Map.of("server.address", LOOPBACK)));
		}
		else {
			// refuse before anything starts (the embedded Neo4j, seeds); SecurityConfiguration
			// checks again in case the address comes from somewhere this cannot see
			SecurityConfiguration.checkAddress(address, false);
		}
	}

	static boolean hasUsers(Environment environment) {
		return Binder.get(environment)
			.bind("vinculos.security.users", Bindable.mapOf(String.class, AccountsProperties.Account.class))
			.map(users -> !users.isEmpty())
			.orElse(false);
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
