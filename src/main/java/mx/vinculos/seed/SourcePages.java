package mx.vinculos.seed;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import mx.vinculos.web.ApiProblem;
import mx.vinculos.web.GraphOverview;
import mx.vinculos.web.PageController;
import mx.vinculos.web.Pages;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /fuentes/{informe}?linea=N[&cita=…]}: the report's text around a cited line, with
 * the quote highlighted, so anyone can check a fact in one click. The quote is found as the
 * seed checker finds it (whitespace folded, a word hyphenated at a line end rejoined).
 */
@PageController
class SourcePages {

	/** Lines shown before and after the cited one. */
	static final int CONTEXT = 15;

	private final GraphOverview overview;

	private final Path seeds;

	private final Map<Path, List<String>> texts = new ConcurrentHashMap<>();

	SourcePages(GraphOverview overview, @Value("${vinculos.seeds.dir:./seeds}") Path seeds) {
		this.overview = overview;
		this.seeds = seeds;
	}

	/** A line of the report: its number and its text cut where the highlight starts and ends. */
	record Line(int number, String before, String mark, String after, boolean cited) {

		/** The line number right-aligned, so the text lines up. */
		public String padded() {
			return String.format("%5d", this.number);
		}

	}

	@GetMapping("/fuentes/{informe}")
	String source(@PathVariable String informe, HttpServletRequest request, Model model) {
		GraphOverview.Report report = this.overview.report(informe);
		if (report == null || report.file() == null) {
			throw new ApiProblem(HttpStatus.NOT_FOUND, "Unknown report", "No report is called '" + informe + "'.")
				.key("error.unknownReport", informe);
		}
		List<String> lines = lines(report.file());
		int line = number(Pages.value(request, "linea"), lines.size());
		String quote = Pages.value(request, "cita");
		int first = Math.max(1, line - CONTEXT);
		int last = Math.min(lines.size(), line + CONTEXT);
		Highlight h = Highlight.find(lines, line, quote);
		List<Line> shown = new ArrayList<>();
		for (int n = first; n <= last; n++) {
			String text = lines.get(n - 1);
			int from = h.startsIn(n) ? h.startColumn() : 0;
			int to = h.endsIn(n) ? h.endColumn() : text.length();
			if (h.covers(n) && from <= to && to <= text.length()) {
				shown.add(new Line(n, text.substring(0, from), text.substring(from, to), text.substring(to), true));
			}
			else {
				shown.add(new Line(n, text, "", "", false));
			}
		}
		model.addAttribute("report", report);
		model.addAttribute("line", line);
		model.addAttribute("quote", quote);
		model.addAttribute("found", h.found());
		model.addAttribute("lines", shown);
		model.addAttribute("first", first);
		model.addAttribute("last", last);
		model.addAttribute("total", lines.size());
		return "fuentes/fuente";
	}

	private static int number(String value, int max) {
		if (value == null) {
			return 1;
		}
		try {
			int n = Integer.parseInt(value.strip());
			if (n >= 1 && n <= max) {
				return n;
			}
		}
		catch (NumberFormatException ex) {
			// answered below
		}
		throw ApiProblem.badRequest("Parameter 'linea' must be a line number from 1 to " + max + ".")
			.key("problem.invalidValue", "linea", value);
	}

	private List<String> lines(String file) {
		Path path = this.seeds.resolve(file).normalize();
		if (!path.startsWith(this.seeds.normalize())) {
			throw ApiProblem.notFound("No such report file.");
		}
		return this.texts.computeIfAbsent(path, p -> {
			try {
				return List.of(Files.readString(p).split("\n", -1));
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		});
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
