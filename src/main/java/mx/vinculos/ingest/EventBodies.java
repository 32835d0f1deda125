package mx.vinculos.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mx.vinculos.graph.Names;

/**
 * Which paragraphs of a report tell about which event heading. The PDF text of a report
 * interleaves columns and pages, so a paragraph does not always stand under its heading:
 * <ul>
 * <li><b>Layout.</b> In some stretches each event's paragraphs come before its heading, in
 * others after it. Each heading votes for the side whose paragraphs share more of its
 * distinctive title words (weighted by how rare a word is in the report); the votes of the
 * neighbouring headings are summed, because a stretch keeps one layout.</li>
 * <li><b>Broken paragraphs.</b> A paragraph that opens in lower case ("primera fase de
 * atención, se visitaron …") goes on from a paragraph that stopped mid-sentence ("… En la"),
 * the nearest one still waiting for its end; it belongs where that one belongs.</li>
 * <li><b>Displaced paragraphs.</b> A paragraph that follows one stopped mid-sentence but
 * does not go on from it comes from another column or page: it and the paragraphs after it
 * (to the next heading) belong to the nearby event whose own text shares its rarest words
 * ("Fifa"), and to no event when none clearly does.</li>
 * <li><b>Stacked headings.</b> Headings with no text between them tell their bodies in the
 * same order on the layout's side; each paragraph goes to the heading its words and references
 * ("Dicho Congreso", "El Simposio") point to, never going back.</li>
 * <li><b>Orphans.</b> A paragraph no event took (section titles on both sides) goes to the
 * nearby event sharing its rarest words, as a displaced run does.</li>
 * <li><b>Course sheet runs.</b> Each sheet of a run reads its group's label and the paragraph
 * opening the run ({@link #sheetContext}).</li>
 * <li><b>Unknown headings.</b> A short line that reads as a heading but is no event the
 * drafter found (a section title, an undated heading) keeps the paragraphs on its side of the
 * layout to itself.</li>
 * </ul>
 */
final class EventBodies {

	private EventBodies() {
	}

	/** Per heading, the blocks to read as its body (null: keep what it had); and every block given to a heading. */
	record Result(List<List<Integer>> bodies, Set<Integer> claimed, boolean[] before) {
	}

	/** Most of a before-layout body, counted from the heading up (a long gap goes on about other things). */
	static int BEFORE_CHARS = Integer.getInteger("vinculos.ingest.before-chars", 3000);

	private static final Pattern FINAL = Pattern.compile("(?s).*[.!?:;…”\"»)]\\s*$");

	/** A sidebar page digit glued to the first word ("2primera fase"), an opening parenthesis. */
	private static final Pattern LEAD = Pattern.compile("^(?:\\d(?=[\\p{L}(]))?\\(?");

	enum Kind {
		HEADING, NOISE, BARRIER, TEXT
	}

