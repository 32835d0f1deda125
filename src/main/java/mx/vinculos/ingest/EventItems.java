package mx.vinculos.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Layout cues of event headings and items that the PDF's text breaks: course sheets whose
 * "Curso:" lines run on without a blank line between them, a date line whose opening
 * parenthesis was lost ("Iniciativa Bloomberg …\n27 de agosto)"), "Sesión 4:" inside a
 * heading's title, and a heading too long to be a title because it runs on into the clause
 * that tells about the event.
 */
final class EventItems {

	private EventItems() {
	}

	/** One "Curso: …" field of a course sheet: where the line starts and where its title starts. */
	record Sheet(int start, int titleStart) {
	}

	static final Pattern SHEET = Pattern.compile("\\s*2?(?:Curso|Taller|Seminario|Diplomado)\\s*:\\s*");

	/**
	 * Every line of a block that opens a course sheet ("Curso: …", "Taller: …"): the sheets
	 * of a section often follow one another with no blank line, so each line is looked at, not
	 * only the block's first.
	 */
	static List<Sheet> sheets(ReportLines.Block b) {
		List<Sheet> out = new ArrayList<>();
		String t = b.text();
		for (int start : b.starts()) {
			Matcher m = SHEET.matcher(t).region(start, t.length());
			if (m.lookingAt()) {
				// a sidebar's page digit glued to the field ("2Curso:") is not part of it
				int at = start;
				while (at < m.end() && (Character.isWhitespace(t.charAt(at)) || t.charAt(at) == '2')) {
					at++;
				}
				out.add(new Sheet(at, m.end()));
			}
		}
		return out;
	}

	/** "27 de agosto)": a line closing a parenthesis it never opened. */
	private static final Pattern UNOPENED = Pattern.compile("^([^()]{3,60})\\)\\s*\\.?\\s*$");

	/**
	 * A heading's date line whose opening parenthesis the text lost: "13 de octubre y 23 de
	 * diciembre)" under a title. Returned with the parenthesis restored, for the heading rule to
	 * read it as any other; null when the line is something else (or the parenthesis was opened
	 * on the line above, which the heading rule reads by itself).
	 */
	static String restoredParen(String line, String lineAbove) {
		Matcher m = UNOPENED.matcher(line.strip());
		if (!m.matches() || lineAbove == null || lineAbove.lastIndexOf('(') > lineAbove.lastIndexOf(')')) {
			return null;
		}
		// only a date: a day or a month must be named, and nothing else but connectors
		if (SpanishDates.whole(m.group(1), java.time.LocalDate.of(2000, 1, 1)) == null
				|| !m.group(1).matches("(?s).*\\d.*")) {
			return null;
		}
		return "(" + line.strip();
	}

	/**
	 * Whether a line that ends with a colon ends the text before a heading's title; "Sesión 4:"
	 * or "Parte 2:" names a part of the event inside its title instead.
	 */
	static boolean endsClause(String line) {
		return line.matches(".*[.;:]\\s*$") && !line.matches(".*\\b(?:\\d{1,2}|[IVX]{1,4})\\s*:\\s*$");
	}

	/**
	 * Whether a heading's text so far ("“Diálogo con Gobiernos Municipales sobre\nDesarrollo
	 * Territorial … Afrodescendientes:") leaves a quotation open: the title goes on over
	 * the next line, so a colon or a period inside it ends no clause and introduces no list.
	 */
	static boolean quoteOpen(String text) {
		return text.chars().filter(c -> c == '“').count() > text.chars().filter(c -> c == '”').count();
	}

	/**
	 * "Cultura de la No Discriminación" over "“Diálogo con Gobiernos Municipales sobre": a short
	 * line with no quotation over a line opening a quoted title is a section's heading, glued on
	 * top of the event's.
	 */
	static boolean quotedTitleUnder(String line, String next) {
		String n = next.strip();
		return line.length() <= 60 && line.indexOf('“') < 0 && line.indexOf('”') < 0 && !line.strip().endsWith(",")
				&& n.length() > 1 && n.charAt(0) == '“' && Character.isUpperCase(n.charAt(1));
	}

	/** A line ending with a heading's date in parentheses ("Sistemas de Información Geográfica (24 de noviembre)"). */
	private static final Pattern DATED_END = Pattern.compile("^\\s*\\p{Lu}.*\\(\\s*\\d{1,2}\\s+(?:de|al|y)\\s[^()]{2,50}\\)\\s*\\.?\\s*$");

	/** "… Planificación Urbana Digital:": a colon right after a capitalised word (a name, not "destacan:"). */
	private static final Pattern NAME_COLON = Pattern.compile("^\\s*\\p{Lu}.*\\s(?:\\p{Lu}[\\p{L}\\d-]*|\\p{Lu}+\\d*|[^\\s]*”)\\s*:\\s*$");

	/**
	 * Whether a line ending with a colon is the first half of a dated heading's title, "Title:
	 * subtitle (date)" broken at its colon ("Participación en el taller de trabajo Planificación
	 * Urbana Digital:" over "Sistemas de Información Geográfica (24 de noviembre)"): the word
	 * before the colon is a name's (a list's introduction ends on a common word: "destacan:",
	 * "organizadas por la red:") and the next line closes with the date.
	 */
	static boolean subtitleFollows(String line, String next) {
		return next != null && NAME_COLON.matcher(line).matches() && DATED_END.matcher(next).matches()
				&& line.strip().split("\\s+").length <= 14;
	}

