package mx.vinculos.briefing;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.web.util.HtmlUtils;

/**
 * A briefing as Markdown to paste into a memo, or as a page to print on A4. Both are drawn
 * from the same JSON the API returns, section by section.
 */
final class BriefingRenderer {

	private BriefingRenderer() {
	}

	static String markdown(Map<String, Object> b) {
		StringBuilder md = new StringBuilder();
		md.append("# Briefing: ").append(subjectNames(b)).append("\n\n");
		md.append("_").append(periodText(b)).append(" · ").append(summary(b)).append("_\n\n");
		md.append("## Who they are\n\n");
		for (Map<String, Object> s : list(b, "subjects")) {
			md.append("**").append(s.get("name")).append("** (").append(s.get("type")).append(")");
			List<?> aliases = (List<?>) s.get("aliases");
			if (!aliases.isEmpty()) {
				md.append(", also ").append(aliases.stream().map(String::valueOf).collect(Collectors.joining(", ")));
			}
			md.append(".");
			List<Map<String, Object>> within = list(s, "within");
			if (!within.isEmpty()) {
				md.append(" Part of ").append(names(within)).append(".");
			}
			md.append("\n\n");
			for (Map<String, Object> p : list(s, "positions")) {
				md.append("- ").append(p.get("person")).append(": ").append(p.get("title")).append(", ")
					.append(p.get("body")).append(cite(p.get("evidence"))).append("\n");
			}
			for (Map<String, Object> m : list(s, "memberships")) {
				md.append("- Member of ").append(m.get("name")).append(m.get("role") == null ? "" : " (" + m.get("role") + ")")
					.append(cite(m.get("evidence"))).append("\n");
			}
			md.append("\n");
		}
		List<Map<String, Object>> engagements = list(b, "engagements");
		md.append("## Engagements (").append(engagements.size()).append(")\n\n");
		for (Map<String, Object> e : engagements) {
			md.append("### ").append(dates(e)).append(" — ").append(e.get("name")).append("\n\n");
			String where = String.join(", ", strings(e.get("where")));
			md.append(bits(e.get("kind"), e.get("modality"), where.isEmpty() ? null : where, e.get("section")))
				.append(cite(e.get("evidence"))).append("\n\n");
			if (e.get("summary") != null) {
				// what happened, in the report's words: a quotation block under the heading
				md.append("> ").append(e.get("summary")).append(" _(l. ").append(e.get("summaryLine")).append(")_\n\n");
			}
			side(md, "Their side", list(e, "theirSide"));
			side(md, "Our side", list(e, "ourSide"));
			side(md, "Also", list(e, "others"));
			md.append("\n");
		}
		md.append("## Agreements\n\n");
		for (Map<String, Object> a : list(b, "agreements")) {
			md.append("- **").append(a.get("title")).append("** (").append(a.get("kind"))
				.append(a.get("status") == null ? "" : ", " + a.get("status"))
				.append(a.get("date") == null ? "" : ", " + a.get("date")).append("): ")
				.append(names(list(a, "parties"))).append(cite(a.get("evidence"))).append("\n");
		}
		md.append(list(b, "agreements").isEmpty() ? "None recorded.\n\n" : "\n");
		md.append("## Funding\n\n");
		for (Map<String, Object> f : list(b, "funding")) {
			md.append("- ").append(name(f.get("funder"))).append(" → ").append(name(f.get("recipient"))).append(": ")
				.append(f.get("amountText") == null ? "amount not stated" : f.get("amountText"))
				.append(f.get("purpose") == null ? "" : ", " + f.get("purpose")).append(cite(f.get("evidence")))
				.append("\n");
		}
		md.append(list(b, "funding").isEmpty() ? "None recorded.\n\n" : "\n");
		md.append("## Shared networks\n\n");
		for (Map<String, Object> n : list(b, "sharedNetworks")) {
			md.append("- ").append(n.get("name")).append("\n");
		}
		md.append(list(b, "sharedNetworks").isEmpty() ? "None recorded.\n\n" : "\n");
		md.append("## People to know\n\n");
		Map<?, ?> people = (Map<?, ?>) b.get("people");
		for (String side : List.of("theirs", "ours")) {
			md.append("**").append(side.equals("theirs") ? "Their side" : "Our side").append("**\n\n");
			for (Object o : (List<?>) people.get(side)) {
				Map<?, ?> p = (Map<?, ?>) o;
				md.append("- ").append(p.get("name"));
				String titles = positions(p);
				md.append(titles.isEmpty() ? "" : ": " + titles).append(" (").append(p.get("engagements"))
					.append(" engagements)\n");
			}
			md.append("\n");
		}
		md.append("## Sources\n\n");
		for (Map<String, Object> s : list(b, "sources")) {
			md.append("- ").append(s.get("source")).append(", line ").append(s.get("line")).append(": “")
				.append(s.get("quote")).append("”\n");
		}
		return md.toString();
	}

	private static void side(StringBuilder md, String label, List<Map<String, Object>> people) {
		if (people.isEmpty()) {
			return;
		}
		md.append("- ").append(label).append(": ");
		md.append(people.stream().map(p -> p.get("name") + titles(p) + " [" + p.get("role") + "]")
			.collect(Collectors.joining("; ")));
		md.append("\n");
	}

