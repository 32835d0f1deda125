package mx.vinculos.briefing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import mx.vinculos.graph.Names;
import mx.vinculos.web.Labels;
import mx.vinculos.web.Pages;

import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * A briefing for people: Markdown to paste into a memo, a page to print on A4 and a PDF, all
 * from the JSON the API returns and all in the reader's language (labels, roles, statuses
 * and dates in words come from the message bundles). The page and the PDF share one
 * template, {@code briefing/ficha}.
 */
@Component
class BriefingRenderer {

	/** Statuses of an agreement still in play: the summary names them. */
	private static final Set<String> OPEN = Set.of("in-negotiation", "announced", "in-force", "extended", "renewed");

	private final Labels labels;

	private final SpringTemplateEngine templates;

	private final ApplicationContext context;

	BriefingRenderer(Labels labels, SpringTemplateEngine templates, ApplicationContext context) {
		this.labels = labels;
		this.templates = templates;
		this.context = context;
	}

	/** Renders the template outside a request's view: beans ({@code @labels}) stay reachable. */
	private String render(Map<String, Object> vars) {
		Context ctx = new Context(LocaleContextHolder.getLocale(), vars);
		ctx.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.context, null));
		return this.templates.process("briefing/ficha", ctx);
	}

	// ---------------------------------------------------------------- view model

	/** A party to an engagement: each once, with its roles there and one title. */
	record Party(String id, String name, String type, String roles, String title) {
	}

	/** An engagement as the reader sees it. */
	record Engagement(String id, String name, String when, String where, String kind, String modality,
			List<Party> theirs, List<Party> ours, List<Party> others, String summary, Map<String, Object> summaryEvidence,
			Map<String, Object> evidence) {
	}

	/** The few lines at the top: how many engagements, first and last, open agreements, key people. */
	record Summary(int engagements, Engagement first, Engagement last, List<Map<String, Object>> openAgreements,
			int agreements, int funding, List<Map<String, Object>> theirPeople, List<Map<String, Object>> ourPeople) {
	}

	/** The template's variables for a briefing ({@code b} null: the empty form). */
	Map<String, Object> model(Map<String, Object> b) {
		Map<String, Object> vars = new LinkedHashMap<>();
		vars.put("b", b);
		if (b == null) {
			return vars;
		}
		List<Engagement> engagements = engagements(b);
		vars.put("title", subjectNames(b));
		vars.put("subjects", Pages.list(b, "subjects").stream().map(this::subject).toList());
		vars.put("sourceGroups", sourceGroups(sources(b)));
		vars.put("amounts", Pages.list(b, "funding").stream().map(this::amount).toList());
		vars.put("periodText", period(b));
		vars.put("engagements", engagements);
		vars.put("summary", summary(b, engagements));
		vars.put("generated", this.labels.today());
		Map<String, String> titles = new LinkedHashMap<>();
		for (String side : List.of("theirs", "ours")) {
			Pages.list(Pages.map(b, "people"), side).forEach(p -> titles.put(String.valueOf(p.get("id")), currentTitle(p)));
		}
		vars.put("personTitles", titles);
		vars.put("theirPeople", Pages.list(Pages.map(b, "people"), "theirs"));
		vars.put("ourPeople", Pages.list(Pages.map(b, "people"), "ours"));
		// the PDF's page counters are CSS, placed where the bundle's sentence puts the numbers
		vars.put("pageLine", this.labels.msg("briefing.page", "<span class=\"pn\"></span>", "<span class=\"pc\"></span>"));
		return vars;
	}

	/**
	 * The engagements as read, in order. A summary already quoted above is not quoted again:
	 * the items of one list in a report share the sentence that introduces the list (46 in
	 * 2021-2), and a briefing on their network would otherwise repeat it at every item.
	 */
	List<Engagement> engagements(Map<String, Object> b) {
		Set<String> quoted = new java.util.HashSet<>();
		List<Engagement> out = new ArrayList<>();
		for (Map<String, Object> raw : Pages.list(b, "engagements")) {
			Engagement e = engagement(raw);
			if (e.summary() != null && !quoted.add(e.summary())) {
				e = new Engagement(e.id(), e.name(), e.when(), e.where(), e.kind(), e.modality(), e.theirs(), e.ours(),
						e.others(), null, null, e.evidence());
			}
			out.add(e);
		}
		return out;
	}

	/** Who a subject is, in sentences that read well whatever its names end with. */
	record Subject(String id, String name, String type, String aliases, String partOf, List<Map<String, Object>> positions,
			List<Membership> memberships) {
	}

	/** A network the subject belongs to; the role only when it says more than "miembro". */
	record Membership(String name, String role, Map<String, Object> evidence) {
	}

	Subject subject(Map<String, Object> s) {
		List<?> aliases = s.get("aliases") instanceof List<?> a ? a : List.of();
		List<Map<String, Object>> within = Pages.list(s, "within");
		List<Membership> memberships = Pages.list(s, "memberships").stream()
			.map(m -> new Membership(String.valueOf(m.get("name")), plainMember(m.get("role")) ? null : this.labels.memberRole(m.get("role")),
					Pages.map(m, "evidence")))
			.toList();
		return new Subject(String.valueOf(s.get("id")), String.valueOf(s.get("name")), type(s),
				aliases.isEmpty() ? null
						: sentence(this.labels.msg("briefing.alsoKnown",
								aliases.stream().map(String::valueOf).collect(Collectors.joining(", ")))),
				within.isEmpty() ? null : sentence(this.labels.msg("briefing.partOf", names(within))),
				Pages.list(s, "positions"), memberships);
	}

	/** The type a reader sees, by the pages' one rule (a foreign government's body is no "dependencia"). */
	String type(Map<String, Object> subject) {
		return this.labels.type(subject.get("type"), subject.get("id"));
	}

	private static boolean plainMember(Object role) {
		return role == null || List.of("member", "miembro").contains(String.valueOf(role).strip().toLowerCase(java.util.Locale.ROOT));
	}

	/** A sentence ending in a name that ends with a full stop ("Bogotá D.C.") takes no second one. */
	static String sentence(String s) {
		return s.endsWith("..") && !s.endsWith("...") ? s.substring(0, s.length() - 1) : s;
	}

	/** A cited line for the list of sources: where, and the first words of the quote. */
	record Source(String source, Object line, String quote, String shortQuote) {
	}

	/** The sources of one report in two columns, for a compact table. */
	record SourceGroup(String source, List<List<Source>> rows) {
	}

	static List<SourceGroup> sourceGroups(List<Source> sources) {
		Map<String, List<Source>> byReport = new LinkedHashMap<>();
		sources.forEach(s -> byReport.computeIfAbsent(s.source(), k -> new ArrayList<>()).add(s));
		List<SourceGroup> out = new ArrayList<>();
		byReport.forEach((report, list) -> {
			// read down the left column, then down the right one
			List<List<Source>> rows = new ArrayList<>();
			int half = (list.size() + 1) / 2;
			for (int i = 0; i < half; i++) {
				rows.add(i + half < list.size() ? List.of(list.get(i), list.get(i + half)) : List.of(list.get(i)));
			}
			out.add(new SourceGroup(report, rows));
		});
		return out;
	}

	/** The sources, one per report line (several quotes of a line are one source), quotes shortened. */
	static List<Source> sources(Map<String, Object> b) {
		Map<String, Source> byLine = new LinkedHashMap<>();
		for (Map<String, Object> s : Pages.list(b, "sources")) {
			String key = s.get("source") + "|" + s.get("line");
			Source had = byLine.get(key);
			String quote = String.valueOf(s.get("quote"));
			if (had == null || quote.length() > had.quote().length()) {
				byLine.put(key, new Source(String.valueOf(s.get("source")), s.get("line"), quote, shorten(quote, 48)));
			}
		}
		return new ArrayList<>(byLine.values());
	}

	/** At most {@code max} characters, cut between words, with an ellipsis when cut. */
	static String shorten(String s, int max) {
		if (s.length() <= max) {
			return s;
		}
		int cut = s.lastIndexOf(' ', max - 1);
		return s.substring(0, cut > max / 2 ? cut : max - 1).replaceAll("[\\s,;:.(“\"]+$", "") + "…";
	}

	Engagement engagement(Map<String, Object> e) {
		@SuppressWarnings("unchecked")
		List<Object> where = e.get("where") instanceof List<?> l ? (List<Object>) l : List.of();
		return new Engagement(String.valueOf(e.get("id")), String.valueOf(e.get("name")),
				this.labels.when(e.get("startDate"), e.get("endDate"), e.get("datePrecision")),
				where.stream().map(String::valueOf).distinct().collect(Collectors.joining(", ")),
				this.labels.eventKind(e.get("kind")), this.labels.modality(e.get("modality")),
				parties(Pages.list(e, "theirSide")), parties(Pages.list(e, "ourSide")), parties(Pages.list(e, "others")),
				Labels.summary(e.get("summary")), summaryEvidence(e), Pages.map(e, "evidence"));
	}

	/** Where the summary's words are: the event's report at the summary's line. */
	private static Map<String, Object> summaryEvidence(Map<String, Object> e) {
		Object line = Labels.summaryLine(e);
		Object source = Pages.map(e, "evidence").get("source");
		if (line == null || source == null || Labels.summary(e.get("summary")) == null) {
			return null;
		}
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("source", source);
		m.put("line", line);
		m.put("quote", Labels.summary(e.get("summary")));
		return m;
	}

	/** One line per party: roles merged, the first title kept (one title per person here). */
	private List<Party> parties(List<Map<String, Object>> list) {
		Map<String, List<Map<String, Object>>> byId = new LinkedHashMap<>();
		for (Map<String, Object> p : list) {
			byId.computeIfAbsent(String.valueOf(p.get("id")), k -> new ArrayList<>()).add(p);
		}
		List<Party> out = new ArrayList<>();
		for (List<Map<String, Object>> ps : byId.values()) {
			Map<String, Object> first = ps.get(0);
			String roles = ps.stream()
				.map(p -> this.labels.role(p.get("role")))
				.filter(r -> !r.isEmpty())
				.distinct()
				.collect(Collectors.joining(", "));
			// the briefing's one title for the person; else the first given here
			String title = ps.stream()
				.flatMap(p -> p.get("title") != null ? java.util.stream.Stream.of(p.get("title"))
						: p.get("titles") instanceof List<?> t ? t.stream() : java.util.stream.Stream.empty())
				.map(String::valueOf)
				.findFirst()
				.orElse(null);
			out.add(new Party(String.valueOf(first.get("id")), String.valueOf(first.get("name")),
					String.valueOf(first.get("type")), roles, title));
		}
		// a body whose head is listed with it ("Diana Alarcón González, titular de la
		// Coordinación General…" and the Coordinación itself) is one party, not two
		List<Party> people = out.stream().filter(p -> "Person".equals(p.type()) && p.title() != null).toList();
		out.removeIf(body -> !"Person".equals(body.type()) && people.stream().anyMatch(p -> heads(p.title(), body.name())));
		return out;
	}

	/** Words that name a kind of body rather than which one. */
	private static final Set<String> GENERIC = Set.of("de", "del", "la", "las", "el", "los", "y", "e", "en", "para",
			"secretaria", "coordinacion", "general", "direccion", "instituto", "agencia", "ciudad", "mexico",
			"gobierno", "alcaldia", "embajada", "ministerio", "oficina", "consejo");

	/** Whether a title names the body: every distinctive word of the body's name is in it. */
	static boolean heads(String title, String body) {
		Set<String> words = new java.util.HashSet<>(List.of(Names.fold(title).split(" ")));
		List<String> distinctive = java.util.Arrays.stream(Names.fold(body).split(" "))
			.filter(w -> !w.isBlank() && !GENERIC.contains(w))
			.toList();
		return !distinctive.isEmpty() && words.containsAll(distinctive);
	}

	private static Summary summary(Map<String, Object> b, List<Engagement> engagements) {
		List<Map<String, Object>> raw = Pages.list(b, "engagements");
		int firstDated = -1;
		int lastDated = -1;
		for (int i = 0; i < raw.size(); i++) {
			if (raw.get(i).get("startDate") != null) {
				firstDated = firstDated < 0 ? i : firstDated;
				lastDated = i;
			}
		}
		List<Map<String, Object>> open = new ArrayList<>();
		for (Map<String, Object> a : Pages.list(b, "agreements")) {
			if (OPEN.contains(String.valueOf(a.get("status"))) && open.size() < 5) {
				open.add(a);
			}
		}
		Map<String, Object> people = Pages.map(b, "people");
		List<Map<String, Object>> theirs = Pages.list(people, "theirs");
		List<Map<String, Object>> ours = Pages.list(people, "ours");
		return new Summary(engagements.size(), firstDated < 0 ? null : engagements.get(firstDated),
				lastDated < 0 ? null : engagements.get(lastDated), open, Pages.list(b, "agreements").size(),
				Pages.list(b, "funding").size(), theirs.subList(0, Math.min(5, theirs.size())),
				ours.subList(0, Math.min(5, ours.size())));
	}

	static String subjectNames(Map<String, Object> b) {
		return names(Pages.list(b, "subjects"));
	}

	String period(Map<String, Object> b) {
		Map<String, Object> p = Pages.map(b, "period");
		Object from = p.get("from");
		Object to = p.get("to");
		if (from == null && to == null) {
			return this.labels.msg("briefing.period.all");
		}
		if (from != null && to != null) {
			return this.labels.msg("briefing.period.range", this.labels.date(from), this.labels.date(to));
		}
		return from != null ? this.labels.msg("briefing.period.from", this.labels.date(from))
				: this.labels.msg("briefing.period.to", this.labels.date(to));
	}

	/** A person's title: the briefing's one title for them, else the first position not marked former. */
	static String currentTitle(Map<?, ?> person) {
		if (person.get("title") != null) {
			return String.valueOf(person.get("title"));
		}
		List<Map<String, Object>> positions = Pages.list(person, "positions");
		Map<String, Object> pick = positions.stream()
			.filter(x -> !Boolean.TRUE.equals(x.get("former")))
			.findFirst()
			.orElse(positions.isEmpty() ? null : positions.get(0));
		if (pick == null) {
			return "";
		}
		String title = String.valueOf(pick.get("title"));
		String body = String.valueOf(pick.get("body"));
		// "Secretaria de las Mujeres, Secretaría de las Mujeres": the title already names the body
		return fold(title).contains(fold(body)) ? title : title + ", " + body;
	}

	private static String fold(String s) {
		return java.text.Normalizer.normalize(s.toLowerCase(java.util.Locale.ROOT), java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "");
	}

	// ---------------------------------------------------------------- HTML and PDF

	/** The printable page on its own (no navigation, no scripts): the API's format=html. */
	String html(Map<String, Object> b) {
		Map<String, Object> vars = model(b);
		vars.put("standalone", true);
		vars.put("pdf", false);
		return render(vars);
	}

	/** How many rendered PDFs are kept: a few briefings asked for again and again (~60 KB each). */
	private static final int KEPT = 16;

	/**
	 * Rendered PDFs by everything they are drawn from: the briefing as read now (so an edit of
	 * the graph is in the very next PDF), the language, the day in the header, the base address.
	 * Laying out and writing a PDF costs more than reading the briefing; the same briefing
	 * asked for again is served as drawn.
	 */
	private final Map<String, byte[]> drawn = java.util.Collections.synchronizedMap(new LinkedHashMap<>(KEPT, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
			return size() > KEPT;
		}
	});

	/** The same page as a PDF: A4, running header with subject and date, "Página N de M". */
	byte[] pdf(Map<String, Object> b, String baseUri) {
		String key = this.labels.locale() + "|" + this.labels.today() + "|" + baseUri + "|" + b;
		byte[] kept = this.drawn.get(key);
		if (kept != null) {
			return kept;
		}
		byte[] pdf = draw(b, baseUri);
		this.drawn.put(key, pdf);
		return pdf;
	}

	private byte[] draw(Map<String, Object> b, String baseUri) {
		Map<String, Object> vars = model(b);
		vars.put("standalone", true);
		vars.put("pdf", true);
		String html = render(vars);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.withHtmlContent(html, baseUri);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	// ---------------------------------------------------------------- Markdown

	String markdown(Map<String, Object> b) {
		Labels l = this.labels;
		StringBuilder md = new StringBuilder();
		md.append("# ").append(l.msg("briefing.title", subjectNames(b))).append("\n\n");
		md.append("_").append(period(b)).append(" · ").append(atAGlance(b)).append("_\n\n");
		md.append("## ").append(l.msg("briefing.who")).append("\n\n");
		for (Map<String, Object> raw : Pages.list(b, "subjects")) {
			Subject s = subject(raw);
			md.append("**").append(s.name()).append("** (").append(s.type()).append(").");
			if (s.aliases() != null) {
				md.append(" ").append(s.aliases());
			}
			if (s.partOf() != null) {
				md.append(" ").append(s.partOf());
			}
			md.append("\n\n");
			for (Map<String, Object> p : s.positions()) {
				md.append("- ").append(p.get("person")).append(": ").append(l.titleAt(p.get("title"), p.get("body")))
					.append(cite(p.get("evidence"))).append("\n");
			}
			for (Membership m : s.memberships()) {
				md.append("- ").append(l.msg("briefing.memberOf", m.name()))
					.append(m.role() == null ? "" : " (" + m.role() + ")")
					.append(cite(m.evidence())).append("\n");
			}
			md.append("\n");
		}
		List<Engagement> engagements = engagements(b);
		md.append("## ").append(l.msg("briefing.engagements", engagements.size())).append("\n\n");
		for (Engagement e : engagements) {
			md.append("### ").append(e.when()).append(" — ").append(e.name()).append("\n\n");
			md.append(bits(e.kind(), e.modality(), e.where())).append(cite(e.evidence())).append("\n\n");
			if (e.summary() != null) {
				md.append("> ").append(e.summary()).append("\n\n");
			}
			side(md, l.msg("briefing.theirSide"), e.theirs());
			side(md, l.msg("briefing.ourSide"), e.ours());
			side(md, l.msg("briefing.others"), e.others());
			md.append("\n");
		}
		md.append("## ").append(l.msg("briefing.agreements")).append("\n\n");
		for (Map<String, Object> a : Pages.list(b, "agreements")) {
			md.append("- **").append(a.get("title")).append("** (")
				.append(bits(l.agreementKind(a.get("kind")), l.status(a.get("status")), l.date(a.get("date"))).replace(" · ", ", "))
				.append("): ").append(names(Pages.list(a, "parties"))).append(cite(a.get("evidence"))).append("\n");
		}
		md.append(Pages.list(b, "agreements").isEmpty() ? l.msg("briefing.none") + "\n\n" : "\n");
		md.append("## ").append(l.msg("briefing.funding")).append("\n\n");
		for (Map<String, Object> f : Pages.list(b, "funding")) {
			md.append("- ").append(Pages.map(f, "funder").get("name")).append(" → ").append(Pages.map(f, "recipient").get("name"))
				.append(": ").append(amount(f))
				.append(f.get("purpose") == null ? "" : ", " + f.get("purpose")).append(cite(f.get("evidence"))).append("\n");
		}
		md.append(Pages.list(b, "funding").isEmpty() ? l.msg("briefing.none") + "\n\n" : "\n");
		md.append("## ").append(l.msg("briefing.networks")).append("\n\n");
		for (Map<String, Object> n : Pages.list(b, "sharedNetworks")) {
			md.append("- ").append(n.get("name")).append("\n");
		}
		md.append(Pages.list(b, "sharedNetworks").isEmpty() ? l.msg("briefing.none") + "\n\n" : "\n");
		md.append("## ").append(l.msg("briefing.people")).append("\n\n");
		Map<String, Object> people = Pages.map(b, "people");
		for (String side : List.of("theirs", "ours")) {
			md.append("**").append(l.msg(side.equals("theirs") ? "briefing.theirSide" : "briefing.ourSide")).append("**\n\n");
			for (Map<String, Object> p : Pages.list(people, side)) {
				String title = currentTitle(p);
				md.append("- ").append(p.get("name")).append(title.isEmpty() ? "" : ": " + title).append(" (")
					.append(l.msg("briefing.engagementCount", p.get("engagements"))).append(")\n");
			}
			md.append("\n");
		}
		md.append("## ").append(l.msg("briefing.sources")).append("\n\n");
		for (Source s : sources(b)) {
			md.append("- ").append(l.msg("source.cite", s.source(), s.line())).append(": “").append(s.shortQuote())
				.append("”\n");
		}
		return md.toString();
	}

	/**
	 * What a funding record is worth, for a reader: the amount in the reader's number format and
	 * currency words, with the report's words ("20,000 dólares estadounidenses («20 mil
	 * dólares»)"); what was given when it is no sum ("60 ventiladores"); or that the report gives
	 * no amount.
	 */
	String amount(Map<String, Object> f) {
		Object amount = f.get("amount");
		if (amount != null && !String.valueOf(amount).isBlank()) {
			try {
				java.math.BigDecimal value = new java.math.BigDecimal(String.valueOf(amount));
				String number = java.text.NumberFormat.getNumberInstance(this.labels.locale()).format(value);
				Object currency = f.get("currency");
				String sum = currency == null ? number
						: this.labels.msg("briefing.amount", number,
								this.labels.msgOr("currency." + currency, String.valueOf(currency)));
				// the report's own words beside it, so the figure can be checked against the quote
				Object written = f.get("amountText");
				return written == null || String.valueOf(written).isBlank() ? sum
						: this.labels.msg("briefing.amount.asWritten", sum, written);
			}
			catch (NumberFormatException ex) {
				// not a number after all: the report's words below
			}
		}
		return f.get("amountText") != null ? String.valueOf(f.get("amountText")) : this.labels.msg("briefing.amountUnknown");
	}

	private String atAGlance(Map<String, Object> b) {
		Map<String, Object> people = Pages.map(b, "people");
		return this.labels.msg("briefing.atAGlance", Pages.list(b, "engagements").size(), Pages.list(b, "agreements").size(),
				Pages.list(b, "funding").size(), Pages.list(b, "sharedNetworks").size(),
				Pages.list(people, "theirs").size(), sources(b).size());
	}

	private static void side(StringBuilder md, String label, List<Party> parties) {
		if (parties.isEmpty()) {
			return;
		}
		md.append("- ").append(label).append(": ");
		md.append(parties.stream()
			.map(p -> p.name() + (p.title() == null ? "" : ", " + p.title()) + (p.roles().isEmpty() ? "" : " [" + p.roles() + "]"))
			.collect(Collectors.joining("; ")));
		md.append("\n");
	}

	private static String bits(Object... parts) {
		StringBuilder s = new StringBuilder();
		for (Object p : parts) {
			if (p != null && !String.valueOf(p).isBlank()) {
				s.append(s.isEmpty() ? "" : " · ").append(p);
			}
		}
		return s.toString();
	}

	private String cite(Object evidence) {
		Map<?, ?> e = (Map<?, ?>) evidence;
		if (e == null || e.get("source") == null) {
			return "";
		}
		return " _(" + (e.get("line") == null ? e.get("source") : this.labels.msg("source.cite", e.get("source"), e.get("line")))
				+ ")_";
	}

	private static String names(List<Map<String, Object>> refs) {
		return refs.stream().map(r -> String.valueOf(r.get("name"))).distinct().collect(Collectors.joining(", "));
	}

}