	/** The clause that, inside an over-long heading, goes on to tell about the event. */
	private static final Pattern TELLS = Pattern.compile(",\\s+(?:en el marco|donde|en (?:el|la) (?:que|cual)|con el (?:objetivo|fin)|a fin de|ocasi[oó]n en)");

	/**
	 * A dated heading longer than a title reads ("Reunión y Mesa de Alto Nivel … con la unodc
	 * y el Ministerio de Justicia de Italia, en el marco del Programa de Labores …"): its title
	 * is the part before the clause telling about it.
	 * @return where the title ends in the heading's text, or -1 when it is short enough or has
	 * no such clause
	 */
	static int titleCut(String heading, int longest) {
		if (heading.strip().length() <= longest) {
			return -1;
		}
		Matcher m = TELLS.matcher(heading);
		return m.find() && m.start() >= 12 && m.start() <= longest ? m.start() : -1;
	}

	/** A title that is a kind word and a quoted official name: "Acción Social “Apoyo Emergente para …”". */
	private static final Pattern QUOTED_NAME = Pattern.compile("^[^“”]{3,40}“[^“”]{20,}”$");

	/**
	 * How long a dated heading's title may be: 260 characters, or 320 when it is an official
	 * name in quotes (a programme's or an action's full legal name runs long; it is still one
	 * title, not a paragraph).
	 */
	static int longestTitle(String title) {
		return QUOTED_NAME.matcher(title).matches() ? 320 : 260;
	}

	/** Whether two events' dates are both known and start on different days (then like titles are two events). */
	static boolean otherDays(SpanishDates.Span a, SpanishDates.Span b) {
		return a != null && b != null && !a.start().equals(b.start());
	}

	/** A quoted title standing on its own over a course sheet, and the "Fecha:" line that dates it (0 if none). */
	record QuotedSheet(ReportLines.Block block, int start, int end, String title, int dateLine) {
	}

	/**
	 * "“VIII Juegos …” organizado por …", "Ciclo de Cursos de “…” impartido por …", or the
	 * quote's opening lost: "Estudio … Global” realizado por …".
	 */
	private static final Pattern SHEET_TITLE = Pattern.compile(
			"(?s)^([^“”]{0,60}“[^“”]{12,200}”|[^“”]{12,200}”)\\s*(?:$|(?i:organizad|realizad|impartid|convocad|coordinad)[oa]s?\\s+por\\b.*$)");

	static final Pattern FIELD = Pattern.compile("^\\s*(?:Fechas?|Participantes|Objetivo|Lugar|Modalidad|Sede)\\b[^:]{0,20}:");

	private static final Pattern DATE_FIELD = Pattern.compile("^\\s*Fechas?(?:\\s+de\\s+\\p{L}+)?\\s*:");

	/** How far from its title a sheet's date field may stand. */
	private static final int FIELD_REACH = 12;

	/**
	 * Sheets of events (title, then "Fecha:", "Participantes:", "Objetivo:", "Lugar:") whose
	 * title is a quote on its own. Some sections give each sheet's fields under its title, some
	 * above it (the PDF put the title after its fields); a run of sheets keeps one layout, read
	 * from its first sheet: if a date field stands just above it, every sheet of the run takes
	 * the date field above it, otherwise the one below.
	 */
	static List<QuotedSheet> quotedSheets(ReportLines text) {
		List<int[]> titles = new ArrayList<>();
		List<String> names = new ArrayList<>();
		List<ReportLines.Block> blocks = new ArrayList<>();
		for (ReportLines.Block b : text.blocks) {
			// the title's lines: the block up to its first field ("Fecha: …"), at most four
			int last = b.first();
			while (last < b.last() && !FIELD.matcher(b.lineText(last + 1)).find()) {
				last++;
			}
			if (last - b.first() >= 6) {
				continue;
			}
			String head = (last < b.last() ? b.text().substring(0, b.starts()[last + 1 - b.first()]) : b.text()).strip();
			Matcher m = SHEET_TITLE.matcher(head);
			if (m.matches() && (m.group(1).contains("“") || m.group(0).contains(" por "))) {
				int start = b.text().indexOf(m.group(1));
				int end = start + m.group(1).length();
				// "Eventos internacionales\n“Evento de Clausura …”": a section's title on the line above
				int open = b.text().indexOf('“', start);
				for (int ls : b.starts()) {
					if (ls == open && ls > start) {
						start = ls;
					}
				}
				String title = b.text().substring(start, end);
				titles.add(new int[] { b.first(), last, start, start + title.length() });
				// "“VIII Juegos …”" is named without its quotes; "Curso “Microtráfico Cero”" keeps them
				String name = title.strip();
				boolean quotedWhole = name.startsWith("“") || !name.contains("“");
				names.add(quotedWhole ? name.replaceAll("^“|”$", "").strip() : name);
				blocks.add(b);
			}
		}
		List<Integer> fields = new ArrayList<>();
		for (int l = 1; l <= text.lines.size(); l++) {
			if (DATE_FIELD.matcher(text.lines.get(l - 1)).find()) {
				fields.add(l);
			}
		}
		List<QuotedSheet> out = new ArrayList<>();
		boolean above = false;
		for (int k = 0; k < titles.size(); k++) {
			int[] t = titles.get(k);
			int previous = k > 0 ? titles.get(k - 1)[1] : 0;
			int next = k + 1 < titles.size() ? titles.get(k + 1)[0] : Integer.MAX_VALUE;
			int up = 0;
			int down = 0;
			for (int f : fields) {
				if (f > previous && f < t[0] && f >= t[0] - FIELD_REACH) {
					up = f;
				}
				if (down == 0 && f > t[1] && f < next && f <= t[1] + FIELD_REACH) {
					down = f;
				}
			}
			if (up == 0 && down == 0) {
				continue;
			}
			boolean runStarts = k == 0 || t[0] - previous > 3 * FIELD_REACH;
			if (runStarts) {
				above = up != 0;
			}
			int line = above ? (up != 0 ? up : down) : (down != 0 ? down : up);
			out.add(new QuotedSheet(blocks.get(k), t[2], t[3], names.get(k), line));
		}
		return out;
	}