	static String html(Map<String, Object> b) {
		Function<Object, String> h = o -> o == null ? "" : HtmlUtils.htmlEscape(String.valueOf(o));
		StringBuilder out = new StringBuilder();
		out.append("""
				<!DOCTYPE html>
				<html lang="es"><head><meta charset="utf-8">
				<title>Briefing: %s</title>
				<style>
				@page { size: A4; margin: 18mm 16mm; }
				body { font-family: Georgia, 'Times New Roman', serif; font-size: 10.5pt; line-height: 1.4; color: #111; max-width: 178mm; margin: 0 auto; }
				h1 { font-size: 18pt; margin: 0 0 2pt; } h2 { font-size: 13pt; border-bottom: 1px solid #999; margin: 14pt 0 6pt; page-break-after: avoid; }
				h3 { font-size: 11pt; margin: 10pt 0 2pt; page-break-after: avoid; }
				.meta { color: #555; font-style: italic; } .cite { color: #666; font-size: 8.5pt; }
				.engagement { page-break-inside: avoid; } ul { margin: 2pt 0 4pt 14pt; padding: 0; }
				table { border-collapse: collapse; width: 100%%; } td, th { border-bottom: 1px solid #ddd; padding: 2pt 4pt; text-align: left; vertical-align: top; font-size: 9.5pt; }
				ol.sources { font-size: 8.5pt; color: #333; }
				blockquote.summary { margin: 2pt 0 4pt 10pt; padding-left: 6pt; border-left: 2px solid #bbb; font-style: italic; }
				@media print { a { color: inherit; text-decoration: none; } }
				</style></head><body>
				""".formatted(h.apply(subjectNames(b))));
		out.append("<h1>Briefing: ").append(h.apply(subjectNames(b))).append("</h1>");
		out.append("<p class=\"meta\">").append(h.apply(periodText(b) + " · " + summary(b))).append("</p>");
		out.append("<h2>Who they are</h2>");
		for (Map<String, Object> s : list(b, "subjects")) {
			out.append("<p><strong>").append(h.apply(s.get("name"))).append("</strong> (").append(h.apply(s.get("type")))
				.append(")");
			List<?> aliases = (List<?>) s.get("aliases");
			if (!aliases.isEmpty()) {
				out.append(", also ").append(h.apply(aliases.stream().map(String::valueOf).collect(Collectors.joining(", "))));
			}
			List<Map<String, Object>> within = list(s, "within");
			if (!within.isEmpty()) {
				out.append(". Part of ").append(h.apply(names(within)));
			}
			out.append(".</p><ul>");
			for (Map<String, Object> p : list(s, "positions")) {
				out.append("<li>").append(h.apply(p.get("person") + ": " + p.get("title") + ", " + p.get("body")))
					.append(citeHtml(p.get("evidence"))).append("</li>");
			}
			for (Map<String, Object> m : list(s, "memberships")) {
				out.append("<li>Member of ").append(h.apply(m.get("name")))
					.append(m.get("role") == null ? "" : " (" + h.apply(m.get("role")) + ")")
					.append(citeHtml(m.get("evidence"))).append("</li>");
			}
			out.append("</ul>");
		}
		List<Map<String, Object>> engagements = list(b, "engagements");
		out.append("<h2>Engagements (").append(engagements.size()).append(")</h2>");
		for (Map<String, Object> e : engagements) {
			out.append("<div class=\"engagement\"><h3>").append(h.apply(dates(e))).append(" — ")
				.append(h.apply(e.get("name"))).append("</h3>");
			String where = String.join(", ", strings(e.get("where")));
			out.append("<p class=\"meta\">")
				.append(h.apply(bits(e.get("kind"), e.get("modality"), where.isEmpty() ? null : where, e.get("section"))))
				.append(citeHtml(e.get("evidence"))).append("</p>");
			if (e.get("summary") != null) {
				out.append("<blockquote class=\"summary\">").append(h.apply(e.get("summary")))
					.append(" <span class=\"cite\">(l. ").append(h.apply(e.get("summaryLine"))).append(")</span></blockquote>");
			}
			out.append("<ul>");
			for (String[] side : new String[][] { { "theirSide", "Their side" }, { "ourSide", "Our side" },
					{ "others", "Also" } }) {
				List<Map<String, Object>> ps = list(e, side[0]);
				if (!ps.isEmpty()) {
					out.append("<li><strong>").append(side[1]).append(":</strong> ")
						.append(h.apply(ps.stream().map(p -> p.get("name") + titles(p) + " [" + p.get("role") + "]")
							.collect(Collectors.joining("; "))))
						.append("</li>");
				}
			}
			out.append("</ul></div>");
		}
		out.append("<h2>Agreements</h2>");
		table(out, h, list(b, "agreements"), new String[] { "Agreement", "Kind", "Date", "Parties", "Source" },
				a -> new Object[] { a.get("title"), a.get("kind") + (a.get("status") == null ? "" : ", " + a.get("status")),
						a.get("date"), names(list(a, "parties")), source(a.get("evidence")) });
		out.append("<h2>Funding</h2>");
		table(out, h, list(b, "funding"), new String[] { "Funder", "Recipient", "Amount", "Purpose", "Source" },
				f -> new Object[] { name(f.get("funder")), name(f.get("recipient")), f.get("amountText"), f.get("purpose"),
						source(f.get("evidence")) });
		out.append("<h2>Shared networks</h2>");
		List<Map<String, Object>> nets = list(b, "sharedNetworks");
		out.append(nets.isEmpty() ? "<p>None recorded.</p>" : "<p>" + h.apply(names(nets)) + "</p>");
		out.append("<h2>People to know</h2>");
		Map<?, ?> people = (Map<?, ?>) b.get("people");
		for (String side : List.of("theirs", "ours")) {
			out.append("<h3>").append(side.equals("theirs") ? "Their side" : "Our side").append("</h3><ul>");
			for (Object o : (List<?>) people.get(side)) {
				Map<?, ?> p = (Map<?, ?>) o;
				String titles = positions(p);
				out.append("<li><strong>").append(h.apply(p.get("name"))).append("</strong>")
					.append(titles.isEmpty() ? "" : ": " + h.apply(titles)).append(" <span class=\"cite\">(")
					.append(p.get("engagements")).append(" engagements)</span></li>");
			}
			out.append("</ul>");
		}
		out.append("<h2>Sources</h2><ol class=\"sources\">");
		for (Map<String, Object> s : list(b, "sources")) {
			out.append("<li>").append(h.apply(s.get("source"))).append(", line ").append(s.get("line")).append(": “")
				.append(h.apply(s.get("quote"))).append("”</li>");
		}
		out.append("</ol></body></html>\n");
		return out.toString();
	}

