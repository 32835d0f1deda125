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
 */
final class ReportText {

	/** How many lines after the cited one a quote may run into. */
	private static final int SPAN = 8;

	private static final Pattern HYPHEN_BREAK = Pattern.compile("(\\w)-[ \\t]*\\n[ \\t]*(\\w)",
			Pattern.UNICODE_CHARACTER_CLASS);

	private static final Pattern HYPHEN_END = Pattern.compile("\\w-[ \\t]*$", Pattern.UNICODE_CHARACTER_CLASS);

	private static final Pattern WORD_START = Pattern.compile("[ \\t]*\\w", Pattern.UNICODE_CHARACTER_CLASS);

	private static final Pattern SPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

	private final List<String> lines;

	ReportText(List<String> lines) {
		this.lines = lines;
	}

	static ReportText read(Path file) {
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
	boolean contains(int line, String quote) {
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

	static String squash(String text) {
		return SPACE.matcher(text).replaceAll(" ").strip();
	}

}
