package mx.vinculos.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A stretch of a report's text with one quote highlighted where the seed checker finds it
 * (whitespace folded, a word hyphenated at a line end rejoined): what {@code /fuentes} shows,
 * and what the curator's review shows beside each drafted event.
 */
public record SourceExcerpt(List<Line> lines, boolean found) {

	/** A line of the report: its number and its text cut where the highlight starts and ends. */
	public record Line(int number, String before, String mark, String after, boolean cited, boolean marked) {

		/** The line number right-aligned, so the text lines up. */
		public String padded() {
			return String.format("%5d", this.number);
		}

	}

	/**
	 * Lines {@code first..last} of {@code text}, with {@code quote} highlighted from its
	 * {@code line} (the whole line when there is no quote or it is not found there);
	 * {@code marked} lines are flagged (lines other items cite).
	 */
	public static SourceExcerpt of(List<String> text, int line, String quote, int first, int last, Set<Integer> marked) {
		Highlight h = Highlight.find(text, line, quote);
		List<Line> shown = new ArrayList<>();
		for (int n = first; n <= last; n++) {
			String t = text.get(n - 1);
			int from = h.startsIn(n) ? h.startColumn() : 0;
			int to = h.endsIn(n) ? h.endColumn() : t.length();
			if (h.covers(n) && from <= to && to <= t.length()) {
				shown.add(new Line(n, t.substring(0, from), t.substring(from, to), t.substring(to), true,
						marked.contains(n)));
			}
			else {
				shown.add(new Line(n, t, "", "", false, marked.contains(n)));
			}
		}
		return new SourceExcerpt(shown, h.found());
	}

	/**
	 * Where a quote sits: from (line, column) to (line, column), end exclusive. Without a
	 * quote, or when it is not found, the cited line itself.
	 */
	record Highlight(int startLine, int startColumn, int endLine, int endColumn, boolean found) {

		boolean covers(int n) {
			return n >= this.startLine && n <= this.endLine;
		}

		boolean startsIn(int n) {
			return n == this.startLine;
		}

		boolean endsIn(int n) {
			return n == this.endLine;
		}

		/** How many lines after the cited one a quote may run into (as the seed checker allows). */
		private static final int SPAN = 8;

		static Highlight find(List<String> lines, int line, String quote) {
			Highlight whole = new Highlight(line, 0, line, lines.get(line - 1).length(), quote == null);
			if (quote == null || quote.isBlank()) {
				return whole;
			}
			int last = Math.min(lines.size(), line + SPAN);
			// the window as one string, remembering each character's (line, column)
			StringBuilder text = new StringBuilder();
			List<int[]> where = new ArrayList<>();
			for (int n = line; n <= last; n++) {
				String l = lines.get(n - 1);
				for (int c = 0; c < l.length(); c++) {
					text.append(l.charAt(c));
					where.add(new int[] { n, c });
				}
				text.append('\n');
				where.add(new int[] { n, l.length() });
			}
			for (boolean rejoin : new boolean[] { true, false }) {
				StringBuilder norm = new StringBuilder();
				List<int[]> map = new ArrayList<>();
				int i = 0;
				while (i < text.length()) {
					char ch = text.charAt(i);
					if (rejoin && ch == '-' && i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
						int j = i + 1;
						while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
							j++;
						}
						if (j < text.length() && text.charAt(j) == '\n') {
							j++;
							while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
								j++;
							}
							if (j < text.length() && Character.isLetterOrDigit(text.charAt(j))) {
								i = j;
								continue;
							}
						}
					}
					if (Character.isWhitespace(ch)) {
						if (norm.length() > 0 && norm.charAt(norm.length() - 1) != ' ') {
							norm.append(' ');
							map.add(where.get(i));
						}
						i++;
						continue;
					}
					norm.append(ch);
					map.add(where.get(i));
					i++;
				}
				String q = quote.strip().replaceAll("\\s+", " ");
				int at = norm.indexOf(q);
				if (at >= 0 && map.get(at)[0] == line) {
					int[] s = map.get(at);
					int[] e = map.get(at + q.length() - 1);
					return new Highlight(s[0], s[1], e[0], e[1] + 1, true);
				}
			}
			return new Highlight(line, 0, line, lines.get(line - 1).length(), false);
		}

	}

}
