package mx.vinculos.search;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Entities (or events) matching what was typed, best first.
 *
 * @param query what was typed
 * @param results best match first
 */
@Schema(description = "Entities (or events) matching a name, alias or acronym, best first")
public record SearchAnswer(@Schema(example = "semovi") String query, List<Hit> results) {

	/**
	 * One match.
	 *
	 * @param aliases the other names the reports use (the match may be on one of them)
	 * @param score how well the best of its names matches, 0 to 1
	 * @param connections its edges in the graph: the better known of two namesakes first
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	@Schema(name = "SearchHit", description = "An entity or event matching the query")
	public record Hit(@Schema(example = "secretaria-de-movilidad") String id,
			@Schema(example = "Secretaría de Movilidad") String name, @Schema(example = "Agency") String type,
			List<String> aliases, LocalDate startDate, LocalDate endDate, @Schema(example = "1.0") double score,
			int connections) {
	}

}
