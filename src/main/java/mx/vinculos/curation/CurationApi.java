package mx.vinculos.curation;

import java.util.List;

import mx.vinculos.web.ApiProblem;
import mx.vinculos.web.Labels;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/curaduria/borradores[/{id}]}: the drafts under review and what still
 * blocks publishing each, for scripts (role CURADOR, like the pages).
 */
@RestController
class CurationApi {

	private final CurationStore store;

	private final Publisher publisher;

	private final Labels labels;

	CurationApi(CurationStore store, Publisher publisher, Labels labels) {
		this.store = store;
		this.publisher = publisher;
		this.labels = labels;
	}

	/** A draft's state: counts and the reasons it cannot be published yet (empty: it can). */
	record State(String id, int events, int relationships, int items, int pendingItems, int candidates,
			int pendingCandidates, List<String> blockers) {
	}

	@GetMapping("/api/curaduria/borradores")
	List<CurationStore.Summary> drafts() {
		return this.store.list();
	}

	@GetMapping("/api/curaduria/borradores/{id}")
	State draft(@PathVariable String id) {
		if (!this.store.exists(id)) {
			throw new ApiProblem(HttpStatus.NOT_FOUND, "Unknown draft", "No draft is called '" + id + "'.")
				.key("cur.draft.unknown", id);
		}
		Draft d = this.store.load(id);
		return new State(id, d.events().size(), d.relationships().size(), d.allItems().size(), d.pendingItems().size(),
				d.candidates.size(), d.pendingCandidates().size(),
				this.publisher.blockers(d).stream().map(r -> this.labels.msg(r.key(), r.args())).toList());
	}

}
