package mx.vinculos.connect;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import mx.vinculos.web.Params;
import io.swagger.v3.oas.annotations.Parameter;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/connect}: what ties 2 to 6 entities together. */
@RestController
@RequestMapping("/api/connect")
class ConnectController {

	private final ConnectService service;

	ConnectController(ConnectService service) {
		this.service = service;
	}

	@Operation(summary = "Which partners, events and projects connect these entities",
			description = "Connectors ranked: ties to all the given entities beat ties to some; a specific tie beats a hub. "
					+ "Each carries its score and the paths to each entity, every edge with its evidence.")
	@GetMapping
	ConnectAnswer connect(
			@Parameter(description = "2 to 6 names, aliases or ids", example = "[\"Bogotá\", \"UCCI\", \"Secretaría de Movilidad\"]")
			@RequestParam(name = "entity", required = false) List<String> entities,
			@Parameter(description = "rwr (default) or shortest") @RequestParam(defaultValue = "rwr") String method,
			@RequestParam(defaultValue = "20") int limit, HttpServletRequest request) {
		// a comma belongs to the name: only repeated parameters make a list (Params)
		return this.service.connect(Params.all(request, "entity"), method, limit);
	}

}
