package mx.vinculos.ingest;

import java.text.Normalizer;

/**
 * Folding as {@link mx.vinculos.graph.Names#fold} does (case, accents and punctuation
 * aside), but one character for one character, so that a match in the folded text is a
 * span of the original.
 */
final class Fold {

	private Fold() {
	}

	static String keepingOffsets(String text) {
		char[] out = new char[text.length()];
		for (int i = 0; i < text.length(); i++) {
			out[i] = fold(text.charAt(i));
		}
		return new String(out);
	}

	static char fold(char c) {
		if (c < 128) {
			char l = Character.toLowerCase(c);
			return (l >= 'a' && l <= 'z') || (l >= '0' && l <= '9') ? l : ' ';
		}
		String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD);
		for (int k = 0; k < d.length(); k++) {
			char l = Character.toLowerCase(d.charAt(k));
			if ((l >= 'a' && l <= 'z') || (l >= '0' && l <= '9')) {
				return l;
			}
		}
		return ' ';
	}

}
