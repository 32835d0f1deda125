package mx.vinculos.cypher;

import java.util.Map;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/cypher}: read-only Cypher for analysts. */
@RestController
@RequestMapping("/api/cypher")
class CypherController {

	private final CypherService service;

	CypherController(CypherService service) {
		this.service = service;
	}

	/**
	 * @param query the Cypher text
	 * @param parameters its {@code $parameters}
	 */
	record CypherRequest(String query, Map<String, Object> parameters) {
	}

	@PostMapping
	CypherResponse run(@RequestBody CypherRequest request) {
		return this.service.run(request.query(), request.parameters());
	}

}