	/** A stretch [from, to) of a block. */
	record Fields(ReportLines.Block block, int from, int to) {
	}

	/**
	 * The fields of a quoted sheet ("Fecha: …", "Participantes: 2 oficiales adscritos a …",
	 * "Lugar: …") when they stand in a block of their own, above or under the title as the run's
	 * layout says ({@link QuotedSheet#dateLine}): from its first field to the next sheet's title
	 * in that block (or the block's end). Null when the sheet has no date field or its fields
	 * stand in the title's own block (its body reads them already).
	 */
	static Fields fieldsOf(ReportLines text, QuotedSheet sheet, List<QuotedSheet> all) {
		if (sheet.dateLine() == 0) {
			return null;
		}
		ReportLines.Block fb = null;
		for (ReportLines.Block b : text.blocks) {
			if (b.first() <= sheet.dateLine() && sheet.dateLine() <= b.last()) {
				fb = b;
			}
		}
		if (fb == null || fb == sheet.block()) {
			return null;
		}
		int first = sheet.dateLine();
		while (first > fb.first() && FIELD.matcher(fb.lineText(first - 1)).find()) {
			first--;
		}
		int from = fb.starts()[first - fb.first()];
		int to = fb.text().length();
		for (QuotedSheet other : all) {
			if (other.block() == fb && other.start() > from) {
				to = Math.min(to, other.start());
			}
		}
		return new Fields(fb, from, to);
	}

	/**
	 * Whether a raw line of the report opens a new text box of the PDF: the extraction writes
	 * such a line with one leading space (" Rolling With It: … Conference (27 de octubre)"),
	 * so a heading's title does not reach back over it into the box above. A lower-case start
	 * ("en la Lista … (30 de julio)") goes on with the line above instead.
	 */
	static boolean opensBox(String rawLine) {
		return rawLine.length() > 2 && rawLine.charAt(0) == ' ' && !Character.isWhitespace(rawLine.charAt(1))
				&& (Character.isUpperCase(rawLine.charAt(1)) || rawLine.charAt(1) == '“'
						|| (rawLine.charAt(1) == '2' && Character.isUpperCase(rawLine.charAt(2))));
	}

	/** "… y la paz Seminario “Acceso Cultural …”": a lower-case word, then a capitalised activity naming a quoted title. */
	private static final Pattern RUN_TOGETHER = Pattern.compile("^(.{8,}?\\p{Ll})\\s+(\\p{Lu}\\p{Ll}+)\\s+(“[^”]{6,}”?)$");

	/** "… para la cop 26 y la revisión del informe …": a second activity joined to the first. */
	private static final Pattern AND_ACTIVITY = Pattern.compile("^(.{8,}?)\\s+y\\s+(?:el|la)\\s+(\\p{Ll}+)\\b(.+)$");

	/**
	 * An item of a list of activities that joins two ("Propuesta de contenido cultural para la
	 * cop 26 y la revisión del informe sobre …"): the seed rules make one event of each, so the
	 * item is cut where "y el/la" opens a second activity noun; one title when it does not.
	 * @param activity whether a folded word names an activity ("revision", "reunion", …)
	 */
	static List<String> joinedActivities(String title, java.util.function.Predicate<String> activity) {
		// "… claves para el desarrollo sostenible y la paz Seminario “Acceso Cultural …”": two
		// items run together on one line, the second opening with its capitalised activity and name
		Matcher run = RUN_TOGETHER.matcher(title);
		if (run.matches() && activity.test(Fold.keepingOffsets(run.group(2)).strip().toLowerCase(java.util.Locale.ROOT))
				&& Drafter.contentWords(run.group(1)).size() >= 3
				&& run.group(1).chars().filter(c -> c == '“').count() == run.group(1).chars().filter(c -> c == '”').count()) {
			return List.of(run.group(1).strip(), (run.group(2) + " " + run.group(3)).strip());
		}
		Matcher m = AND_ACTIVITY.matcher(title);
		// not inside a quoted name ("“Cultura y la Paz”")
		if (!m.find() || !activity.test(Fold.keepingOffsets(m.group(2)).strip())
				|| m.group(1).chars().filter(c -> c == '“').count() != m.group(1).chars().filter(c -> c == '”').count()) {
			return List.of(title);
		}
		String second = Character.toUpperCase(m.group(2).charAt(0)) + m.group(2).substring(1) + m.group(3);
		if (Drafter.contentWords(m.group(1)).size() < 2 || Drafter.contentWords(second).size() < 3) {
			return List.of(title);
		}
		return List.of(m.group(1).strip(), second.strip());
	}

