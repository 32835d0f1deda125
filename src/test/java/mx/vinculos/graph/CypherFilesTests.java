package mx.vinculos.graph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import mx.vinculos.ServiceTestBase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The analysts' queries in cypher/ run, read-only, on the loaded reports. */
class CypherFilesTests extends ServiceTestBase {

	JsonNode run(String file, Map<String, Object> parameters) throws Exception {
		String query = Files.readString(Path.of("cypher", file)).strip();
		if (query.endsWith(";")) {
			query = query.substring(0, query.length() - 1);
		}
		var response = this.http.post("/api/cypher", Map.of("query", query, "parameters", parameters));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	static List<String> column(JsonNode out, String name) {
		int i = 0;
		while (!out.get("columns").get(i).asString().equals(name)) {
			i++;
		}
		List<String> values = new ArrayList<>();
		for (JsonNode row : out.get("rows")) {
			values.add(row.get(i).isNull() ? null : row.get(i).asString());
		}
		return values;
	}

	@Test
	void whoDidWeMeetFromBogotaNamesItsMayorWithEvidenceInDateOrder() throws Exception {
		JsonNode out = run("who-did-we-meet.cypher", Map.of("entity", "Bogotá"));
		assertThat(column(out, "who")).contains("Claudia López", "Bogotá");
		assertThat(column(out, "quote")).doesNotContainNull();
		List<String> dates = column(out, "date").stream().filter(d -> d != null).toList();
		assertThat(dates).isSorted();
		JsonNode byId = run("who-did-we-meet.cypher", Map.of("entity", "bogota"));
		assertThat(byId.get("rows")).hasSameSizeAs(out.get("rows"));
	}

	@Test
	void whoDidWeMeetFromACountryRollsUpItsCitiesAndEmbassy() throws Exception {
		JsonNode colombia = run("who-did-we-meet.cypher", Map.of("entity", "colombia"));
		assertThat(column(colombia, "who")).contains("Claudia López");
		JsonNode unknown = run("who-did-we-meet.cypher", Map.of("entity", "Atlantis"));
		assertThat(unknown.get("rows")).isEmpty();
	}

	@Test
	void partnersInBothSemestersAreExternalAndSpanBothReports() throws Exception {
		JsonNode out = run("partners-in-both-semesters.cypher", Map.of("home", "ciudad-de-mexico"));
		List<String> partners = column(out, "partner");
		assertThat(partners).contains("Unión de Ciudades Capitales Iberoamericanas", "Bogotá",
				"Ciudades y Gobiernos Locales Unidos");
		assertThat(partners).doesNotContain("Ciudad de México", "Secretaría de Movilidad", "Claudia Sheinbaum Pardo");
		for (JsonNode row : out.get("rows")) {
			assertThat(row.get(4)).hasSize(2);
		}
	}

}
