package mx.vinculos.graph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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

	static Map<String, Object> params(Object... keyValues) {
		Map<String, Object> m = new HashMap<>();
		for (int i = 0; i < keyValues.length; i += 2) {
			m.put((String) keyValues[i], keyValues[i + 1]);
		}
		return m;
	}

	@Test
	void partnersBySemesterListEachReportsExternalPartners() throws Exception {
		JsonNode out = run("partners-by-semester.cypher", Map.of("home", "ciudad-de-mexico"));
		List<String> reports = column(out, "report");
		assertThat(reports).containsOnly("informe-2020-1", "informe-2021-2").isSorted();
		List<String> partners = column(out, "partner");
		assertThat(partners).contains("Bogotá", "Unión de Ciudades Capitales Iberoamericanas")
			.doesNotContain("Ciudad de México", "Secretaría de Movilidad", "Claudia Sheinbaum Pardo");
		assertThat(partners.subList(0, reports.lastIndexOf("informe-2020-1") + 1)).contains("Bogotá");
		assertThat(partners.subList(reports.indexOf("informe-2021-2"), partners.size())).contains("Bogotá");
	}

	@Test
	void agreementsByStatusListEachInstrumentOnceWithAllItsParties() throws Exception {
		JsonNode all = run("agreements-by-status.cypher", params("status", null));
		assertThat(column(all, "status")).contains("signed", "in-negotiation", "unknown").isSorted();
		List<String> titles = column(all, "title");
		assertThat(titles).doesNotHaveDuplicates();
		JsonNode signed = run("agreements-by-status.cypher", params("status", "signed"));
		assertThat(column(signed, "status")).isNotEmpty().containsOnly("signed");
		int medellin = column(signed, "title").indexOf("Memorándum de Entendimiento con la Alcaldía de Medellín en materia turística");
		assertThat(medellin).isNotNegative();
		assertThat(signed.get("rows").get(medellin).get(4).toString()).contains("Medellín", "Ciudad de México");
		assertThat(column(signed, "quote")).doesNotContainNull();
	}

	@Test
	void fundingByFunderAndCurrencySumsOnlyWithinACurrency() throws Exception {
		JsonNode out = run("funding-by-funder-and-currency.cypher", Map.of());
		assertThat(column(out, "currency")).contains("MXN", "USD", "GBP", "n/d");
		for (JsonNode row : out.get("rows")) {
			assertThat(row.get(5)).hasSize(row.get(3).asInt());
			if (row.get(2).asString().equals("n/d")) {
				assertThat(row.get(4).isNull()).isTrue();
			}
		}
		int bloomberg = column(out, "funder").indexOf("Bloomberg Philanthropies");
		assertThat(out.get("rows").get(bloomberg).get(2).asString()).isEqualTo("USD");
	}

	@Test
	void peopleTitlesOverTimeAreDatedAndCited() throws Exception {
		JsonNode out = run("people-titles-over-time.cypher", params("person", "Claudia Sheinbaum Pardo"));
		assertThat(column(out, "person")).isNotEmpty().containsOnly("Claudia Sheinbaum Pardo");
		assertThat(column(out, "title")).contains("Jefa de Gobierno");
		assertThat(column(out, "date")).doesNotContainNull().isSorted();
		assertThat(column(out, "how")).contains("position", "event");
		assertThat(column(out, "quote")).doesNotContainNull();
		JsonNode everyone = run("people-titles-over-time.cypher", params("person", null));
		assertThat(everyone.get("rows").size()).isGreaterThan(out.get("rows").size());
	}

	@Test
	void eventsPerAxisGroupTheAxesSpellingsByNumber() throws Exception {
		JsonNode out = run("events-per-axis.cypher", Map.of());
		List<String> axes = column(out, "axis");
		assertThat(axes).contains("Eje 1", "Eje 6", "Sin eje").isSorted();
		long total = 0;
		for (JsonNode row : out.get("rows")) {
			total += row.get(2).asLong();
		}
		assertThat(total).isEqualTo(this.http.cypher("MATCH (e:Event) RETURN count(e)", Map.of())
			.get("rows").get(0).get(0).asLong());
		int eje1 = axes.indexOf("Eje 1");
		assertThat(out.get("rows").get(eje1).get(3).size()).isGreaterThan(1);
	}

	@Test
	void shortestEvidencePathCitesEveryStep() throws Exception {
		JsonNode out = run("shortest-evidence-path.cypher", Map.of("from", "Bogotá", "to", "Metropolis"));
		List<String> from = column(out, "from");
		List<String> to = column(out, "to");
		assertThat(from).isNotEmpty().startsWith("Bogotá");
		assertThat(to.get(to.size() - 1)).isEqualTo("Metropolis");
		assertThat(from.size()).isLessThanOrEqualTo(6);
		for (int i = 1; i < from.size(); i++) {
			assertThat(from.get(i)).isEqualTo(to.get(i - 1));
		}
		assertThat(column(out, "source")).doesNotContainNull();
		JsonNode none = run("shortest-evidence-path.cypher", Map.of("from", "Bogotá", "to", "Atlantis"));
		assertThat(none.get("rows")).isEmpty();
	}

}