	/**
	 * @param headingBlock per heading (in report order), the index of its block
	 * @param fixed per heading, true when the heading shares its block with other text: its
	 * body is left as it was (only blocks claimed by other headings are taken from it)
	 */
	static Result attribute(List<ReportLines.Block> blocks, int[] headingBlock, boolean[] fixed, List<String> titles,
			int afterChars) {
		int n = headingBlock.length;
		Kind[] kind = new Kind[blocks.size()];
		Set<Integer> headingSet = new HashSet<>();
		for (int b : headingBlock) {
			headingSet.add(b);
		}
		for (int i = 0; i < blocks.size(); i++) {
			kind[i] = headingSet.contains(i) ? Kind.HEADING : classify(blocks, i);
		}
		Words words = new Words(blocks);
		// ---- broken paragraphs: continuation -> the block it goes on from
		Map<Integer, Integer> continues = pairContinuations(blocks, kind);
		// ---- displaced runs: a fresh paragraph after one stopped mid-sentence (and not continued)
		Set<Integer> displaced = new HashSet<>();
		Set<Integer> trailing = new HashSet<>();
		for (int i = 0; i < blocks.size(); i++) {
			if (kind[i] != Kind.TEXT || continues.containsKey(i)) {
				continue;
			}
			int p = previousText(kind, i);
			if (p >= 0 && kind[p] == Kind.TEXT && unfinished(blocks.get(p))
					&& !displaced.contains(p) && noHeadingBetween(kind, p, i)) {
				displaced.add(i);
				// the paragraphs after it, to the next heading, may be from that column too: one
				// stays with the event the layout gives it only when it shares words with its title
				for (int j = i + 1; j < blocks.size() && kind[j] != Kind.HEADING && kind[j] != Kind.BARRIER; j++) {
					if (kind[j] == Kind.TEXT && !continues.containsKey(j)) {
						trailing.add(j);
					}
				}
			}
		}
		// ---- layout votes
		double[] vote = new double[n];
		for (int k = 0; k < n; k++) {
			List<Integer> above = segmentAbove(kind, headingBlock[k], continues, displaced, 4);
			List<Integer> below = segmentBelow(kind, headingBlock[k], continues, displaced, 4);
			vote[k] = words.affinity(titles.get(k), blocks, above) - words.affinity(titles.get(k), blocks, below);
		}
		boolean[] before = new boolean[n];
		double[] w = { 1, 0.6, 0.4, 0.2 };
		for (int k = 0; k < n; k++) {
			double m = 0;
			for (int d = -3; d <= 3; d++) {
				if (k + d >= 0 && k + d < n) {
					m += w[Math.abs(d)] * vote[k + d];
				}
			}
			before[k] = m > 0.05;
		}
		// ---- owners of plain blocks, gap by gap
		int[] owner = new int[blocks.size()];
		java.util.Arrays.fill(owner, -1);
		for (int gap = -1; gap < n; gap++) {
			int k = gap;
			int from = k < 0 ? 0 : headingBlock[k] + 1;
			int to = k + 1 < n ? headingBlock[k + 1] : blocks.size();
			if (from >= to) {
				continue;
			}
			boolean upWants = k >= 0 && !before[k];
			boolean downWants = k + 1 < n && before[k + 1];
			// the first and last segments of the gap, split by unknown headings
			List<Integer> first = new ArrayList<>();
			List<Integer> last = new ArrayList<>();
			boolean barrier = false;
			for (int i = from; i < to; i++) {
				if (kind[i] == Kind.BARRIER) {
					barrier = true;
					last.clear();
					continue;
				}
				if (kind[i] != Kind.TEXT || continues.containsKey(i) || displaced.contains(i)) {
					continue;
				}
				if (!barrier) {
					first.add(i);
				}
				last.add(i);
			}
			if (barrier) {
				if (upWants) {
					first.forEach(i -> owner[i] = k);
				}
				if (downWants) {
					last.forEach(i -> owner[i] = k + 1);
				}
			}
			else if (upWants && downWants) {
				// both claim the gap: split where the title words say
				int s = split(words, blocks, first, titles.get(k), titles.get(k + 1));
				for (int j = 0; j < first.size(); j++) {
					owner[first.get(j)] = j < s ? k : k + 1;
				}
			}
			else if (upWants || downWants) {
				int o = upWants ? k : k + 1;
				first.forEach(i -> owner[i] = o);
			}
		}
		for (int i : trailing) {
			if (owner[i] >= 0 && !displaced.contains(i)
					&& words.affinity(titles.get(owner[i]), blocks, List.of(i)) == 0) {
				owner[i] = -1;
			}
		}
		stacks(blocks, kind, headingBlock, fixed, titles, before, owner, continues, displaced, words);
		// ---- displaced runs go to the nearby event whose own text shares their rarest words
		List<Set<String>> eventWords = new ArrayList<>();
		for (int k = 0; k < n; k++) {
			Set<String> ws = new HashSet<>(Words.of(titles.get(k)));
			for (int i = 0; i < blocks.size(); i++) {
				if (owner[i] == k) {
					ws.addAll(Words.of(blocks.get(i).text()));
				}
			}
			eventWords.add(ws);
		}
		// blocks given by their words, not by where they stand: no length bound drops them
		Set<Integer> matched = new HashSet<>();
		for (List<Integer> run : runs(displaced, kind)) {
			int best = byWords(run, blocks, headingBlock, titles, eventWords, words);
			if (best >= 0) {
				for (int i : run) {
					owner[i] = best;
					matched.add(i);
				}
				// the paragraphs after the run that no event's words kept ("Acompañando a la Jefa de
				// Gobierno asistieron …") go on telling the same event
				for (int j = run.get(run.size() - 1) + 1; j < blocks.size() && kind[j] != Kind.HEADING
						&& kind[j] != Kind.BARRIER; j++) {
					if (kind[j] != Kind.TEXT || continues.containsKey(j)) {
						continue;
					}
					if (!trailing.contains(j) || owner[j] >= 0) {
						break;
					}
					owner[j] = best;
					matched.add(j);
					if (!FINAL.matcher(blocks.get(j).text().strip()).matches()) {
						break; // a heading glued to its end
					}
				}
			}
		}
		// ---- a paragraph no event took (cut off by section titles, far from its heading) goes to
		// the nearby event whose own text shares its rarest words ("Embajadoras"), if one clearly does
		for (int i = 0; i < blocks.size(); i++) {
			if (kind[i] == Kind.TEXT && owner[i] < 0 && !continues.containsKey(i) && !displaced.contains(i)) {
				int best = byWords(List.of(i), blocks, headingBlock, titles, eventWords, words);
				if (best >= 0) {
					owner[i] = best;
					matched.add(i);
				}
			}
		}
		// ---- continuations follow the block they go on from
		for (int round = 0; round < 3; round++) {
			for (Map.Entry<Integer, Integer> c : continues.entrySet()) {
				owner[c.getKey()] = owner[c.getValue()];
			}
		}
		continuationTrails(blocks, kind, titles, owner, continues, matched, words);
		// ---- bodies, each in report order, bounded
		List<List<Integer>> bodies = new ArrayList<>();
		Set<Integer> claimed = new HashSet<>();
		for (int k = 0; k < n; k++) {
			if (fixed[k]) {
				bodies.add(null);
				continue;
			}
			List<Integer> mine = new ArrayList<>();
			for (int i = 0; i < blocks.size(); i++) {
				if (owner[i] == k) {
					mine.add(i);
				}
			}
			// each side on its own: a displaced paragraph brought from the other side takes nothing from the layout's side
			int hb = headingBlock[k];
			List<Integer> placed = mine.stream().filter(i -> !matched.contains(root(continues, i))).toList();
			Set<Integer> keep = new HashSet<>(bounded(blocks, placed.stream().filter(i -> i < hb).toList(), hb,
					before[k] ? BEFORE_CHARS : afterChars));
			keep.addAll(bounded(blocks, placed.stream().filter(i -> i > hb).toList(), hb, afterChars));
			String title = titles.get(k);
			mine = mine.stream().filter(i -> keep.contains(i) || matched.contains(root(continues, i))
					|| namesItsParticipants(blocks.get(i).text(), title)).toList();
			claimed.addAll(mine);
			bodies.add(mine);
		}
		return new Result(bodies, claimed, before);
	}


