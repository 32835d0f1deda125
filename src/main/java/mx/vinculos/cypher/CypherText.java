package mx.vinculos.cypher;

import java.util.Locale;
import java.util.Set;

/**
 * What can be told from a query's text before Neo4j sees it: its leading {@code EXPLAIN} or
 * {@code PROFILE}, and rough measures of how hard it is to plan. Strings, quoted names and
 * comments are skipped, so a name such as {@code 'Ciencia OR Arte'} counts for nothing.
 *
 * @param mode {@code EXPLAIN}, {@code PROFILE} or null
 * @param body the query without that keyword
 * @param booleanTerms how many {@code AND}/{@code OR}/{@code XOR}/{@code NOT} it has: the planner's
 * work grows much faster than their count (measured: 3,000 OR terms planned for 13 s, 60,000
 * for over 10 minutes, and planning does not stop at the deadline)
 * @param clauses how many reading clauses ({@code MATCH}, {@code WITH}, {@code CALL}...) it has
 * @param operators how many arithmetic and equality operators it has: the parser and planner
 * hash and rewrite each nested term again, so their work grows with the square of the count
 * (measured on a busy machine: 1,000 {@code +} took 9 s, 5,000 over a minute)
 * @param depth how deeply its parentheses, brackets and braces nest (500 levels: over a minute)
 */
record CypherText(String mode, String body, int booleanTerms, int clauses, int operators, int depth) {

	private static final Set<String> BOOLEANS = Set.of("AND", "OR", "XOR", "NOT");

	private static final Set<String> CLAUSES = Set.of("MATCH", "WITH", "UNWIND", "CALL", "UNION", "RETURN", "FOREACH",
			"LOAD", "MERGE", "CREATE");

	static CypherText of(String query) {
		int booleans = 0;
		int clauses = 0;
		int operators = 0;
		int depth = 0;
		int deepest = 0;
		String mode = null;
		int modeEnd = 0;
		boolean first = true;
		int n = query.length();
		int i = 0;
		while (i < n) {
			char c = query.charAt(i);
			if (c == '\'' || c == '"' || c == '`') {
				i = skipQuoted(query, i, c);
				first = false;
			}
			else if (c == '/' && i + 1 < n && query.charAt(i + 1) == '/') {
				while (i < n && query.charAt(i) != '\n') {
					i++;
				}
			}
			else if (c == '/' && i + 1 < n && query.charAt(i + 1) == '*') {
				int end = query.indexOf("*/", i + 2);
				i = end < 0 ? n : end + 2;
			}
			else if (Character.isLetter(c) || c == '_') {
				int start = i;
				while (i < n && (Character.isLetterOrDigit(query.charAt(i)) || query.charAt(i) == '_')) {
					i++;
				}
				boolean property = start > 0 && query.charAt(start - 1) == '.';
				String word = query.substring(start, i).toUpperCase(Locale.ROOT);
				if (first && (word.equals("EXPLAIN") || word.equals("PROFILE"))) {
					mode = word;
					modeEnd = i;
				}
				else if (!property && BOOLEANS.contains(word)) {
					booleans++;
				}
				else if (!property && CLAUSES.contains(word)) {
					clauses++;
				}
				first = false;
			}
			else {
				if (!Character.isWhitespace(c)) {
					first = false;
				}
				if (c == '(' || c == '[' || c == '{') {
					deepest = Math.max(deepest, ++depth);
				}
				else if (c == ')' || c == ']' || c == '}') {
					depth = Math.max(0, depth - 1);
				}
				else if ("+*/%^=".indexOf(c) >= 0 || (c == '-' && !inPattern(query, i))) {
					operators++;
				}
				i++;
			}
		}
		return new CypherText(mode, mode == null ? query : query.substring(modeEnd), booleans, clauses, operators,
				deepest);
	}

	/** A dash next to a bracket, an arrow head or another dash draws a relationship, not a minus. */
	private static boolean inPattern(String s, int at) {
		return "()[]<>-".indexOf(neighbour(s, at, -1)) >= 0 || "()[]<>-".indexOf(neighbour(s, at, 1)) >= 0;
	}

	private static char neighbour(String s, int at, int step) {
		for (int j = at + step; j >= 0 && j < s.length(); j += step) {
			if (!Character.isWhitespace(s.charAt(j))) {
				return s.charAt(j);
			}
		}
		return ' ';
	}

	private static int skipQuoted(String s, int i, char quote) {
		int j = i + 1;
		while (j < s.length()) {
			char c = s.charAt(j);
			if (c == '\\' && quote != '`') {
				j += 2;
				continue;
			}
			if (c == quote) {
				if (quote == '`' && j + 1 < s.length() && s.charAt(j + 1) == '`') {
					j += 2;
					continue;
				}
				return j + 1;
			}
			j++;
		}
		return s.length();
	}

}
