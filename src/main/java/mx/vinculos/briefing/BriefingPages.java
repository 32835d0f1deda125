package mx.vinculos.briefing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import mx.vinculos.web.ApiProblem;
import mx.vinculos.web.PageController;
import mx.vinculos.web.Pages;

import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The briefing a protocol officer reads before a visit: on screen, ready to print, and as a
 * PDF drawn from the same template (A4, "Página N de M", subject and date in the header).
 * The content is {@link BriefingService#briefing}'s, the API's own answer.
 */
@PageController
class BriefingPages {

	private final BriefingService service;

	private final BriefingRenderer renderer;

	BriefingPages(BriefingService service, BriefingRenderer renderer) {
		this.service = service;
		this.renderer = renderer;
	}

	@GetMapping("/briefing")
	String briefing(HttpServletRequest request, Model model) {
		List<String> subjects = Pages.values(request, "sujeto");
		String from = Pages.value(request, "desde");
		String to = Pages.value(request, "hasta");
		model.addAttribute("sujetos", subjects);
		model.addAttribute("desde", from);
		model.addAttribute("hasta", to);
		model.addAttribute("standalone", false);
		model.addAttribute("pdf", false);
		Map<String, Object> b = subjects.isEmpty() ? null : this.service.briefing(subjects, Period.parse(from, to));
		model.addAllAttributes(this.renderer.model(b));
		if (b != null) {
			model.addAttribute("pdfHref", href("/briefing.pdf", "sujeto", "desde", "hasta", subjects, from, to, null));
			model.addAttribute("markdownHref", href("/api/briefing", "subject", "from", "to", subjects, from, to, "markdown"));
		}
		return "briefing/ficha";
	}

	@GetMapping("/briefing.pdf")
	ResponseEntity<byte[]> pdf(HttpServletRequest request) {
		List<String> subjects = Pages.values(request, "sujeto");
		if (subjects.isEmpty()) {
			throw ApiProblem.badRequest("Give at least one subject (sujeto=Bogotá).").key("problem.briefing.none");
		}
		Map<String, Object> b = this.service.briefing(subjects,
				Period.parse(Pages.value(request, "desde"), Pages.value(request, "hasta")));
		byte[] pdf = this.renderer.pdf(b, request.getRequestURL().toString());
		String file = "ficha-" + String.join("-", Pages.list(b, "subjects").stream().map(s -> String.valueOf(s.get("id"))).toList())
				+ ".pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition", ContentDisposition.inline().filename(file, StandardCharsets.UTF_8).build().toString())
			.body(pdf);
	}

	private static String href(String path, String subjectParam, String fromParam, String toParam, List<String> subjects,
			String from, String to, String format) {
		UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
		subjects.forEach(s -> b.queryParam(subjectParam, s));
		if (from != null) {
			b.queryParam(fromParam, from);
		}
		if (to != null) {
			b.queryParam(toParam, to);
		}
		if (format != null) {
			b.queryParam("format", format);
		}
		return b.encode().build().toUriString();
	}

}