	/**
	 * Whether a short heading names someone or something beyond its first word ("Récord
	 * Guinness como “la ciudad más conectada del mundo”", "Acreditación a la Universidad de la
	 * Policía …"): a section's title ("Inclusión social", "Acreditaciones internacionales")
	 * names no one.
	 */
	static boolean namesSomeone(String heading) {
		String[] words = heading.strip().split("\\s+");
		if (words.length < 4 || Drafter.contentWords(heading).size() < 3 || heading.endsWith(":")) {
			return false;
		}
		for (int i = 1; i < words.length; i++) {
			String w = words[i];
			// a plural ("Colaboración con Embajadas acreditadas") is a kind of party, not a name,
			// and "en México" tells where, not who
			if (w.startsWith("“") || (w.length() > 1 && Character.isUpperCase(w.charAt(0)) && !w.equals(w.toUpperCase())
					&& !w.matches(".*[aoe]s[,.;]?") && !words[i - 1].equals("en"))) {
				return true;
			}
		}
		return false;
	}

	private static final Pattern SENTENCE_END = Pattern.compile("\\.(?=\\s+\\p{Lu}|\\s*$)");

	/** A paragraph's first sentence. */
	static String firstSentence(String text) {
		Matcher m = SENTENCE_END.matcher(text);
		return m.find() ? text.substring(0, m.end()) : text;
	}

	/** ", en la cual se expuso …", ", ocasión en la que …": where a paragraph goes on to tell about the event it opens with. */
	private static final Pattern GOES_ON = Pattern.compile(",\\s+(?:en (?:la|el) (?:cual|que)|ocasi[oó]n en (?:la|el) que|donde|en donde)\\s");

	/**
	 * A paragraph that opens with its event's name ("Reunión de trabajo con The International
	 * Association of Public Transport (uitp) para el Urban Mobility Innovation Index (umii), en
	 * la cual se expuso …"): where the name ends, or -1. Only a name that the paragraph's first
	 * sentence goes on to tell about, within a title's length, counts.
	 * @param event whether a folded word is an event noun ("reunion", "taller", …)
	 */
	static int paragraphTitleEnd(String paragraph, java.util.function.Predicate<String> event) {
		String first = paragraph.strip();
		if (first.isEmpty() || !Character.isUpperCase(first.codePointAt(0)) || paragraph.length() < 120) {
			return -1;
		}
		String word = Fold.keepingOffsets(first.split("\\s+")[0]).strip();
		if (!event.test(word)) {
			return -1;
		}
		Matcher m = GOES_ON.matcher(paragraph);
		if (!m.find() || m.start() > 200 || m.start() < 20) {
			return -1;
		}
		// the name runs in one sentence
		String name = paragraph.substring(0, m.start());
		return name.matches("(?s).*\\.\\s+\\p{Lu}.*") ? -1 : m.start();
	}

	private static final Pattern LAST_SENTENCE = Pattern.compile("(?s)(?:.*[.;:]\\s+)?([^.;:]*)$");

	/**
	 * The unfinished sentence a block ends with, when the next block goes on with it (opens
	 * in lower case): a page break between "… el 7 de octubre del 2020, se llevó a cabo el" and
	 * "diálogo virtual “…”" leaves the date above the event's name. Null when the block above
	 * ends its sentence or the next block starts one.
	 */
	static String sentenceGoingOn(String above, String below) {
		String b = below == null ? "" : below.strip();
		if (above == null || b.isEmpty() || !Character.isLowerCase(b.codePointAt(0))) {
			return null;
		}
		String a = above.strip();
		if (a.isEmpty() || a.matches("(?s).*[.;:)”]$")) {
			return null;
		}
		Matcher m = LAST_SENTENCE.matcher(a);
		return m.matches() ? m.group(1) : null;
	}

	/** A named event mentioned in running text: where its name stands, the name, and whether it frames another activity. */
	record Named(int start, int end, String title, boolean framing) {
	}

	private static final String CAP = "(?:\\p{Lu}[\\p{L}\\d\\-]*|\\d{4})";

	private static final String NAME_JOIN = "(?:de|del|de la|de las|de los|sobre|para|y|en|el|la|las|los|e)";

	/** Nouns that, capitalised, open the proper name of an event ("Festival de la Amistad de Seúl 2021"). */
	private static final String EVENT_NOUN = "(?:Foro|Congreso|Cumbre|Festival|Feria|Encuentro|Conferencia|Seminario|Simposio"
			+ "|Bienal|Semana|Convenci[oó]n|Asamblea|Jornadas?|Concurso|Desfile|Exposici[oó]n|Muestra|Coloquio|Di[aá]logo|Conversatorio)";

