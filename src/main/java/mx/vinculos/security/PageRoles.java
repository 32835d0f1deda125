package mx.vinculos.security;

import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import mx.vinculos.web.PageController;

/**
 * What the person reading a page may do, so a page offers only links that will open for
 * them (a LECTOR is not shown the export, which answers 403 to that role). With no accounts
 * configured everyone may do everything, as the security chains allow.
 */
@ControllerAdvice(annotations = PageController.class)
class PageRoles {

	private final AccountsProperties accounts;

	private final RoleHierarchy hierarchy = SecurityConfiguration.roleHierarchy();

	PageRoles(AccountsProperties accounts) {
		this.accounts = accounts;
	}

	@ModelAttribute("mayExport")
	boolean mayExport() {
		return may(Role.ANALISTA);
	}

	@ModelAttribute("mayCurate")
	boolean mayCurate() {
		return may(Role.CURADOR);
	}

	private boolean may(Role role) {
		if (!this.accounts.any()) {
			return true;
		}
		Authentication who = SecurityContextHolder.getContext().getAuthentication();
		if (who == null || !who.isAuthenticated()) {
			return false;
		}
		String wanted = "ROLE_" + role.name();
		return this.hierarchy.getReachableGrantedAuthorities(who.getAuthorities())
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(wanted::equals);
	}

}
