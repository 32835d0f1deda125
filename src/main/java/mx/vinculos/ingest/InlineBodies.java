package mx.vinculos.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The body of an event named in running text: the sentences after the one naming it ("En este
 * encuentro, se dio retroalimentación … a la responsable del Centro …"), in its paragraph and the
 * paragraphs under it, up to the next event named, a heading, or a sentence that opens another
 * activity ("Asimismo, el 9 de noviembre …", "Finalmente, …"); in prose, only while the
 * sentences go on about the event.
 */
final class InlineBodies {

	private InlineBodies() {
	}

	/** A sentence opening another activity: a connective of sequence, or a date. */
	private static final Pattern NEXT_ACTIVITY = Pattern.compile("^(?:Asimismo|Adem[aá]s|Finalmente|Tambi[eé]n|Posteriormente"
			+ "|Por [uú]ltimo|Igualmente|De igual (?:forma|manera)|Por otra parte|Por otro lado|Adicionalmente|En otro orden"
			+ "|Otr[oa]s?\\s|Luego|Despu[eé]s|(?:El|En el|Durante el|Del?)\\s+(?:pasado\\s+)?\\d{1,2}\\s+(?:de|y|al)\\s"
			+ "|(?:En|Durante)\\s+(?:el\\s+mes\\s+de\\s+)?(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\\b)");

	/**
	 * A sentence going on about the event just named: "En este encuentro, …", "Durante la sesión,
	 * …", "Participaron …". In prose only such sentences are the event's (a sentence with a subject
	 * of its own tells of something else); a course sheet's fields all are.
	 */
	private static final Pattern ABOUT_IT = Pattern.compile("^(?:(?:En|Durante|Para|Tras|Dentro de|A lo largo de)\\s+"
			+ "(?:este|esta|dicho|dicha|ese|esa|tal|[eé]l|ella)\\b|Durante\\s+(?:el|la)\\s|En\\s+(?:el|la)\\s+(?:que|cual)\\b|Ah[ií]\\b|All[ií]\\b"
			+ "|(?:Este|Esta|Dicho|Dicha|Dichos|Dichas)\\s|(?:Participaron|Asistieron|Intervinieron|Contó con|Se contó con|Estuvieron)\\b"
			+ "|(?:Participantes|Asistentes|Ponentes|Lugar|Sede|Objetivo|Fechas?|Modalidad|Organizad[oa]r?|Imparti(?:do|da)|Instituci[oó]n)[^.:]{0,30}:)");

	private static final Pattern END = Pattern.compile("(?<!\\b(?:Dr|Dra|Sr|Sra|Lic|Ing|Mtro|Mtra|Arq))[.;](?=\\s+[\\p{Lu}“\"(¿¡])");

	/** A stretch of a block: [from, to). */
	record Stretch(ReportLines.Block block, int from, int to) {
	}

	/** Whether a sentence opens another activity. */
	static boolean opensAnother(String sentence) {
		return NEXT_ACTIVITY.matcher(sentence.strip()).find();
	}

	/**
	 * The body of an event whose sentence ends at {@code from} in {@code blocks[bi]}; {@code stop}
	 * is where the next event named in that block starts (or the block's length); {@code holdsEvent}
	 * tells the blocks with events of their own. At most {@code maxChars} characters.
	 */
	static List<Stretch> body(List<ReportLines.Block> blocks, int bi, int from, int stop, IntPredicate holdsEvent, int maxChars,
			boolean sheet) {
		List<Stretch> out = new ArrayList<>();
		int end = until(blocks.get(bi).text(), from, stop, sheet);
		if (end > from && !blocks.get(bi).text().substring(from, end).isBlank()) {
			out.add(new Stretch(blocks.get(bi), from, end));
		}
		if (end < stop || stop < blocks.get(bi).text().length()) {
			return out;
		}
		int chars = end - from;
		for (int j = bi + 1; j < blocks.size() && j <= bi + 2 && chars < maxChars; j++) {
			String t = blocks.get(j).text();
			// a heading (no full stop), or a paragraph with events of its own, ends the body
			if (holdsEvent.test(j) || !t.strip().endsWith(".") || t.strip().isEmpty()
					|| !Character.isUpperCase(t.strip().codePointAt(0))) {
				break;
			}
			int e = until(t, 0, t.length(), sheet);
			if (e > 0) {
				out.add(new Stretch(blocks.get(j), 0, e));
			}
			chars += e;
			if (e < t.length()) {
				break;
			}
		}
		return out;
	}

	/** Where the sentences from {@code from} stop: at {@code stop}, or at a sentence opening another activity. */
	private static int until(String t, int from, int stop, boolean sheet) {
		int start = from;
		while (start < stop && Character.isWhitespace(t.charAt(start))) {
			start++;
		}
		Matcher m = END.matcher(t);
		while (start < stop) {
			String opening = t.substring(start, Math.min(stop, start + 80)).strip();
			if (opensAnother(opening) || !sheet && !ABOUT_IT.matcher(opening).find()) {
				return start;
			}
			int next = m.find(start) && m.end() < stop ? m.end() : stop;
			start = next;
			while (start < stop && Character.isWhitespace(t.charAt(start))) {
				start++;
			}
		}
		return stop;
	}

}
