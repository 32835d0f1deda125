package mx.vinculos.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.stereotype.Component;

/**
 * What the person reading a page may open, so a page offers only links that will open for
 * them (a LECTOR is not shown the export nor the curators' pages, which answer 403 to that
 * role). It asks the security filter chains themselves ({@link SecurityConfiguration}) through
 * Spring Security's privilege evaluator, so the links and the access rules cannot disagree:
 * with no accounts (loopback only) everyone may open everything, and is offered everything.
 * Templates reach it as {@code @pageRoles}, so the navigation of every page asks it, error
 * and login pages too (a model attribute would reach only some controllers' pages).
 */
@Component("pageRoles")
public class PageRoles {

	static final String CURATION = "/curaduria";

	static final String EXPORT = "/api/export";

	private final ObjectProvider<WebInvocationPrivilegeEvaluator> evaluator;

	PageRoles(ObjectProvider<WebInvocationPrivilegeEvaluator> evaluator) {
		this.evaluator = evaluator;
	}

	/** Whether the current user may open the curators' pages. */
	public boolean mayCurate() {
		return mayOpen(CURATION, "GET");
	}

	/** Whether the current user may download the graph (the export API). */
	public boolean mayExport() {
		return mayOpen(EXPORT, "GET");
	}

	/** Whether the security rules let the current user send {@code method} to {@code path}. */
	public boolean mayOpen(String path, String method) {
		WebInvocationPrivilegeEvaluator rules = this.evaluator.getIfAvailable();
		if (rules == null) {
			// no web security at all (a slice test): nothing is refused
			return true;
		}
		Authentication who = SecurityContextHolder.getContext().getAuthentication();
		return rules.isAllowed("", path, method, who);
	}

}
