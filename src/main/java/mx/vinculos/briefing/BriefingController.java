package mx.vinculos.briefing;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import mx.vinculos.web.ApiProblem;
import mx.vinculos.web.Params;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Briefings, timelines, agreements and funding, every claim with its source. */
@RestController
@RequestMapping("/api")
class BriefingController {

	private static final MediaType MARKDOWN = MediaType.parseMediaType("text/markdown;charset=UTF-8");

	private final BriefingService service;

	private final BriefingRenderer renderer;

	BriefingController(BriefingService service, BriefingRenderer renderer) {
		this.service = service;
		this.renderer = renderer;
	}

	@Operation(summary = "A briefing on a visiting delegation",
			description = "Who they are; engagements in date order with who took part on each side and their titles; "
					+ "agreements; funding; shared networks; people to know; sources. As JSON, Markdown or printable HTML.")
	@ApiResponse(responseCode = "200", description = "the briefing (as JSON; Markdown and HTML render the same content)",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = Briefing.class)))
	@GetMapping("/briefing")
	ResponseEntity<?> briefing(
			@Parameter(description = "city, country, organization, network, agency, person or event (repeatable)",
					example = "Bogotá") @RequestParam(name = "subject", required = false) List<String> subjects,
			@Parameter(example = "2021-07-01") @RequestParam(required = false) String from,
			@Parameter(example = "2021-12-31") @RequestParam(required = false) String to,
			@Parameter(description = "json (default), markdown or html") @RequestParam(defaultValue = "json") String format,
			HttpServletRequest request) {
		// a comma belongs to the name: only repeated parameters make a list (Params)
		subjects = Params.all(request, "subject");
		from = Params.one(request, "from");
		to = Params.one(request, "to");
		if (!List.of("json", "markdown", "html").contains(format)) {
			throw ApiProblem.badRequest("Unknown format '" + format + "'; use json, markdown or html.")
				.key("problem.briefing.format", format);
		}
		Briefing b = this.service.briefing(subjects, Period.parse(from, to));
		return switch (format) {
			case "markdown" -> ResponseEntity.ok().contentType(MARKDOWN).body(this.renderer.markdown(b));
			case "html" -> ResponseEntity.ok().contentType(MediaType.parseMediaType("text/html;charset=UTF-8"))
				.body(this.renderer.html(b));
			default -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(b);
		};
	}

	@Operation(summary = "Events of an entity in date order",
			description = "Events it (or the bodies under it and the people holding positions there) took part in or hosted; "
					+ "for an event, the event and its sessions.")
	@GetMapping("/timeline")
	Timeline timeline(@Parameter(example = "Claudia Sheinbaum Pardo") @RequestParam(required = false) String entity,
			@Parameter(example = "2020-01-01") @RequestParam(required = false) String from,
			@Parameter(example = "2020-06-30") @RequestParam(required = false) String to, HttpServletRequest request) {
		entity = Params.one(request, "entity");
		from = Params.one(request, "from");
		to = Params.one(request, "to");
		if (entity == null || entity.isBlank()) {
			throw ApiProblem.badRequest("Parameter 'entity' is required.").key("problem.timeline.entity");
		}
		return this.service.timeline(entity, Period.parse(from, to));
	}

	@Operation(summary = "Agreements, all or with a party", description = "Convenios, memorandos, declaraciones... with parties and evidence.")
	@GetMapping("/agreements")
	AgreementList agreements(@Parameter(example = "Medellín") @RequestParam(required = false) String party,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			HttpServletRequest request) {
		party = Params.one(request, "party");
		return this.service.agreements(party, Period.parse(from, to));
	}

	@Operation(summary = "Funding and donations, all or of a party",
			description = "Funder, recipient (or project and who runs it), amount as written, purpose, dates, evidence.")
	@GetMapping("/funding")
	FundingList funding(@Parameter(example = "ADIP") @RequestParam(required = false) String party,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			HttpServletRequest request) {
		party = Params.one(request, "party");
		return this.service.funding(party, Period.parse(from, to));
	}

}
