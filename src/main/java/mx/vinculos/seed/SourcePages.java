package mx.vinculos.seed;

import java.nio.file.Files;
import java.nio.file.Path;
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
		SourceExcerpt excerpt = SourceExcerpt.of(lines, line, quote, first, last, java.util.Set.of());
		model.addAttribute("report", report);
		model.addAttribute("line", line);
		model.addAttribute("quote", quote);
		model.addAttribute("found", excerpt.found());
		model.addAttribute("lines", excerpt.lines());
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

}