	private static final String EDITION = "(?:(?:[IVXL]{1,6}|\\d{1,2}(?:a|o|ª|º)|[Pp]rimer[ao]?|[Ss]egund[ao]|[Tt]ercer[ao]?|[Cc]uart[ao]|[Qq]uint[ao])\\s+)?";

	/** "Smart City Expo World Congress": an English name that ends on its event noun. */
	private static final String ENGLISH_NAME = "(?:" + CAP + "\\s+){1,5}(?:Congress|Summit|Forum|Week|Conference|Festival|Expo|Fair)\\b";

	private static final Pattern NAMED_EVENT = Pattern.compile("(?:\\b(en el marco (?:del?|de la))|\\b(?:[Ee]n|[Dd]urante|[Dd]estaca|[Dd]estac[oó]) (?:el|la)|\\bal)\\s+("
			+ EDITION + EVENT_NOUN + "(?:\\s+(?:" + NAME_JOIN + "\\s+)*" + CAP + "|\\s+\\([^()]{2,20}\\))+|" + ENGLISH_NAME + ")");

	/** What a sentence says to tell that someone took part in, or held, an activity. */
	private static final Pattern TAKES_PART = Pattern.compile(
			"(?i)\\b(?:particip|asisti|present[oóa]|intervin|ponente|expus|expuso|compart|organiz|sesi[oó]n|reuni[oó]n|celebr)");

	/** "conversó acerca de su participación en la Feria …": the event is what was talked about. */
	private static final Pattern TALKED_ABOUT = Pattern.compile("(?i)\\b(?:acerca de|convers[oó]|dialog[oó]|habl[oó])\\b");

	/**
	 * How much of a name's content words another title holds: "III Foro Mundial de Ciudades y
	 * Territorios de Paz" is all but held by "Reunión con alcaldesas en el marco del Tercer Foro
	 * Mundial …", while "Festival de la Amistad de Seúl 2021" is not "Festival de Cultura Urbana
	 * de Seúl 2021" though the two share most of their words.
	 */
	static double contained(String name, String other) {
		java.util.Set<String> a = Drafter.contentWords(name);
		if (a.isEmpty()) {
			return 0;
		}
		java.util.Set<String> b = Drafter.contentWords(other);
		return (double) a.stream().filter(b::contains).count() / a.size();
	}

	/** A reception or ceremony someone organised, told by whom it was for and on what occasion (a capitalised name in it). */
	private static final Pattern HOSTED = Pattern.compile("\\borganiz(?:[oó]|aron)\\s+una?\\s+(recepci[oó]n|ceremonia|cena|comida|gala)\\s+"
			+ "((?:del?|de la|para|en)\\s+[^.;]{0,160}?\\p{Lu}[^.;]{0,120}?)(?=\\.|;|$)");

	/** Two sessions named unquoted, each by its capitalised title: "en las sesiones A y B". */
	private static final Pattern SESSIONS = Pattern.compile("\\ben\\s+(?:las|los)\\s+(?:sesiones|paneles|mesas)\\s+"
			+ "(\\p{Lu}[^.;“”()]{10,160}?)\\s+y\\s+(\\p{Lu}[^.;“”()]{10,200}?)\\s*(?=\\.|;|$)");

	private static final Pattern MET_AT = Pattern.compile(
			"\\bsostuv(?:o|ieron)\\s+una\\s+reuni[oó]n\\s+(en\\s+(?:el|la)\\s+\\p{Lu}[^.;,()]{3,100}?)(?=\\s+con\\s|,|\\.|;|$)");

	/** "Congreso de la Ciudad", "Congreso de la Unión": a legislature, not an event. */
	private static final Pattern LEGISLATURE = Pattern.compile("^Congreso\\s+(?:de la Ciudad|de la Uni[oó]n|del Estado|Local|Nacional)\\b");

