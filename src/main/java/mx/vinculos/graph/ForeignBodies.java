package mx.vinculos.graph;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
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
 * Read fresh from the graph (any write may move a body), each body once per web request. A
 * page names its bodies first ({@link #prime}): they are read in one query, each bounded by
 * its own chain (never a scan of every body: the graph grows); a body no page named is read
 * alone when asked.
 */
@Component
public class ForeignBodies {

	/**
	 * The given bodies, each from its id (indexed): up to 6 steps up, a unit of an office of a
	 * ministry of a government in a city of a country. Bounded by the ids given and each
	 * body's own chain, not by the graph.
	 */
	private static final String QUERY = """
			MATCH (home:Entity {id: $home})
			CALL (home) {
			  MATCH p = (home)-[:PART_OF|LOCATED_IN*0..6]->(c:Country)
			  RETURN c AS homeCountry ORDER BY length(p) LIMIT 1
			}
			UNWIND $ids AS id
			MATCH (a:Entity {id: id})
			CALL (a) {
			  MATCH p = (a)-[:PART_OF|LOCATED_IN*0..6]->(c:Country)
			  RETURN c AS country ORDER BY length(p) LIMIT 1
			}
			RETURN a.id AS id, country <> homeCountry AS foreign""";

	/** Bodies read in one query at most: a page lists a few dozen; a longer list is read in slices. */
	static final int BATCH = 200;

	private static final String REQUEST_KEY = ForeignBodies.class.getName();

	private final Neo4jClient client;

	private final String homeId;

	private final java.util.concurrent.atomic.AtomicLong reads = new java.util.concurrent.atomic.AtomicLong();

	ForeignBodies(Neo4jClient client, @Value("${vinculos.home:ciudad-de-mexico}") String homeId) {
		this.client = client;
		this.homeId = homeId;
	}

	/**
	 * Whether the node with this id is a government body of another country (or, for any
	 * other entity, lies in another country: Bogotá, Colombia). Each is read once per web
	 * request (a page labels the same body in several places).
	 */
	public boolean isForeign(Object id) {
		if (id == null) {
			return false;
		}
		String key = String.valueOf(id);
		Map<String, Boolean> memo = memo();
		Boolean known = memo == null ? null : memo.get(key);
		if (known != null) {
			return known;
		}
		Map<String, Boolean> read = load(List.of(key));
		if (memo != null) {
			memo.putAll(read);
		}
		return read.get(key);
	}

	/**
	 * Reads these entities (the government bodies a page labels, and any other it asks about) in
	 * one query and keeps the answers for the rest of the web request, so a page that labels
	 * many bodies asks the graph once. Outside a request it does nothing.
	 */
	public void prime(Collection<String> ids) {
		Map<String, Boolean> memo = memo();
		if (memo == null || ids == null) {
			return;
		}
		List<String> unknown = ids.stream().filter(java.util.Objects::nonNull).distinct()
			.filter(id -> !memo.containsKey(id)).toList();
		for (int i = 0; i < unknown.size(); i += BATCH) {
			memo.putAll(load(unknown.subList(i, Math.min(unknown.size(), i + BATCH))));
		}
	}

	/** {@link #prime} for the government bodies among these nodes (the others need no reading). */
	public void primeNodes(Collection<NodeRef> nodes) {
		prime(nodes.stream().filter(n -> n != null && "Agency".equals(n.type())).map(NodeRef::id).toList());
	}

	/** This request's answers; null outside a web request. */
	@SuppressWarnings("unchecked")
	private static Map<String, Boolean> memo() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return null;
		}
		Map<String, Boolean> memo = (Map<String, Boolean>) request.getAttribute(REQUEST_KEY, RequestAttributes.SCOPE_REQUEST);
		if (memo == null) {
			memo = new HashMap<>();
			request.setAttribute(REQUEST_KEY, memo, RequestAttributes.SCOPE_REQUEST);
		}
		return memo;
	}

	/** Whether each of these ids is foreign: every id answered, "no" when it has no country on record. */
	private Map<String, Boolean> load(List<String> ids) {
		Map<String, Boolean> out = new HashMap<>();
		ids.forEach(id -> out.put(id, false));
		this.client.query(QUERY)
			.bind(this.homeId)
			.to("home")
			.bind(ids)
			.to("ids")
			.fetch()
			.all()
			.forEach(m -> out.put(String.valueOf(m.get("id")), Boolean.TRUE.equals(m.get("foreign"))));
		this.reads.incrementAndGet();
		return out;
	}

	/** How many queries this has run since start: a test checks a page asks once. */
	public long reads() {
		return this.reads.get();
	}

}