	/**
	 * Headings stacked one after another with no text between them ("Tercer Congreso …", "Campaña
	 * …", "Primer Simposio …") tell their bodies in the same order on the layout's side: the
	 * paragraphs the gap gave to the stack's nearest heading are shared among the stack, each
	 * paragraph to the heading its words point to ("Dicho Congreso", "El Simposio"), in order. A
	 * paragraph whose words point nowhere stays with the heading of the paragraph before it.
	 */
	private static void stacks(List<ReportLines.Block> blocks, Kind[] kind, int[] headingBlock, boolean[] fixed,
			List<String> titles, boolean[] before, int[] owner, Map<Integer, Integer> continues, Set<Integer> displaced,
			Words words) {
		int n = headingBlock.length;
		for (int k = 0; k < n;) {
			int e = k;
			while (e + 1 < n && !fixed[e] && !fixed[e + 1] && headingBlock[e + 1] > headingBlock[e]
					&& noTextBetween(kind, headingBlock[e], headingBlock[e + 1])) {
				e++;
			}
			if (e > k) {
				List<String> stack = titles.subList(k, e + 1);
				if (before[k]) {
					List<Integer> seg = new ArrayList<>();
					for (int i = 0; i < headingBlock[k]; i++) {
						if (owner[i] == k && !continues.containsKey(i) && !displaced.contains(i)) {
							seg.add(i);
						}
					}
					int[] to = stackOrder(words, blocks, seg, stack);
					for (int j = 0; j < seg.size(); j++) {
						owner[seg.get(j)] = k + to[j];
					}
				}
				if (!before[e]) {
					List<Integer> seg = new ArrayList<>();
					for (int i = headingBlock[e] + 1; i < blocks.size(); i++) {
						if (owner[i] == e && !continues.containsKey(i) && !displaced.contains(i)) {
							seg.add(i);
						}
					}
					int[] to = stackOrder(words, blocks, seg, stack);
					for (int j = 0; j < seg.size(); j++) {
						owner[seg.get(j)] = k + to[j];
					}
				}
			}
			k = e + 1;
		}
	}

