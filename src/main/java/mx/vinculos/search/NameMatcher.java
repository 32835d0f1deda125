package mx.vinculos.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import mx.vinculos.graph.Names;

/**
 * How well a typed query matches a name, from 0 to 1. Exact (folded) equality scores 1; a
 * name that starts with the query, or whose words contain every query word (exactly, as a
 * prefix, or within a small edit distance) scores less, and less again the more of the
 * name the query leaves out.
 */
final class NameMatcher {

	static final Set<String> STOP = Set.of("la", "el", "los", "las", "de", "del", "y", "en", "a", "al",
			"por", "para", "the", "of", "and", "e", "o");

	private NameMatcher() {
	}

	static double score(String query, String name) {
		String q = Names.fold(query);
		String n = Names.fold(name);
		if (q.isEmpty() || n.isEmpty()) {
			return 0;
		}
		if (q.equals(n)) {
			return 1;
		}
		double best = 0;
		int whole = distance(q, n);
		if (whole <= allowedEdits(q.length())) {
			best = 0.92 - 0.04 * whole;
		}
		if (n.startsWith(q) && q.length() >= 3) {
			best = Math.max(best, 0.75 + 0.15 * q.length() / n.length());
		}
		List<String> qw = words(q);
		List<String> nw = words(n);
		if (qw.isEmpty() || nw.isEmpty()) {
			return best;
		}
		double sum = 0;
		for (String w : qw) {
			double m = 0;
			for (String x : nw) {
				m = Math.max(m, wordScore(w, x));
			}
			if (m == 0) {
				return best;
			}
			sum += m;
		}
		double coverage = Math.min(1.0, (double) qw.size() / nw.size());
		return Math.max(best, (sum / qw.size()) * (0.62 + 0.26 * coverage));
	}

	private static double wordScore(String w, String x) {
		if (w.equals(x)) {
			return 1;
		}
		if (w.length() >= 3 && x.startsWith(w)) {
			return 0.85;
		}
		int d = distance(w, x);
		return d <= allowedEdits(w.length()) ? 0.9 - 0.1 * d : 0;
	}

	static int allowedEdits(int length) {
		return length >= 8 ? 2 : length >= 4 ? 1 : 0;
	}

	static List<String> words(String folded) {
		List<String> out = new ArrayList<>();
		for (String w : folded.split(" ")) {
			if (!w.isEmpty() && !STOP.contains(w)) {
				out.add(w);
			}
		}
		return out;
	}

	/** Optimal string alignment distance (Levenshtein plus transpositions). */
	static int distance(String a, String b) {
		if (Math.abs(a.length() - b.length()) > 2) {
			return 3;
		}
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}

}
