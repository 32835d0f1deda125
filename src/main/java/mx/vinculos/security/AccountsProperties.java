package mx.vinculos.security;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Accounts, from configuration: {@code vinculos.security.users.<name>.password} (an encoded
 * value such as {@code {bcrypt}$2a$10$...} or {@code {noop}secret}) and
 * {@code vinculos.security.users.<name>.roles} (comma list of LECTOR, ANALISTA, CURADOR, ADMIN).
 * No accounts means no sign-in, and HTTP only on the loopback interface.
 *
 * @param users accounts by user name
 */
@ConfigurationProperties("vinculos.security")
public record AccountsProperties(@DefaultValue Map<String, Account> users) {

	/**
	 * @param password encoded password, with its {@code {id}} prefix
	 * @param roles the account's roles; each includes the ones below it
	 */
	public record Account(String password, @DefaultValue List<String> roles) {
	}

	public boolean any() {
		return this.users != null && !this.users.isEmpty();
	}

}
