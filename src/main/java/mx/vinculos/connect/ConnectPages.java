package mx.vinculos.connect;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import mx.vinculos.graph.Fact;
import mx.vinculos.graph.Link;
import mx.vinculos.graph.NodeRef;
import mx.vinculos.search.EntitySearch;
import mx.vinculos.web.ApiProblem;
import mx.vinculos.web.Drawing;
import mx.vinculos.web.GraphOverview;
import mx.vinculos.web.Labels;
import mx.vinculos.web.PageController;
import mx.vinculos.web.Pages;

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

	ConnectPages(ConnectService service, GraphOverview overview, Labels labels) {
		this.service = service;
		this.overview = overview;
		this.labels = labels;
	}

	/** A connector as the page shows it. */
	record Connector(int rank, NodeRef ref, int ties, double score, String why, List<Link> edges) {
	}

	/** A chosen entity: what was typed, the name it resolved to, and the page without it. */
	record Chip(String value, String label, String removeHref) {
	}

	private static List<Chip> chips(List<String> names, List<NodeRef> given) {
		List<Chip> chips = new ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			UriComponentsBuilder without = UriComponentsBuilder.fromPath("/conexiones");
			for (int j = 0; j < names.size(); j++) {
				if (j != i) {
					without.queryParam("entidad", names.get(j));
				}
			}
			String label = i < given.size() ? given.get(i).name() : names.get(i);
			chips.add(new Chip(names.get(i), label, without.encode().build().toUriString()));
		}
		return chips;
	}

	@GetMapping("/conexiones")
	String connect(HttpServletRequest request, Model model) {
		List<String> names = Pages.values(request, "entidad");
		String kind = Pages.value(request, "tipo");
		LocalDate from = date(Pages.value(request, "desde"), "desde");
		LocalDate to = date(Pages.value(request, "hasta"), "hasta");
		if (kind != null && !EntitySearch.TYPES.contains(kind)) {
			kind = null;
		}
		model.addAttribute("names", names);
		model.addAttribute("tipo", kind);
		model.addAttribute("desde", from);
		model.addAttribute("hasta", to);
		model.addAttribute("types", EntitySearch.TYPES.stream().sorted().toList());
		if (names.size() < 2) {
			model.addAttribute("chips", chips(names, List.of()));
			model.addAttribute("result", null);
			return "conexiones/conexiones";
		}
		if (names.size() > 6) {
			throw ApiProblem.badRequest("Give 2 to 6 entities.").key("problem.connect.count", names.size());
		}
		// filters apply to the ranked list, so they need more of it than the page shows
		boolean filtered = kind != null || from != null || to != null;
		ConnectAnswer answer = this.service.connect(names, "rwr", filtered ? 100 : SHOWN);
		List<NodeRef> given = answer.entities();
		Map<String, NodeRef> nodes = answer.nodesById();
		List<Connector> connectors = new ArrayList<>();
		for (ConnectAnswer.Connector c : answer.connectors()) {
			if (connectors.size() == SHOWN) {
				break;
			}
			NodeRef ref = nodes.get(c.id());
			List<Link> edges = edges(c, answer.facts(), nodes);
			if ((kind == null || kind.equals(c.type())) && inPeriod(ref, edges, from, to)) {
				connectors.add(new Connector(connectors.size() + 1, ref, c.ties(), c.score(), why(ref, edges), edges));
			}
		}
		model.addAttribute("given", given);
		model.addAttribute("chips", chips(names, given));
		model.addAttribute("givenNames", given.stream().map(NodeRef::name).toList());
		model.addAttribute("connectors", connectors);
		model.addAttribute("total", answer.total());
		model.addAttribute("drawing", drawing(given, connectors));
		model.addAttribute("result", answer);
		return "conexiones/conexiones";
	}

	private static LocalDate date(String value, String name) {
		if (value == null) {
			return null;
		}
		LocalDate d = Labels.toDate(value);
		if (d == null) {
			throw ApiProblem.badRequest("Parameter '" + name + "' must be a date as YYYY-MM-DD.")
				.key("problem.date", name, value);
		}
		return d;
	}

	/** Every edge of the connector's paths, once each, in path order. */
	private static List<Link> edges(ConnectAnswer.Connector c, List<Fact> facts, Map<String, NodeRef> nodes) {
		List<Link> out = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		for (ConnectAnswer.Path path : c.paths()) {
			for (int i : path.edges()) {
				Fact e = facts.get(i);
				if (seen.add(e.type() + "|" + e.from() + "|" + e.to())) {
					out.add(new Link(e, nodes.get(e.from()), nodes.get(e.to())));
				}
			}
		}
		return out;
	}

	/**
	 * A connector passes the period when it, or an event on its paths, falls in it; one with
	 * no dated event on its paths (a membership, a position) always passes.
	 */
	private static boolean inPeriod(NodeRef c, List<Link> edges, LocalDate from, LocalDate to) {
		if (from == null && to == null) {
			return true;
		}
		List<NodeRef> refs = new ArrayList<>();
		refs.add(c);
		for (Link e : edges) {
			refs.add(e.from());
			refs.add(e.to());
		}
		boolean dated = false;
		for (NodeRef r : refs) {
			LocalDate start = r.startDate();
			if (start == null) {
				continue;
			}
			dated = true;
			LocalDate end = r.endDate() == null ? start : r.endDate();
			if ((from == null || !end.isBefore(from)) && (to == null || !start.isAfter(to))) {
				return true;
			}
		}
		return !dated;
	}

	/**
	 * One sentence from the connector's edges: "Bogotá organizó Foro X (25 de junio de 2020);
	 * Madrid asistió a Foro X; Madrid es miembro de la UCCI." An event is dated the first
	 * time it is named.
	 */
	String why(NodeRef c, List<Link> edges) {
		List<String> clauses = new ArrayList<>();
		Set<String> dated = new LinkedHashSet<>();
		for (Link e : edges) {
			NodeRef from = e.from();
			NodeRef to = e.to();
			String a = from.id().equals(c.id()) && c.isEvent() ? this.labels.msg("why.this.event") : name(from, dated);
			String b = to.id().equals(c.id()) && c.isEvent() ? this.labels.msg("why.this.event") : name(to, dated);
			String type = e.type();
			String clause = switch (type) {
				case "PARTICIPATED_IN" -> this.labels.msgOr("why.edge.PARTICIPATED_IN." + e.role(),
						this.labels.msg("why.edge.PARTICIPATED_IN.out", a, b), a, b);
				case "HOLDS_POSITION" -> e.title() == null ? this.labels.msg("why.edge.HOLDS_POSITION.plain", a, b)
						: this.labels.msg("why.edge.HOLDS_POSITION", a, b, e.title());
				case "AGREEMENT" -> e.title() == null ? this.labels.msg("why.edge.AGREEMENT.plain", a, b)
						: this.labels.msg("why.edge.AGREEMENT", a, b, e.title());
				case "MEMBER_OF", "FUNDED", "PART_OF", "LOCATED_IN", "HELD_IN" -> this.labels.msg("why.edge." + type, a, b);
				default -> this.labels.msg("why.edge.other", a, b);
			};
			if (!clauses.contains(clause)) {
				clauses.add(clause);
			}
		}
		String s = String.join(this.labels.msg("why.join"), clauses);
		return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1) + this.labels.msg("why.end");
	}

	/** A name for the sentence; an event gets its date the first time it appears. */
	private String name(NodeRef ref, Set<String> dated) {
		String name = ref.name();
		if (ref.isEvent() && ref.startDate() != null && dated.add(ref.id())) {
			return this.labels.msg("why.connector.event", name, this.labels.when(ref.startDate(), ref.endDate(), null));
		}
		return name;
	}

	private static void node(Drawing d, NodeRef ref, String role, int rank) {
		d.node(ref.id(), ref.name(), ref.type(), role, rank);
	}

	/** The given entities, the top connectors and every node and edge on their paths. */
	private Drawing drawing(List<NodeRef> given, List<Connector> connectors) {
		Drawing d = new Drawing();
		given.forEach(g -> node(d, g, "given", 0));
		List<Connector> drawn = connectors.subList(0, Math.min(DRAWN, connectors.size()));
		drawn.forEach(c -> node(d, c.ref(), "connector", c.rank()));
		for (Connector c : drawn) {
			for (Link e : c.edges()) {
				node(d, e.from(), "other", 0);
				node(d, e.to(), "other", 0);
				String label = e.role() != null && "PARTICIPATED_IN".equals(e.type()) ? this.labels.role(e.role()) : "";
				d.edge(e.from().id(), e.to().id(), label);
			}
		}
		return d.hubs(this.overview.degrees(d.ids()), this.overview.overview().hubDegree());
	}

}
