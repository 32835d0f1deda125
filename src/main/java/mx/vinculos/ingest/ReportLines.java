package mx.vinculos.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import mx.vinculos.seed.ReportText;

/**
 * A report's text as blocks of running lines, the PDF's noise set aside: sidebar runs
 * ("IN", "FO", "RM", "02", "1-"), bullet runs ("••"), page numbers. Inside a block, words
 * hyphenated at a line end are rejoined and lines are joined by one space, exactly as the
 * seed rules read a quote, so that any span of a block is a valid quote of the line it
 * starts on.
 */
final class ReportLines {

	/** Consecutive non-noise lines [first, last] (1-based) and their joined text. */
	record Block(int first, int last, String text, int[] starts) {

		/** The 1-based line where the character at {@code offset} stands. */
		int lineAt(int offset) {
			int line = this.first;
			for (int i = 0; i < this.starts.length; i++) {
				if (this.starts[i] <= offset) {
					line = this.first + i;
				}
			}
			return line;
		}

		int lineCount() {
			return this.last - this.first + 1;
		}

		/** The text of one of the block's lines, as joined. */
		String lineText(int line) {
			int i = line - this.first;
			int end = i + 1 < this.starts.length ? this.starts[i + 1] : this.text.length();
			return this.text.substring(this.starts[i], end).strip();
		}

	}

	private static final Pattern NOISE = Pattern.compile("[•·\\s]+|[\\p{Lu}\\d\\-]{1,3}|\\d{1,3}");

	private static final Pattern SPACES = Pattern.compile("[ \\t\\u00a0]+");

	final List<String> lines;

	final List<Block> blocks = new ArrayList<>();

	private final ReportText check;

	ReportLines(String text) {
		this.lines = List.of(text.split("\n", -1));
		this.check = new ReportText(this.lines);
		int first = -1;
		StringBuilder b = new StringBuilder();
		List<Integer> starts = new ArrayList<>();
		for (int i = 0; i <= this.lines.size(); i++) {
			String raw = i < this.lines.size() ? this.lines.get(i) : "";
			String s = SPACES.matcher(raw.replace('\r', ' ')).replaceAll(" ").strip();
			boolean breaks = s.isEmpty() || NOISE.matcher(s).matches();
			// a new paragraph (or text box) the PDF glued to the one above without a blank line
			if (!breaks && first >= 0 && SPLIT_PARAGRAPHS && opensParagraph(raw, b)) {
				this.blocks.add(new Block(first + 1, i, b.toString(), starts.stream().mapToInt(Integer::intValue).toArray()));
				first = -1;
				b.setLength(0);
				starts.clear();
			}
			if (breaks) {
				if (first >= 0) {
					this.blocks.add(new Block(first + 1, i, b.toString(),
							starts.stream().mapToInt(Integer::intValue).toArray()));
				}
				first = -1;
				b.setLength(0);
				starts.clear();
				continue;
			}
			if (first < 0) {
				first = i;
				starts.add(0);
				b.append(s);
				continue;
			}
			int n = b.length();
			if (n >= 2 && b.charAt(n - 1) == '-' && Character.isLetterOrDigit(b.charAt(n - 2))
					&& Character.isLetterOrDigit(s.charAt(0))) {
				b.setLength(n - 1);
				starts.add(b.length());
			}
			else {
				b.append(' ');
				starts.add(b.length());
			}
			b.append(s);
		}
	}

	/** Off only to measure what the split brings. */
	private static final boolean SPLIT_PARAGRAPHS = !Boolean.getBoolean("vinculos.ingest.no-paragraph-split");

	/** A heading's date closing the text above: "… (5 de agosto al 31 de diciembre)". */
	private static final Pattern DATED = Pattern.compile("(?s).*\\([^()]*\\d[^()]*\\)\\s*$");

	private static final Pattern GOES_ON_BOX = Pattern.compile("^ 2\\p{Ll}.*");

	/** A sentence ended at the line's end ("… global.", "… Pereira. "), not a word cut by a hyphen. */
	private static final Pattern ENDED = Pattern.compile("(?s).*\\p{Ll}[.!?][”\"»)]?\\s*$");

	/**
	 * A line that starts a new paragraph although no blank line stands above it: it opens a text
	 * box of the PDF (indented by one space, in upper case: {@link EventItems#opensBox}) and the
	 * text above ended a sentence. The PDF's text glues such paragraphs (and the headings of text
	 * boxes) to the one above; read as one block, the paragraph would be read with the wrong event
	 * ("… dando cuenta de su impacto global." / " Distintos funcionarios … recibieron a un grupo de
	 * Embajadoras …", told far above its heading).
	 */
	static boolean opensParagraph(String raw, CharSequence above) {
		String r = raw.replace('\r', ' ');
		// a course sheet's lines run on without blank lines: its fields stay with its title
		if (EventItems.SHEET.matcher(r).lookingAt() || EventItems.FIELD.matcher(r).find()) {
			return false;
		}
		// " 2través de apoyo técnico …": a box whose first line goes on from a sentence elsewhere,
		// marked by the sidebar's page digit glued to it
		// (or after a heading's date: "(5 de agosto al 31 de diciembre)" / " 2primera fase de atención, …")
		boolean ended = ENDED.matcher(above).matches() || DATED.matcher(above).matches();
		return (EventItems.opensBox(r) || r.startsWith(" 2“") || GOES_ON_BOX.matcher(r).matches()) && ended;
	}

	/**
	 * A quote for [start, end) of a block, checked as the seed loader will check it; null
	 * if it cannot be cited (then the item is left out: no evidence, no item).
	 */
	Quote quote(Block block, int start, int end) {
		start = Math.max(0, start);
		end = Math.min(block.text().length(), end);
		// a span that opens on the space joining two lines starts on the next line
		while (start < end && Character.isWhitespace(block.text().charAt(start))) {
			start++;
		}
		if (end <= start) {
			return null;
		}
		String q = block.text().substring(start, end).strip();
		int line = block.lineAt(start);
		int index = line - block.first();
		// the loader looks up to 8 lines past the cited one
		int limit = index + 9 < block.starts().length ? block.starts()[index + 9] : block.text().length();
		if (end > limit) {
			q = block.text().substring(start, limit).strip();
		}
		if (this.check.contains(line, q)) {
			return new Quote(line, q);
		}
		// fall back to what stands on the line itself
		int lineEnd = index + 1 < block.starts().length ? block.starts()[index + 1] : block.text().length();
		String shorter = block.text().substring(start, Math.min(end, lineEnd)).strip();
		if (!shorter.isEmpty() && this.check.contains(line, shorter)) {
			return new Quote(line, shorter);
		}
		return null;
	}

	boolean valid(int line, String quote) {
		return this.check.contains(line, quote);
	}

	/** A cited span of the report. */
	record Quote(int line, String text) {
	}

}