	/**
	 * The paragraphs of a stack to its titles in the titles' order, or in the reverse order when
	 * the words fit that far better: a column's headings may be stacked bottom-up, the
	 * "Declaratoria …" heading under the "Diálogo regional …" one while its paragraph comes
	 * first.
	 */
	static int[] stackOrder(Words words, List<ReportLines.Block> blocks, List<Integer> paragraphs, List<String> titles) {
		int[] forward = inOrder(words, blocks, paragraphs, titles);
		List<String> reversed = new ArrayList<>(titles);
		java.util.Collections.reverse(reversed);
		int[] backward = inOrder(words, blocks, paragraphs, reversed);
		for (int i = 0; i < backward.length; i++) {
			backward[i] = titles.size() - 1 - backward[i];
		}
		double f = 0;
		double b = 0;
		for (int i = 0; i < paragraphs.size(); i++) {
			f += fit(words, blocks, paragraphs.get(i), titles.get(forward[i]));
			b += fit(words, blocks, paragraphs.get(i), titles.get(backward[i]));
		}
		// better by at least a whole paragraph that fits one title (each fit is at most 2)
		return b > f + 1 ? backward : forward;
	}

	private static double fit(Words words, List<ReportLines.Block> blocks, int paragraph, String title) {
		return words.affinity(title, blocks, List.of(paragraph))
				+ Math.min(1, 0.5 * referred(blocks.get(paragraph).text(), title).size());
	}

	/**
	 * Each paragraph (in order) to one of the titles (in order), never going back: the most
	 * title words overall; a paragraph pointing nowhere stays with the title before it.
	 */
	static int[] inOrder(Words words, List<ReportLines.Block> blocks, List<Integer> paragraphs, List<String> titles) {
		int p = paragraphs.size();
		int t = titles.size();
		int[] out = new int[p];
		if (p == 0) {
			return out;
		}
		double[][] score = new double[p][t];
		for (int i = 0; i < p; i++) {
			for (int j = 0; j < t; j++) {
				score[i][j] = fit(words, blocks, paragraphs.get(i), titles.get(j));
			}
		}
		// best[i][j]: the best total for paragraphs 0..i with paragraph i on title j; a small
		// cost per paragraph and title index keeps a paragraph pointing nowhere with the title before it
		double step = 1e-3;
		double[][] best = new double[p][t];
		int[][] from = new int[p][t];
		for (int j = 0; j < t; j++) {
			best[0][j] = score[0][j] - step * j;
		}
		for (int i = 1; i < p; i++) {
			for (int j = 0; j < t; j++) {
				int arg = 0;
				for (int q = 1; q <= j; q++) {
					if (best[i - 1][q] > best[i - 1][arg] + 1e-12) {
						arg = q;
					}
				}
				from[i][j] = arg;
				best[i][j] = best[i - 1][arg] + score[i][j] - step * j;
			}
		}
		int j = 0;
		for (int q = 1; q < t; q++) {
			if (best[p - 1][q] > best[p - 1][j] + 1e-12) {
				j = q;
			}
		}
		for (int i = p - 1; i >= 0; i--) {
			out[i] = j;
			j = from[i][j];
		}
		return out;
	}

	/** "el Congreso", "Dicho Simposio", "la campaña": a determiner and a noun that points back to an event. */
	private static final Pattern REFERENCE = Pattern.compile(
			"(?i)\\b(?:el|la|los|las|del|al|dich[oa]s?|est[ea]s?|ese|esa|mism[oa])\\s+(\\p{L}{4,})\\b");

	/** The title's words the text refers to with a determiner ("el Congreso" for "Tercer Congreso de …"). */
	static Set<String> referred(String text, String title) {
		Set<String> tw = Words.of(title);
		Set<String> out = new HashSet<>();
		java.util.regex.Matcher m = REFERENCE.matcher(text);
		while (m.find()) {
			String w = Names.fold(m.group(1));
			if (tw.contains(w)) {
				out.add(w);
			}
		}
		return out;
	}

