package mx.vinculos.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a sentence tells who gave: the funder named right after its cue ("por parte de Heineken",
 * "gracias al financiamiento de la Fundación Rockefeller", "fondeado por Bloomberg"), known to
 * the registry or not; money given for a purpose ("mil 500 mdp destinados al mejoramiento
 * urbano…"); an amount standing alone in a table cell.
 */
final class FundingCues {

	/** A sentence ends here, but not after a title ("por parte del Dr. Rodrigo Canales"). */
	static final Pattern SENTENCE_END = Pattern
		.compile("(?<!\\b(?:Dr|Dra|Sr|Sra|Lic|Ing|Mtro|Mtra|Arq|Excmo|Excma))[.;](?=\\s+[\\p{Lu}“\"(¿¡])|[.;]\\s*$");

	/** Words right before the funder's name. */
	private static final Pattern CUE = Pattern.compile("(?i)\\b(?:por parte de(?:l|\\s+la|\\s+los|\\s+las)?"
			+ "|cortes[ií]a de(?:l|\\s+la)?|(?:donad|financiad|otorgad|patrocinad|fondead|aportad)[oa]s?\\s+por(?:\\s+el|\\s+la)?"
			+ "|gracias\\s+(?:al|a\\s+la)\\s+(?:financiamiento|aportaci[oó]n|donaci[oó]n|patrocinio)\\s+de(?:l|\\s+la)?"
			+ "|(?:el\\s+)?financiamiento\\s+de(?:l|\\s+la)?|(?:la\\s+)?aportaci[oó]n\\s+de(?:l|\\s+la)?"
			+ "|(?:la\\s+)?donaci[oó]n\\s+de(?:l|\\s+la)?|recursos\\s+donados\\s+por(?:\\s+el|\\s+la)?)\\s+(?=\\p{Lu})");

	/** A title before a person's name. */
	private static final Pattern PERSON_TITLE = Pattern.compile("^(?:Dr|Dra|Sr|Sra|Lic|Ing|Mtro|Mtra|Arq)\\.\\s+");

	/** A cue of giving the cue of a named funder also counts as: "fondeado", "patrocinado", "aportación". */
	static final Pattern GIVING = Pattern.compile(
			"(?i)\\b(patrocinad[oa]s?|fondead[oa]s?|aportaci[oó]n|donad[oa]s?|recursos donados|premios? econ[oó]micos?)\\b");

	/** Money spent on a purpose: "destinados al mejoramiento urbano…", "para apoyar la producción…". */
	private static final Pattern PURPOSE = Pattern.compile(
			"^\\s*(?:\\p{L}+\\s+){0,3}?(?:destinad[oa]s?\\s+(?:al|a\\s+la|a\\s+las|a\\s+los|a)|para\\s+(?:apoyar\\s+)?(?:el|la|los|las))\\s+([\\p{Ll}][^,;.()]{8,120}?)(?=\\s+y\\s+\\d|\\s+en\\s+los\\s+[úu]ltimos|[,;.()]|$)");

	/** Money given: an amount that goes with a prize, grant or investment is funding too. */
	static final Pattern MONEY_CONTEXT = Pattern.compile(
			"(?i)\\b(premio|beca|est[ií]mulo|inversi[oó]n|destinad[oa]s?)\\b");

	/** The body a list of gifts went to, named in its introduction: "la SSC recibió donaciones de …". */
	private static final Pattern RECEIVED = Pattern.compile(
			"(?i)\\brecibi[oó]\\s+(?:\\p{L}+\\s+){0,2}?(?:donaci[oó]n(?:es)?|donativos|apoyos?\\s+en\\s+especie|insumos)\\b");

	private FundingCues() {
	}

	/**
	 * A table cell naming what a row's funds went to ("Tianguis Digital: Prebases", the first cell of a
	 * row read project, giver, amount, dates), as one line; or null when the cell is a date, an amount,
	 * a duration or a column's title rather than a name.
	 */
	static String projectCell(String cell) {
		String name = cell.replaceAll("\\s+", " ").strip().replaceAll("[,.;:]+$", "");
		if (name.length() < 8 || !Character.isUpperCase(name.charAt(0)) || name.split(" ").length < 2
				|| SpanishAmounts.parse(name) != null || name.matches("(?i).*\\b(?:fecha|monto|donante|duraci[oó]n|proyecto|meses|"
						+ "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\\b.*")) {
			return null;
		}
		return name;
	}

	/**
	 * Where a sentence says that someone received gifts ("… (SSC) recibió donaciones de entes
	 * internacionales"): the index of the verb, the receiver being the body named just before it; or -1.
	 */
	static int received(String sentence) {
		Matcher m = RECEIVED.matcher(sentence);
		return m.find() ? m.start() : -1;
	}

	/** A funder named after its cue, as [start, end] of the name and whether it is a person; or null. */
	static Named funder(String clause) {
		java.util.List<Named> all = funders(clause);
		return all.isEmpty() ? null : all.get(0);
	}

	/** Every funder named after a cue, in order ("con recursos donados por X, … patrocinado por Y"). */
	static java.util.List<Named> funders(String clause) {
		java.util.List<Named> out = new java.util.ArrayList<>();
		Matcher c = CUE.matcher(clause);
		while (c.find()) {
			int[] n = AgreementCues.nameAt(clause, c.end());
			if (n == null) {
				continue;
			}
			String name = clause.substring(n[0], n[1]);
			boolean person = PERSON_TITLE.matcher(name).find();
			// "Heineken/Fondo Mixto de Promoción Turística": the first of the names joined by a slash
			out.add(new Named(n[0], n[1], name.replaceFirst("^(?:Dr|Dra|Sr|Sra|Lic|Ing|Mtro|Mtra|Arq)\\.\\s+", ""), person,
					c.start()));
		}
		return out;
	}

	/** A name found in a text: its span, the name without a person's title, and where its cue starts. */
	record Named(int start, int end, String name, boolean person, int cueStart) {
	}

	/** The purpose an amount is spent on, right after it, or null. */
	static String purpose(String text, int amountEnd) {
		Matcher m = PURPOSE.matcher(text.substring(amountEnd));
		return m.find() ? m.group(1).strip() : null;
	}

	/** Who an award went to: "se otorgó el galardón al escritor mexicano Luis Felipe Fabre". */
	private static final Pattern AWARDED = Pattern.compile(
			"\\b(?i:(?:se\\s+)?(?:otorg[oó]|entreg[oó]|concedi[oó]|recibi[oó])\\s+(?:el|la|este|esta|dicho|dicha)\\s+"
					+ "(?:premio|galard[oó]n|reconocimiento|distinci[oó]n|beca|est[ií]mulo)\\s+(?:a\\s+la|a\\s+los|a\\s+las|al|a))\\s+"
					+ "(?:\\p{Ll}+\\s+){0,3}?(?=\\p{Lu})");

	/**
	 * The name an award went to in {@code text} (the sentences after its amount), as [start,
	 * end], or null: "se otorgó el galardón al escritor mexicano Luis Felipe Fabre".
	 */
	static int[] awardee(String text) {
		Matcher m = AWARDED.matcher(text);
		return m.find() ? AgreementCues.nameAt(text, m.end()) : null;
	}

	/** A handout of support that amounted to a sum: "la entrega de apoyos ascendió a 38 millones 550 mil pesos". */
	static final Pattern HANDOUT = Pattern.compile(
			"(?i)\\b(?:entrega\\s+de\\s+(?:apoyos|recursos|becas|est[ií]mulos)|apoyos\\s+entregados|se\\s+entregaron)\\b");

	/** The last programme named in {@code text} ("… del Programa Fomento, Constitución y …"), as [start, end], or null. */
	static int[] lastProgramme(String text) {
		Matcher m = PROGRAMME.matcher(text);
		int[] out = null;
		while (m.find()) {
			int[] n = AgreementCues.nameAt(text, m.start());
			// "Programa Fomento, Constitución y Fortalecimiento de …": a name that lists its aims
			while (n != null) {
				Matcher more = LIST_ON.matcher(text).region(n[1], text.length());
				int[] next = more.lookingAt() ? AgreementCues.nameAt(text, more.end()) : null;
				if (next == null) {
					break;
				}
				n = new int[] { n[0], next[1] };
			}
			if (n != null && text.substring(n[0], n[1]).split("\\s+").length >= 2) {
				out = n;
			}
		}
		return out;
	}

	private static final Pattern LIST_ON = Pattern.compile(",\\s*(?=\\p{Lu}\\p{Ll})");

	private static final Pattern PROGRAMME = Pattern.compile("\\bPrograma\\s+(?=\\p{Lu})");

	/** A block that is only an amount: a cell of a table of funds ("20 mil dólares"). */
	static boolean amountCell(String block) {
		SpanishAmounts.Amount a = SpanishAmounts.parse(block);
		return a != null && block.strip().equals(a.text());
	}

}
