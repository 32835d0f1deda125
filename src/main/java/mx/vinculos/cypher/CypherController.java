package mx.vinculos.cypher;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;

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

	@Operation(summary = "Run a read-only Cypher query",
			description = "Writes, LOAD CSV, schema commands and writing procedures are refused with 403. "
					+ "Rows are capped (vinculos.cypher.row-cap, then truncated=true) and queries time out "
					+ "(vinculos.cypher.timeout, then 408). Invalid Cypher is 400 with Neo4j's message.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					examples = @ExampleObject(name = "people of a city", value = """
							{"query": "MATCH (p:Person)-[h:HOLDS_POSITION]->(:City {id: $id}) RETURN p.name, h.title, h.quote",
							 "parameters": {"id": "bogota"}}"""))))
	@PostMapping
	CypherResponse run(@RequestBody CypherRequest request) {
		return this.service.run(request.query(), request.parameters());
	}

}
