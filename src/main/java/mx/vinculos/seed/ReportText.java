package mx.vinculos.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A report's text, to check quotes against. A quote must start on its cited line and may
 * run over the following ones; whitespace runs count as one space, and a word hyphenated
 * at a line end may be quoted rejoined ("Secretaría") or with its hyphen ("Secreta-ría").
 * An event's summary, a longer excerpt, is checked the same way but may also run over the
 * page's noise: blank lines, page numbers, the split sidebar ("IN", "FO", "RM"... of "INFORME
 * SEMESTRAL 2021-2", whose last "2" the extraction glues to the next line) and bullet runs.
 * Public so that the ingest drafter cites exactly as the loader checks.
 */
public final class ReportText {

	/** How many lines after the cited one a quote may run into. */
	private static final int SPAN = 8;

	private static final Pattern HYPHEN_BREAK = Pattern.compile("(\\w)-[ \\t]*\\n[ \\t]*(\\w)",
			Pattern.UNICODE_CHARACTER_CLASS);

	/** How many lines after the cited one a summary may run into, noise lines included. */
	private static final int SUMMARY_SPAN = 80;

	/** Marks a hyphenated line break in a summary's text: the quote may keep or drop the hyphen. */
	private static final char BREAK = '\u0000';

	/**
	 * Lines that are page furniture, not text: blank, page numbers ("24", "12 13"), bullet
	 * runs ("••", "• •"), pieces of the sidebar title.
	 */
	private static final Pattern NOISE_LINE = Pattern.compile(
			"\\s*(|\\d{1,3}(\\s+\\d{1,3})*|[•·\\s]*•[•·\\s]*|IN|FO|RM|E|SE|M|ES|TR|AL|02|1-)\\s*",
			Pattern.UNICODE_CHARACTER_CLASS);

	/** The sidebar's last "2" glued to the first word of a line ("2que se construyeron"). */
	private static final Pattern GLUED_SIDEBAR = Pattern.compile("^ ?2(?=[\\p{L}“])");
	private static final Pattern HYPHEN_END = Pattern.compile("\\w-[ \\t]*$", Pattern.UNICODE_CHARACTER_CLASS);

	private static final Pattern WORD_START = Pattern.compile("[ \\t]*\\w", Pattern.UNICODE_CHARACTER_CLASS);

	private static final Pattern SPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

	private final List<String> lines;

	public ReportText(List<String> lines) {
		this.lines = lines;
	}

	public static ReportText read(Path file) {
		try {
			return new ReportText(List.of(Files.readString(file, StandardCharsets.UTF_8).split("\n", -1)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	int lineCount() {
		return this.lines.size();
	}

	/**
	 * Whether the quote is in the text and starts on the cited line: its first character
	 * lies within that line in the reading that finds it (a quote beginning on the next
	 * line, or citing a blank line, is a line off).
	 */
	public boolean contains(int line, String quote) {
		if (line < 1 || line > this.lines.size() || quote == null) {
			return false;
		}
		String q = squash(quote);
		String firstRaw = this.lines.get(line - 1);
		String first = squash(firstRaw);
		if (q.isEmpty() || first.isEmpty()) {
			return false;
		}
		List<String> rest = this.lines.subList(line, Math.min(this.lines.size(), line + SPAN));
		boolean hyphenEnd = HYPHEN_END.matcher(firstRaw).find() && !rest.isEmpty()
				&& WORD_START.matcher(rest.get(0)).lookingAt();
		String window = firstRaw + (rest.isEmpty() ? "" : "\n" + String.join("\n", rest));
		String[] texts = { HYPHEN_BREAK.matcher(window).replaceAll("$1$2"),
				HYPHEN_BREAK.matcher(window).replaceAll("$1-$2"), window };
		// where the first line ends in each reading: a rejoined hyphen drops one character
		int[] cuts = { hyphenEnd ? first.length() - 1 : first.length(), first.length(), first.length() };
		for (int k = 0; k < texts.length; k++) {
			int i = squash(texts[k]).indexOf(q);
			if (i >= 0 && i < cuts[k]) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether {@code quote} starts on {@code line} and reads on, skipping noise lines, for up
	 * to {@value #SUMMARY_SPAN} lines. Each hyphenated line break may be quoted rejoined or
	 * with its hyphen, independently of the others ("México-Tenochtitlan" keeps its hyphen
	 * where "Secretaría" drops it).
	 */
	boolean containsSkippingNoise(int line, String quote) {
		if (line < 1 || line > this.lines.size() || quote == null || isNoise(this.lines.get(line - 1))) {
			return false;
		}
		String q = squash(quote);
		if (q.isEmpty()) {
			return false;
		}
		StringBuilder window = new StringBuilder();
		for (String raw : this.lines.subList(line - 1, Math.min(this.lines.size(), line - 1 + SUMMARY_SPAN))) {
			if (!isNoise(raw)) {
				window.append(window.isEmpty() ? "" : "\n").append(GLUED_SIDEBAR.matcher(raw).replaceFirst(""));
			}
		}
		String t = squash(HYPHEN_BREAK.matcher(window).replaceAll("$1" + BREAK + "$2"));
		int firstLineLength = squash(GLUED_SIDEBAR.matcher(this.lines.get(line - 1)).replaceFirst("")).length();
		for (int i = 0; i <= Math.min(firstLineLength, t.length() - 1); i++) {
			if (matchesAt(t, i, q)) {
				return true;
			}
		}
		return false;
	}

	static boolean isNoise(String line) {
		return NOISE_LINE.matcher(line).matches();
	}

	/** {@code q} read at {@code t[i]}, where a {@link #BREAK} stands for "", "-" or "- ". */
	private static boolean matchesAt(String t, int i, String q) {
		int j = i;
		int k = 0;
		while (k < q.length()) {
			if (j >= t.length()) {
				return false;
			}
			char c = t.charAt(j++);
			if (c == BREAK) {
				if (q.charAt(k) == '-') {
					k++;
					if (k < q.length() && q.charAt(k) == ' ') {
						k++;
					}
				}
			}
			else if (c != q.charAt(k++)) {
				return false;
			}
		}
		return true;
	}

	static String squash(String text) {
		return SPACE.matcher(text).replaceAll(" ").strip();
	}

}
