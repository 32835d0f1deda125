package mx.vinculos.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * The schema as {@code cypher/README.md} documents it (its Nodes, Relationships, Endpoints
 * and Values tables) or as the loaded graph has it, and the differences between the two,
 * each worded as the edit that makes the document true.
 *
 * @param nodes label → property → optional
 * @param relationships type → property → optional
 * @param endpoints "TYPE From → To"
 * @param values "Label.property" or "TYPE.property" → the values it takes
 */
record SchemaDocument(Map<String, Map<String, Boolean>> nodes, Map<String, Map<String, Boolean>> relationships,
		Set<String> endpoints, Map<String, Set<String>> values) {

	/** Properties whose values the document must list, whatever it says. */
	static final List<String> ENUMERATED = List.of("Event.kind", "Event.modality", "Event.datePrecision", "Event.part",
			"Event.eje", "PARTICIPATED_IN.role", "AGREEMENT.kind", "AGREEMENT.status", "MEMBER_OF.role",
			"FUNDED.currency");

	private static final Pattern CODE = Pattern.compile("`([^`]+)`");

	// ------------------------------------------------------------------ the document

	static SchemaDocument parse(String markdown) {
		Map<String, Map<String, Boolean>> nodes = new TreeMap<>();
		for (List<String> row : table(markdown, "Nodes")) {
			nodes.put(code(row.get(0)).get(0), properties(row.get(row.size() - 1)));
		}
		Map<String, Map<String, Boolean>> relationships = new TreeMap<>();
		for (List<String> row : table(markdown, "Relationships")) {
			relationships.put(code(row.get(0)).get(0), properties(row.get(row.size() - 1)));
		}
		Set<String> endpoints = new TreeSet<>();
		for (List<String> row : table(markdown, "Endpoints")) {
			if (row.size() < 3) {
				throw new IllegalArgumentException("cypher/README.md, table 'Endpoints': a row needs type, from and to: " + row);
			}
			String type = code(row.get(0)).get(0);
			for (String from : code(row.get(1))) {
				for (String to : code(row.get(2))) {
					endpoints.add(endpoint(type, from, to));
				}
			}
		}
		Map<String, Set<String>> values = new TreeMap<>();
		for (List<String> row : table(markdown, "Values")) {
			values.put(code(row.get(0)).get(0), new TreeSet<>(code(row.get(1))));
		}
		return new SchemaDocument(nodes, relationships, endpoints, values);
	}

	/** The data rows of the first Markdown table under {@code ## heading}, as cells. */
	private static List<List<String>> table(String markdown, String heading) {
		List<List<String>> rows = new ArrayList<>();
		boolean in = false;
		int seen = 0;
		for (String line : markdown.split("\n")) {
			if (line.startsWith("## ")) {
				in = line.substring(3).strip().equals(heading);
				seen = 0;
				continue;
			}
			if (!in) {
				continue;
			}
			if (line.startsWith("|")) {
				seen++;
				if (seen > 2) {
					String body = line.strip();
					body = body.substring(1, body.endsWith("|") ? body.length() - 1 : body.length());
					List<String> cells = splitCells(body);
					if (cells.size() < 2 || code(cells.get(0)).isEmpty()) {
						throw new IllegalArgumentException("cypher/README.md, table '" + heading + "': malformed row " + line);
					}
					rows.add(cells);
				}
			}
			else if (seen > 0) {
				break;
			}
		}
		if (rows.isEmpty()) {
			throw new IllegalArgumentException("cypher/README.md has no table under '## " + heading + "'");
		}
		return rows;
	}

	/** Cells split at pipes outside backticks (a value may hold anything but a backtick). */
	private static List<String> splitCells(String body) {
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean code = false;
		for (char c : body.toCharArray()) {
			if (c == '`') {
				code = !code;
			}
			if (c == '|' && !code) {
				cells.add(cell.toString().strip());
				cell.setLength(0);
			}
			else {
				cell.append(c);
			}
		}
		cells.add(cell.toString().strip());
		return cells;
	}

	private static List<String> code(String cell) {
		List<String> out = new ArrayList<>();
		Matcher m = CODE.matcher(cell);
		while (m.find()) {
			out.add(m.group(1));
		}
		return out;
	}

	private static Map<String, Boolean> properties(String cell) {
		Map<String, Boolean> out = new TreeMap<>();
		for (String p : code(cell)) {
			out.put(p.endsWith("?") ? p.substring(0, p.length() - 1) : p, p.endsWith("?"));
		}
		return out;
	}

	static String endpoint(String type, String from, String to) {
		return type + " " + from + " → " + to;
	}

	// ------------------------------------------------------------------ the graph

	/**
	 * The loaded graph's schema. A node's label is its label other than {@code Entity};
	 * bookkeeping labels ({@code __…}) are left out. Values are read for the enumerated
	 * properties and for every property the document lists in its Values table.
	 */
	static SchemaDocument live(Driver driver, Set<String> documentedValues) {
		Map<String, Map<String, Boolean>> nodes = new TreeMap<>();
		for (Record r : driver.executableQuery(
				"CALL db.schema.nodeTypeProperties() YIELD nodeLabels, propertyName, mandatory RETURN *").execute().records()) {
			String label = label(r.get("nodeLabels").asList(Value::asString));
			if (label == null) {
				continue;
			}
			Map<String, Boolean> props = nodes.computeIfAbsent(label, k -> new TreeMap<>());
			if (!r.get("propertyName").isNull()) {
				props.put(r.get("propertyName").asString(), !r.get("mandatory").asBoolean());
			}
		}
		Map<String, Map<String, Boolean>> relationships = new TreeMap<>();
		for (Record r : driver.executableQuery(
				"CALL db.schema.relTypeProperties() YIELD relType, propertyName, mandatory RETURN *").execute().records()) {
			String type = r.get("relType").asString().replaceAll("^:`|`$", "");
			Map<String, Boolean> props = relationships.computeIfAbsent(type, k -> new TreeMap<>());
			if (!r.get("propertyName").isNull()) {
				props.put(r.get("propertyName").asString(), !r.get("mandatory").asBoolean());
			}
		}
		Set<String> endpoints = new TreeSet<>();
		for (Record r : driver.executableQuery(
				"MATCH (a)-[r]->(b) RETURN DISTINCT labels(a) AS from, type(r) AS type, labels(b) AS to").execute().records()) {
			String from = label(r.get("from").asList(Value::asString));
			String to = label(r.get("to").asList(Value::asString));
			if (from != null && to != null) {
				endpoints.add(endpoint(r.get("type").asString(), from, to));
			}
		}
		Set<String> enumerated = new TreeSet<>(ENUMERATED);
		enumerated.addAll(documentedValues);
		Map<String, Set<String>> values = new TreeMap<>();
		for (String key : enumerated) {
			String owner = key.substring(0, key.indexOf('.'));
			String property = key.substring(key.indexOf('.') + 1);
			boolean isNode = nodes.containsKey(owner);
			if (!isNode && !relationships.containsKey(owner)) {
				continue;
			}
			// Labels, types and property names come from the document or the graph, never a user.
			String query = (isNode ? "MATCH (x:`" + owner + "`)" : "MATCH ()-[x:`" + owner + "`]->()")
					+ " WHERE x.`" + property + "` IS NOT NULL RETURN DISTINCT toString(x.`" + property + "`) AS v";
			values.put(key, driver.executableQuery(query).execute().records().stream()
				.map(r -> r.get("v").asString())
				.collect(Collectors.toCollection(TreeSet::new)));
		}
		return new SchemaDocument(nodes, relationships, endpoints, values);
	}

	private static String label(List<String> labels) {
		List<String> specific = labels.stream().filter(l -> !l.equals("Entity")).toList();
		if (specific.stream().anyMatch(l -> l.startsWith("__"))) {
			return null;
		}
		return specific.isEmpty() ? "Entity" : String.join(":", specific);
	}

	// ------------------------------------------------------------------ differences

	/** What to change in this document (the documented schema) so it says what {@code graph} has. */
	List<String> differencesFrom(SchemaDocument graph) {
		List<String> out = new ArrayList<>();
		compare(out, "Nodes", "label", this.nodes, graph.nodes);
		compare(out, "Relationships", "type", this.relationships, graph.relationships);
		for (String e : graph.endpoints) {
			if (!this.endpoints.contains(e)) {
				out.add("Endpoints table: add " + quoteEndpoint(e));
			}
		}
		for (String e : this.endpoints) {
			if (!graph.endpoints.contains(e)) {
				out.add("Endpoints table: remove " + quoteEndpoint(e) + " (no such edge in the graph)");
			}
		}
		for (String key : ENUMERATED) {
			if (!this.values.containsKey(key) && graph.values.containsKey(key)) {
				out.add("Values table: add row `" + key + "` with " + list(graph.values.get(key)));
			}
		}
		for (Map.Entry<String, Set<String>> row : this.values.entrySet()) {
			Set<String> real = graph.values.get(row.getKey());
			if (real == null) {
				out.add("Values table: remove row `" + row.getKey() + "` (no such label or type)");
				continue;
			}
			Set<String> missing = new TreeSet<>(real);
			missing.removeAll(row.getValue());
			Set<String> extra = new TreeSet<>(row.getValue());
			extra.removeAll(real);
			if (!missing.isEmpty()) {
				out.add("Values table, `" + row.getKey() + "`: add " + list(missing));
			}
			if (!extra.isEmpty()) {
				out.add("Values table, `" + row.getKey() + "`: remove " + list(extra) + " (not in the graph)");
			}
		}
		return out;
	}

	private static void compare(List<String> out, String table, String what, Map<String, Map<String, Boolean>> doc,
			Map<String, Map<String, Boolean>> graph) {
		for (Map.Entry<String, Map<String, Boolean>> g : graph.entrySet()) {
			Map<String, Boolean> d = doc.get(g.getKey());
			if (d == null) {
				out.add(table + " table: add " + what + " `" + g.getKey() + "` with properties " + props(g.getValue()));
				continue;
			}
			for (Map.Entry<String, Boolean> p : g.getValue().entrySet()) {
				Boolean documented = d.get(p.getKey());
				String written = "`" + p.getKey() + (p.getValue() ? "?" : "") + "`";
				if (documented == null) {
					out.add(table + " table, `" + g.getKey() + "`: add property " + written);
				}
				else if (!documented.equals(p.getValue())) {
					out.add(table + " table, `" + g.getKey() + "`: write " + written
							+ (p.getValue() ? " (absent on some)" : " (present on every one)"));
				}
			}
			for (String p : d.keySet()) {
				if (!g.getValue().containsKey(p)) {
					out.add(table + " table, `" + g.getKey() + "`: remove property `" + p + "` (never set)");
				}
			}
		}
		for (String name : doc.keySet()) {
			if (!graph.containsKey(name)) {
				out.add(table + " table: remove " + what + " `" + name + "` (not in the graph)");
			}
		}
	}

	private static String props(Map<String, Boolean> props) {
		return props.entrySet().stream()
			.map(p -> "`" + p.getKey() + (p.getValue() ? "?" : "") + "`")
			.collect(Collectors.joining(", "));
	}

	private static String list(Set<String> values) {
		return values.stream().map(v -> "`" + v + "`").collect(Collectors.joining(", "));
	}

	private static String quoteEndpoint(String e) {
		String[] parts = e.split(" ", 2);
		String[] ends = parts[1].split(" → ");
		return "`" + parts[0] + "` `" + ends[0] + "` → `" + ends[1] + "`";
	}

}
