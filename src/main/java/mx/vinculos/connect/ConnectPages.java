package mx.vinculos.connect;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import mx.vinculos.graph.Evidence;
import mx.vinculos.graph.Fact;
import mx.vinculos.graph.ForeignBodies;
import mx.vinculos.graph.Link;
import mx.vinculos.graph.NodeRef;
import mx.vinculos.search.EntitySearch;
import mx.vinculos.web.ApiProblem;
import mx.vinculos.web.Drawing;
import mx.vinculos.web.GraphOverview;
import mx.vinculos.web.Labels;
import mx.vinculos.web.PageController;
import mx.vinculos.web.Pages;
import mx.vinculos.web.ShownNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unbescape.uri.UriEscape;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * {@code /conexiones}: what ties 2 to 6 entities, as {@code /api/connect} ranks it, each
 * connector with one sentence saying why (built from its paths' edges), its evidence folded
 * under it, and a drawing of the given entities, the top connectors and the paths between.
 */
@PageController
class ConnectPages {

	private static final Logger log = LoggerFactory.getLogger(ConnectPages.class);

	/** Connectors listed on the page (the API's first 10 are what the evaluation reads). */
	static final int SHOWN = 15;

	/** Connectors drawn, with their paths: more makes the drawing unreadable. */
	static final int DRAWN = 8;

	private final ConnectService service;

	private final GraphOverview overview;

	private final Labels labels;

	private final ConnectorSentences sentences;

	private final ShownNames shown;

	private final ForeignBodies foreign;

	ConnectPages(ConnectService service, GraphOverview overview, Labels labels, ConnectorSentences sentences,
			ShownNames shown, ForeignBodies foreign) {
		this.service = service;
		this.overview = overview;
		this.labels = labels;
		this.sentences = sentences;
		this.shown = shown;
		this.foreign = foreign;
	}

	/**
	 * A connector as the page shows it: why, in one sentence, how it reaches each entity, and
	 * its evidence. Every text and address is made here, once, so the template only places
	 * them (a page lists 15 connectors and some 70 evidence lines: evaluating their names,
	 * links and labels in the template was most of the page's time).
	 */
	record Connector(int rank, NodeRef ref, List<Link> edges, Shown self, String type, String when, String ties,
			String alsoKnown, String why, List<TieLine> tieLines, String evidenceLabel, List<EvidenceLine> evidence) {
	}

	/** A node as a link: its page and its name as shown. */
	record Shown(String href, String name) {
	}

	/** How a connector reaches one given entity: directly, or through these nodes. */
	record TieLine(String entity, boolean direct, List<Shown> via) {
	}

	/** One edge of a connector's paths, with the report's words and where they are. */
	record EvidenceLine(Shown from, Shown to, String role, String quote, String citeHref, String citeText) {
	}

	/** A chosen entity: what was typed, the name it resolved to, and the page without it. */
	record Chip(String value, String label, String removeHref, boolean bad) {
	}

	/**
	 * A name that did not resolve: what was typed, why, and the candidates, each with the
	 * address of this page with only that name replaced (the other chips and filters kept).
	 */
	record BadName(String value, boolean ambiguous, List<Candidate> candidates, int total, String searchHref) {

		/** Whether the name could be more entities than are listed. */
		public boolean more() {
			return this.total > this.candidates.size();
		}

	}

	record Candidate(String name, String type, String id, String href) {
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

	private static List<Chip> chips(List<String> names, List<NodeRef> given, String bad, String kind,
			LocalDate from, LocalDate to) {
		List<Chip> chips = new ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			List<String> others = new ArrayList<>(names);
			others.remove(i);
			String label = i < given.size() ? given.get(i).name() : names.get(i);
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
		LocalDate from = this.labels.pageDate(Pages.value(request, "desde"), "connect.from");
		LocalDate to = this.labels.pageDate(Pages.value(request, "hasta"), "connect.to");
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
		long started = System.nanoTime();
		ConnectService.Ranked ranked;
		try {
			ranked = this.service.rank(names, "rwr", filtered ? 100 : SHOWN);
		}
		catch (ApiProblem ex) {
			BadName bad = badName(ex, names, kind, from, to);
			if (bad == null) {
				throw ex;
			}
			// the chosen chips stay; the bad one is marked and its candidates offered
			this.foreign.prime(bad.candidates().stream().filter(k -> "Agency".equals(k.type())).map(Candidate::id).toList());
			response.setStatus(ex.status().value());
			model.addAttribute("bad", bad);
			model.addAttribute("chips", chips(names, List.of(), bad.value(), kind, from, to));
			model.addAttribute("result", null);
			return "conexiones/conexiones";
		}
		long answered = System.nanoTime();
		ConnectAnswer answer = ranked.answer();
		List<NodeRef> given = answer.entities();
		Map<String, NodeRef> nodes = answer.nodesById();
		View view = new View(request.getContextPath());
		// the bodies among the connectors the page may label, read in one query
		this.foreign.primeNodes(answer.connectors().stream().map(c -> nodes.get(c.id())).toList());
		List<Connector> connectors = new ArrayList<>();
		for (ConnectAnswer.Connector c : answer.connectors()) {
			if (connectors.size() == SHOWN) {
				break;
			}
			NodeRef ref = nodes.get(c.id());
			List<Link> edges = edges(c, answer.facts(), nodes);
			if ((kind == null || kind.equals(c.type())) && inPeriod(ref, edges, from, to)) {
				connectors.add(view.connector(connectors.size() + 1, ref, c.ties(), given.size(), edges,
						this.sentences.explain(c, answer.facts(), nodes, given)));
			}
		}
		model.addAttribute("given", given);
		model.addAttribute("chips", chips(names, given, null, kind, from, to));
		// each name with its article: "Qué une al Reino Unido y Bogotá", "Qué une a Bogotá y la UCCI"
		model.addAttribute("heading", this.labels.sentence("connect.heading",
				this.labels.and(given.stream().map(g -> this.labels.named(view.name(g), g.type())).toList())));
		model.addAttribute("connectors", connectors);
		model.addAttribute("total", answer.total());
		long listed = System.nanoTime();
		model.addAttribute("drawing", drawing(given, connectors, ranked.degrees()));
		model.addAttribute("result", answer);
		if (log.isDebugEnabled()) {
			log.debug("conexiones {}: connect {} us, sentences and listing {} us, drawing {} us", names,
					(answered - started) / 1000, (listed - answered) / 1000, (System.nanoTime() - listed) / 1000);
		}
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
					String.valueOf(c.get("id")), href(replaced, kind, from, to)));
		}
		Object total = ex.properties().get("candidatesTotal");
		return new BadName(value, key.equals("problem.ambiguous"), candidates,
				total instanceof Number n ? n.intValue() : candidates.size(),
				UriComponentsBuilder.fromPath("/buscar").queryParam("q", value).encode().build().toUriString());
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

	private static void node(Drawing d, NodeRef ref, String role, int rank) {
		d.node(ref.id(), ref.name(), ref.type(), role, rank);
	}

	/**
	 * The given entities, the top connectors and every node and edge on their paths; hubs by
	 * the degrees the connect answer read.
	 */
	private Drawing drawing(List<NodeRef> given, List<Connector> connectors, Map<String, Long> degrees) {
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
		return d.hubs(degrees, this.overview.overview().hubDegree()).relabel(this.shown::text);
	}

	/** Builds the page's lines, naming each node once per request. */
	private final class View {

		private final String context;

		private final Map<String, String> names = new HashMap<>();

		View(String context) {
			this.context = context;
		}

		String name(NodeRef n) {
			return this.names.computeIfAbsent(n.id(), id -> ConnectPages.this.shown.text(n.name()));
		}

		Shown link(NodeRef n) {
			return new Shown(this.context + "/entidades/" + UriUtils.encodePathSegment(n.id(), StandardCharsets.UTF_8),
					name(n));
		}

		Connector connector(int rank, NodeRef ref, int ties, int of, List<Link> edges,
				ConnectorSentences.Explanation why) {
			Labels labels = ConnectPages.this.labels;
			String aka = ConnectPages.this.shown.aliasLine(ref.name(), ref.aliases());
			List<TieLine> tieLines = why.ties()
				.stream()
				.map(t -> new TieLine(name(t.entity()), t.direct(), t.via().stream().map(this::link).toList()))
				.toList();
			List<EvidenceLine> evidence = new ArrayList<>();
			for (Link e : edges) {
				Evidence ev = e.evidence();
				boolean cited = ev != null && ev.line() != null;
				evidence.add(new EvidenceLine(link(e.from()), link(e.to()),
						e.role() != null && "PARTICIPATED_IN".equals(e.type()) ? labels.role(e.role()) : null,
						ev == null ? null : ev.quote(),
						cited ? this.context + "/fuentes/" + ev.source() + "?linea=" + ev.line() + "&cita="
								+ UriEscape.escapeUriQueryParam(String.valueOf(ev.quote())) : null,
						cited ? labels.msg("source.cite", ev.source(), ev.line()) : null));
			}
			return new Connector(rank, ref, edges, link(ref), labels.type(ref.type(), ref.id()),
					ref.startDate() == null ? null : labels.when(ref.startDate(), ref.endDate(), null) + " ·",
					labels.msg("connect.ties", ties, of, why.directTies()),
					aka.isEmpty() ? null : labels.msg("entity.alsoKnown", aka), why.sentence(), tieLines,
					labels.msg("connect.evidence", edges.size()), evidence);
		}

	}

}
