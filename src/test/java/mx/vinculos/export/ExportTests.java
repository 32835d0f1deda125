package mx.vinculos.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import mx.vinculos.ServiceTestBase;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /api/export}: the whole graph and a subject's part, as GraphML and as zipped CSV. */
class ExportTests extends ServiceTestBase {

	private static final String NS = "http://graphml.graphdrawing.org/xmlns";

	@LocalServerPort
	int port;

	record Download(int status, String contentType, String disposition, byte[] body) {
	}

	Download download(Map<String, String> params) throws Exception {
		String query = params.entrySet().stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpResponse<byte[]> r = HttpClient.newHttpClient().send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/export?" + query)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		return new Download(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
				r.headers().firstValue("Content-Disposition").orElse(""), r.body());
	}

	long count(String query) {
		return this.http.cypher(query, Map.of()).get("rows").get(0).get(0).asLong();
	}

	/** A parsed GraphML file: node id → its data, and the edges with theirs. */
	record GraphMl(Map<String, Map<String, String>> nodes, List<Map<String, String>> edges) {
	}

	static GraphMl parse(byte[] xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
		Map<String, String> keyNames = new HashMap<>();
		NodeList keys = doc.getElementsByTagNameNS(NS, "key");
		for (int i = 0; i < keys.getLength(); i++) {
			Element k = (Element) keys.item(i);
			keyNames.put(k.getAttribute("id"), k.getAttribute("attr.name"));
		}
		Map<String, Map<String, String>> nodes = new HashMap<>();
		NodeList ns = doc.getElementsByTagNameNS(NS, "node");
		for (int i = 0; i < ns.getLength(); i++) {
			Element n = (Element) ns.item(i);
			assertThat(nodes.put(n.getAttribute("id"), data(n, keyNames))).as("duplicate node").isNull();
		}
		List<Map<String, String>> edges = new ArrayList<>();
		NodeList es = doc.getElementsByTagNameNS(NS, "edge");
		for (int i = 0; i < es.getLength(); i++) {
			Element e = (Element) es.item(i);
			Map<String, String> d = data(e, keyNames);
			d.put("@source", e.getAttribute("source"));
			d.put("@target", e.getAttribute("target"));
			edges.add(d);
		}
		return new GraphMl(nodes, edges);
	}

	private static Map<String, String> data(Element owner, Map<String, String> keyNames) {
		Map<String, String> d = new HashMap<>();
		NodeList data = owner.getElementsByTagNameNS(NS, "data");
		for (int i = 0; i < data.getLength(); i++) {
			Element x = (Element) data.item(i);
			d.put(keyNames.get(x.getAttribute("key")), x.getTextContent());
		}
		return d;
	}

	@Test
	void wholeGraphAsGraphMlHasEveryNodeAndEdgeWithLabelsPropertiesAndEvidence() throws Exception {
		Download d = download(Map.of());
		assertThat(d.status()).isEqualTo(200);
		assertThat(d.contentType()).startsWith("application/graphml+xml");
		assertThat(d.disposition()).contains("attachment").contains("vinculos.graphml");
		GraphMl g = parse(d.body());

		assertThat(g.nodes()).hasSize((int) count("MATCH (n) WHERE NOT any(l IN labels(n) WHERE l STARTS WITH '__') RETURN count(n)"));
		assertThat(g.edges()).hasSize((int) count(
				"MATCH (a)-[r]->(b) WHERE NOT any(l IN labels(a) + labels(b) WHERE l STARTS WITH '__') RETURN count(r)"));
		assertThat(g.nodes()).doesNotContainKey(null);
		for (Map<String, String> e : g.edges()) {
			assertThat(g.nodes()).containsKeys(e.get("@source"), e.get("@target"));
		}

		assertThat(g.nodes().get("bogota")).containsEntry("labels", ":City:Entity")
			.containsEntry("name", "Bogotá")
			.containsEntry("label", "Bogotá");
		Map<String, String> participation = g.edges().stream()
			.filter(e -> e.get("type").equals("PARTICIPATED_IN") && e.get("@source").equals("bogota"))
			.findFirst().orElseThrow();
		assertThat(participation).containsKeys("role", "source", "line", "quote");
		assertThat(participation.get("source")).startsWith("informe-");
		Map<String, String> registry = g.edges().stream()
			.filter(e -> e.get("type").equals("LOCATED_IN") && e.get("@source").equals("bogota"))
			.findFirst().orElseThrow();
		assertThat(registry).containsEntry("source", "registry").containsEntry("@target", "colombia");
		assertThat(g.nodes().values().stream().filter(n -> n.get("labels").equals(":Event")).findFirst().orElseThrow())
			.containsKeys("startDate", "quote", "line", "kind");
	}

	@Test
	void csvZipHasTheSameNodesAndEdges() throws Exception {
		Download d = download(Map.of("format", "csv"));
		assertThat(d.status()).isEqualTo(200);
		assertThat(d.contentType()).isEqualTo("application/zip");
		assertThat(d.disposition()).contains("vinculos.zip");
		Map<String, List<List<String>>> files = new HashMap<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(d.body()), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				files.put(entry.getName(), csv(new String(zip.readAllBytes(), StandardCharsets.UTF_8)));
			}
		}
		assertThat(files).containsOnlyKeys("nodes.csv", "edges.csv");
		GraphMl g = parse(download(Map.of()).body());

		List<List<String>> nodes = files.get("nodes.csv");
		assertThat(nodes.get(0)).startsWith("id", "labels").contains("name", "quote", "startDate");
		assertThat(nodes).hasSize(g.nodes().size() + 1);
		Set<String> ids = nodes.stream().skip(1).map(r -> r.get(0)).collect(Collectors.toSet());
		assertThat(ids).isEqualTo(g.nodes().keySet());
		for (List<String> row : nodes) {
			assertThat(row).hasSameSizeAs(nodes.get(0));
		}

		List<List<String>> edges = files.get("edges.csv");
		List<String> header = edges.get(0);
		assertThat(header).startsWith("from", "to", "type").contains("source", "line", "quote", "role", "amount");
		assertThat(edges).hasSize(g.edges().size() + 1);
		int quote = header.indexOf("quote");
		List<String> csvQuotes = edges.stream().skip(1).map(r -> r.get(quote)).sorted().toList();
		List<String> xmlQuotes = g.edges().stream().map(e -> e.getOrDefault("quote", "")).sorted().toList();
		assertThat(csvQuotes).isEqualTo(xmlQuotes);
	}

	/** RFC 4180 rows: quoted cells may hold commas, quotes and line breaks. */
	static List<List<String>> csv(String text) throws IOException {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		StringReader in = new StringReader(text);
		for (int c = in.read(); c != -1; c = in.read()) {
			if (quoted) {
				if (c == '"') {
					in.mark(1);
					if (in.read() == '"') {
						cell.append('"');
					}
					else {
						in.reset();
						quoted = false;
					}
				}
				else {
					cell.append((char) c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				row.add(cell.toString());
				cell.setLength(0);
			}
			else if (c == '\n') {
				row.add(cell.toString());
				cell.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
			}
			else if (c != '\r') {
				cell.append((char) c);
			}
		}
		return rows;
	}

	@Test
	void aSubjectsExportIsItsScopeItsEventsAndTheirNeighbours() throws Exception {
		GraphMl all = parse(download(Map.of()).body());
		Download d = download(Map.of("subject", "Bogotá"));
		assertThat(d.status()).isEqualTo(200);
		assertThat(d.disposition()).contains("vinculos-bogota.graphml");
		GraphMl g = parse(d.body());

		JsonNode people = this.http.cypher(
				"MATCH (p:Person)-[:HOLDS_POSITION]->(:City {id: 'bogota'}) RETURN collect(p.id)", Map.of());
		JsonNode events = this.http.cypher(
				"MATCH (:City {id: 'bogota'})-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(other) "
						+ "RETURN collect(DISTINCT e.id), collect(DISTINCT other.id)", Map.of());
		Set<String> ids = g.nodes().keySet();
		assertThat(ids).contains("bogota", "colombia");
		people.get("rows").get(0).get(0).forEach(p -> assertThat(ids).contains(p.asString()));
		events.get("rows").get(0).get(0).forEach(e -> assertThat(ids).contains(e.asString()));
		events.get("rows").get(0).get(1).forEach(o -> assertThat(ids).contains(o.asString()));
		assertThat(g.nodes().size()).isLessThan(all.nodes().size() / 2);
		assertThat(g.nodes().values()).noneMatch(n -> n.get("labels").equals(":Report"));

		// Induced: every edge of the whole graph between two exported nodes is there.
		long between = all.edges().stream()
			.filter(e -> ids.contains(e.get("@source")) && ids.contains(e.get("@target")))
			.count();
		assertThat(g.edges()).hasSize((int) between);
	}

	@Test
	void aPeriodKeepsTheEventsAndDatedEdgesItOverlaps() throws Exception {
		GraphMl all = parse(download(Map.of()).body());
		GraphMl late = parse(download(Map.of("from", "2021-07-01")).body());
		List<Map<String, String>> events = late.nodes().values().stream()
			.filter(n -> n.get("labels").equals(":Event"))
			.toList();
		assertThat(events).isNotEmpty().allSatisfy(e -> {
			if (e.get("startDate") != null) {
				assertThat(e.getOrDefault("endDate", e.get("startDate"))).isGreaterThanOrEqualTo("2021-07-01");
			}
			else {
				assertThat(e.get("source")).isEqualTo("informe-2021-2");
			}
		});
		assertThat(late.nodes().size()).isLessThan(all.nodes().size());
		assertThat(late.nodes()).containsKeys("bogota", "ciudad-de-mexico");
		assertThat(late.edges()).noneMatch(e -> "AGREEMENT".equals(e.get("type")) && e.get("date") != null
				&& e.get("date").compareTo("2021-07-01") < 0);
		assertThat(late.edges()).anyMatch(e -> "registry".equals(e.get("source")));
		for (Map<String, String> e : late.edges()) {
			assertThat(late.nodes()).containsKeys(e.get("@source"), e.get("@target"));
		}

		GraphMl bogota2020 = parse(download(Map.of("subject", "bogota", "to", "2020-06-30")).body());
		GraphMl bogota = parse(download(Map.of("subject", "bogota")).body());
		assertThat(bogota2020.nodes().size()).isLessThan(bogota.nodes().size());
		assertThat(bogota2020.nodes().values()).filteredOn(n -> n.get("labels").equals(":Event"))
			.isNotEmpty()
			.allSatisfy(e -> assertThat(e.get("source")).isEqualTo("informe-2020-1"));
	}

	@Test
	void badInputIsAProblemBeforeAnythingIsStreamed() throws Exception {
		for (Map<String, String> bad : List.of(Map.of("format", "xlsx"), Map.of("from", "2021-13-01"),
				Map.of("from", "2021-07-01", "to", "2021-01-01"), Map.of("subject", " "))) {
			Download d = download(bad);
			assertThat(d.status()).as(bad.toString()).isEqualTo(400);
			assertThat(d.contentType()).isEqualTo("application/problem+json");
		}
		Download unknown = download(Map.of("subject", "Atlantis"));
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(new String(unknown.body(), StandardCharsets.UTF_8)).contains("candidates");
	}

}
