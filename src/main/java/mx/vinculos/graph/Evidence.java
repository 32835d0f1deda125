package mx.vinculos.graph;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import mx.vinculos.graph.GraphSnapshot.Edge;
import mx.vinculos.graph.GraphSnapshot.Node;

/**
 * Where a fact comes from: the report, its line and the exact words. A fact the registry
 * derives (a city located in its country) has only its source.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Where a fact comes from: the report, its 1-based line and the exact words")
public record Evidence(@Schema(example = "informe-2020-1") String source, @Schema(example = "1613") Integer line,
		@Schema(example = "La Secretaría de Movilidad de Bogotá invitó a sus contrapartes") String quote) {

	public static Evidence of(Edge e) {
		return new Evidence(e.source(), integer(e.props().get("line")), Fact.text(e.props().get("quote")));
	}

	/** The line that introduces an event, and its words. */
	public static Evidence of(Node event) {
		return new Evidence(Fact.text(event.props().get("source")), integer(event.props().get("line")),
				Fact.text(event.props().get("quote")));
	}

	static Integer integer(Object v) {
		return v instanceof Number n ? n.intValue() : null;
	}

}