	private static void table(StringBuilder out, Function<Object, String> h, List<Map<String, Object>> rows,
			String[] headers, Function<Map<String, Object>, Object[]> cells) {
		if (rows.isEmpty()) {
			out.append("<p>None recorded.</p>");
			return;
		}
		out.append("<table><tr>");
		for (String header : headers) {
			out.append("<th>").append(header).append("</th>");
		}
		out.append("</tr>");
		for (Map<String, Object> r : rows) {
			out.append("<tr>");
			for (Object c : cells.apply(r)) {
				out.append("<td>").append(h.apply(c)).append("</td>");
			}
			out.append("</tr>");
		}
		out.append("</table>");
	}

	private static String subjectNames(Map<String, Object> b) {
		return names(list(b, "subjects"));
	}

	/** At a glance: how much there is in each section. */
	private static String summary(Map<String, Object> b) {
		Map<?, ?> people = (Map<?, ?>) b.get("people");
		return list(b, "engagements").size() + " engagements, " + list(b, "agreements").size() + " agreements, "
				+ list(b, "funding").size() + " funding records, " + list(b, "sharedNetworks").size()
				+ " shared networks, " + ((List<?>) people.get("theirs")).size() + " of their people, "
				+ list(b, "sources").size() + " cited lines";
	}

	private static String periodText(Map<String, Object> b) {
		Map<?, ?> p = (Map<?, ?>) b.get("period");
		if (p.get("from") == null && p.get("to") == null) {
			return "All reports on record";
		}
		return "From " + (p.get("from") == null ? "the first report" : p.get("from")) + " to "
				+ (p.get("to") == null ? "the latest report" : p.get("to"));
	}

	private static String dates(Map<String, Object> e) {
		Object start = e.get("startDate");
		if (start == null) {
			return "Undated";
		}
		return e.get("endDate") == null ? String.valueOf(start) : start + " to " + e.get("endDate");
	}

	/** A person's positions as "title, body; title, body". */
	private static String positions(Map<?, ?> person) {
		return ((List<?>) person.get("positions")).stream()
			.map(x -> ((Map<?, ?>) x).get("title") + ", " + ((Map<?, ?>) x).get("body"))
			.collect(Collectors.joining("; "));
	}

	private static String titles(Map<String, Object> p) {
		List<String> t = strings(p.get("titles"));
		return t.isEmpty() ? "" : ", " + String.join("; ", t);
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

	private static String cite(Object evidence) {
		return " _(" + source(evidence) + ")_";
	}

	private static String citeHtml(Object evidence) {
		return " <span class=\"cite\">(" + HtmlUtils.htmlEscape(source(evidence)) + ")</span>";
	}

	private static String source(Object evidence) {
		Map<?, ?> e = (Map<?, ?>) evidence;
		return e == null ? "" : e.get("source") + (e.get("line") == null ? "" : ", l. " + e.get("line"));
	}

	private static String name(Object ref) {
		return String.valueOf(((Map<?, ?>) ref).get("name"));
	}

	private static String names(List<Map<String, Object>> refs) {
		return refs.stream().map(r -> String.valueOf(r.get("name"))).collect(Collectors.joining(", "));
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Map<?, ?> m, String key) {
		Object v = m.get(key);
		return v instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
	}

	private static List<String> strings(Object v) {
		return v instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
	}

}