	private static boolean noTextBetween(Kind[] kind, int from, int to) {
		for (int j = from + 1; j < to; j++) {
			if (kind[j] == Kind.TEXT || kind[j] == Kind.BARRIER) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The nearby event (eight headings either way) whose title and paragraphs share the run's
	 * rarest words, or its references ("El Simposio"), by a clear margin; -1 when none does.
	 */
	private static int byWords(List<Integer> run, List<ReportLines.Block> blocks, int[] headingBlock, List<String> titles,
			List<Set<String>> eventWords, Words words) {
		int n = headingBlock.length;
		Set<String> rw = new HashSet<>();
		run.forEach(i -> rw.addAll(Words.of(blocks.get(i).text())));
		String runText = String.join(" ", run.stream().map(i -> blocks.get(i).text()).toList());
		int nearest = nearestHeading(headingBlock, run.get(0));
		int best = -1;
		double bestScore = 0;
		double second = 0;
		for (int k = Math.max(0, nearest - 8); k < Math.min(n, nearest + 9); k++) {
			double s = 0;
			for (String x : rw) {
				if (eventWords.get(k).contains(x) && words.df(x) <= 4) {
					s += words.idf(x);
				}
			}
			// "El Simposio tuvo como objetivo …" points back to the "Primer Simposio …" heading
			for (String x : referred(runText, titles.get(k))) {
				s += words.df(x) <= 4 ? words.idf(x) : 0.5 * words.idf(x);
			}
			if (s > bestScore) {
				second = bestScore;
				bestScore = s;
				best = k;
			}
			else if (s > second) {
				second = s;
			}
		}
		return best >= 0 && bestScore >= 2 * words.maxIdf() * 0.6 && bestScore >= 2 * second ? best : -1;
	}

	/**
	 * A paragraph continued across a heading from where it began ("… expusieron su interés en
	 * coadyuvar en la generación de estrategias, a" / " 2través de apoyo técnico …") brought its
	 * column along: a paragraph after the continuation, to the next heading, goes on telling its
	 * event when it shares more of that event's title words than of the title the layout gave
	 * it to ("La implementación y el seguimiento de la Acción Social …"), or shares none of
	 * either and refers back to an event ("En el evento también estuvieron presentes …"). One
	 * sharing more of the other title ends the trail. Given by where they follow, not by
	 * distance: no length bound drops them.
	 */
	static void continuationTrails(List<ReportLines.Block> blocks, Kind[] kind, List<String> titles, int[] owner,
			Map<Integer, Integer> continues, Set<Integer> matched, Words words) {
		for (Map.Entry<Integer, Integer> c : continues.entrySet()) {
			int o = owner[c.getKey()];
			// the next block of the same column is no displaced continuation
			if (o < 0 || noHeadingBetween(kind, c.getValue(), c.getKey())) {
				continue;
			}
			for (int j = c.getKey() + 1; j < blocks.size() && kind[j] != Kind.HEADING && kind[j] != Kind.BARRIER; j++) {
				if (kind[j] != Kind.TEXT || owner[j] == o) {
					continue;
				}
				if (continues.containsKey(j)) {
					break;
				}
				double mine = words.shared(titles.get(o), blocks.get(j).text());
				double theirs = owner[j] < 0 ? 0 : words.shared(titles.get(owner[j]), blocks.get(j).text());
				if (mine > theirs || (mine == 0 && theirs == 0 && BACK_REFERENCE.matcher(blocks.get(j).text()).find())) {
					owner[j] = o;
					matched.add(j);
				}
				else if (theirs > 0) {
					break;
				}
			}
		}
	}

	/** "En el evento también …", "Durante la reunión …", "En dicho encuentro …": a paragraph opening on an event told before. */
	private static final Pattern BACK_REFERENCE = Pattern.compile("^\\s*(?:En|Durante|Dentro de|A lo largo de|Tras)\\s+"
			+ "(?:el|la|este|esta|dich[oa]|es[ea]|tal)\\s+(?:evento|encuentro|reuni[oó]n|sesi[oó]n|foro|acto|ceremonia|di[aá]logo"
			+ "|panel|conversatorio|jornada|visita|actividad|presentaci[oó]n|conferencia|seminario|taller|congreso|cumbre)\\b");

	/** "participaron:", "estuvieron presentes", "contó con la participación de": who took part. */
	private static final Pattern PARTICIPANTS = Pattern.compile("(?i)\\b(?:participaron|asistieron|intervinieron|estuvieron presentes"
			+ "|cont[oó] con la (?:participaci[oó]n|presencia|asistencia))\\b");

	/**
	 * A paragraph far under its heading that says who took part in the event it refers back to
	 * ("En la presentación del documento participaron: …" under "… Presentación de la Guía …"):
	 * kept in the event's body past the length bound, which only guards against paragraphs that
	 * go on about other things.
	 */
	static boolean namesItsParticipants(String text, String title) {
		Matcher m = PARTICIPANTS.matcher(text);
		if (!m.find()) {
			return false;
		}
		String lead = text.substring(0, m.start());
		return BACK_REFERENCE.matcher(lead).find() || !referred(lead, title).isEmpty();
	}

	/** The block a chain of continuations starts from. */
	private static int root(Map<Integer, Integer> continues, int i) {
		int r = i;
		for (int round = 0; round < 5 && continues.containsKey(r); round++) {
			r = continues.get(r);
		}
		return r;
	}

	/** The blocks nearest the heading first, to a number of characters (the block crossing it included). */
	private static List<Integer> bounded(List<ReportLines.Block> blocks, List<Integer> mine, int heading, int chars) {
		List<Integer> near = new ArrayList<>(mine);
		near.sort((a, b) -> Integer.compare(Math.abs(a - heading), Math.abs(b - heading)));
		Set<Integer> keep = new HashSet<>();
		int total = 0;
		for (int i : near) {
			if (total >= chars) {
				break;
			}
			keep.add(i);
			total += blocks.get(i).text().length();
		}
		return mine.stream().filter(keep::contains).toList();
	}

	/** Where to split a gap both headings around it claim: the most title words on each side. */
	private static int split(Words words, List<ReportLines.Block> blocks, List<Integer> gap, String up, String down) {
		int best = gap.isEmpty() ? 0 : Math.max(1, gap.size() / 2);
		double bestScore = Double.NEGATIVE_INFINITY;
		for (int s = 0; s <= gap.size(); s++) {
			double score = words.affinity(up, blocks, gap.subList(0, s)) + words.affinity(down, blocks, gap.subList(s, gap.size()));
			if (score > bestScore + 1e-9) {
				bestScore = score;
				best = s;
			}
		}
		return bestScore <= 1e-9 ? Math.max(1, gap.size() / 2) : best;
	}

	static Kind classify(List<ReportLines.Block> blocks, int i) {
		ReportLines.Block b = blocks.get(i);
		String t = b.text().strip();
		if (t.chars().noneMatch(Character::isLetter)) {
			return Kind.NOISE;
		}
		// a short line with no sentence end, not an item of a list opened by a colon above
		boolean afterColon = i > 0 && blocks.get(i - 1).text().strip().endsWith(":");
		// nor a sentence the next block goes on with ("… para alcanzar los Objetivos" / "de Desarrollo Sostenible, …")
		int next = i + 1;
		while (next < blocks.size() && blocks.get(next).text().chars().noneMatch(Character::isLetter)) {
			next++;
		}
		int longest = 0;
		for (int l = b.first(); l <= b.last(); l++) {
			longest = Math.max(longest, b.lineText(l).length());
		}
		boolean goesOn = longest >= 45 && next < blocks.size() && continuationStart(blocks.get(next).text());
		// (a heading of three short lines may run longer than a one-line one)
		if ((t.length() < 110 || (t.length() < 160 && longest < 60)) && !goesOn && b.lineCount() <= 3 && !t.matches("(?s).*[.;:,]$") && !afterColon
				&& !continuationStart(t) && Character.isUpperCase(t.replaceFirst("^[\\d\\s“\"]+", "").codePointAt(0))) {
			return Kind.BARRIER;
		}
		// a heading the drafter did not take, glued to the text around it: a line that is only a date in parentheses
		for (int l = b.first(); l <= b.last(); l++) {
			if (DATE_LINE.matcher(b.lineText(l)).matches()) {
				return Kind.BARRIER;
			}
		}
		return Kind.TEXT;
	}

	private static final Pattern DATE_LINE = Pattern.compile(
			"(?i)\\((?:del?\\s+)?\\d{1,2}\\b[^()]{0,50}\\b(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\\b[^()]{0,30}\\)\\s*");

	/**
	 * Nothing, or only a title, before a heading in its block: a section title ("Equidad de
	 * género") or the heading's own first line ("Presentación de resultado del proyecto:") the
	 * PDF glued on top of it; the heading still stands alone among the paragraphs.
	 */
	static boolean titleOnly(String before) {
		String t = before.strip();
		return t.isEmpty() || (t.length() <= 80 && Character.isUpperCase(t.codePointAt(0)) && !t.matches("(?s).*[.;,]$")
				&& !t.matches("(?s).*[.;]\\s.*"));
	}

	/**
	 * For a course sheet in a run of sheets ("Curso: …", "Fecha: …", "Objetivo: …"), the blocks
	 * above it that tell about every sheet under them: the label naming the partner of a group of
	 * sheets ("Embajada de Italia en México y la Universitá Degli Studi Di Milano") and the
	 * paragraph opening the run ("… realizó actividades académicas con diversos actores
	 * internacionales. Estas son:"). Either is -1 when there is none; the walk up stops at any
	 * other paragraph or heading.
	 *
	 * @return {label block, introduction block}
	 */
	static int[] sheetContext(List<ReportLines.Block> blocks, int at, Set<Integer> headings) {
		int label = -1;
		for (int j = at - 1; j >= 0 && j >= at - 60; j--) {
			ReportLines.Block b = blocks.get(j);
			String t = b.text().strip();
			if (t.chars().noneMatch(Character::isLetter)) {
				continue;
			}
			if (headings.contains(j)) {
				break;
			}
			if (!EventItems.sheets(b).isEmpty() || EventItems.FIELD.matcher(t).find()) {
				continue; // another sheet of the run, or a field of one
			}
			if (t.endsWith(":")) {
				return new int[] { label, j };
			}
			// the nearest label is this sheet's group; the ones above it head other groups of the run
			if (b.lineCount() <= 4 && t.length() <= 320 && !t.endsWith(".") && Character.isUpperCase(t.codePointAt(0))) {
				label = label < 0 ? j : label;
				continue;
			}
			break;
		}
		return new int[] { label, -1 };
	}

	/** Opens in lower case: goes on from a sentence begun elsewhere. */
	static boolean continuationStart(String text) {
		String t = LEAD.matcher(text.strip()).replaceFirst("");
		return !t.isEmpty() && Character.isLowerCase(t.codePointAt(0));
	}

	/** Stops mid-sentence on a full line: a paragraph the page or column broke. */
	static boolean unfinished(ReportLines.Block b) {
		String t = b.text().strip();
		String lastLine = b.lineText(b.last());
		return t.length() >= 120 && lastLine.length() >= 55 && !FINAL.matcher(t).matches();
	}

	/**
	 * Each continuation and the block it goes on from: the text block right above it (past
	 * headings and noise) when that one stopped mid-sentence, else the nearest one that did and
	 * is not continued yet (within 80 lines either way).
	 */
	static Map<Integer, Integer> pairContinuations(List<ReportLines.Block> blocks, Kind[] kind) {
		Map<Integer, Integer> out = new HashMap<>();
		Set<Integer> taken = new HashSet<>();
		List<Integer> loose = new ArrayList<>();
		for (int i = 0; i < blocks.size(); i++) {
			ReportLines.Block b = blocks.get(i);
			if (kind[i] != Kind.TEXT || !continuationStart(b.text()) || b.text().length() < 60) {
				continue;
			}
			int p = previousText(kind, i);
			if (p >= 0 && blocks.get(p).text().strip().endsWith(":")) {
				continue; // an item of a list
			}
			// right above (nothing but noise between): any sentence left open; past a heading: a full line left open
			// (a text's first block may open in lower case: nothing above it to go on from)
			boolean open = p >= 0
					&& (p == i - 1 ? !FINAL.matcher(blocks.get(p).text().strip()).matches() : unfinished(blocks.get(p)));
			if (p >= 0 && open && !taken.contains(p)) {
				out.put(i, p);
				taken.add(p);
			}
			else {
				loose.add(i);
			}
		}
		// the others: nearest first
		List<int[]> pairs = new ArrayList<>();
		for (int c : loose) {
			for (int u = 0; u < blocks.size(); u++) {
				if (u == c || kind[u] != Kind.TEXT || taken.contains(u) || !unfinished(blocks.get(u))) {
					continue;
				}
				int next = nextText(kind, u);
				if (next >= 0 && continuationStart(blocks.get(next).text()) && next != c) {
					continue; // continued right below
				}
				// a broken paragraph goes on further down the text far more often than up
				int raw = u < c ? blocks.get(c).first() - blocks.get(u).last() : blocks.get(u).first() - blocks.get(c).last();
				int d = u < c ? raw : 3 * raw;
				if (raw <= 80) {
					pairs.add(new int[] { d, c, u });
				}
			}
		}
		pairs.sort((a, b) -> Integer.compare(a[0], b[0]));
		for (int[] p : pairs) {
			if (!out.containsKey(p[1]) && !taken.contains(p[2])) {
				out.put(p[1], p[2]);
				taken.add(p[2]);
			}
		}
		return out;
	}

	private static int previousText(Kind[] kind, int i) {
		for (int j = i - 1; j >= 0; j--) {
			if (kind[j] == Kind.TEXT) {
				return j;
			}
		}
		return -1;
	}

	private static int nextText(Kind[] kind, int i) {
		for (int j = i + 1; j < kind.length; j++) {
			if (kind[j] == Kind.TEXT) {
				return j;
			}
		}
		return -1;
	}

	private static boolean noHeadingBetween(Kind[] kind, int from, int to) {
		for (int j = from + 1; j < to; j++) {
			if (kind[j] == Kind.HEADING || kind[j] == Kind.BARRIER) {
				return false;
			}
		}
		return true;
	}

	/** The plain text blocks right above a heading, up to the nearest heading or unknown heading. */
	private static List<Integer> segmentAbove(Kind[] kind, int at, Map<Integer, Integer> cont, Set<Integer> displaced, int max) {
		List<Integer> out = new ArrayList<>();
		for (int j = at - 1; j >= 0 && kind[j] != Kind.HEADING && kind[j] != Kind.BARRIER && out.size() < max; j--) {
			if (kind[j] == Kind.TEXT && !cont.containsKey(j) && !displaced.contains(j)) {
				out.add(j);
			}
		}
		return out;
	}

	private static List<Integer> segmentBelow(Kind[] kind, int at, Map<Integer, Integer> cont, Set<Integer> displaced, int max) {
		List<Integer> out = new ArrayList<>();
		for (int j = at + 1; j < kind.length && kind[j] != Kind.HEADING && kind[j] != Kind.BARRIER && out.size() < max; j++) {
			if (kind[j] == Kind.TEXT && !cont.containsKey(j) && !displaced.contains(j)) {
				out.add(j);
			}
		}
		return out;
	}

	/** Displaced blocks grouped in runs of consecutive text (a heading or unknown heading ends a run). */
	private static List<List<Integer>> runs(Set<Integer> displaced, Kind[] kind) {
		List<List<Integer>> out = new ArrayList<>();
		List<Integer> cur = null;
		for (int i = 0; i < kind.length; i++) {
			if (displaced.contains(i)) {
				if (cur == null) {
					cur = new ArrayList<>();
					out.add(cur);
				}
				cur.add(i);
			}
			else if (kind[i] == Kind.HEADING || kind[i] == Kind.BARRIER) {
				cur = null;
			}
		}
		return out;
	}

	private static int nearestHeading(int[] headingBlock, int block) {
		int best = 0;
		for (int k = 0; k < headingBlock.length; k++) {
			if (Math.abs(headingBlock[k] - block) < Math.abs(headingBlock[best] - block)) {
				best = k;
			}
		}
		return best;
	}

	/** Content words and how rare each is among the report's blocks. */
	static final class Words {

		private final Map<String, Integer> df = new HashMap<>();

		private final int total;

		Words(List<ReportLines.Block> blocks) {
			this.total = Math.max(1, blocks.size());
			for (ReportLines.Block b : blocks) {
				for (String w : of(b.text())) {
					this.df.merge(w, 1, Integer::sum);
				}
			}
		}

		int df(String w) {
			return this.df.getOrDefault(w, 0);
		}

		double idf(String w) {
			return Math.log((this.total + 1.0) / (df(w) + 1.0));
		}

		double maxIdf() {
			return Math.log((this.total + 1.0) / 2.0);
		}

		/** How much of a title a text uses: the rarity of each title word it uses, summed. */
		double shared(String title, String text) {
			Set<String> tw = of(title);
			tw.retainAll(of(text));
			return tw.stream().mapToDouble(this::idf).sum();
		}

		/** The rarity-weighted share of a title's words that the blocks use. */
		double affinity(String title, List<ReportLines.Block> blocks, List<Integer> which) {
			Set<String> tw = of(title);
			if (tw.isEmpty() || which.isEmpty()) {
				return 0;
			}
			Set<String> text = new HashSet<>();
			which.forEach(i -> text.addAll(of(blocks.get(i).text())));
			double all = 0;
			double hit = 0;
			for (String w : tw) {
				double x = idf(w);
				all += x;
				if (text.contains(w)) {
					hit += x;
				}
			}
			return all == 0 ? 0 : hit / all;
		}

		static Set<String> of(String s) {
			Set<String> out = new HashSet<>();
			for (String w : Names.fold(s).split(" ")) {
				// "c40", "g20": a short token with a digit names something as well as a long word
				if ((w.length() >= 4 || (w.length() == 3 && w.matches(".*\\d.*") && w.matches(".*[a-z].*"))) && !STOP.contains(w)) {
					out.add(w);
				}
			}
			return out;
		}

		private static final Set<String> STOP = Set.of("para", "como", "sobre", "entre", "este", "esta", "ciudad",
				"mexico", "desde", "hacia", "durante", "cual", "donde", "tambien", "reunion", "gobierno", "parte", "marco");

	}

}
