package mx.vinculos.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
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

	/** Partners listed on the start page and drawn around an entity. */
	private static final int PARTNERS = 12;

	private final EntityController api;

	private final GraphOverview overview;

	private final String homeId;

	private final ShownNames shown;

	EntityPages(EntityController api, GraphOverview overview, ShownNames shown,
			@Value("${vinculos.home:ciudad-de-mexico}") String homeId) {
		this.api = api;
		this.overview = overview;
		this.shown = shown;
		this.homeId = homeId;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("overview", this.overview.overview());
		List<Map<String, Object>> partners = List.of();
		try {
			partners = Pages.list(this.api.profile(this.homeId), "partners");
		}
		catch (RuntimeException ex) {
			// a graph without the home city still has a start page
		}
		model.addAttribute("partners", partners.size() > PARTNERS ? partners.subList(0, PARTNERS) : partners);
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
		if (q != null) {
			for (Map<String, Object> m : Pages.list(this.api.search(q, type, 30), "results")) {
				@SuppressWarnings("unchecked")
				List<String> all = m.get("aliases") instanceof List<?> l ? (List<String>) l : List.of();
				String name = (String) m.get("name");
				String matched = matchedAlias(q, name, all);
				List<String> aliases = new ArrayList<>(this.shown.aliases(name, all));
				if (matched != null) {
					matched = this.shown.text(matched);
					String key = ShownNames.fold(matched);
					aliases.removeIf(a -> ShownNames.fold(a).equals(key));
				}
				results.add(new Result((String) m.get("id"), name, (String) m.get("type"), matched, aliases,
						m.get("startDate"), m.get("endDate"), m.get("connections") instanceof Number n ? n.longValue() : 0));
			}
		}
		model.addAttribute("results", results);
		return "buscar";
	}

	@GetMapping("/entidades/{id}")
	String entity(@PathVariable String id, Model model) {
		Map<String, Object> p = this.api.profile(id);
		if (!id.equals(p.get("id"))) {
			return "redirect:/entidades/" + p.get("id");
		}
		model.addAttribute("p", p);
		model.addAttribute("summary", Labels.summary(p.get("summary")));
		List<Map<String, Object>> events = new ArrayList<>(Pages.list(p, "events"));
		events.addAll(Pages.list(p, "eventsHeldHere"));
		// the event is the edge's other end; undated events last, in report order
		events.sort(Comparator.comparing((Map<String, Object> e) -> String.valueOf(event(e, id).get("startDate")),
				Comparator.nullsLast(String::compareTo)));
		model.addAttribute("events", events.stream().map(e -> new EventRow(event(e, id), e)).toList());
		model.addAttribute("drawing", drawing(p));
		return "entidades/entidad";
	}

	/** An event the entity took part in (or that was held there), and the edge saying so. */
	record EventRow(Map<String, Object> event, Map<String, Object> edge) {

		/** What happened, in the report's words, when the seeds carry it. */
		public String summary() {
			String s = Labels.summary(this.edge.get("summary"));
			return s != null ? s : Labels.summary(this.event.get("summary"));
		}

	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> event(Map<String, Object> edge, String self) {
		Map<String, Object> to = (Map<String, Object>) edge.get("to");
		return self.equals(to.get("id")) ? (Map<String, Object>) edge.get("from") : to;
	}

	/** The entity, its main partners and what it is part of. */
	private Drawing drawing(Map<String, Object> p) {
		Drawing d = new Drawing().node(p, "given", 0);
		String self = (String) p.get("id");
		int rank = 1;
		for (Map<String, Object> partner : Pages.list(p, "partners")) {
			if (rank > 20) {
				break;
			}
			d.node(partner, "connector", rank++).edge(self, (String) partner.get("id"), "");
		}
		for (String group : List.of("partOf", "locatedIn", "memberships")) {
			for (Map<String, Object> e : Pages.list(p, group)) {
				Map<?, ?> other = (Map<?, ?>) e.get("to");
				d.node(other, "other", 0).edge(self, String.valueOf(other.get("id")), "");
			}
		}
		return d.hubs(this.overview.degrees(d.ids()), this.overview.overview().hubDegree()).relabel(this.shown::text);
	}

}
