package mx.vinculos.web;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Query parameters exactly as sent. Spring binds {@code List<String>} by splitting a single
 * value on commas and joins a repeated one into a {@code String} with commas; names such as
 * "Secretaría de Educación, Ciencia, Tecnología e Innovación" contain commas, so lists come
 * only from repeated parameters ({@code entity=A&entity=B}) and a single-valued parameter
 * sent twice is refused.
 */
public final class Params {

	private Params() {
	}

	/** Every value of a repeatable parameter, each whole; null when absent. */
	public static List<String> all(HttpServletRequest request, String name) {
		String[] values = request.getParameterValues(name);
		return values == null ? null : Arrays.asList(values);
	}

	/** The one value of a parameter; null when absent; 400 when repeated. */
	public static String one(HttpServletRequest request, String name) {
		String[] values = request.getParameterValues(name);
		if (values == null || values.length == 0) {
			return null;
		}
		if (values.length > 1) {
			throw ApiProblem.badRequest(Texts.shared().get("limites.parametro.repetido", name));
		}
		return values[0];
	}

}
