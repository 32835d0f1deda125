package mx.vinculos.cypher;

import java.util.List;

/**
 * An answer of the Cypher endpoint.
 *
 * @param columns the query's columns, in order
 * @param rows one list of values per record
 * @param truncated whether the row cap cut the answer short
 */
public record CypherResponse(List<String> columns, List<List<Object>> rows, boolean truncated) {
}
