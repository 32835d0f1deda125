package mx.vinculos.graph;

import java.util.Collection;
import java.util.List;
import java.util.Set;

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
 * Read fresh from the graph (a reload may move a body), once per web request at most: a
 * page labels many bodies and asks one query.
 */
@Component
public class ForeignBodies {

	/** Up to 6 steps: a unit of an office of a ministry of a government in a city of a country. */
	private static final String QUERY = """
			MATCH (home:Entity {id: $home})
			CALL (home) {
			  MATCH p = (home)-[:PART_OF|LOCATED_IN*0..6]->(c:Country)
			  RETURN c AS homeCountry ORDER BY length(p) LIMIT 1
			}
			MATCH (a:Agency)
			CALL (a) {
			  MATCH p = (a)-[:PART_OF|LOCATED_IN*1..6]->(c:Country)
			  RETURN c AS country ORDER BY length(p) LIMIT 1
			}
			WITH a WHERE country <> homeCountry
			RETURN collect(a.id) AS ids""";

	private static final String REQUEST_KEY = ForeignBodies.class.getName();

	private final Neo4jClient client;

	private final String homeId;

	ForeignBodies(Neo4jClient client, @Value("${vinculos.home:ciudad-de-mexico}") String homeId) {
		this.client = client;
		this.homeId = homeId;
	}

	/** Whether the node with this id is a government body of another country. */
	public boolean isForeign(Object id) {
		return id != null && ids().contains(String.valueOf(id));
	}

	/** The ids of every foreign government body. */
	@SuppressWarnings("unchecked")
	public Set<String> ids() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		Object memo = request == null ? null : request.getAttribute(REQUEST_KEY, RequestAttributes.SCOPE_REQUEST);
		if (memo instanceof Set<?> s) {
			return (Set<String>) s;
		}
		Set<String> ids = load();
		if (request != null) {
			request.setAttribute(REQUEST_KEY, ids, RequestAttributes.SCOPE_REQUEST);
		}
		return ids;
	}

	private Set<String> load() {
		Object ids = this.client.query(QUERY)
			.bind(this.homeId)
			.to("home")
			.fetch()
			.one()
			.map(m -> m.get("ids"))
			.orElse(List.of());
		return ids instanceof Collection<?> c ? Set.copyOf(c.stream().map(String::valueOf).toList()) : Set.of();
	}

}
