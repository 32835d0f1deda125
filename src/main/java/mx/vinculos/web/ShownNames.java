package mx.vinculos.web;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Names as a reader should see them, for every page (templates reach it as {@code @shown}; the
 * briefing can call it too): aliases that differ only in case or accents are one name
 * ("UNESCO", not "UNESCO, Unesco, unesco"), and an acronym the text has in lower case
 * ("Proyecto ucci", "cdmx") is written as the graph's names and aliases write it ("UCCI").
 * The data keep every spelling (search needs them); only what is shown is folded.
 */
@Component("shown")
public class ShownNames {

	/**
	 * How long the acronyms are reused: as the start page's counts ({@link GraphOverview}), a
	 * report published a moment ago shows its acronyms within a second.
	 */
	private static final long TTL_NANOS = GraphOverview.TTL_NANOS;

	/** Acronym-looking names: capitals and digits, as the graph spells them. */
	private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z0-9&]{1,11}");

	/**
	 * Lower-case words never taken for an acronym, though one is spelled like them: English
	 * and Spanish words that appear in event names ("who" is also the WHO).
	 */
	private static final Set<String> WORDS = Set.of("who", "pur", "fes", "ste", "unt", "ime", "sol", "red", "mar", "paz",
			"ley", "oro", "con", "una", "los", "las", "del", "por", "sin", "que", "mas", "san", "rio");

	private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}])[\\p{Ll}][\\p{Ll}\\p{N}&]*(?![\\p{L}\\p{N}])");

	private final Neo4jClient client;

	private volatile Map<String, String> acronyms;

	private volatile long loadedAt;

	public ShownNames(Neo4jClient client) {
		this.client = client;
	}

	/** A name or a sentence with its lower-case acronyms written as the graph writes them. */
	public String text(Object value) {
		if (value == null) {
			return "";
		}
		String s = String.valueOf(value);
		Map<String, String> known = acronyms();
		if (known.isEmpty()) {
			return s;
		}
		Matcher m = WORD.matcher(s);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String upper = known.get(m.group());
			m.appendReplacement(out, Matcher.quoteReplacement(upper != null ? upper : m.group()));
		}
		m.appendTail(out);
		return out.toString();
	}

	/**
	 * The aliases worth showing next to {@code name}: one per spelling that differs in more
	 * than case or accents, none equal to the name itself, each written in its best form (the
	 * one with accents, then the one with capitals: "UNESCO", "Secretaría", "SEMOVI").
	 */
	public List<String> aliases(Object name, Object aliases) {
		if (!(aliases instanceof Collection<?> all) || all.isEmpty()) {
			return List.of();
		}
		String self = name == null ? null : fold(String.valueOf(name));
		Map<String, String> best = new LinkedHashMap<>();
		for (Object a : all) {
			if (a == null || String.valueOf(a).isBlank()) {
				continue;
			}
			String alias = text(String.valueOf(a).strip());
			String key = fold(alias);
			if (key.equals(self)) {
				continue;
			}
			best.merge(key, alias, (x, y) -> better(y, x) ? y : x);
		}
		return new ArrayList<>(best.values());
	}

	/** The aliases of {@link #aliases} joined for a line ("UCCI, Unión de Ciudades…"). */
	public String aliasLine(Object name, Object aliases) {
		return String.join(", ", aliases(name, aliases));
	}

	/** Case, accents and punctuation aside: what two spellings of one name share. */
	public static String fold(String s) {
		String n = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return n.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}

	/** Whether spelling {@code a} shows better than {@code b}: more accents, then more capitals. */
	private static boolean better(String a, String b) {
		int accents = marks(a) - marks(b);
		if (accents != 0) {
			return accents > 0;
		}
		return capitals(a) > capitals(b);
	}

	private static int marks(String s) {
		return Normalizer.normalize(s, Normalizer.Form.NFD).length() - s.length();
	}

	private static int capitals(String s) {
		return (int) s.chars().filter(Character::isUpperCase).count();
	}

	/** Lower-case form to the graph's spelling, for acronyms of 3 or more characters (or with a digit). */
	Map<String, String> acronyms() {
		Map<String, String> known = this.acronyms;
		if (known != null && System.nanoTime() - this.loadedAt < TTL_NANOS) {
			return known;
		}
		Map<String, String> out = new HashMap<>();
		try {
			for (Map<String, Object> m : this.client.query("""
					MATCH (n:Entity)
					UNWIND coalesce(n.aliases, []) + [n.name] AS a
					WITH DISTINCT a WHERE a =~ '[A-Z][A-Z0-9&]{1,11}'
					RETURN a""").fetch().all()) {
				String a = String.valueOf(m.get("a"));
				String lower = a.toLowerCase(Locale.ROOT);
				if (ACRONYM.matcher(a).matches() && (a.length() >= 3 || a.matches(".*\\d.*")) && !WORDS.contains(lower)) {
					out.put(lower, a);
				}
			}
		}
		catch (RuntimeException ex) {
			// no graph yet (starting up): names are shown as they are
			return Map.of();
		}
		this.acronyms = Map.copyOf(out);
		this.loadedAt = System.nanoTime();
		return this.acronyms;
	}

}
