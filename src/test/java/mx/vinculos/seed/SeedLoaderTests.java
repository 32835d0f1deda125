package mx.vinculos.seed;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import mx.vinculos.embedded.EmbeddedNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.SessionConfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SeedLoaderTests {

	static EmbeddedNeo4j neo4j;

	static Driver driver;

	@BeforeAll
	static void start(@TempDir Path home) {
		neo4j = EmbeddedNeo4j.start(home, "127.0.0.1", 0, "");
		driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none());
	}

	@AfterAll
	static void stop() {
		driver.close();
		neo4j.close();
	}

	@TempDir
	Path dir;

	SeedLoader loader;

	@BeforeEach
	void empty() {
		driver.executableQuery("MATCH (n) DETACH DELETE n").execute();
		SeedFixture.copyTo(this.dir);
		this.loader = new SeedLoader(driver, SessionConfig.defaultConfig());
	}

	@Test
	void loadsEveryEdgeWithItsEvidence() {
		this.loader.load(SeedReader.read(this.dir));
		var rows = driver.executableQuery("""
				MATCH (:Person {id: 'claudia-lopez'})-[r:HOLDS_POSITION]->(c:City:Entity {id: 'bogota'})
				RETURN r.title AS title, r.source AS source, r.line AS line, r.quote AS quote
				""").execute().records();
		assertThat(rows).singleElement().satisfies(r -> {
			assertThat(r.get("title").asString()).isEqualTo("Alcaldesa de Bogotá");
			assertThat(r.get("source").asString()).isEqualTo("informe-prueba");
			assertThat(r.get("line").asInt()).isEqualTo(6);
			assertThat(r.get("quote").asString()).isEqualTo("la Alcaldesa de Bogotá, Claudia López");
		});
		var event = driver.executableQuery("""
				MATCH (e:Event {id: 'prueba-reunion-bogota'})-[:REPORTED_IN]->(:Report {id: 'informe-prueba'})
				MATCH (e)-[:HELD_IN]->(:City {id: 'ciudad-de-mexico'})
				RETURN e.startDate AS d, e.name AS name, e.summary AS summary, e.summaryLine AS summaryLine
				""").execute().records();
		assertThat(event).singleElement().satisfies(r -> {
			assertThat(r.get("d").asLocalDate()).hasToString("2021-08-03");
			assertThat(r.get("summary").asString()).startsWith("La Jefa de Gobierno, Claudia Sheinbaum Pardo, recibió")
				.endsWith("La reunión concluyó con un recorrido por el Centro Histórico.");
			assertThat(r.get("summaryLine").asInt()).isEqualTo(5);
		});
	}

	@Test
	void loadingTwiceChangesNothing() {
		var first = this.loader.load(SeedReader.read(this.dir));
		String before = fingerprint();
		var second = this.loader.load(SeedReader.read(this.dir));
		assertThat(first.changedAnything()).isTrue();
		assertThat(second.changedAnything()).isFalse();
		assertThat(fingerprint()).isEqualTo(before);
	}

	@Test
	void anEdgeRemovedFromTheFileDisappearsFromTheGraph() {
		this.loader.load(SeedReader.read(this.dir));
		assertThat(count("MATCH ()-[r:AGREEMENT]->() RETURN count(r) AS n")).isEqualTo(1);
		Path report = this.dir.resolve("informe-prueba.yaml");
		String text = read(report);
		write(report, text.substring(0, text.indexOf("  - type: AGREEMENT")));
		var result = this.loader.load(SeedReader.read(this.dir));
		assertThat(result.reportsLoaded()).containsExactly("informe-prueba");
		assertThat(count("MATCH ()-[r:AGREEMENT]->() RETURN count(r) AS n")).isZero();
		assertThat(count("MATCH ()-[r:HOLDS_POSITION]->() RETURN count(r) AS n")).isEqualTo(1);
	}

	@Test
	void aFailingReportLeavesThePreviousGraphIntact() {
		SeedSet good = SeedReader.read(this.dir);
		this.loader.load(good);
		String before = fingerprint();
		SeedSet.ReportRows report = good.reports().get(0);
		// an edge to an entity that is not in the graph: the write fails half-way
		var edges = new java.util.ArrayList<>(report.edges());
		edges.add(0, new SeedSet.EdgeRow("MEMBER_OF", "claudia-lopez", false, "no-such-network", false,
				Map.of("source", report.id(), "line", 6L, "quote", "x")));
		SeedSet broken = new SeedSet(good.registrySha(), good.entities(), good.registryEdges(),
				List.of(new SeedSet.ReportRows(report.id(), report.file(), report.props(), report.events(), edges,
						"changed")));
		assertThatThrownBy(() -> this.loader.load(broken)).hasMessageContaining("an end is missing");
		assertThat(fingerprint()).isEqualTo(before);
	}

	@Test
	void aReportWhoseFileIsGoneIsRemoved() throws Exception {
		this.loader.load(SeedReader.read(this.dir));
		java.nio.file.Files.delete(this.dir.resolve("informe-prueba.yaml"));
		var result = this.loader.load(SeedReader.read(this.dir));
		assertThat(result.reportsRemoved()).containsExactly("informe-prueba");
		assertThat(count("MATCH (e:Event) RETURN count(e) AS n")).isZero();
		assertThat(count("MATCH ()-[r:PARTICIPATED_IN|HOLDS_POSITION|AGREEMENT]->() RETURN count(r) AS n")).isZero();
		assertThat(count("MATCH (c:City) RETURN count(c) AS n")).isEqualTo(2);
	}

	private static long count(String query) {
		return driver.executableQuery(query).execute().records().get(0).get("n").asLong();
	}

	private static String fingerprint() {
		return driver.executableQuery("""
				MATCH (n) WITH n ORDER BY n.id
				OPTIONAL MATCH (n)-[r]->(m)
				WITH n, r, m ORDER BY type(r), m.id, r.line
				RETURN collect([labels(n), properties(n), type(r), m.id, properties(r)]) AS all
				""").execute().records().get(0).get("all").toString();
	}

	private static String read(Path p) {
		try {
			return java.nio.file.Files.readString(p);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static void write(Path p, String text) {
		try {
			java.nio.file.Files.writeString(p, text);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
