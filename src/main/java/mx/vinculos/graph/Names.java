package mx.vinculos.graph;

import java.text.Normalizer;
import java.util.Locale;

/** How names compare: case, accents and punctuation aside ("Bogotá" = "bogota"). */
public final class Names {

	private Names() {
	}

	/** Lower-case ASCII words separated by single spaces. */
	public static String fold(String name) {
		if (name == null) {
			return "";
		}
		String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
		return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
	}

}
