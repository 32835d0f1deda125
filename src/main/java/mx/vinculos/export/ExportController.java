package mx.vinculos.export;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import mx.vinculos.web.ApiProblem;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** {@code GET /api/export}: the graph, or a subject's part of it, as GraphML or zipped CSV. */
@RestController
class ExportController {

	static final MediaType GRAPHML = MediaType.parseMediaType("application/graphml+xml;charset=UTF-8");

	private final ExportService service;

	ExportController(ExportService service) {
		this.service = service;
	}

	@Operation(summary = "Download the graph for Gephi, networkx or a spreadsheet",
			description = "GraphML (nodes with labels and properties, edges with type, evidence and properties) "
					+ "or a zip of nodes.csv and edges.csv. Without a subject: every node and edge of the graph. "
					+ "With a subject: its scope, the events it took part in, and their direct neighbours. "
					+ "from/to keep the events and dated edges of that period (undated ones by their report's half-year).")
	@GetMapping("/api/export")
	ResponseEntity<StreamingResponseBody> export(
			@Parameter(description = "graphml (default) or csv") @RequestParam(defaultValue = "graphml") String format,
			@Parameter(description = "an entity or event: id, name or alias", example = "Bogotá") @RequestParam(required = false) String subject,
			@Parameter(example = "2021-07-01") @RequestParam(required = false) String from,
			@Parameter(example = "2021-12-31") @RequestParam(required = false) String to) {
		if (!format.equals("graphml") && !format.equals("csv")) {
			throw ApiProblem.badRequest("Unknown format '" + format + "'; use graphml or csv.");
		}
		ExportService.Selection selection = this.service.select(subject, ExportPeriod.parse(from, to));
		boolean csv = format.equals("csv");
		String file = "vinculos" + (selection.name() == null ? "" : "-" + selection.name()) + (csv ? ".zip" : ".graphml");
		StreamingResponseBody body = out -> this.service.write(selection,
				csv ? new CsvZipSink(out) : new GraphMlSink(out));
		return ResponseEntity.ok()
			.contentType(csv ? MediaType.parseMediaType("application/zip") : GRAPHML)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
			.body(body);
	}

}
