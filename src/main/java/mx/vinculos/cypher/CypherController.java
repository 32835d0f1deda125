package mx.vinculos.cypher;

import java.security.Principal;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

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
			description = "Only read queries run: writes, LOAD CSV, schema and admin commands (SHOW TRANSACTIONS, "
					+ "SHOW SETTINGS, TERMINATE...) and procedures outside a read allow-list (db.labels, db.schema.*, "
					+ "full-text queries...) are refused with 403. Text over vinculos.cypher.max-query is 413, too many "
					+ "AND/OR terms or clauses 400. Rows and bytes are capped (then truncated=true), queries time out "
					+ "(vinculos.cypher.timeout, then 408); a user with vinculos.cypher.per-user queries in flight, or "
					+ "a full service, gets 503 with Retry-After. Invalid Cypher is 400 with Neo4j's message. "
					+ "Needs the ANALISTA role when accounts are configured.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					examples = @ExampleObject(name = "people of a city", value = """
							{"query": "MATCH (p:Person)-[h:HOLDS_POSITION]->(:City {id: $id}) RETURN p.name, h.title, h.quote",
							 "parameters": {"id": "bogota"}}"""))))
	@PostMapping
	CypherResponse run(@RequestBody CypherRequest request, HttpServletRequest http) {
		// Fair share per account; without accounts (loopback only) per client address.
		Principal user = http.getUserPrincipal();
		return this.service.run(request.query(), request.parameters(),
				user != null ? "user:" + user.getName() : "address:" + http.getRemoteAddr());
	}

}