	/**
	 * Events a sentence names in passing, by their proper name: "participó en el Festival de
	 * Cultura Urbana de Seúl 2021", "Destaca el Encuentro de Negocios Virtual", "en el marco
	 * del Foro Político de Alto Nivel (hlpf 2021)". The name is a capitalised event noun and at
	 * least two more capitalised words; "en el marco de …" names the event that frames the
	 * sentence's own activity, so that sentence's date is not this event's ({@code framing}).
	 */
	static List<Named> namedInText(String t) {
		List<Named> out = new java.util.ArrayList<>();
		Matcher m = NAMED_EVENT.matcher(t);
		while (m.find()) {
			String name = m.group(2).strip();
			// a date in parentheses closes the name; the caller reads it
			name = name.replaceFirst("\\s*\\([^()]*\\d[^()]*\\)$", "");
			if (name.matches(".*\\([^()]*\\d[^()]*\\).*") && !name.matches(".*\\(\\p{L}+\\s+\\d{4}\\).*")) {
				continue;
			}
			long capitals = java.util.Arrays.stream(name.split("\\s+")).skip(1)
				.filter(w -> Character.isUpperCase(w.codePointAt(0)) || w.matches("\\d{4}")).count();
			if (capitals < 2 || LEGISLATURE.matcher(name).find()) {
				continue;
			}
			int start = m.start(2);
			// "las partes involucradas en el Foro Global …", "la difusión de newsletter, en el marco
			// del Desfile …": a name only, unless the sentence tells of taking part in something
			int from = Math.max(t.lastIndexOf(". ", m.start()), t.lastIndexOf("; ", m.start())) + 1;
			String lead = t.substring(from, m.start());
			if (!m.group().matches("(?i)^destac.*") && !TAKES_PART.matcher(lead).find()
					|| TALKED_ABOUT.matcher(lead.substring(Math.max(0, lead.length() - 80))).find()) {
				continue;
			}
			out.add(new Named(start, start + name.length(), name, m.group(1) != null));
		}
		// "sostuvieron una reunión en el Salón Oval del Antiguo Palacio del Ayuntamiento con …": a
		// meeting named by the venue it was held in
		Matcher at = MET_AT.matcher(t);
		while (at.find()) {
			out.add(new Named(at.start(1), at.end(1), "Reunión " + at.group(1).strip(), false));
		}
		// "en las sesiones Culture in the Sustainable Development Goals … y Cultural Rights and Communities: …"
		Matcher sessions = SESSIONS.matcher(t);
		while (sessions.find()) {
			for (int g = 1; g <= 2; g++) {
				out.add(new Named(sessions.start(g), sessions.end(g), sessions.group(g).strip(), false));
			}
		}
		// "organizó una recepción del cuerpo diplomático en la inauguración de la Maqueta Monumental …"
		Matcher hosted = HOSTED.matcher(t);
		while (hosted.find()) {
			String kind = hosted.group(1);
			out.add(new Named(hosted.start(1), hosted.end(2),
					Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + " " + hosted.group(2).strip(), false));
		}
		return out;
	}

	/**
	 * A heading with no paragraph under it, whose paragraphs stand above it (the PDF's text
	 * boxes read bottom-up): the paragraphs above, nearest first, tell about it when they share
	 * at least two of its content words. Then the date is the first day date of the nearest of
	 * them that gives one in its first sentence, or the half-year it opens with ("Durante el
	 * segundo semestre del 2021, …"; empty when none does); null when the
	 * paragraphs above tell about something else.
	 */
	static java.util.Optional<SpanishDates.Span> toldAbove(String heading, List<String> above, java.time.LocalDate periodStart) {
		java.util.Set<String> words = Drafter.contentWords(heading);
		java.util.Set<String> shared = new java.util.HashSet<>();
		SpanishDates.Span date = null;
		for (String p : above) {
			if (date == null) {
				date = eventsOwnDays(p, words, periodStart);
			}
		}
		for (String p : above) {
			java.util.Set<String> said = Drafter.contentWords(p);
			words.stream().filter(said::contains).forEach(shared::add);
			if (date == null) {
				SpanishDates.Span d = SpanishDates.find(firstSentence(p), periodStart, false);
				date = d != null && d.precision().equals("day") ? d : SpanishDates.semester(firstSentence(p), periodStart);
			}
		}
		return shared.size() >= 2 ? java.util.Optional.ofNullable(date) : null;
	}

	/**
	 * Whether the text a block holds before a heading that opens its own text box reads as a
	 * heading of its own: one title's length, capitalised, no sentence ended inside or at its
	 * end, not a section's title in capitals, naming at least three things.
	 */
	static boolean leftoverHeading(String text) {
		return text.length() >= 20 && text.length() <= 220 && !text.isEmpty() && Character.isUpperCase(text.codePointAt(0))
				&& !text.matches("(?s).*[.;:,]$") && !text.matches("(?s).*[.;]\\s+\\p{Lu}.*")
				&& !text.equals(text.toUpperCase(java.util.Locale.ROOT)) && Drafter.contentWords(text).size() >= 3
				// a heading is a noun phrase: "El Instituto …, organización …, extendió" and "Es un
				// reconocimiento a …" are a paragraph's opening cut by a text box
				&& !text.contains(",") && !SENTENCE_OPENING.matcher(text).find();
	}

	/** Words that open a sentence rather than a heading's noun phrase. */
	private static final Pattern SENTENCE_OPENING = Pattern.compile(
			"^(?:El|La|Los|Las|Un|Una|Es|Son|Fue|Este|Esta|Estos|Estas|En|Con|Por|Para|Se|Su|Sus|Al|Del|De|A|Y|Asimismo|Además|Dicho|Dicha)\\s");

	private static final String HELD_PLURAL = "(?:se\\s+(?:han\\s+)?(?:realiz(?:aron|ado)|llev(?:aron|ado)\\s+a\\s+cabo|sostuv(?:ieron)|sostenido)"
			+ "|contempl(?:ó|o|aron)|incluy(?:ó|o|eron))";

	private static final String COUNT = "(?:\\d{1,3}|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte)";

