package mx.vinculos.curation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import mx.vinculos.seed.SeedValidationException;
import mx.vinculos.seed.SourceExcerpt;
import mx.vinculos.web.Labels;
import mx.vinculos.web.PageController;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The curator's pages ({@code /curaduria}, role CURADOR): the drafts and the upload form,
 * a draft's overview with what still blocks publishing, each event beside the report's text
 * with a form per item, the proposed entities to judge, and publishing. Every form posts
 * and redirects (or shows the same page again with its errors): no JavaScript is needed.
 */
@PageController
class CurationPages {

	/** Lines of text shown around an event, at most. */
	static final int MAX_EXCERPT = 160;

	private final CurationStore store;

	private final Review review;

	private final Publisher publisher;

	private final Labels labels;

	CurationPages(CurationStore store, Review review, Publisher publisher, Labels labels) {
		this.store = store;
		this.review = review;
		this.publisher = publisher;
		this.labels = labels;
	}

	/** An item as the page shows it. */
	record ItemView(String path, String kind, String fingerprint, String review, Object confidence, int line,
			String quote, String label, String detail, Map<String, String> values, List<String> fields,
			boolean canReject) {

		public boolean pending() {
			return Draft.PENDING.equals(this.review);
		}

		public String confidenceText() {
			return this.confidence instanceof Number n ? String.format("%.0f %%", n.doubleValue() * 100) : "—";
		}

	}

	/** An event in the overview's list. */
	record EventRow(int index, String title, String date, Object confidence, int pending, int items, int line) {
	}

	/** How far the review is: items decided of all items, for "312 de 473 revisados". */
	record Progress(int reviewed, int total) {

		public int percent() {
			return this.total == 0 ? 100 : (int) Math.floor(100.0 * this.reviewed / this.total);
		}

	}

	/** Every event with its pending count, as the overview lists them. */
	private List<EventRow> rows(Draft d) {
		List<EventRow> rows = new ArrayList<>();
		for (int e = 0; e < d.events().size(); e++) {
			Map<String, Object> ev = d.events().get(e);
			List<Draft.Item> items = new ArrayList<>(d.eventItems(e));
			items.addAll(d.relationshipItems(e));
			rows.add(new EventRow(e, String.valueOf(ev.get("title")),
					this.labels.when(ev.get("startDate"), ev.get("endDate"), ev.get("datePrecision")), ev.get("confidence"),
					(int) items.stream().filter(Draft.Item::pending).count(), items.size(), Draft.lineOf(ev)));
		}
		return rows;
	}

	/**
	 * The next event after {@code after} that still has something pending, going round to the
	 * first ones; -1 when none has. A curator who finished an event is taken there, not left
	 * on a page with nothing more to do.
	 */
	static int nextPending(List<EventRow> rows, int after) {
		for (int k = 1; k <= rows.size(); k++) {
			EventRow r = rows.get(Math.floorMod(after + k, rows.size()));
			if (r.pending() > 0) {
				return r.index();
			}
		}
		return -1;
	}

	private static Progress progress(Draft d) {
		List<Draft.Item> all = d.allItems();
		int pending = (int) all.stream().filter(Draft.Item::pending).count();
		return new Progress(all.size() - pending, all.size());
	}

	@GetMapping("/curaduria")
	String index(Model model) {
		model.addAttribute("drafts", this.store.list());
		model.addAttribute("maxUploadMb", this.store.maxUpload() / (1024 * 1024));
		return "curaduria/lista";
	}

