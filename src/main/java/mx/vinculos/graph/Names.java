package mx.vinculos.graph;

import java.text.Normalizer;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

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

	/**
	 * The folded name and aliases of a node, each once (stored as {@code nameKeys}, which the
	 * {@code name_keys} index looks up exactly).
	 */
	public static List<String> keys(String name, Collection<String> aliases) {
		TreeSet<String> keys = new TreeSet<>();
		keys.add(fold(name));
		if (aliases != null) {
			aliases.forEach(a -> keys.add(fold(a)));
		}
		keys.remove("");
		return List.copyOf(keys);
	}

}