	/**
	 * "se han realizado reuniones con nueve Embajadas:", "contempló diversas reuniones,
	 * virtuales y una presencial, con el Mayor Migration Council": meetings told in a sentence,
	 * named by whom they were with.
	 */
	private static final Pattern MEETINGS_WITH = Pattern.compile("\\b" + HELD_PLURAL
			+ "\\s+(?:(?:diversas|varias|distintas|" + COUNT + ")\\s+)?(reuniones)(?:\\s+de\\s+trabajo)?(?:,[^,.;:]{3,40},)?"
			+ "\\s+(con\\s+[^,.;:()]{3,80}?)(?=\\s*[,.;:]|\\s+(?:en (?:las|los) que|para|sobre)\\s)");

	/**
	 * "se han realizado tres recorridos presenciales a las instalaciones del nuevo recinto con
	 * personal de …": activities told by their count; the count makes each a reported
	 * activity, not a method ("se realizaron recorridos aleatorios en los hoteles"). The title
	 * is the noun and what it was about, up to whom it was with.
	 */
	private static final Pattern COUNTED = Pattern.compile("\\b" + HELD_PLURAL + "\\s+" + COUNT
			+ "\\s+(recorridos|visitas|reuniones|mesas de trabajo)(\\s+[^,.;:()]{6,120}?)"
			+ "(?=\\s*[,.;:]|\\s+con\\s|\\s+en (?:las|los) que\\s)");

	/**
	 * Activities a sentence says were held, in the plural, with no proper name of their own
	 * (meetings with someone, or a counted run of tours or visits): named by the noun and its
	 * complement, the noun capitalised ("Reuniones con nueve Embajadas", "Recorridos presenciales
	 * a las instalaciones del nuevo recinto").
	 */
	static List<Named> heldInPlural(String t) {
		List<Named> out = new ArrayList<>();
		for (Pattern p : List.of(MEETINGS_WITH, COUNTED)) {
			Matcher m = p.matcher(t);
			while (m.find()) {
				String noun = m.group(1);
				String title = Character.toUpperCase(noun.charAt(0)) + noun.substring(1) + " " + m.group(2).strip().replaceAll("\\s+", " ");
				if (out.stream().noneMatch(n -> n.start() == m.start(1))) {
					out.add(new Named(m.start(1), m.end(2), title, false));
				}
			}
		}
		return out;
	}

	/** "se atendieron las solicitudes de programas de trabajo para …": requests attended, named by what they asked for. */
	private static final Pattern REQUESTS = Pattern.compile("\\bse\\s+(?:atendi(?:ó|o|eron)|recibi(?:ó|o|eron))\\s+(?:la|las)\\s+"
			+ "(solicitud(?:es)?|petici(?:ón|on|ones))\\s+(de\\s+[^,.;:()]{10,140}?)(?=\\s*[,.;:]|\\s+como\\s|\\s+(?:de|por parte de)\\s+\\p{Lu})");

	/** "fueron invitados a 4 touroperadores premium españoles a visitar la cdmx": a visit, named by who came and where. */
	private static final Pattern INVITED = Pattern.compile("\\b(?:fueron\\s+invitad[oa]s|se\\s+invit(?:ó|o)|invitaron)\\s+a\\s+(?:\\d{1,3}\\s+)?"
			+ "(\\p{Ll}[^,.;:()]{5,80}?)\\s+a\\s+visitar\\s+([^,.;:()]{3,60}?)(?=\\s*[,.;:]|\\s+del?\\s+\\d|\\s+(?:para|con)\\s)");

	/** "recibió un diploma de la ucci que acredita su participación como “…”": a distinction received, named by it. */
	private static final Pattern RECEIVED = Pattern.compile("\\brecibi(?:ó|o|eron)\\s+(?:un|una|el|la)\\s+"
			+ "(diploma|reconocimiento|distinci[oó]n|certificado|galard[oó]n|premio|menci[oó]n)\\s+((?:de|del|por)\\s+[^.;]{6,160}?)(?=\\s*[.;]|$)");

	/** "se confirmó la aprobación de la Ciudad de México como “Nodo de Resiliencia …”": a standing granted, named by it. */
	private static final Pattern ANNOUNCED = Pattern.compile("\\bse\\s+(?:confirm|anunci|oficializ|formaliz)(?:ó|o)\\s+(?:la|el)\\s+"
			+ "(aprobaci[oó]n|designaci[oó]n|nombramiento|selecci[oó]n|incorporaci[oó]n)\\s+((?:de|del)\\s+[^.;,]{3,80}?\\s+como\\s+[^.;,]{3,120}?)(?=\\s*[.;,]|$)");

	/** "En dicho espacio, …": a sentence set in the event the sentence before told. */
	private static final Pattern REFERS_BACK = Pattern.compile(
			"^\\s*(?:En|Durante)\\s+(?:dicho|dicha|este|esta|ese|esa)\\s+(?:espacio|evento|marco|encuentro|reuni[oó]n|sesi[oó]n|foro|acto|ceremonia)\\b");

	/** Whether a sentence opens by setting itself in the event the sentence before told ("En dicho espacio, …"). */
	static boolean refersBack(String sentence) {
		return REFERS_BACK.matcher(sentence).find();
	}

