package mx.vinculos.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who did what a sentence tells without naming them: "Asimismo, el 9 de noviembre la
 * funcionaria participó …", "Finalmente, formó parte de …" go on about the official a sentence
 * before named ("la Directora Ejecutiva …, Mariana Flores Mayén asistió a …"). An event named in
 * such a sentence takes that subject as a party.
 */
final class Antecedents {

	private Antecedents() {
	}

	private static final String VERB = "(?:particip[oó]|asisti[oó]|acudi[oó]|form[oó]\\s+parte|tom[oó]\\s+parte|intervino"
			+ "|fue\\s+(?:ponente|panelista|moderador[a]?|invitad[oa])|present[oó]|encabez[oó]|represent[oó])\\b";

	/**
	 * A sentence opening (after a connective and a date) on its verb, or on a bare noun that
	 * refers back ("la funcionaria", "el titular") and then its verb.
	 */
	private static final Pattern REFERS_BACK = Pattern.compile("^(?:(?:Asimismo|Adem[aá]s|Finalmente|Tambi[eé]n|Posteriormente"
			+ "|Por [uú]ltimo|Igualmente|De igual (?:forma|manera)|Por otra parte|En este sentido|Luego|Despu[eé]s)\\s*,?\\s*)?"
			+ "(?:(?:el|la|los|del?)\\s+(?:pasad[oa]\\s+)?\\d{1,2}(?:\\s+(?:y|al)\\s+\\d{1,2})?\\s+de\\s+\\p{L}+(?:\\s+de(?:l)?\\s+\\d{4})?\\s*,?\\s*"
			+ "|en\\s+(?:el\\s+mes\\s+de\\s+)?\\p{Ll}+\\s*,?\\s*)?"
			+ "(?:(?:la|el)\\s+(?:funcionari[oa]|servidora?\\s+p[uú]blic[oa]|titular|propi[oa]\\s+funcionari[oa])\\s+)?"
			+ "(?:tambi[eé]n\\s+)?" + VERB, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** The verb that ends a sentence's subject: "… Mariana Flores Mayén asistió a …". */
	private static final Pattern SUBJECT_VERB = Pattern.compile("\\s" + VERB);

	/** Whether a sentence refers back to a subject named before it. */
	static boolean refersBack(String sentence) {
		return REFERS_BACK.matcher(sentence.strip()).find();
	}

	/** A stretch of a block: [from, to). */
	record Stretch(ReportLines.Block block, int from, int to) {
	}

	/**
	 * The subject of the nearest sentence before {@code from} in {@code blocks[bi]} (and up to two
	 * paragraphs above it) that names one: the text from that sentence's start to its verb. Sentences
	 * that refer back themselves are passed over; a heading (a block with no full stop) ends the
	 * search. Null when there is none.
	 */
	static Stretch subject(List<ReportLines.Block> blocks, int bi, int from) {
		for (int j = bi; j >= Math.max(0, bi - 2); j--) {
			String t = blocks.get(j).text();
			if (j < bi && !t.strip().endsWith(".")) {
				return null;
			}
			int end = j == bi ? from : t.length();
			List<int[]> sentences = sentences(t, end);
			for (int k = sentences.size() - 1; k >= 0; k--) {
				int[] s = sentences.get(k);
				String sentence = t.substring(s[0], s[1]);
				if (refersBack(sentence)) {
					continue;
				}
				Matcher v = SUBJECT_VERB.matcher(sentence);
				// the subject must be named before its verb, and not far from the sentence start
				if (v.find() && v.start() >= 8 && v.start() <= 220) {
					return new Stretch(blocks.get(j), s[0], s[0] + v.start());
				}
				return null;
			}
		}
		return null;
	}

	private static final Pattern END = Pattern.compile("(?<!\\b(?:Dr|Dra|Sr|Sra|Lic|Ing|Mtro|Mtra|Arq))[.;](?=\\s+[\\p{Lu}“\"(¿¡])");

	/** The sentences of {@code t} before {@code end}: [start, end) pairs. */
	private static List<int[]> sentences(String t, int end) {
		List<int[]> out = new java.util.ArrayList<>();
		Matcher m = END.matcher(t);
		int start = 0;
		while (m.find() && m.end() <= end) {
			out.add(new int[] { start, m.end() });
			start = m.end();
			while (start < t.length() && Character.isWhitespace(t.charAt(start))) {
				start++;
			}
		}
		if (start < end && !t.substring(start, end).isBlank()) {
			out.add(new int[] { start, end });
		}
		return out;
	}

}
