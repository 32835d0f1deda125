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
 * Public so that the ingest drafter cites exactly as the loader checks.
 */
public final class ReportText {

	/** How many lines after the cited one a quote may run into. */
	private static final int SPAN = 8;

	private static final Pattern HYPHEN_BREAK = Pattern.compile("(\\w)-[ \\t]*\\n[ \\t]*(\\w)",
			Pattern.UNICODE_CHARACTER_CLASS);

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

	public boolean contains(int line, String quote) {
		if (line < 1 || line > this.lines.size() || quote == null) {
			return false;
		}
		String q = squash(quote);
		if (q.isEmpty()) {
			return false;
		}
		String window = String.join("\n", this.lines.subList(line - 1, Math.min(this.lines.size(), line + SPAN)));
		int firstLineLength = squash(this.lines.get(line - 1)).length();
		for (String text : new String[] { HYPHEN_BREAK.matcher(window).replaceAll("$1$2"),
				HYPHEN_BREAK.matcher(window).replaceAll("$1-$2"), window }) {
			String t = squash(text);
			for (int i = t.indexOf(q); i >= 0; i = t.indexOf(q, i + 1)) {
				if (i <= firstLineLength) {
					return true;
				}
			}
		}
		return false;
	}

	static String squash(String text) {
		return SPACE.matcher(text).replaceAll(" ").strip();
	}

}
