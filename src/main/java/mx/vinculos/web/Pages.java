package mx.vinculos.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

/** Small things every page controller needs. */
public final class Pages {

	private Pages() {
	}

	/**
	 * Every non-blank value of a repeated parameter, as sent. Read from the request itself
	 * because Spring's binding to {@code List<String>} splits "a,b" into two values, and names
	 * can hold commas.
	 */
	public static List<String> values(HttpServletRequest request, String name) {
		String[] raw = request.getParameterValues(name);
		List<String> out = new ArrayList<>();
		if (raw != null) {
			for (String v : raw) {
				if (v != null && !v.isBlank() && !out.contains(v.strip())) {
					out.add(v.strip());
				}
			}
		}
		return out;
	}

	/** The one value of a parameter, stripped; null when absent or blank. */
	public static String value(HttpServletRequest request, String name) {
		String v = request.getParameter(name);
		return v == null || v.isBlank() ? null : v.strip();
	}

	/** A list under a key of a JSON-shaped map; empty when absent. */
	@SuppressWarnings("unchecked")
	public static List<Map<String, Object>> list(Map<?, ?> m, String key) {
		Object v = m == null ? null : m.get(key);
		return v instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
	}

	@SuppressWarnings("unchecked")
	public static Map<String, Object> map(Map<?, ?> m, String key) {
		Object v = m == null ? null : m.get(key);
		return v instanceof Map<?, ?> x ? (Map<String, Object>) x : Map.of();
	}

}
