package mx.vinculos.briefing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import mx.vinculos.web.ApiProblem;
import mx.vinculos.web.Labels;
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

	private final Labels labels;

	BriefingPages(BriefingService service, BriefingRenderer renderer, Labels labels) {
		this.service = service;
		this.renderer = renderer;
		this.labels = labels;
	}

	/** A period bound as ISO for the briefing service, whichever way the page received it. */
	private String date(HttpServletRequest request, String name, String label) {
		java.time.LocalDate d = this.labels.pageDate(Pages.value(request, name), label);
		return d == null ? null : d.toString();
	}

	@GetMapping("/briefing")
	String briefing(HttpServletRequest request, Model model) {
		List<String> subjects = Pages.values(request, "sujeto");
		String from = date(request, "desde", "briefing.from");
		String to = date(request, "hasta", "briefing.to");
		model.addAttribute("sujetos", subjects);
		model.addAttribute("desde", from);
		model.addAttribute("hasta", to);
		model.addAttribute("standalone", false);
		model.addAttribute("pdf", false);
		Briefing b = subjects.isEmpty() ? null : briefing(subjects, from, to);
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
		Briefing b = briefing(subjects, date(request, "desde", "briefing.from"),
				date(request, "hasta", "briefing.to"));
		byte[] pdf = this.renderer.pdf(b, request.getRequestURL().toString());
		String file = "ficha-" + String.join("-", b.subjects().stream().map(Briefing.Subject::id).toList())
				+ ".pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition", ContentDisposition.inline().filename(file, StandardCharsets.UTF_8).build().toString())
			.body(pdf);
	}

	/**
	 * The briefing; when a subject is unknown or ambiguous, its candidates lead to the briefing
	 * each one would give (the other subjects and the period kept), not to their entity pages:
	 * the reader came for a briefing.
	 */
	@SuppressWarnings("unchecked")
	private Briefing briefing(List<String> subjects, String from, String to) {
		Period period = Period.parse(from, to);
		try {
			return this.service.briefing(subjects, period);
		}
		catch (ApiProblem ex) {
			Object args = ex.messageArgs() == null || ex.messageArgs().length == 0 ? null : ex.messageArgs()[0];
			if (!(ex.properties().get("candidates") instanceof List<?> candidates) || !subjects.contains(args)) {
				throw ex;
			}
			List<Map<String, Object>> linked = new java.util.ArrayList<>();
			for (Object c : candidates) {
				Map<String, Object> m = new java.util.LinkedHashMap<>((Map<String, Object>) c);
				List<String> instead = subjects.stream().map(s -> s.equals(args) ? String.valueOf(m.get("id")) : s).toList();
				m.put("href", href("/briefing", "sujeto", "desde", "hasta", instead, from, to, null));
				linked.add(m);
			}
			throw ex.with("candidates", linked);
		}
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
