package mx.vinculos.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import mx.vinculos.graph.Names;

/**
 * How far a list's introduction reaches, and which introduction a list has when the text does not
 * repeat it. The parties an introduction names take part in every item of its list
 * ("Durante el segundo semestre, la Secretaría de Seguridad Ciudadana … realizó 20 reuniones …
 * Entre ellas destacan:" over the meetings it lists).
 */
final class ListIntros {

	private ListIntros() {
	}

	/**
	 * "Entre ellas destacan:", "Por ejemplo:", "Estas son:": a sentence that opens a list of what
	 * the sentences before it told ("realizó 20 reuniones …"), so the introduction is the whole
	 * paragraph, not this sentence alone.
	 */
	private static final Pattern POINTS_BACK = Pattern.compile("^\\s*(?:(?:Y|Asimismo|Adem[aá]s),?\\s+)?"
			+ "(?:Entre\\s+(?:ell[ao]s|est[ao]s|las\\s+cuales|los\\s+cuales)(?:\\s+(?:se\\s+)?(?:destaca[n]?|encuentra[n]?|est[aá][n]?|figura[n]?|sobresale[n]?))?"
			+ "|Por\\s+ejemplo|Est[ao]s\\s+(?:son|fueron)|Algun[ao]s\\s+de\\s+(?:ell[ao]s|est[ao]s)\\s+(?:son|fueron)"
			+ "|(?:Se\\s+)?[Dd]estaca[n]?(?:\\s+(?:las|los)\\s+siguientes)?)\\s*:\\s*$");

	/** Whether a list's introducing sentence only points back at the paragraph it closes. */
	static boolean pointsBack(String sentence) {
		return POINTS_BACK.matcher(sentence).find();
	}

	/**
	 * What ends the opening of a sentence listing activities as the part every item shares: a
	 * clause that describes rather than acts ("… en eventos de conmemoración histórica en el marco
	 * del Galardón … que otorga la Unión de Ciudades …, tales como:" shares "la Secretaría de
	 * Cultura", not the award's grantor).
	 */
	private static final Pattern DESCRIBES = Pattern.compile("\s(?:en el marco|que|donde|cuy[oa]s?|el cual|la cual)\s");

	/** Where the shared opening of a list sentence ends in {@code lead} (its length when nothing describes). */
	static int leadEnd(String lead) {
		java.util.regex.Matcher m = DESCRIBES.matcher(lead);
		return m.find() ? m.start() : lead.length();
	}

	/** ", a través de la Secretaría de Cultura": what follows a party naming the body it acted through. */
	private static final Pattern THROUGH = Pattern.compile("^\\s*,?\\s*a\\s+trav[eé]s\\s+(?:del|de\\s+(?:la|los|las|su|sus))\\s");

	/**
	 * Whether the city named at {@code end} of an introduction acts through one of its bodies
	 * ("la Ciudad de México, a través de la Secretaría de Cultura, en eventos … tales como:"): the
	 * body, not the city, is the party each item carries.
	 */
	static boolean actsThrough(String t, int end) {
		return THROUGH.matcher(t.substring(end, Math.min(t.length(), end + 40))).find();
	}

	/**
	 * "Como parte de este proceso, … se llevó a cabo el diálogo virtual …": a paragraph that opens
	 * on the project the paragraph before it told about.
	 */
	private static final Pattern PART_OF_THAT = Pattern.compile("^\\s*(?:Como\\s+parte\\s+de|En\\s+el\\s+marco\\s+de|Derivado\\s+de|Dentro\\s+de)"
			+ "\\s+(?:este|esta|dicho|dicha|ese|esa)\\s+(?:proceso|proyecto|programa|iniciativa|esfuerzo|trabajo|colaboraci[oó]n|estrategia)\\b");

	/** Whether a paragraph opens on the project the one before it told about. */
	static boolean partOfThat(String paragraph) {
		return PART_OF_THAT.matcher(paragraph).find();
	}

	/** The first verb of a sentence in the past ("implementaron", "impulsó"), after its subject. */
	private static final Pattern PAST_VERB = Pattern.compile("\\s(?:se\\s+)?\\p{Ll}{3,}(?:aron|ieron|[aeií]ó)(?=\\s)");

	/**
	 * Where the subject of a paragraph's first sentence ends: its first verb in the past ("Desde
	 * 2020, la unesco y el copred, en colaboración con la Coalición lac implementaron el proyecto …").
	 * -1 when the sentence has none.
	 */
	static int subjectEnd(String paragraph) {
		int stop = paragraph.indexOf(". ");
		java.util.regex.Matcher m = PAST_VERB.matcher(paragraph);
		return m.find() && m.start() >= 8 && (stop < 0 || m.start() < stop) ? m.start() : -1;
	}

	/** The doers of a project: block's text [0, end). */
	record Doers(ReportLines.Block block, int end) {
	}

	/**
	 * For a paragraph (blocks[bi], or the paragraph it goes on from over a page break: "… se llevó
	 * a cabo el" over "diálogo virtual …") that opens "Como parte de este proceso", the subject of
	 * the paragraph before it (its first sentence up to its verb); null when there is none.
	 */
	static Doers projectDoers(java.util.List<ReportLines.Block> blocks, int bi) {
		while (bi > 0 && !blocks.get(bi).text().isBlank() && Character.isLowerCase(blocks.get(bi).text().strip().codePointAt(0))
				&& !blocks.get(bi - 1).text().strip().matches("(?s).*[.:]$")) {
			bi--;
		}
		if (bi < 1 || !partOfThat(blocks.get(bi).text())) {
			return null;
		}
		ReportLines.Block before = blocks.get(bi - 1);
		int end = subjectEnd(before.text());
		return end > 0 && before.text().strip().endsWith(".") ? new Doers(before, end) : null;
	}

	/** "esta Fiscalía General de Justicia de la Ciudad de México": the report's body naming itself. */
	private static final Pattern SELF = Pattern.compile("\\b(?:esta|este)\\s+(?=(?:Secretar[ií]a|Fiscal[ií]a|Agencia|Coordinaci[oó]n|Instituto|Consejo"
			+ "|Direcci[oó]n|Alcald[ií]a|Procuradur[ií]a|Comisi[oó]n|Universidad|Jefatura|Sistema|Subsecretar[ií]a)\\s)[^,.;()]{6,120}");

	/** Where in t[from, to) the reporting body names itself ("esta Fiscalía …"), or null. */
	static int[] selfReference(String t, int from, int to) {
		java.util.regex.Matcher m = SELF.matcher(t).region(from, to);
		return m.find() ? new int[] { m.start(), m.end() } : null;
	}

	/**
	 * The introductions by the heading they stand under, so that a list that appears again under
	 * the same heading (a page or a column later: "Iluminación de monumentos … con motivo de fiestas
	 * nacionales" over three more dates) takes the introduction the first list had.
	 */
	static final class ByHeading<S> {

		private final Map<String, S> intros = new HashMap<>();

		void remember(String heading, S intro) {
			String k = key(heading);
			if (k != null) {
				this.intros.putIfAbsent(k, intro);
			}
		}

		/** The introduction of an earlier list under the same heading, or null. */
		S under(String heading) {
			String k = key(heading);
			return k == null ? null : this.intros.get(k);
		}

		private static String key(String heading) {
			if (heading == null) {
				return null;
			}
			String k = Names.fold(heading).strip();
			// a heading of one or two words ("Cooperación técnica") titles many lists
			return k.split("\\s+").length < 4 ? null : k;
		}

	}

}
