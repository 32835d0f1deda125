package mx.vinculos.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A report's chapter about one city agency is often titled with the agency's field, not its
 * name ("Gestión de Riesgos y Protección Civil" for the Secretaría de Gestión Integral de Riesgos
 * y Protección Civil), and its events then leave the actor implicit ("se participó en los cursos",
 * "Por parte de la Dirección General de …"). Such a title credits the agency at each event it
 * governs that names no city body of its own. Only a title of three or more field words that
 * spell the agency's name (one word at most left out) counts: a short title ("Turismo", "Medio
 * ambiente") names a topic many bodies work on, not one body.
 */
final class SectionAgencies {

	private SectionAgencies() {
	}

	private static final Set<String> SMALL = Set.of("de", "del", "la", "las", "el", "los", "y", "e", "en", "al", "a");

	/** The opening words of an agency's name that say what kind of body it is, not its field. */
	private static final String KIND = "^(?:secretaria|agencia|instituto|sistema|coordinacion general|consejeria)\\s+(?:de\\s+la\\s+|del\\s+|de\\s+)?";

	/** Closing words naming the city the body belongs to. */
	private static final String CITY = "\\s+(?:de\\s+la\\s+ciudad\\s+de\\s+mexico|del\\s+gobierno\\s+de\\s+la\\s+ciudad\\s+de\\s+mexico)$";

	/** A stretch of a block the drafter read as an event's text. */
	record Read(ReportLines.Block block, int from, int to) {
	}

	/**
	 * What an agency's own text says when it leaves the agency implicit: one of its units acts
	 * ("Por parte de la Dirección General de …"), an impersonal verb tells what was done ("se
	 * participó en los cursos", "se contó con el apoyo de …") or its staff is the audience
	 * ("dirigido a personal de la Secretaría").
	 */
	private static final java.util.regex.Pattern IMPLICIT = java.util.regex.Pattern.compile(
			"\\b(?:(?:[Dd]esde|[Pp]or\\s+parte\\s+de)\\s+la\\s+)?(?:Direcci[oó]n\\s+(?:General|Ejecutiva)|Subsecretar[ií]a)\\s+(?:de\\s+|del\\s+)?\\p{Lu}"
					+ "|\\b[Ss]e\\s+(?:particip[oó]|realiz(?:[oó]|aron)|llev(?:[oó]|aron)\\s+a\\s+cabo|cont[oó]\\s+con|tuvo|organiz(?:[oó]|aron)|imparti(?:[oó]|eron)|brind[oó]|asisti[oó])\\b"
					+ "|\\bpersonal\\s+de\\s+la\\s+Secretar[ií]a\\b");

	/** The span of the first implicit-actor cue in {@code text[from, to)} up to its clause's end, or null. */
	static int[] implicitActor(String text, int from, int to) {
		java.util.regex.Matcher m = IMPLICIT.matcher(text).region(from, to);
		if (!m.find()) {
			return null;
		}
		int end = m.end();
		while (end < to && end < m.start() + 100 && ",;.:".indexOf(text.charAt(end)) < 0) {
			end++;
		}
		return new int[] { m.start(), end };
	}

	/** A sidebar's page digit glued to a title ("2Gestión de Riesgos y"). */
	private static final String SIDEBAR_DIGIT = "^\\s*\\d{1,2}(?=\\p{Lu})";

	/** The title as the report writes it, without a glued sidebar digit; null if it reads as no title. */
	static String title(String block) {
		String t = block.replaceFirst(SIDEBAR_DIGIT, "").replaceAll("\\s+", " ").strip();
		if (t.isEmpty() || t.length() > 70 || t.matches(".*[.:;,()“”\"0-9].*") || !Character.isUpperCase(t.charAt(0))) {
			return null;
		}
		return t;
	}

