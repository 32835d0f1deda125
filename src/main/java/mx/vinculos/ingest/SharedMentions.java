package mx.vinculos.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One mention, one event: where the same party, cited on the same line, was credited to
 * several events, it stays with the innermost one. An event's body may run over the headings
 * of the items or sub-events that follow it (a section's opening paragraph, a list told
 * below its introduction), so a paragraph is read by both; the seeds credit its parties to
 * the event whose heading stands nearest above it, not to the wider one whose heading lies
 * further up. The report's own government's bodies are the exception: they carry the wider
 * activity as a whole (a programme and the session they spoke at within it), so the seeds
 * credit them to both.
 */
final class SharedMentions {

	private SharedMentions() {
	}

	/**
	 * Drops, from each event, a participant whose entity and line another event also credits
	 * when that other event's heading stands after this event's heading and no later than the
	 * mention's line. A mention above both headings (a body printed before its heading), or an
	 * introduction shared by a list's items (each below it), is left alone: neither event is
	 * nearer. So is an entity {@code ours} accepts (the report's own government and its bodies).
	 */
	@SuppressWarnings("unchecked")
	static void keepInnermost(List<Map<String, Object>> events, Predicate<String> ours) {
		// for each (entity, line), the heading lines of the events that credit it
		Map<String, List<Integer>> headings = new HashMap<>();
		for (Map<String, Object> ev : events) {
			for (Map<String, Object> p : (List<Map<String, Object>>) ev.get("participants")) {
				headings.computeIfAbsent(key(p), k -> new ArrayList<>()).add((Integer) ev.get("line"));
			}
		}
		for (Map<String, Object> ev : events) {
			int heading = (Integer) ev.get("line");
			((List<Map<String, Object>>) ev.get("participants")).removeIf(p -> {
				int line = (Integer) p.get("line");
				return !ours.test((String) p.get("entity")) && headings.get(key(p)).stream().anyMatch(h -> h > heading && h <= line);
			});
		}
	}

	/**
	 * Drops, from each event, a participant cited in a paragraph that stands below another
	 * event's own heading (a heading line, not an event told in running text) lying between
	 * this event's heading and the mention: the wider event's body ran over that heading, and
	 * the paragraph is the other event's. A paragraph that opens in lower case continues a
	 * sentence from elsewhere (a column the layout moved), and the report's own bodies carry
	 * the wider activity, so both stay. So does a paragraph that no event headed in between reads
	 * ({@code reads}: heading line to the lines its events read): a column the layout moved below
	 * a short item's text belongs to the wider event that read it, not to the item.
	 */
	@SuppressWarnings("unchecked")
	static void dropBelowOtherHeadings(List<Map<String, Object>> events, Predicate<String> ours, ReportLines text,
			Map<Integer, Set<Integer>> reads) {
		List<Integer> headings = new ArrayList<>();
		for (Map<String, Object> ev : events) {
			int line = (Integer) ev.get("line");
			if (headingLine(text, line, (String) ev.get("quote"))) {
				headings.add(line);
			}
		}
		for (Map<String, Object> ev : events) {
			int heading = (Integer) ev.get("line");
			((List<Map<String, Object>>) ev.get("participants")).removeIf(p -> {
				int line = (Integer) p.get("line");
				return !ours.test((String) p.get("entity")) && !continuation(text, line)
						&& headings.stream().anyMatch(h -> h > heading && h <= line && reads.getOrDefault(h, Set.of()).contains(line));
			});
		}
	}

	/** Whether an event's line opens with its quote: a heading of its own, not a sentence inside a paragraph. */
	static boolean headingLine(ReportLines text, int line, String quote) {
		if (quote == null || line < 1 || line > text.lines.size()) {
			return false;
		}
		String opening = quote.strip();
		opening = opening.substring(0, Math.min(15, opening.length()));
		return !opening.isEmpty() && text.lines.get(line - 1).strip().replaceAll("\\s+", " ").startsWith(opening);
	}

	/** Whether the paragraph holding a line opens in lower case: the rest of a sentence begun elsewhere. */
	static boolean continuation(ReportLines text, int line) {
		for (ReportLines.Block b : text.blocks) {
			if (b.first() <= line && line <= b.last()) {
				return !b.text().isEmpty() && Character.isLowerCase(b.text().charAt(0));
			}
		}
		return false;
	}

	private static String key(Map<String, Object> p) {
		return p.get("entity") + "@" + p.get("line");
	}

}
