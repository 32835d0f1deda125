package mx.vinculos.seed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import mx.vinculos.graph.Names;

/**
 * The truth-pass rules that keep known classes of curation errors out of the seeds: aliases
 * that are notes or that no report uses, duplicate edges, contradicting roles, likely
 * duplicate entities nobody judged, curator notes in English. {@code tools/seedcheck.py}
 * implements the same rules with the same thresholds; keep them in step.
 */
final class SeedLint {

	private SeedLint() {
	}

	/** Dropped before names are compared: they carry no identity. */
	static final Set<String> STOP = Set.of("de", "del", "la", "las", "el", "los", "y", "e", "en", "a", "al", "para",
			"por", "the", "of", "and", "for", "in", "on", "at");

	/** English function words and words common in curators' notes: none of them is a Spanish word. */
	static final Set<String> EN_WORDS = Set.of("the", "and", "of", "is", "are", "was", "were", "with", "not", "which",
			"from", "this", "that", "by", "as", "to", "its", "it", "be", "has", "have", "only", "also", "but", "or",
			"an", "at", "on", "who", "where", "when", "their", "there", "than", "because", "held", "through", "into",
			"after", "before", "per", "donor", "donors", "recipient", "recipients", "venue", "counterpart",
			"counterparts", "host", "hosts", "partner", "partners", "funder", "sponsor", "authorities", "meeting",
			"report", "heading", "body", "attendees", "participants", "government", "unnamed",
			"mentioned", "named", "taken", "given", "assumed", "year", "none");

	static final Set<String> NOTE_WORDS = Set.of("ambiguous", "see", "note", "would", "should", "todo", "fixme");

	private static final Pattern NOTE_CHARS = Pattern.compile("[()\\[\\];]");

	private static final Pattern SENTENCE_END = Pattern.compile("[a-záéíóúñ]{3,}\\.$");

	private static final Pattern QUOTED = Pattern.compile("“[^”]*”|\"[^\"]*\"|'[^']*'|«[^»]*»|\\([^)]*\\)");

	private static final Pattern ACRONYM = Pattern.compile("[a-z]{3,8}");

	static List<String> tokens(String name) {
		List<String> out = new ArrayList<>();
		for (String t : Names.fold(name).split(" ")) {
			if (!t.isEmpty() && !STOP.contains(t)) {
				out.add(t);
			}
		}
		return out;
	}

	/** Why an alias is not a name (a note, a sentence), or null. */
	static String aliasProblem(String alias) {
		Set<String> words = new HashSet<>(List.of(Names.fold(alias).split(" ")));
		if (NOTE_CHARS.matcher(alias).find() || words.stream().anyMatch(NOTE_WORDS::contains)) {
			return "alias looks like a note (parentheses, brackets, semicolons or note words): put it in note";
		}
		if (alias.strip().split("\\s+").length > 20 || SENTENCE_END.matcher(alias).find()) {
			return "alias looks like a sentence: put it in note";
		}
		return null;
	}

