package mx.vinculos.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import mx.vinculos.graph.ForeignBodies;
import mx.vinculos.graph.Link;
import mx.vinculos.graph.NodeRef;
import mx.vinculos.web.Drawing;
import mx.vinculos.web.GraphOverview;
import mx.vinculos.web.Labels;
import mx.vinculos.web.PageController;
import mx.vinculos.web.Pages;
import mx.vinculos.web.ShownNames;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The start page, search results and an entity's page. They show what
 * {@code /api/entities} answers (the same controller methods, so the pages and the API
 * never disagree), laid out for a reader.
 */
@PageController
class EntityPages {

	/** Search results listed on a page. */
	static final int LISTED = 30;

	/** Partners listed on the start page and drawn around an entity. */
	private static final int PARTNERS = 12;

	private final EntityController api;

	private final GraphOverview overview;

	private final String homeId;

	private final ShownNames shown;

	private final ForeignBodies foreign;

	EntityPages(EntityController api, GraphOverview overview, ShownNames shown, ForeignBodies foreign,
			@Value("${vinculos.home:ciudad-de-mexico}") String homeId) {
		this.api = api;
		this.overview = overview;
		this.shown = shown;
		this.foreign = foreign;
		this.homeId = homeId;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("overview", this.overview.overview());
		List<ProfileView.Partner> partners = List.of();
		try {
			partners = ProfileView.of(this.api.profile(this.homeId)).partners();
		}
		catch (RuntimeException ex) {
			// a graph without the home city still has a start page
		}
		List<ProfileView.Partner> listed = partners.size() > PARTNERS ? partners.subList(0, PARTNERS) : partners;
		// the bodies the page labels, read in one query
		this.foreign.prime(listed.stream().filter(x -> "Agency".equals(x.type())).map(ProfileView.Partner::id).toList());
		model.addAttribute("partners", listed);
		model.addAttribute("types", EntitySearch.TYPES.stream().sorted().toList());
		return "inicio";
	}

	/**
	 * A search result: the entity and one line saying who it is; {@code matched} is the alias
	 * the query found it by, when that is not its name ("Embajada Británica en México" for the
	 * Embajada del Reino Unido en México), so the reader sees why it is listed.
	 */
	record Result(String id, String name, String type, String matched, List<String> aliases, Object startDate,
			Object endDate, long connections) {
	}

	/** The alias that matches the query better than the name does, or null. */
	static String matchedAlias(String q, String name, List<String> aliases) {
		double best = NameMatcher.score(q, name);
		String matched = null;
		for (String a : aliases) {
			double s = NameMatcher.score(q, a);
			if (s > best) {
				best = s;
				matched = a;
			}
		}
		return matched;
	}

	@GetMapping("/buscar")
	String search(HttpServletRequest request, Model model) {
		String q = Pages.value(request, "q");
		String type = Pages.value(request, "tipo");
		model.addAttribute("q", q);
		model.addAttribute("tipo", type);
		model.addAttribute("types", EntitySearch.TYPES.stream().sorted().toList());
		List<Result> results = new ArrayList<>();
		boolean more = false;
		if (q != null) {
			// one more than is listed: the page says when there are more than it shows
			List<SearchAnswer.Hit> hits = this.api.search(q, type, LISTED + 1).results();
			more = hits.size() > LISTED;
			for (SearchAnswer.Hit m : hits.subList(0, Math.min(LISTED, hits.size()))) {
				List<String> all = m.aliases() == null ? List.of() : m.aliases();
				String name = m.name();
				String matched = matchedAlias(q, name, all);
				List<String> aliases = new ArrayList<>(this.shown.aliases(name, all));
				if (matched != null) {
					matched = this.shown.text(matched);
					String key = ShownNames.fold(matched);
					aliases.removeIf(a -> ShownNames.fold(a).equals(key));
				}
				results.add(new Result(m.id(), name, m.type(), matched, aliases, m.startDate(), m.endDate(),
						m.connections()));
			}
		}
		this.foreign.prime(results.stream().filter(r -> "Agency".equals(r.type())).map(Result::id).toList());
		model.addAttribute("results", results);
		model.addAttribute("more", more);
		return "buscar";
	}

	@GetMapping("/entidades/{id}")
	String entity(@PathVariable String id, Model model) {
		ProfileView p = ProfileView.of(this.api.profile(id));
		if (!id.equals(p.id())) {
			return "redirect:/entidades/" + p.id();
		}
		// every body the page labels (its parents, participants, partners) and the entity itself, read in one query
		List<String> asked = new ArrayList<>(p.nodes().values().stream()
			.filter(n -> "Agency".equals(n.type()))
			.map(NodeRef::id)
			.toList());
		asked.add(p.id());
		this.foreign.prime(asked);
		model.addAttribute("partsHeading", partsHeading(p));
		model.addAttribute("p", p);
		model.addAttribute("summary", Labels.summary(p.summary()));
		List<Link> events = new ArrayList<>();
		for (String group : List.of("events", "eventsHeldHere")) {
			if (p.get(group) != null) {
				events.addAll(p.get(group));
			}
		}
		// the event is the edge's other end; undated events last, in report order
		events.sort(Comparator.comparing((Link e) -> e.other(id).startDate(),
				Comparator.nullsLast(Comparator.naturalOrder())));
		// one row an event: a city that took part in an event held there is one event, with both ties
		Map<String, EventRow> rows = new java.util.LinkedHashMap<>();
		for (Link e : events) {
			rows.computeIfAbsent(e.other(id).id(), k -> new EventRow(e.other(id), new ArrayList<>())).edges().add(e);
		}
		model.addAttribute("events", List.copyOf(rows.values()));
		model.addAttribute("drawing", drawing(p));
		return "entidades/entidad";
	}

	/**
	 * What the bodies under an entity are called: a Mexican government's are its "dependencias"
	 * (the word Mexican Spanish keeps for them); a foreign city's or country's are the bodies
	 * of its government; anything else has units.
	 */
	private String partsHeading(ProfileView p) {
		String type = p.type();
		boolean place = "City".equals(type) || "Country".equals(type);
		if (place || "Agency".equals(type)) {
			if (!this.foreign.isForeign(p.id())) {
				return "entity.parts";
			}
			return place ? "entity.parts.foreignGovernment" : "entity.parts.units";
		}
		return "entity.parts.units";
	}

	/** An event the entity took part in (or that was held there), and the edge saying so. */
	/** An event on an entity's page, with every tie the entity has to it (a role, the venue), each cited. */
	record EventRow(NodeRef event, List<Link> edges) {

		/** What happened, in the report's words, when the seeds carry it. */
		public String summary() {
			return Labels.summary(this.event.summary());
		}

	}

	/** The entity, its main partners and what it is part of. */
	private Drawing drawing(ProfileView p) {
		String self = p.id();
		Drawing d = new Drawing().node(self, p.name(), p.type(), "given", 0);
		int rank = 1;
		for (ProfileView.Partner partner : p.partners()) {
			if (rank > 20) {
				break;
			}
			d.node(partner.id(), partner.name(), partner.type(), "connector", rank++).edge(self, partner.id(), "");
		}
		for (String group : List.of("partOf", "locatedIn", "memberships")) {
			for (Link e : p.get(group) == null ? List.<Link>of() : p.get(group)) {
				NodeRef other = e.to();
				d.node(other.id(), other.name(), other.type(), "other", 0).edge(self, other.id(), "");
			}
		}
		return d.hubs(this.overview.degrees(d.ids()), this.overview.overview().hubDegree()).relabel(this.shown::text);
	}

}
