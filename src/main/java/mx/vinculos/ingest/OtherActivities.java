package mx.vinculos.ingest;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A later paragraph of an event's body that opens with "Además,", "Asimismo,", "Finalmente,"
 * or "Entre otras actividades," tells another activity of the same office (another meeting,
 * a visit, a presentation), which the seeds record as an event of its own; its parties are
 * not the event's. The first paragraph after the heading is the event's own, whatever its
 * opening word, and so is a paragraph that points back at the event ("Asimismo, en el
 * evento participaron …").
 */
final class OtherActivities {

	private OtherActivities() {
	}

	private static final Pattern OPENS_ANOTHER = Pattern.compile(
			"(?iu)^\\W*(?:además|asimismo|por otra parte|por otro lado|entre otras actividades|de igual (?:forma|manera)|adicionalmente|finalmente)\\b");

	private static final Pattern POINTS_BACK = Pattern.compile(
			"(?iu)\\b(?:el|la|este|esta|dich[oa]|del|de la|al)\\s+(?:evento|reuni[oó]n|encuentro|foro|sesi[oó]n|taller|conversatorio|seminario|actividad|ceremonia|congreso|curso|visita|mism[oa])\\b");

	/** Drops each event's participants cited in a later body paragraph that tells another activity. */
	@SuppressWarnings("unchecked")
	static void dropFromLaterActivities(List<Map<String, Object>> events, ReportLines text) {
		for (Map<String, Object> ev : events) {
			ReportLines.Block heading = blockAt(text, (Integer) ev.get("line"));
			if (heading == null) {
				continue;
			}
			((List<Map<String, Object>>) ev.get("participants"))
				.removeIf(p -> anotherActivity(text, heading, blockAt(text, (Integer) p.get("line"))));
		}
	}

	private static boolean anotherActivity(ReportLines text, ReportLines.Block heading, ReportLines.Block paragraph) {
		if (paragraph == null || paragraph.first() <= heading.last() || !OPENS_ANOTHER.matcher(paragraph.text()).find()) {
			return false;
		}
		boolean later = text.blocks.stream().anyMatch(b -> b.first() > heading.last() && b.last() < paragraph.first());
		String firstSentence = paragraph.text().split("\\.\\s", 2)[0];
		return later && !POINTS_BACK.matcher(firstSentence).find();
	}

	private static ReportLines.Block blockAt(ReportLines text, int line) {
		for (ReportLines.Block b : text.blocks) {
			if (b.first() <= line && line <= b.last()) {
				return b;
			}
		}
		return null;
	}

}
