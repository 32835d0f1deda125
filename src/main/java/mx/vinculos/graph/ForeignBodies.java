package mx.vinculos.graph;

import java.util.HashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Which government bodies (Agency) belong to another country than the home city's: an
 * embassy, a foreign ministry, Bogotá's transport office. In Mexican Spanish "dependencia"
 * names a body of a Mexican government only, so every page and the briefing label these
 * apart; this is the one rule they all ask. A body's country is the nearest Country up its
 * PART_OF / LOCATED_IN chain (the registry puts each body under its government and each city
 * in its country); a body with no country on record is not called foreign.
 * <p>
 * Read fresh from the graph (any write may move a body), each body once per web request, by
 * a query bounded by that body's own chain (never a scan of every body: the graph grows).
 */
@Component
public class ForeignBodies {

	/**
	 * One body, from its id (indexed): up to 6 steps up, a unit of an office of a ministry of a
	 * government in a city of a country. Bounded by the body's own chain, not by the graph.
	 */
	private static final String QUERY = """
			MATCH (home:Entity {id: $home})
			CALL (home) {
			  MATCH p = (home)-[:PART_OF|LOCATED_IN*0..6]->(c:Country)
			  RETURN c AS homeCountry ORDER BY length(p) LIMIT 1
			}
			MATCH (a:Entity {id: $id}) WHERE a:Agency
			CALL (a) {
			  MATCH p = (a)-[:PART_OF|LOCATED_IN*1..6]->(c:Country)
			  RETURN c AS country ORDER BY length(p) LIMIT 1
			}
			RETURN country <> homeCountry AS foreign""";

	private static final String REQUEST_KEY = ForeignBodies.class.getName();

	private final Neo4jClient client;

	private final String homeId;

	ForeignBodies(Neo4jClient client, @Value("${vinculos.home:ciudad-de-mexico}") String homeId) {
		this.client = client;
		this.homeId = homeId;
	}

	/**
	 * Whether the node with this id is a government body of another country. Each body is
	 * read once per web request (a page labels the same body in several places).
	 */
	@SuppressWarnings("unchecked")
	public boolean isForeign(Object id) {
		if (id == null) {
			return false;
		}
		String key = String.valueOf(id);
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		Map<String, Boolean> memo = null;
		if (request != null) {
			memo = (Map<String, Boolean>) request.getAttribute(REQUEST_KEY, RequestAttributes.SCOPE_REQUEST);
			if (memo == null) {
				memo = new HashMap<>();
				request.setAttribute(REQUEST_KEY, memo, RequestAttributes.SCOPE_REQUEST);
			}
			Boolean known = memo.get(key);
			if (known != null) {
				return known;
			}
		}
		boolean foreign = load(key);
		if (memo != null) {
			memo.put(key, foreign);
		}
		return foreign;
	}

	private boolean load(String id) {
		return this.client.query(QUERY)
			.bind(this.homeId)
			.to("home")
			.bind(id)
			.to("id")
			.fetch()
			.one()
			.map(m -> Boolean.TRUE.equals(m.get("foreign")))
			.orElse(false);
	}

}
