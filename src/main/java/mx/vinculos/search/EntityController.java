package mx.vinculos.search;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import mx.vinculos.graph.NodeRef;
import mx.vinculos.web.ApiProblem;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/entities}: search, and an entity's profile. */
@RestController
@RequestMapping("/api/entities")
class EntityController {

	private final EntitySearch search;

	private final EntityProfiles profiles;

	EntityController(EntitySearch search, EntityProfiles profiles) {
		this.search = search;
		this.profiles = profiles;
	}

	@Operation(summary = "Find entities by name, alias or acronym",
			description = "Case, accents and small typos aside, best match first. Events are searched with type=Event.")
	@GetMapping
	SearchAnswer search(@Parameter(example = "semovi") @RequestParam String q,
			@Parameter(example = "Agency") @RequestParam(required = false) String type,
			@RequestParam(defaultValue = "10") int limit) {
		if (q.isBlank()) {
			throw ApiProblem.badRequest("Parameter 'q' is empty.").key("problem.emptyParameter", "q");
		}
		if (limit < 1 || limit > 100) {
			throw ApiProblem.badRequest("Parameter 'limit' must be between 1 and 100.").key("problem.limit");
		}
		List<SearchAnswer.Hit> results = new ArrayList<>();
		for (EntitySearch.Hit h : this.search.search(q, type, limit)) {
			NodeRef n = NodeRef.of(h.node());
			results.add(new SearchAnswer.Hit(n.id(), n.name(), n.type(), h.node().aliases(), n.startDate(), n.endDate(),
					Math.round(h.score() * 1000) / 1000.0, h.connections()));
		}
		return new SearchAnswer(q, results);
	}

	@Operation(summary = "An entity's (or event's) profile",
			description = "What it is, aliases, positions, memberships, agreements, funding, events in order and direct partners, every fact with its evidence.")
	@GetMapping("/{id}")
	Profile profile(@Parameter(example = "bogota") @PathVariable String id) {
		return this.profiles.profile(id);
	}

}
