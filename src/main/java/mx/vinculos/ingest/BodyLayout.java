package mx.vinculos.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import mx.vinculos.graph.Names;

/**
 * Column interleaving: in some stretches of a report each event's paragraphs come before its
 * heading, not after ("En esta reunión … apoyaron la Declaración de Edimburgo." then
 * "Decimoquinta reunión de la Conferencia de las Partes (11 al 15 de octubre)"). Read as
 * blocks, a run of two or more headings with prose between them is read that way when the
 * titles share clearly more words with the prose above them than with the prose below; then
 * each heading's body is the prose between it and the heading above.
 */
final class BodyLayout {

	private BodyLayout() {
	}

	/** A paragraph of running text: long, and ending a sentence. */
	static boolean prose(ReportLines.Block b) {
		String t = b.text().strip();
		return t.length() >= 150 && t.matches("(?s).*[.”)\"]$");
	}

	/** A block with no letters ("••", a page's bullet run) stands in no run's way. */
	static boolean noise(ReportLines.Block b) {
		return b.text().chars().noneMatch(Character::isLetter);
	}

	/**
	 * For each heading (the index of the block it fills, or -1 when it shares its block
	 * with other text), the blocks [from, to) to read as its body when it stands in a run
	 * whose bodies come first, or null to keep the body after the heading.
	 */
	static int[][] bodiesBefore(List<ReportLines.Block> blocks, int[] headings, List<String> titles) {
		int[][] out = new int[headings.length][];
		int k = 0;
		while (k < headings.length) {
			if (headings[k] < 0) {
				k++;
				continue;
			}
			// a run: headings with only prose (or noise) between them
			int end = k;
			while (end + 1 < headings.length && headings[end + 1] > headings[end]
					&& onlyProse(blocks, headings[end] + 1, headings[end + 1]) > 0) {
				end++;
			}
			int opening = proseAbove(blocks, headings[k]);
			int closing = headings[end] + 1 < blocks.size() ? proseBelow(blocks, headings[end]) : 0;
			// which prose tells about each heading: the words a title shares with the prose above
			// it against those it shares with the prose below it, over the whole run
			double above = 0;
			double below = 0;
			for (int j = k; j <= end; j++) {
				int from = j == k ? headings[k] - opening : headings[j - 1] + 1;
				int to = j == end ? headings[end] + 1 + closing : headings[j + 1];
				above += shared(titles.get(j), blocks, from, headings[j]);
				below += shared(titles.get(j), blocks, headings[j] + 1, to);
			}
			if (end > k && above > below * 1.2 + 0.1) {
				// the first heading of the run may have nothing above it (right under another heading)
				out[k] = new int[] { headings[k] - opening, headings[k] };
				for (int j = k + 1; j <= end; j++) {
					out[j] = new int[] { headings[j - 1] + 1, headings[j] };
				}
			}
			k = end + 1;
		}
		return out;
	}

	/** The share of a title's content words that blocks [from, to) use. */
	static double shared(String title, List<ReportLines.Block> blocks, int from, int to) {
		Set<String> words = words(title);
		if (words.isEmpty() || from >= to) {
			return 0;
		}
		Set<String> prose = new HashSet<>();
		for (int i = Math.max(0, from); i < Math.min(to, blocks.size()); i++) {
			prose.addAll(words(blocks.get(i).text()));
		}
		return words.stream().filter(prose::contains).count() / (double) words.size();
	}

	private static Set<String> words(String s) {
		Set<String> out = new HashSet<>();
		for (String w : Names.fold(s).split(" ")) {
			if (w.length() >= 4 && !STOP.contains(w)) {
				out.add(w);
			}
		}
		return out;
	}

	private static final Set<String> STOP = Set.of("para", "como", "sobre", "entre", "este", "esta", "ciudad", "mexico",
			"desde", "hacia", "durante", "cual", "donde", "tambien", "reunion");

	/** How many prose blocks lie in [from, to) when nothing but prose and noise does; 0 otherwise. */
	private static int onlyProse(List<ReportLines.Block> blocks, int from, int to) {
		int n = 0;
		for (int i = from; i < to; i++) {
			if (prose(blocks.get(i))) {
				n++;
			}
			else if (!noise(blocks.get(i))) {
				return 0;
			}
		}
		return n;
	}

	/** The number of blocks right above {@code at} that are prose or noise, counted to the first prose one above the rest. */
	private static int proseAbove(List<ReportLines.Block> blocks, int at) {
		int i = at - 1;
		int lastProse = at;
		while (i >= 0 && (prose(blocks.get(i)) || noise(blocks.get(i))) && at - i <= 6) {
			if (prose(blocks.get(i))) {
				lastProse = i;
			}
			i--;
		}
		return at - lastProse;
	}

	private static int proseBelow(List<ReportLines.Block> blocks, int at) {
		int n = 0;
		for (int i = at + 1; i < blocks.size() && (prose(blocks.get(i)) || noise(blocks.get(i))) && i - at <= 6; i++) {
			if (prose(blocks.get(i))) {
				n++;
			}
		}
		return n;
	}

}
