package mx.vinculos.connect;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import mx.vinculos.search.EntitySearch;
import mx.vinculos.web.ApiProblem;
import mx.vinculos.web.Drawing;
import mx.vinculos.web.GraphOverview;
import mx.vinculos.web.Labels;
import mx.vinculos.web.PageController;
import mx.vinculos.web.Pages;
import mx.vinculos.web.ShownNames;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /conexiones}: what ties 2 to 6 entities, as {@code /api/connect} ranks it, each
 * connector with one sentence saying why (built from its paths' edges), its evidence folded
 * under it, and a drawing of the given entities, the top connectors and the paths between.
 */
@PageController
class ConnectPages {

	/** Connectors listed on the page (the API's first 10 are what the evaluation reads). */
	static final int SHOWN = 15;

	/** Connectors drawn, with their paths: more makes the drawing unreadable. */
	static final int DRAWN = 8;

	private final ConnectService service;

	private final GraphOverview overview;

	private final Labels labels;

	private final ConnectorSentences sentences;

	private final ShownNames shown;

	ConnectPages(ConnectService service, GraphOverview overview, Labels labels, ConnectorSentences sentences,
			ShownNames shown) {
		this.service = service;
		this.overview = overview;
		this.labels = labels;
		this.sentences = sentences;
		this.shown = shown;
	}

	/** A connector as the page shows it: why, in one sentence, and how it reaches each entity. */
	record Connector(int rank, Map<String, Object> ref, int ties, double score, ConnectorSentences.Explanation why,
			List<Map<String, Object>> edges) {
	}

	/** A chosen entity: what was typed, the name it resolved to, and the page without it. */
	record Chip(String value, String label, String removeHref, boolean bad) {
	}

	/**
	 * A name that did not resolve: what was typed, why, and the candidates, each with the
	 * address of this page with only that name replaced (the other chips and filters kept).
	 */
	record BadName(String value, boolean ambiguous, List<Candidate> candidates) {
	}

	record Candidate(String name, String type, String href) {
	}

	/** The page's address with these names and the filters as they are. */
	private static String href(List<String> names, String kind, LocalDate from, LocalDate to) {
		UriComponentsBuilder b = UriComponentsBuilder.fromPath("/conexiones");
		names.forEach(n -> b.queryParam("entidad", n));
		if (kind != null) {
			b.queryParam("tipo", kind);
		}
		if (from != null) {
			b.queryParam("desde", from);
		}
		if (to != null) {
			b.queryParam("hasta", to);
		}
		return b.encode().build().toUriString();
	}

	private static List<Chip> chips(List<String> names, List<Map<String, Object>> given, String bad, String kind,
			LocalDate from, LocalDate to) {
		List<Chip> chips = new ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			List<String> others = new ArrayList<>(names);
			others.remove(i);
			String label = i < given.size() ? String.valueOf(given.get(i).get("name")) : names.get(i);
			chips.add(new Chip(names.get(i), label, href(others, kind, from, to), names.get(i).equals(bad)));
		}
		return chips;
	}

	@GetMapping("/conexiones")
	String connect(HttpServletRequest request, HttpServletResponse response, Model model) {
		List<String> names = Pages.values(request, "entidad");
		String kind = Pages.value(request, "tipo");
		if (kind != null && !EntitySearch.TYPES.contains(kind)) {
			kind = null;
		}
		LocalDate from = date(Pages.value(request, "desde"), "connect.from");
		LocalDate to = date(Pages.value(request, "hasta"), "connect.to");
		if (from != null && to != null && to.isBefore(from)) {
			throw ApiProblem.badRequest("'hasta' is before 'desde'.")
				.key("page.date.order", this.labels.inputDate(from), this.labels.inputDate(to));
		}
		model.addAttribute("names", names);
		model.addAttribute("tipo", kind);
		model.addAttribute("desde", this.labels.inputDate(from));
		model.addAttribute("hasta", this.labels.inputDate(to));
		model.addAttribute("types", EntitySearch.TYPES.stream().sorted().toList());
		model.addAttribute("bad", null);
		if (names.size() < 2) {
			model.addAttribute("chips", chips(names, List.of(), null, kind, from, to));
			model.addAttribute("result", null);
			return "conexiones/conexiones";
		}
		if (names.size() > 6) {
			throw ApiProblem.badRequest("Give 2 to 6 entities.").key("problem.connect.count", names.size());
		}
		// filters apply to the ranked list, so they need more of it than the page shows
		boolean filtered = kind != null || from != null || to != null;
		Map<String, Object> answer;
		try {
			answer = this.service.connect(names, "rwr", filtered ? 100 : SHOWN);
		}
		catch (ApiProblem ex) {
			BadName bad = badName(ex, names, kind, from, to);
			if (bad == null) {
				throw ex;
			}
			// the chosen chips stay; the bad one is marked and its candidates offered
			response.setStatus(ex.status().value());
			model.addAttribute("bad", bad);
			model.addAttribute("chips", chips(names, List.of(), bad.value(), kind, from, to));
			model.addAttribute("result", null);
			return "conexiones/conexiones";
		}
		List<Map<String, Object>> given = Pages.list(answer, "entities");
		List<Connector> connectors = new ArrayList<>();
		for (Map<String, Object> c : Pages.list(answer, "connectors")) {
			if (connectors.size() == SHOWN) {
				break;
			}
			if ((kind == null || kind.equals(c.get("type"))) && inPeriod(c, from, to)) {
				connectors.add(new Connector(connectors.size() + 1, c, ((Number) c.get("ties")).intValue(),
						((Number) c.get("score")).doubleValue(), this.sentences.explain(c, given), edges(c)));
			}
		}
		model.addAttribute("given", given);
		model.addAttribute("chips", chips(names, given, null, kind, from, to));
		model.addAttribute("givenNames", given.stream().map(g -> String.valueOf(g.get("name"))).toList());
		model.addAttribute("connectors", connectors);
		model.addAttribute("total", answer.get("total"));
		model.addAttribute("drawing", drawing(given, connectors));
		model.addAttribute("result", answer);
		return "conexiones/conexiones";
	}

	/** The name a refusal is about, when it is an unknown or ambiguous name; else null. */
	private static BadName badName(ApiProblem ex, List<String> names, String kind, LocalDate from, LocalDate to) {
		String key = ex.messageKey();
		if (key == null || !(key.startsWith("problem.unknownEntity") || key.equals("problem.ambiguous"))
				|| ex.messageArgs().length == 0) {
			return null;
		}
		String value = String.valueOf(ex.messageArgs()[0]);
		int at = names.indexOf(value);
		if (at < 0) {
			return null;
		}
		List<Candidate> candidates = new ArrayList<>();
		for (Map<String, Object> c : Pages.list(ex.properties(), "candidates")) {
			List<String> replaced = new ArrayList<>(names);
			// by id: the candidate's name may itself be shared by several entities
			replaced.set(at, String.valueOf(c.get("id")));
			candidates.add(new Candidate(String.valueOf(c.get("name")), String.valueOf(c.get("type")),
					href(replaced, kind, from, to)));
		}
		return new BadName(value, key.equals("problem.ambiguous"), candidates);
	}

	/** A period bound as the form sends it (dd/mm/aaaa) or as links carry it (ISO); a friendly 400 otherwise. */
	private LocalDate date(String value, String label) {
		if (value == null) {
			return null;
		}
		LocalDate d = Labels.parseDate(value);
		if (d == null) {
			throw ApiProblem.badRequest("Parameter must be a date as dd/mm/yyyy or YYYY-MM-DD.")
				.key("page.date.invalid", this.labels.msg(label), value);
		}
		return d;
	}

	/** Every edge of the connector's paths, once each, in path order. */
	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> edges(Map<String, Object> c) {
		List<Map<String, Object>> out = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		for (Map<String, Object> path : Pages.list(c, "paths")) {
			for (Map<String, Object> e : Pages.list(path, "edges")) {
				String key = e.get("type") + "|" + ((Map<String, Object>) e.get("from")).get("id") + "|"
						+ ((Map<String, Object>) e.get("to")).get("id");
				if (seen.add(key)) {
					out.add(e);
				}
			}
		}
		return out;
	}

	/**
	 * A connector passes the period when it, or an event on its paths, falls in it; one with
	 * no dated event on its paths (a membership, a position) always passes.
	 */
	@SuppressWarnings("unchecked")
	private static boolean inPeriod(Map<String, Object> c, LocalDate from, LocalDate to) {
		if (from == null && to == null) {
			return true;
		}
		List<Map<String, Object>> refs = new ArrayList<>();
		refs.add(c);
		for (Map<String, Object> path : Pages.list(c, "paths")) {
			for (Map<String, Object> e : Pages.list(path, "edges")) {
				refs.add((Map<String, Object>) e.get("from"));
				refs.add((Map<String, Object>) e.get("to"));
			}
		}
		boolean dated = false;
		for (Map<String, Object> r : refs) {
			LocalDate start = Labels.toDate(r.get("startDate"));
			if (start == null) {
				continue;
			}
			dated = true;
			LocalDate end = r.get("endDate") == null ? start : Labels.toDate(r.get("endDate"));
			if ((from == null || !end.isBefore(from)) && (to == null || !start.isAfter(to))) {
				return true;
			}
		}
		return !dated;
	}

	/** The given entities, the top connectors and every node and edge on their paths. */
	@SuppressWarnings("unchecked")
	private Drawing drawing(List<Map<String, Object>> given, List<Connector> connectors) {
		Drawing d = new Drawing();
		given.forEach(g -> d.node(g, "given", 0));
		List<Connector> drawn = connectors.subList(0, Math.min(DRAWN, connectors.size()));
		drawn.forEach(c -> d.node(c.ref(), "connector", c.rank()));
		for (Connector c : drawn) {
			for (Map<String, Object> e : c.edges()) {
				Map<String, Object> from = (Map<String, Object>) e.get("from");
				Map<String, Object> to = (Map<String, Object>) e.get("to");
				d.node(from, "other", 0).node(to, "other", 0);
				String label = e.get("role") != null && "PARTICIPATED_IN".equals(e.get("type"))
						? this.labels.role(e.get("role")) : "";
				d.edge(String.valueOf(from.get("id")), String.valueOf(to.get("id")), label);
			}
		}
		return d.hubs(this.overview.degrees(d.ids()), this.overview.overview().hubDegree()).relabel(this.shown::text);
	}

}
