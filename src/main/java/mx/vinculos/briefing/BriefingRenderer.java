package mx.vinculos.briefing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import mx.vinculos.graph.Evidence;
import mx.vinculos.graph.NodeRef;
import mx.vinculos.graph.Names;
import mx.vinculos.web.Labels;
import mx.vinculos.web.ShownNames;

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

	private final ShownNames shown;

	BriefingRenderer(Labels labels, SpringTemplateEngine templates, ApplicationContext context, ShownNames shown) {
		this.labels = labels;
		this.templates = templates;
		this.context = context;
		this.shown = shown;
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
			List<Party> theirs, List<Party> ours, List<Party> others, String summary, Evidence summaryEvidence,
			Evidence evidence) {
	}

	/** The few lines at the top: how many engagements, first and last, open agreements, key people. */
	record Summary(int engagements, Engagement first, Engagement last, List<AgreementRow> openAgreements,
			int agreements, int funding, List<PersonRow> theirPeople, List<PersonRow> ourPeople) {
	}

	/** A person to know, named, with their one title and how many engagements they took part in. */
	record PersonRow(String id, String name, String title, int engagements) {
	}

	/** A position as a line: who, the title, at which body. */
	record PositionRow(String personId, String person, String title, String body, Evidence evidence) {
	}

	/** An agreement as a table row: its parties named. */
	record AgreementRow(String title, String kind, String status, LocalDate date, List<NodeRef> parties, Evidence evidence) {
	}

	/** Funding as a table row: funder and recipient named, the amount in words. */
	record FundingRow(NodeRef funder, NodeRef recipient, String amount, String purpose, Evidence evidence) {
	}

	/** The entities a briefing refers to by id, by id. */
	private static Map<String, NodeRef> nodes(Briefing b) {
		Map<String, NodeRef> nodes = new java.util.HashMap<>();
		b.nodes().forEach(n -> nodes.put(n.id(), n));
		return nodes;
	}

	/** The template's variables for a briefing ({@code b} null: the empty form). */
	Map<String, Object> model(Briefing b) {
		Map<String, Object> vars = new LinkedHashMap<>();
		vars.put("b", b);
		if (b == null) {
			return vars;
		}
		Map<String, NodeRef> nodes = nodes(b);
		List<Engagement> engagements = engagements(b);
		vars.put("title", subjectNames(b));
		vars.put("subjects", b.subjects().stream().map(s -> subject(s, nodes)).toList());
		vars.put("sourceGroups", sourceGroups(sources(b)));
		vars.put("agreementRows", agreementRows(b, nodes));
		vars.put("fundingRows", b.funding().stream()
			.map(f -> new FundingRow(nodes.get(f.funder()), nodes.get(f.recipient()), amount(f), f.purpose(), f.evidence()))
			.toList());
		vars.put("networkNames", b.sharedNetworks().stream().map(n -> nodes.get(n.id()).name()).toList());
		vars.put("periodText", period(b));
		vars.put("engagements", engagements);
		vars.put("summary", summary(b, engagements, nodes));
		vars.put("generated", this.labels.today());
		Map<String, String> titles = new LinkedHashMap<>();
		List<PersonRow> theirs = personRows(b.people().theirs(), nodes);
		List<PersonRow> ours = personRows(b.people().ours(), nodes);
		java.util.stream.Stream.concat(theirs.stream(), ours.stream()).forEach(p -> titles.put(p.id(), p.title()));
		vars.put("personTitles", titles);
		vars.put("theirPeople", theirs);
		vars.put("ourPeople", ours);
		// the PDF's page counters are CSS, placed where the bundle's sentence puts the numbers
		vars.put("pageLine", this.labels.msg("briefing.page", "<span class=\"pn\"></span>", "<span class=\"pc\"></span>"));
		return vars;
	}

	private static List<AgreementRow> agreementRows(Briefing b, Map<String, NodeRef> nodes) {
		return b.agreements().stream()
			.map(a -> new AgreementRow(a.title(), a.kind(), a.status(), a.date(),
					a.parties().stream().map(nodes::get).toList(), a.evidence()))
			.toList();
	}

	private static List<PersonRow> personRows(List<Briefing.Person> people, Map<String, NodeRef> nodes) {
		return people.stream()
			.map(p -> new PersonRow(p.id(), nodes.get(p.id()).name(), currentTitle(p, nodes), p.engagements()))
			.toList();
	}

	/**
	 * The engagements as read, in order. A summary already quoted above is not quoted again:
	 * the items of one list in a report share the sentence that introduces the list (46 in
	 * 2021-2), and a briefing on their network would otherwise repeat it at every item.
	 */
	List<Engagement> engagements(Briefing b) {
		Map<String, NodeRef> nodes = nodes(b);
		Set<String> quoted = new java.util.HashSet<>();
		List<Engagement> out = new ArrayList<>();
		for (Briefing.Engagement raw : b.engagements()) {
			Engagement e = engagement(raw, nodes);
			if (e.summary() != null && !quoted.add(e.summary())) {
				e = new Engagement(e.id(), e.name(), e.when(), e.where(), e.kind(), e.modality(), e.theirs(), e.ours(),
						e.others(), null, null, e.evidence());
			}
			out.add(e);
		}
		return out;
	}

	/** Who a subject is, in sentences that read well whatever its names end with. */
	record Subject(String id, String name, String type, String aliases, String partOf, List<PositionRow> positions,
			List<Membership> memberships) {
	}

	/**
	 * A network the subject belongs to; the role only when it says more than "miembro"; the
	 * line as read ("Miembro de la Unión de Ciudades Capitales Iberoamericanas").
	 */
	record Membership(String name, String role, Evidence evidence, String line) {
	}

	Subject subject(Briefing.Subject s, Map<String, NodeRef> nodes) {
		List<String> aliases = s.aliases() == null ? List.of() : s.aliases();
		List<Membership> memberships = s.memberships().stream().map(m -> {
			NodeRef network = nodes.get(m.network());
			return new Membership(network.name(), plainMember(m.role()) ? null : this.labels.memberRole(m.role()),
					m.evidence(), this.labels.sentence("briefing.memberOf", named(network)));
		}).toList();
		// "Forma parte del Reino Unido.", each name with its article
		List<String> within = s.within().stream().map(nodes::get).distinct().map(this::named).toList();
		return new Subject(s.id(), s.name(), type(s), aliases.isEmpty() ? null
				: sentence(this.labels.msg("briefing.alsoKnown", String.join(", ", aliases))),
				within.isEmpty() ? null : sentence(this.labels.sentence("briefing.partOf", this.labels.and(within))),
				s.positions().stream().map(p -> positionRow(p, nodes)).toList(), memberships);
	}

	/** A node's name as a sentence says it: acronyms as the graph writes them, with its article. */
	private String named(NodeRef node) {
		return this.labels.named(this.shown.text(node.name()), node.type());
	}

	private static PositionRow positionRow(Briefing.Position p, Map<String, NodeRef> nodes) {
		return new PositionRow(p.person(), nodes.get(p.person()).name(), p.title(), nodes.get(p.body()).name(),
				p.evidence());
	}

	/** The type a reader sees, by the pages' one rule (a foreign government's body is no "dependencia"). */
	String type(Briefing.Subject subject) {
		return this.labels.type(subject.type(), subject.id());
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
	static List<Source> sources(Briefing b) {
		Map<String, Source> byLine = new LinkedHashMap<>();
		for (Evidence s : b.sources()) {
			String key = s.source() + "|" + s.line();
			Source had = byLine.get(key);
			String quote = String.valueOf(s.quote());
			if (had == null || quote.length() > had.quote().length()) {
				byLine.put(key, new Source(s.source(), s.line(), quote, shorten(quote, 48)));
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

	Engagement engagement(Briefing.Engagement e, Map<String, NodeRef> nodes) {
		List<String> where = e.heldIn() == null ? List.of() : e.heldIn();
		String summary = Labels.summary(e.summary());
		// where the summary's words are: the event's report at the summary's line
		Evidence summaryEvidence = e.summaryLine() == null || e.evidence().source() == null || summary == null ? null
				: new Evidence(e.evidence().source(), e.summaryLine(), summary);
		return new Engagement(e.id(), e.name(), this.labels.when(e.startDate(), e.endDate(), null),
				where.stream().map(id -> nodes.get(id).name()).distinct().collect(Collectors.joining(", ")),
				this.labels.eventKind(e.kind()), this.labels.modality(e.modality()), parties(e.theirSide(), nodes),
				parties(e.ourSide(), nodes), parties(e.others(), nodes), summary, summaryEvidence, e.evidence());
	}

	/** One line per party: roles merged, the first title kept (one title per person here). */
	private List<Party> parties(List<Briefing.Participant> list, Map<String, NodeRef> nodes) {
		Map<String, List<Briefing.Participant>> byId = new LinkedHashMap<>();
		for (Briefing.Participant p : list) {
			byId.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(p);
		}
		List<Party> out = new ArrayList<>();
		for (List<Briefing.Participant> ps : byId.values()) {
			NodeRef who = nodes.get(ps.get(0).id());
			String roles = ps.stream()
				.map(p -> this.labels.role(p.role()))
				.filter(r -> !r.isEmpty())
				.distinct()
				.collect(Collectors.joining(", "));
			String title = ps.stream().map(Briefing.Participant::title).filter(java.util.Objects::nonNull).findFirst().orElse(null);
			out.add(new Party(who.id(), who.name(), who.type(), roles, title));
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

	private static Summary summary(Briefing b, List<Engagement> engagements, Map<String, NodeRef> nodes) {
		List<Briefing.Engagement> raw = b.engagements();
		int firstDated = -1;
		int lastDated = -1;
		for (int i = 0; i < raw.size(); i++) {
			if (raw.get(i).startDate() != null) {
				firstDated = firstDated < 0 ? i : firstDated;
				lastDated = i;
			}
		}
		List<AgreementRow> open = agreementRows(b, nodes).stream().filter(a -> OPEN.contains(String.valueOf(a.status())))
			.limit(5)
			.toList();
		List<PersonRow> theirs = personRows(b.people().theirs(), nodes);
		List<PersonRow> ours = personRows(b.people().ours(), nodes);
		return new Summary(engagements.size(), firstDated < 0 ? null : engagements.get(firstDated),
				lastDated < 0 ? null : engagements.get(lastDated), open, b.agreements().size(), b.funding().size(),
				theirs.subList(0, Math.min(5, theirs.size())), ours.subList(0, Math.min(5, ours.size())));
	}

	static String subjectNames(Briefing b) {
		return b.subjects().stream().map(Briefing.Subject::name).distinct().collect(Collectors.joining(", "));
	}

	String period(Briefing b) {
		LocalDate from = b.period().from();
		LocalDate to = b.period().to();
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
	static String currentTitle(Briefing.Person person, Map<String, NodeRef> nodes) {
		if (person.title() != null) {
			return person.title();
		}
		Briefing.Position pick = person.positions().stream()
			.filter(x -> !Boolean.TRUE.equals(x.former()))
			.findFirst()
			.orElse(person.positions().isEmpty() ? null : person.positions().get(0));
		if (pick == null) {
			return "";
		}
		String title = String.valueOf(pick.title());
		String body = nodes.get(pick.body()).name();
		// "Secretaria de las Mujeres, Secretaría de las Mujeres": the title already names the body
		return fold(title).contains(fold(body)) ? title : title + ", " + body;
	}

	private static String fold(String s) {
		return java.text.Normalizer.normalize(s.toLowerCase(java.util.Locale.ROOT), java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "");
	}

	// ---------------------------------------------------------------- HTML and PDF

	/** The printable page on its own (no navigation, no scripts): the API's format=html. */
	String html(Briefing b) {
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
	byte[] pdf(Briefing b, String baseUri) {
		String key = this.labels.locale() + "|" + this.labels.today() + "|" + baseUri + "|" + b;
		byte[] kept = this.drawn.get(key);
		if (kept != null) {
			return kept;
		}
		byte[] pdf = draw(b, baseUri);
		this.drawn.put(key, pdf);
		return pdf;
	}

	private byte[] draw(Briefing b, String baseUri) {
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

	String markdown(Briefing b) {
		Labels l = this.labels;
		Map<String, NodeRef> nodes = nodes(b);
		StringBuilder md = new StringBuilder();
		md.append("# ").append(l.msg("briefing.title", subjectNames(b))).append("\n\n");
		md.append("_").append(period(b)).append(" · ").append(atAGlance(b)).append("_\n\n");
		md.append("## ").append(l.msg("briefing.who")).append("\n\n");
		for (Briefing.Subject raw : b.subjects()) {
			Subject s = subject(raw, nodes);
			md.append("**").append(s.name()).append("** (").append(s.type()).append(").");
			if (s.aliases() != null) {
				md.append(" ").append(s.aliases());
			}
			if (s.partOf() != null) {
				md.append(" ").append(s.partOf());
			}
			md.append("\n\n");
			for (PositionRow p : s.positions()) {
				md.append("- ").append(p.person()).append(": ").append(this.shown.text(l.titleAt(p.title(), p.body())))
					.append(cite(p.evidence())).append("\n");
			}
			for (Membership m : s.memberships()) {
				md.append("- ").append(m.line())
					.append(m.role() == null ? "" : " (" + m.role() + ")")
					.append(cite(m.evidence())).append("\n");
			}
			md.append("\n");
		}
		List<Engagement> engagements = engagements(b);
		md.append("## ").append(l.msg("briefing.engagements", engagements.size())).append("\n\n");
		for (Engagement e : engagements) {
			md.append("### ").append(e.when()).append(" — ").append(this.shown.text(e.name())).append("\n\n");
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
		for (AgreementRow a : agreementRows(b, nodes)) {
			md.append("- **").append(this.shown.text(a.title())).append("** (")
				.append(bits(l.agreementKind(a.kind()), l.status(a.status()), l.date(a.date())).replace(" · ", ", "))
				.append("): ").append(names(a.parties())).append(cite(a.evidence())).append("\n");
		}
		md.append(b.agreements().isEmpty() ? l.msg("briefing.none") + "\n\n" : "\n");
		md.append("## ").append(l.msg("briefing.funding")).append("\n\n");
		for (Briefing.FundingItem f : b.funding()) {
			md.append("- ").append(this.shown.text(nodes.get(f.funder()).name())).append(" → ")
				.append(this.shown.text(nodes.get(f.recipient()).name()))
				.append(": ").append(amount(f))
				.append(f.purpose() == null ? "" : ", " + f.purpose()).append(cite(f.evidence())).append("\n");
		}
		md.append(b.funding().isEmpty() ? l.msg("briefing.none") + "\n\n" : "\n");
		md.append("## ").append(l.msg("briefing.networks")).append("\n\n");
		for (Briefing.SharedNetwork n : b.sharedNetworks()) {
			md.append("- ").append(nodes.get(n.id()).name()).append("\n");
		}
		md.append(b.sharedNetworks().isEmpty() ? l.msg("briefing.none") + "\n\n" : "\n");
		md.append("## ").append(l.msg("briefing.people")).append("\n\n");
		for (boolean theirs : List.of(true, false)) {
			md.append("**").append(l.msg(theirs ? "briefing.theirSide" : "briefing.ourSide")).append("**\n\n");
			for (PersonRow p : personRows(theirs ? b.people().theirs() : b.people().ours(), nodes)) {
				md.append("- ").append(p.name()).append(p.title().isEmpty() ? "" : ": " + this.shown.text(p.title())).append(" (")
					.append(l.msg("briefing.engagementCount", p.engagements())).append(")\n");
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
	String amount(Briefing.FundingItem f) {
		if (f.amount() != null) {
			String number = java.text.NumberFormat.getNumberInstance(this.labels.locale())
				.format(java.math.BigDecimal.valueOf(f.amount()));
			String sum = f.currency() == null ? number
					: this.labels.msg("briefing.amount", number,
							this.labels.msgOr("currency." + f.currency(), f.currency()));
			// the report's own words beside it, so the figure can be checked against the quote
			return f.amountText() == null || f.amountText().isBlank() ? sum
					: this.labels.msg("briefing.amount.asWritten", sum, f.amountText());
		}
		return f.amountText() != null ? f.amountText() : this.labels.msg("briefing.amountUnknown");
	}

	private String atAGlance(Briefing b) {
		return this.labels.msg("briefing.atAGlance", b.engagements().size(), b.agreements().size(), b.funding().size(),
				b.sharedNetworks().size(), b.people().theirs().size(), sources(b).size());
	}

	/** One side of an engagement, written as the page writes it (names and titles as {@link ShownNames} shows them). */
	private void side(StringBuilder md, String label, List<Party> parties) {
		if (parties.isEmpty()) {
			return;
		}
		md.append("- ").append(label).append(": ");
		md.append(parties.stream()
			.map(p -> this.shown.text(p.name()) + (p.title() == null ? "" : ", " + this.shown.text(p.title()))
					+ (p.roles().isEmpty() ? "" : " [" + p.roles() + "]"))
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

	private String cite(Evidence e) {
		if (e == null || e.source() == null) {
			return "";
		}
		return " _(" + (e.line() == null ? e.source() : this.labels.msg("source.cite", e.source(), e.line())) + ")_";
	}

	private static String names(List<NodeRef> refs) {
		return refs.stream().map(NodeRef::name).distinct().collect(Collectors.joining(", "));
	}

}