	@PostMapping("/curaduria/subir")
	String upload(@RequestParam(name = "archivo", required = false) MultipartFile file,
			@RequestParam(name = "informe", required = false) String reportId, Principal who, Model model,
			HttpServletResponse response) {
		try {
			if (file == null || file.isEmpty()) {
				throw new CurationException(400, "cur.upload.empty");
			}
			String id = this.store.create(file.getOriginalFilename(), file.getInputStream(), file.getSize(), reportId,
					user(who));
			return "redirect:/curaduria/" + id;
		}
		catch (CurationException ex) {
			response.setStatus(ex.status());
			model.addAttribute("errors", texts(ex.reasons()));
			return index(model);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(Model model, HttpServletResponse response) {
		response.setStatus(413);
		model.addAttribute("errors",
				List.of(this.labels.msg("cur.upload.tooLarge", this.store.maxUpload() / (1024 * 1024))));
		return index(model);
	}

	@ExceptionHandler(CurationException.class)
	String refused(CurationException ex, Model model, HttpServletResponse response) {
		response.setStatus(ex.status());
		model.addAttribute("errors", texts(ex.reasons()));
		return index(model);
	}

	@GetMapping("/curaduria/{id}")
	String draft(@PathVariable String id, Model model) {
		Draft d = this.store.load(id);
		KnownEntities known = KnownEntities.of(this.store.seeds());
		model.addAttribute("id", id);
		model.addAttribute("header", view(d, known, d.item("informe")));
		List<EventRow> rows = rows(d);
		model.addAttribute("events", rows);
		model.addAttribute("progress", progress(d));
		model.addAttribute("firstPending", nextPending(rows, -1));
		int total = d.allItems().size();
		int pending = d.pendingItems().size();
		model.addAttribute("total", total);
		model.addAttribute("pending", pending);
		model.addAttribute("candidates", d.candidates.size());
		model.addAttribute("pendingCandidates", d.pendingCandidates().size());
		model.addAttribute("blockers", texts(this.publisher.blockers(d)));
		model.addAttribute("undo", undoLabel(id));
		return "curaduria/borrador";
	}

	@GetMapping("/curaduria/{id}/eventos/{n}")
	String event(@PathVariable String id, @PathVariable int n, @RequestParam(name = "foco", required = false) String focus,
			Model model) {
		Draft d = this.store.load(id);
		if (n < 0 || n >= d.events().size()) {
			throw new CurationException(404, "cur.event.unknown", n + 1);
		}
		KnownEntities known = KnownEntities.of(this.store.seeds());
		List<Draft.Item> items = d.eventItems(n);
		List<Draft.Item> rels = d.relationshipItems(n);
		Set<Integer> cited = new HashSet<>();
		items.forEach(i -> cited.add(i.line()));
		rels.forEach(i -> cited.add(i.line()));
		cited.remove(0);
		Draft.Item focused = focus == null ? null : d.item(focus);
		if (focused == null || focused.line() < 1) {
			focused = items.get(0);
		}
		int line = Math.max(1, Math.min(d.text.size(), focused.line() < 1 ? 1 : focused.line()));
		int min = cited.stream().mapToInt(Integer::intValue).min().orElse(line);
		int max = cited.stream().mapToInt(Integer::intValue).max().orElse(line);
		int first = Math.max(1, Math.min(min, line) - 3);
		int last = Math.min(d.text.size(), Math.max(max, line) + 8);
		if (last - first > MAX_EXCERPT) {
			// a long stretch: keep the focused item's surroundings
			first = Math.max(1, line - MAX_EXCERPT / 2);
			last = Math.min(d.text.size(), first + MAX_EXCERPT);
		}
		SourceExcerpt excerpt = SourceExcerpt.of(d.text, line, focused.quote(), first, last, cited);
		Map<String, Object> ev = d.events().get(n);
		model.addAttribute("id", id);
		model.addAttribute("n", n);
		model.addAttribute("count", d.events().size());
		model.addAttribute("title", String.valueOf(ev.get("title")));
		model.addAttribute("when", this.labels.when(ev.get("startDate"), ev.get("endDate"), ev.get("datePrecision")));
		model.addAttribute("items", items.stream().map(i -> view(d, known, i)).toList());
		model.addAttribute("relationships", rels.stream().map(i -> view(d, known, i)).toList());
		model.addAttribute("lines", excerpt.lines());
		model.addAttribute("line", line);
		model.addAttribute("focus", focused.path());
		model.addAttribute("found", excerpt.found());
		model.addAttribute("roles", List.of("organizer", "host", "speaker", "moderator", "attendee", "represented"));
		List<EventRow> rows = rows(d);
		model.addAttribute("progress", progress(d));
		model.addAttribute("pendingHere", rows.get(n).pending());
		model.addAttribute("nextPending", nextPending(rows, n));
		model.addAttribute("undo", undoLabel(id));
		return "curaduria/evento";
	}

	@PostMapping("/curaduria/{id}/elementos")
	String item(@PathVariable String id, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response) {
		String path = form.getOrDefault("ruta", "");
		String fingerprint = form.get("huella");
		String action = form.getOrDefault("accion", "");
		int back = back(form.get("volver"));
		try {
			switch (action) {
				case "aceptar" -> this.review.accept(id, path, fingerprint, false);
				case "aceptarTodo" -> this.review.accept(id, path, fingerprint, true);
				case "rechazar" -> this.review.reject(id, path, fingerprint);
				case "corregir" -> this.review.correct(id, path, fingerprint, form);
				default -> throw new CurationException(400, "cur.error.action");
			}
		}
		catch (CurationException ex) {
			response.setStatus(ex.status());
			model.addAttribute("errors", texts(ex.reasons()));
			model.addAttribute("errorPath", path);
			model.addAttribute("entered", form);
			return back < 0 ? draft(id, model) : event(id, back, path, model);
		}
		if (back < 0) {
			return "redirect:/curaduria/" + id;
		}
		int count = this.store.load(id).events().size();
		if (count == 0) {
			return "redirect:/curaduria/" + id;
		}
		if (action.equals("aceptarTodo")) {
			// the event is done: on to the next one with something pending, or the overview
			int next = nextPending(rows(this.store.load(id)), back);
			return next < 0 ? "redirect:/curaduria/" + id : "redirect:/curaduria/" + id + "/eventos/" + next;
		}
		int page = Math.min(back, count - 1);
		return "redirect:/curaduria/" + id + "/eventos/" + page + (action.equals("rechazar") ? "" : "?foco=" + path)
				+ "#" + anchor(path);
	}

	@GetMapping("/curaduria/{id}/entidades")
	String entities(@PathVariable String id, @RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "c", required = false) String searched,
			@RequestParam(name = "ver", required = false) String show, Model model) {
		Draft d = this.store.load(id);
		KnownEntities known = KnownEntities.of(this.store.seeds());
		Set<String> refs = d.references();
		// by default only what is left to judge: a full draft proposes about a hundred, each with three forms
		boolean all = "todas".equals(show);
		Set<String> open = new HashSet<>();
		d.pendingCandidates().forEach(c -> open.add(String.valueOf(c.get("id"))));
		Object wrong = model.getAttribute("errorCandidate");
		List<Map<String, Object>> views = new ArrayList<>();
		for (Map<String, Object> c : d.candidates) {
			String cid = String.valueOf(c.get("id"));
			if (!all && !open.contains(cid) && !cid.equals(searched) && !cid.equals(wrong)) {
				continue;
			}
			Map<String, Object> v = new LinkedHashMap<>(c);
			v.put("referenced", refs.contains(String.valueOf(c.get("id"))));
			v.put("typeLabel", this.labels.type(c.get("type")));
			List<Map<String, Object>> same = new ArrayList<>();
			// an entity of the registry with exactly this name (or alias) first: it is the likely answer
			for (String other : known.named(String.valueOf(c.get("name")))) {
				KnownEntities.Entity e = known.get(other);
				Map<String, Object> s = new LinkedHashMap<>();
				s.put("id", e.id());
				s.put("name", e.name());
				s.put("type", this.labels.type(e.type(), e.id()));
				s.put("score", "");
				s.put("hint", this.labels.msg("cur.entities.sameName"));
				same.add(s);
			}
			if (c.get("sameAs") instanceof List<?> l) {
				for (Object o : l) {
					if (o instanceof Map<?, ?> m && same.stream().noneMatch(x -> x.get("id").equals(String.valueOf(m.get("id"))))) {
						KnownEntities.Entity e = known.get(String.valueOf(m.get("id")));
						Map<String, Object> s = new LinkedHashMap<>();
						s.put("id", m.get("id"));
						s.put("name", e == null ? m.get("id") : e.name());
						s.put("type", e == null ? "" : this.labels.type(e.type(), e.id()));
						s.put("score", m.get("score") instanceof Number x ? String.format("%.0f %%", x.doubleValue() * 100)
								: "");
						same.add(s);
					}
				}
			}
			if (query != null && String.valueOf(c.get("id")).equals(searched)) {
				for (KnownEntities.Entity e : known.search(query, 10)) {
					Map<String, Object> s = new LinkedHashMap<>();
					s.put("id", e.id());
					s.put("name", e.name());
					s.put("type", this.labels.type(e.type(), e.id()));
					s.put("score", "");
					same.add(s);
				}
				v.put("searched", query);
			}
			v.put("options", same);
			if (c.get("judgement") instanceof Map<?, ?> j && "same".equals(j.get("judgement"))) {
				KnownEntities.Entity e = known.get(String.valueOf(j.get("entity")));
				v.put("sameName", e == null ? j.get("entity") : e.name());
			}
			views.add(v);
		}
		model.addAttribute("id", id);
		model.addAttribute("candidates", views);
		model.addAttribute("all", all);
		model.addAttribute("open", open.size());
		model.addAttribute("proposed", d.candidates.size());
		model.addAttribute("judged", d.candidates.stream().filter(c -> c.get("judgement") != null).count());
		model.addAttribute("types", List.of("Agency", "City", "Country", "Organization", "Network", "Person", "Project"));
		model.addAttribute("undo", undoLabel(id));
		return "curaduria/entidades";
	}

	@PostMapping("/curaduria/{id}/entidades")
	String judge(@PathVariable String id, @RequestParam Map<String, String> form, Principal who, Model model,
			HttpServletResponse response) {
		String candidate = form.getOrDefault("candidato", "");
		try {
			String target = form.get("entidad");
			if (target == null || target.isBlank()) {
				target = form.get("entidadEscrita");
			}
			this.review.judge(id, candidate, form.get("juicio"), target, form.get("nombre"), form.get("tipo"), user(who));
		}
		catch (CurationException ex) {
			response.setStatus(ex.status());
			model.addAttribute("errors", texts(ex.reasons()));
			model.addAttribute("errorCandidate", candidate);
			return entities(id, null, null, form.get("ver"), model);
		}
		if ("todas".equals(form.get("ver"))) {
			return "redirect:/curaduria/" + id + "/entidades?ver=todas#c-" + candidate;
		}
		// the judged one leaves the list of what is left: on to the next
		List<Map<String, Object>> left = this.store.load(id).pendingCandidates();
		return left.isEmpty() ? "redirect:/curaduria/" + id + "/entidades?ver=todas#c-" + candidate
				: "redirect:/curaduria/" + id + "/entidades#c-" + left.get(0).get("id");
	}

	/**
	 * Takes back the latest decision on the draft (an acceptance, a correction, a rejection, a
	 * judgement) and returns to where the curator was, saying what was undone.
	 */
	@PostMapping("/curaduria/{id}/deshacer")
	String undo(@PathVariable String id, @RequestParam(name = "volver", required = false) String back,
			RedirectAttributes flash) {
		CurationStore.Decision undone = this.review.undo(id);
		flash.addFlashAttribute("notice", this.labels.msg("cur.undo.done", decisionText(undone)));
		if ("entidades".equals(back)) {
			return "redirect:/curaduria/" + id + "/entidades";
		}
		int n = back(back);
		int count = this.store.load(id).events().size();
		return n < 0 || count == 0 ? "redirect:/curaduria/" + id
				: "redirect:/curaduria/" + id + "/eventos/" + Math.min(n, count - 1);
	}

	/** The undo button's words for the latest decision, or null when there is nothing to undo. */
	private String undoLabel(String id) {
		CurationStore.Decision last = this.store.lastDecision(id);
		return last == null ? null : decisionText(last);
	}

	private String decisionText(CurationStore.Decision d) {
		String action = Set.of("aceptar", "aceptarTodo", "rechazar", "corregir", "juzgar").contains(d.action()) ? d.action()
				: "other";
		return this.labels.msg("cur.undo.action." + action, d.what());
	}

	@PostMapping("/curaduria/{id}/publicar")
	String publish(@PathVariable String id, @RequestParam(name = "confirmar", required = false) String confirmed,
			Principal who, Model model, HttpServletResponse response) {
		try {
			if (!"si".equals(confirmed)) {
				// what cannot be published is said at once; what can is asked first, with what it writes
				Draft d = this.store.load(id);
				List<CurationException.Reason> blockers = this.publisher.blockers(d);
				if (!blockers.isEmpty()) {
					throw new CurationException(409, blockers);
				}
				Set<String> refs = d.references();
				long fresh = d.candidates.stream()
					.filter(c -> c.get("judgement") instanceof Map<?, ?> j && "new".equals(j.get("judgement"))
							&& refs.contains(String.valueOf(c.get("id"))))
					.count();
				long same = d.candidates.stream()
					.filter(c -> c.get("judgement") instanceof Map<?, ?> j && "same".equals(j.get("judgement")))
					.count();
				return confirm(model, id, "publicar",
						this.labels.msg("cur.confirm.publicar.lead", d.events().size(), d.relationships().size(), fresh,
								same));
			}
			Publisher.Published p = this.publisher.publish(id, user(who));
			model.addAttribute("published", p);
			return "curaduria/publicado";
		}
		catch (CurationException ex) {
			if (ex.status() == 404) {
				throw ex;
			}
			response.setStatus(ex.status());
			model.addAttribute("publishErrors", texts(ex.reasons()));
			model.addAttribute("fixes", fixes(this.store.load(id), ex.reasons()));
			return draft(id, model);
		}
	}

	/** Where to mend what the seed validator refused: a link and its words. */
	record Fix(String href, String label) {
	}

	/**
	 * Links to what the validator's problems are about: a proposed entity ("entities.yaml:
	 * entity zoe-fuentes-rios: …") to judge again, an event or a relationship ("relationship
	 * #34 FUNDED …") on its event's page, so the curator need not find it among hundreds.
	 */
	List<Fix> fixes(Draft d, List<CurationException.Reason> reasons) {
		Map<String, Fix> out = new LinkedHashMap<>();
		List<EventRow> rows = null;
		for (CurationException.Reason r : reasons) {
			for (Object a : r.args()) {
				if (!(a instanceof SeedValidationException.Problem p)) {
					continue;
				}
				String[] words = p.entry().split(" ");
				String base = "/curaduria/" + d.id;
				if (words[0].equals("entity") && words.length > 1 && d.candidate(words[1]) != null) {
					out.putIfAbsent(p.entry(), new Fix(base + "/entidades?ver=todas#c-" + words[1],
							String.valueOf(d.candidate(words[1]).get("name"))));
				}
				else if (words[0].equals("relationship") && words.length > 1 && words[1].matches("#\\d+")) {
					// the validator counts relationships from 1, the draft's paths from 0
					String path = "r" + (Integer.parseInt(words[1].substring(1)) - 1);
					rows = rows == null ? rows(d) : rows;
					for (EventRow row : rows) {
						if (d.relationshipItems(row.index()).stream().anyMatch(i -> i.path().equals(path))) {
							out.putIfAbsent(path, new Fix(base + "/eventos/" + row.index() + "?foco=" + path + "#" + anchor(path),
									this.labels.msg("cur.publish.fixRelationship", Integer.parseInt(words[1].substring(1)),
											row.index() + 1)));
							break;
						}
					}
				}
				else if (words[0].equals("event") && words.length > 1) {
					for (int e = 0; e < d.events().size(); e++) {
						if (words[1].equals(d.events().get(e).get("id"))) {
							out.putIfAbsent("e" + e, new Fix(base + "/eventos/" + e,
									this.labels.msg("cur.publish.fixEvent", e + 1, d.events().get(e).get("title"))));
						}
					}
				}
			}
		}
		return List.copyOf(out.values());
	}

	@PostMapping("/curaduria/{id}/descartar")
	String discard(@PathVariable String id, @RequestParam(name = "confirmar", required = false) String confirmed,
			Model model) {
		if (!"si".equals(confirmed)) {
			// hours of decisions go with the draft: asked first, saying how many
			Draft d = this.store.load(id);
			Progress p = progress(d);
			long judged = d.candidates.stream().filter(c -> c.get("judgement") != null).count();
			return confirm(model, id, "descartar",
					this.labels.msg("cur.confirm.descartar.lead", p.reviewed(), p.total(), judged));
		}
		this.store.discard(id);
		return "redirect:/curaduria";
	}

	/** The page that asks before an action that cannot be undone, posting again with {@code confirmar=si}. */
	private static String confirm(Model model, String id, String action, String lead) {
		model.addAttribute("id", id);
		model.addAttribute("action", action);
		model.addAttribute("lead", lead);
		return "curaduria/confirmar";
	}

	private ItemView view(Draft d, KnownEntities known, Draft.Item i) {
		Map<String, Object> x = i.data();
		String label;
		String detail;
		Map<String, String> values = new LinkedHashMap<>();
		for (String f : Review.FIELDS.get(i.kind())) {
			Object v = x.get(f);
			values.put(f, v == null ? "" : v instanceof List<?> l ? String.join(", ", l.stream().map(String::valueOf).toList())
					: String.valueOf(v));
		}
		switch (i.kind()) {
			case "informe" -> {
				label = String.valueOf(x.get("title"));
				// the period in words, as every page writes dates ("del 1 de julio de 2022 al …")
				detail = this.labels.msg("cur.header.detail", x.get("id"), this.labels.date(x.get("periodStart")),
						this.labels.date(x.get("periodEnd")));
			}
			case "evento" -> {
				label = String.valueOf(x.get("title"));
				detail = this.labels.msg("cur.event.detail",
						this.labels.when(x.get("startDate"), x.get("endDate"), x.get("datePrecision")),
						this.labels.eventKind(x.get("kind")), x.get("modality") == null ? "—" : this.labels.modality(x.get("modality")),
						x.get("section") == null ? "—" : x.get("section"));
			}
			case "lugar" -> {
				label = this.labels.msg("cur.place.label", name(d, known, x.get("entity")));
				detail = "";
			}
			case "participante" -> {
				label = name(d, known, x.get("entity"));
				detail = this.labels.role(x.get("role")) + (x.get("title") == null ? "" : " · " + x.get("title"));
			}
			default -> {
				String type = String.valueOf(x.get("type"));
				List<String> to = "PARTICIPATED_IN".equals(type) ? Draft.ends(x.get("to"))
						: Draft.ends(x.get("to")).stream().map(t -> name(d, known, t)).toList();
				label = this.labels.msgOr("cur.rel." + type, type) + ": " + name(d, known, x.get("from")) + " → "
						+ String.join(", ", to);
				List<String> bits = new ArrayList<>();
				// codes in Spanish words, as the other pages show them
				for (String k : List.of("title", "kind", "amountText", "role", "status")) {
					Object v = x.get(k);
					if (v != null) {
						bits.add(switch (k) {
							case "kind" -> this.labels.agreementKind(v);
							case "status" -> this.labels.status(v);
							case "role" -> "MEMBER_OF".equals(type) ? this.labels.memberRole(v) : this.labels.role(v);
							default -> String.valueOf(v);
						});
					}
				}
				detail = String.join(" · ", bits);
			}
		}
		return new ItemView(i.path(), i.kind(), i.fingerprint(), i.review(), i.confidence(), i.line(), i.quote(), label,
				detail, values, Review.FIELDS.get(i.kind()), !i.kind().equals("informe"));
	}

	/** An entity's name and type, from the registry or the proposals, marked when it is proposed. */
	private String name(Draft d, KnownEntities known, Object id) {
		String s = String.valueOf(id);
		KnownEntities.Entity e = known.get(s);
		if (e != null) {
			return e.name() + " (" + this.labels.type(e.type(), e.id()) + ")";
		}
		Map<String, Object> c = d.candidate(s);
		if (c != null) {
			return c.get("name") + " (" + this.labels.type(c.get("type")) + ", " + this.labels.msg("cur.proposed") + ")";
		}
		return s;
	}

	private List<String> texts(List<CurationException.Reason> reasons) {
		return reasons.stream()
			.map(r -> this.labels.msg(r.key(),
					java.util.Arrays.stream(r.args())
						.map(a -> a instanceof SeedValidationException.Problem p ? problem(p) : a)
						.toArray()))
			.toList();
	}

	/**
	 * A seed validator's problem in the reader's language: "informe-2022-1.yaml: evento e-3:
	 * la cita no está en la línea 12 …". Where it is reads in words too: each English word of
	 * the locator ("event", "relationship", "FUNDED") has a bundle word ({@code seed.where.*},
	 * {@code cur.rel.*}); ids, numbers and anything else stay as they are.
	 */
	String problem(SeedValidationException.Problem p) {
		String where = java.util.Arrays.stream(p.entry().split(" "))
			.map(w -> this.labels.msgOr("seed.where." + w, this.labels.msgOr("cur.rel." + w, w)))
			.collect(java.util.stream.Collectors.joining(" "));
		// no bundle text (English): the validator's own words, untouched by MessageFormat
		String reason = this.labels.msgOr(p.key(), null, p.args().toArray());
		return p.file() + ": " + where + ": " + (reason == null ? p.reason() : reason);
	}

	private static int back(String value) {
		try {
			return value == null ? -1 : Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	static String anchor(String path) {
		return "i-" + path.replace('.', '-');
	}

	private static String user(Principal who) {
		return who == null ? "sin cuenta" : who.getName();
	}

}