	/** The agency whose name a section title spells, or null. */
	static Registry.Entity agencyOf(String title, Collection<Registry.Entity> agencies) {
		List<String> words = fieldWords(Fold.keepingOffsets(title));
		if (words.size() < 3) {
			return null;
		}
		Registry.Entity hit = null;
		for (Registry.Entity a : agencies) {
			String name = Fold.keepingOffsets(a.name()).replaceAll("\\s+", " ").strip();
			String field = name.replaceFirst(KIND, "").replaceFirst(CITY, "");
			if (field.equals(name)) {
				continue;
			}
			List<String> own = fieldWords(field);
			if (own.containsAll(words) && own.size() - new LinkedHashSet<>(words).size() <= 1) {
				if (hit != null) {
					return null;
				}
				hit = a;
			}
		}
		return hit;
	}

	private static List<String> fieldWords(String folded) {
		List<String> out = new ArrayList<>();
		for (String w : folded.strip().split("\\s+")) {
			if (!w.isEmpty() && !SMALL.contains(w)) {
				out.add(w);
			}
		}
		return out;
	}

	/**
	 * Credits each agency-titled section's agency at the drafted events it governs: those after
	 * the title while the section the drafter gave them stays the one it gave the first of them
	 * (its next section title ends the run), and before the next agency title.
	 */
	@SuppressWarnings("unchecked")
	static void credit(List<Map<String, Object>> events, List<List<Read>> reads, ReportLines text,
			Collection<Registry.Entity> agencies, Predicate<String> ours) {
		List<int[]> titles = new ArrayList<>();
		List<Registry.Entity> whose = new ArrayList<>();
		List<String> quotes = new ArrayList<>();
		for (ReportLines.Block b : text.blocks) {
			// a title stands on its own or closes a block the PDF glued it to (no blank line above)
			int n = b.starts().length;
			for (int j = Math.max(0, n - 2); j < n; j++) {
				String t = title(b.text().substring(b.starts()[j]));
				Registry.Entity a = t == null ? null : agencyOf(t, agencies);
				if (a != null) {
					titles.add(new int[] { b.first() + j });
					whose.add(a);
					quotes.add(t);
					break;
				}
			}
		}
		if (titles.isEmpty()) {
			return;
		}
		Map<Map<String, Object>, List<Read>> readOf = new java.util.IdentityHashMap<>();
		for (int i = 0; i < events.size() && i < reads.size(); i++) {
			readOf.put(events.get(i), reads.get(i));
		}
		List<Map<String, Object>> byLine = new ArrayList<>(events);
		byLine.sort(Comparator.comparingInt(e -> (Integer) e.get("line")));
		for (int k = 0; k < titles.size(); k++) {
			int at = titles.get(k)[0];
			int stop = k + 1 < titles.size() ? titles.get(k + 1)[0] : Integer.MAX_VALUE;
			boolean first = true;
			Object section = null;
			for (Map<String, Object> e : byLine) {
				int line = (Integer) e.get("line");
				if (line <= at) {
					continue;
				}
				if (line >= stop) {
					break;
				}
				if (first) {
					section = e.get("section");
					first = false;
				}
				else if (!Objects.equals(section, e.get("section"))) {
					break;
				}
				List<Map<String, Object>> parts = (List<Map<String, Object>>) e.get("participants");
				if (parts == null || parts.stream().anyMatch(p -> ours.test((String) p.get("entity")))) {
					continue;
				}
				// the agency is credited where its text tells what it did without naming it
				int[] cue = null;
				Read where = null;
				for (Read r : readOf.getOrDefault(e, List.of())) {
					cue = implicitActor(r.block().text(), r.from(), r.to());
					if (cue != null) {
						where = r;
						break;
					}
				}
				if (cue == null) {
					continue;
				}
				Map<String, Object> p = new LinkedHashMap<>();
				p.put("entity", whose.get(k).id());
				p.put("role", "attendee");
				p.put("line", where.block().lineAt(cue[0]));
				p.put("quote", where.block().text().substring(cue[0], cue[1]).strip());
				p.put("confidence", 0.4);
				p.put("review", Drafter.PENDING);
				parts.add(p);
			}
		}
	}

}