	/**
	 * A curator note written in English, by a heuristic: outside quoted and parenthesised
	 * text (names, titles the report gives), any English function word.
	 */
	static boolean english(String text) {
		if (text == null) {
			return false;
		}
		for (String w : Names.fold(QUOTED.matcher(text).replaceAll(" ")).split(" ")) {
			if (EN_WORDS.contains(w)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Pairs of registry entries that may be one thing, with why: equal names once stop words
	 * are dropped, a short name that spells another's initials, or names sharing at least 60 %
	 * of their words. Types are not compared: a thing filed under the wrong type is one of
	 * the errors this is for. Keys are "a|b" with a &lt; b.
	 */
	static Map<String, String> duplicateCandidates(Map<String, List<String>> namesById) {
		Map<String, String> pairs = new TreeMap<>();
		Map<String, Set<String>> byKey = new LinkedHashMap<>();
		Map<String, Set<String>> byInitials = new HashMap<>();
		Map<String, List<Set<String>>> sets = new TreeMap<>();
		namesById.forEach((id, names) -> {
			List<Set<String>> s = new ArrayList<>();
			for (String n : names) {
				List<String> t = tokens(n);
				if (!t.isEmpty()) {
					byKey.computeIfAbsent(String.join(" ", t), k -> new java.util.TreeSet<>()).add(id);
				}
				if (t.size() >= 3) {
					StringBuilder initials = new StringBuilder();
					t.forEach(w -> initials.append(w.charAt(0)));
					byInitials.computeIfAbsent(initials.toString(), k -> new java.util.TreeSet<>()).add(id);
				}
				s.add(new LinkedHashSet<>(t));
			}
			sets.put(id, s);
		});
		byKey.forEach((key, ids) -> {
			List<String> l = new ArrayList<>(ids);
			for (int i = 0; i < l.size(); i++) {
				for (int j = i + 1; j < l.size(); j++) {
					pairs.putIfAbsent(l.get(i) + "|" + l.get(j), "same words '" + key + "'");
				}
			}
		});
		namesById.forEach((id, names) -> {
			for (String n : names) {
				String f = Names.fold(n);
				if (ACRONYM.matcher(f).matches()) {
					for (String other : byInitials.getOrDefault(f, Set.of())) {
						if (!other.equals(id)) {
							pairs.putIfAbsent(pairKey(id, other), "acronym '" + f + "'");
						}
					}
				}
			}
		});
		List<String> ids = new ArrayList<>(sets.keySet());
		for (int i = 0; i < ids.size(); i++) {
			for (int j = i + 1; j < ids.size(); j++) {
				String key = ids.get(i) + "|" + ids.get(j);
				if (pairs.containsKey(key)) {
					continue;
				}
				search: for (Set<String> x : sets.get(ids.get(i))) {
					if (x.size() < 2) {
						continue;
					}
					for (Set<String> y : sets.get(ids.get(j))) {
						if (y.size() < 2) {
							continue;
						}
						Set<String> both = new java.util.TreeSet<>(x);
						both.retainAll(y);
						Set<String> either = new LinkedHashSet<>(x);
						either.addAll(y);
						if (both.size() * 5 >= 3 * either.size()) {
							pairs.put(key, "shared words '" + String.join(" ", both) + "'");
							break search;
						}
					}
				}
			}
		}
		return pairs;
	}

	static String pairKey(String a, String b) {
		return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
	}

	/**
	 * Remembers the edges and roles of one report as they are read, and says when one
	 * repeats (same type, ends and line) or contradicts another (a party both present and
	 * represented at one event).
	 */
	static final class Tracker {

		/** A repeat or contradiction: its bundle key ({@code seed.problem.<key>}), English reason and arguments. */
		record Finding(String key, String reason, Object... args) {
		}

		private final Map<String, String> edges = new HashMap<>();

		private final Map<String, Map<String, String>> roles = new HashMap<>();

		Finding edge(String where, String type, String from, String to, Object line, boolean symmetric) {
			String ends = symmetric ? pairKey(from, to) : from + "|" + to;
			String previous = this.edges.putIfAbsent(type + "|" + ends + "|" + line, where);
			return previous == null ? null
					: new Finding("duplicateEdge", "duplicate edge " + type + " " + from + " -> " + to + " at line "
							+ line + " (also " + previous + ")", type, from, to, line, previous);
		}

		Finding role(String where, String event, String who, String role) {
			Map<String, String> seen = this.roles.computeIfAbsent(event + "|" + who, k -> new LinkedHashMap<>());
			Finding problem = null;
			for (Map.Entry<String, String> other : seen.entrySet()) {
				if (role != null && !role.equals(other.getKey())
						&& ("represented".equals(role) || "represented".equals(other.getKey()))) {
					problem = new Finding("contradictingRoles", "contradicting roles of " + who + " at " + event + ": "
							+ role + " and " + other.getKey() + " (" + other.getValue() + ")", who, event, role,
							other.getKey(), other.getValue());
				}
			}
			if (role != null) {
				seen.putIfAbsent(role, where);
			}
			return problem;
		}

	}

}