	/** "la adip presentó a Bloomberg el plan de trabajo para …": a presentation, named by what was presented to whom. */
	private static final Pattern PRESENTED_TO = Pattern.compile("\\bpresent(?:ó|o|aron)\\s+a\\s+(\\p{Lu}[^,.;:()]{1,60}?)\\s+(el|la|los|las)\\s+"
			+ "((?:plan|propuesta|programa|informe|resultados|estrategia|proyecto)\\b[^,.;:()]{6,140}?)(?=\\s*[,.;:]|$)");

	/**
	 * Activities a sentence tells with a verb rather than a name: requests attended ("se
	 * atendieron las solicitudes de …"), a visit by invitation ("fueron invitados a … a visitar
	 * …"), a distinction received ("recibió un diploma de …"), a standing granted ("se confirmó
	 * la aprobación de … como …") and a presentation to someone
	 * ("presentó a Bloomberg el plan de …"), each named by its noun the way a curator names it
	 * ("Solicitudes de …", "Visita de … a …", "Diploma de …", "Presentación a Bloomberg del plan de …").
	 */
	static List<Named> toldByVerb(String t) {
		List<Named> out = new ArrayList<>();
		Matcher r = REQUESTS.matcher(t);
		while (r.find()) {
			String noun = r.group(1).toLowerCase(java.util.Locale.ROOT).startsWith("solicitud") ? "Solicitudes" : "Peticiones";
			out.add(new Named(r.start(1), r.end(2), noun + " " + r.group(2).strip().replaceAll("\\s+", " "), false));
		}
		Matcher v = INVITED.matcher(t);
		while (v.find()) {
			out.add(new Named(v.start(1), v.end(2),
					("Visita de " + v.group(1).strip() + " a " + v.group(2).strip()).replaceAll("\\s+", " "), false));
		}
		Matcher g = RECEIVED.matcher(t);
		while (g.find()) {
			String noun = g.group(1);
			out.add(new Named(g.start(1), g.end(2), (Character.toUpperCase(noun.charAt(0)) + noun.substring(1) + " "
					+ g.group(2).strip()).replaceAll("\\s+", " "), false));
		}
		Matcher a = ANNOUNCED.matcher(t);
		while (a.find()) {
			String noun = a.group(1);
			String title = (Character.toUpperCase(noun.charAt(0)) + noun.substring(1) + " " + a.group(2).strip()).replaceAll("\\s+", " ");
			// "como “Nodo de Resiliencia …, siendo": a quote the sentence never closes is closed with the name
			if (title.chars().filter(c -> c == '“').count() > title.chars().filter(c -> c == '”').count()) {
				title = title + "”";
			}
			out.add(new Named(a.start(1), a.end(2), title, false));
		}
		Matcher p = PRESENTED_TO.matcher(t);
		while (p.find()) {
			String article = p.group(2).equals("el") ? "del" : "de " + p.group(2);
			out.add(new Named(p.start(), p.end(3),
					("Presentación a " + p.group(1).strip() + " " + article + " " + p.group(3).strip()).replaceAll("\\s+", " "), false));
		}
		return out;
	}

	/**
	 * Whether a block goes on with a sentence begun elsewhere (it opens in lower case: "primer
	 * Informe Local Voluntario fue lanzado …"): the PDF moved it from another column or page, so
	 * it is not the paragraph of the heading standing above it.
	 */
	static boolean goesOnFromElsewhere(String block) {
		String b = block.strip();
		return !b.isEmpty() && Character.isLowerCase(b.codePointAt(0));
	}

	/**
	 * Whether a short block reads as a heading's noun phrase rather than a paragraph cut short:
	 * no sentence opening ("Este evento se realizó …") and no sentence ending inside ("…
	 * Montevideo. Se").
	 */
	static boolean readsAsHeading(String text) {
		return !SENTENCE_OPENING.matcher(text.strip()).find() && !text.matches("(?s).*[.;:]\\s+\\p{Lu}.*");
	}

	/** "… llevar a cabo el evento en formato híbrido del 26 al 28 de octubre": the days a paragraph gives the event itself. */
	private static final Pattern OWN_DAYS = Pattern.compile("(?i)\\b(?:el|la|dich[oa]|este|esta)\\s+(\\p{L}+)\\b[^.;]{0,50}?"
			+ "\\b(del?\\s+\\d{1,2}(?:\\s+de\\s+\\p{L}+)?\\s+al\\s+\\d{1,2}\\s+de\\s+\\p{L}+)");

	/**
	 * The run of days a paragraph gives the event a heading names, when it names it back ("el
	 * evento", "el Foro": the word "evento" or a word of the heading) and dates it by several
	 * days; the paragraph's own first date is often a meeting that prepared it. Null if none.
	 */
	static SpanishDates.Span eventsOwnDays(String paragraph, java.util.Set<String> headingWords, java.time.LocalDate periodStart) {
		Matcher m = OWN_DAYS.matcher(paragraph);
		while (m.find()) {
			java.util.Set<String> noun = Drafter.contentWords(m.group(1));
			if (noun.contains("evento") || !noun.isEmpty() && headingWords.containsAll(noun)) {
				SpanishDates.Span d = SpanishDates.find(m.group(2), periodStart, false);
				if (d != null && d.end() != null && d.end().isAfter(d.start())) {
					return d;
				}
			}
		}
		return null;
	}

}
