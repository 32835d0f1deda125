package mx.vinculos.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mx.vinculos.graph.Names;

/**
 * Drafts a report file from its text with hand-written rules and the registry as
 * gazetteer: events (headings with their date, dated list items, undated headings of
 * events), their participants, place, modality, section and axis; positions from title
 * and name; agreements, funding and memberships from their cue words. Every item cites
 * line and quote, carries a confidence and {@code review: pending}.
 */
final class Drafter {

	/** The draft: the report file, and the new entities it suggests. */
	record Draft(Map<String, Object> report, List<Map<String, Object>> newEntities) {
	}

	static final String PENDING = "pending";

	private static final Set<String> EVENT_WORDS = Set.of("reunion", "reuniones", "foro", "taller", "talleres",
			"seminario", "curso", "cursos", "visita", "visitas", "firma", "encuentro", "conversatorio", "sesion",
			"sesiones", "cumbre", "congreso", "conferencia", "webinar", "webinario", "donacion", "premio", "entrevista",
			"iluminacion", "exposicion", "participacion", "presentacion", "dialogo", "intercambio", "pasantia",
			"ceremonia", "recepcion", "mesa", "jornada", "mision", "capacitacion", "lanzamiento", "asesoria", "festival",
			"concurso", "evento", "clausura", "inauguracion", "cierre", "boletin", "videoconferencia", "panel",
			"conmemoracion", "celebracion", "asamblea", "consulta", "acompanamiento", "programa", "proyecto", "viaje",
			"difusion", "colocacion", "proyeccion", "mencion", "articulo", "catalogo", "estudio", "serie",
			"experiencia", "clase", "intervencion", "capitulo", "fuerza", "lectura", "homenaje", "gira", "retiro",
			"memorando", "memorandum", "convenio", "seguimiento", "revision", "informe", "trabajo", "adhesion");

	private static final Pattern DATED_ITEM = Pattern.compile(
			"^(\\d{1,2})\\s+(?:de\\s+)?(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)(?:\\s+de\\s+\\d{4})?\\s*:\\s*(.+)$",
			Pattern.CASE_INSENSITIVE);

	/**
	 * A heading's date in parentheses at the end of its line; the year and the modality may
	 * follow it ("(12 de agosto) de 2021, de manera presencial").
	 */
	private static final Pattern END_PAREN = Pattern.compile("\\(([^()]{3,60})\\)(?:\\s+de\\s+\\d{4})?"
			+ "(?:,?\\s*(?:de manera|de forma|en formato|en modalidad)\\s+\\p{L}+)?"
			+ "(?:\\s*\\.?\\s*$|,\\s+(?=(?:en (?:el|la|los|las) que|en (?:el|la) cual|donde|en donde)\\s))");

	private static final Pattern QUOTED_THEN_CLAUSE = Pattern.compile("^(“[^”]{4,}”),\\s+\\p{Ll}.*$");

	/** A line that closes a parenthesis opened on the line above: "(8\nde octubre)". */
	private static final Pattern PAREN_CLOSES = Pattern.compile("^[^()]{1,40}\\)\\s*\\.?\\s*$");

	private static final Pattern EJE = Pattern.compile("(?i)^\\s*eje\\s+(\\d)\\.?\\s*(.*)$");

	private static final Pattern SENTENCE_END = Pattern.compile("[.;](?=\\s+[\\p{Lu}“\"(¿¡])|[.;]\\s*$");

	private static final String TITLE_WORDS = "Jef[ae] de Gobierno|Subsecretari[oa]|Secretari[oa]|Subdirector(?:a)?|Director(?:a)?"
			+ "|Embajador(?:a)?|Alcalde(?:sa)?|President[ea]|Vicepresident[ea]|Ministr[oa]|Coordinador(?:a)?|[Tt]itular"
			+ "|Representante|C[oó]nsul|Gobernador(?:a)?|Canciller|Comisionad[oa]|Fiscal|Rector(?:a)?|Consejer[oa]"
			+ "|Gerente|Asesor(?:a)?|Fundador(?:a)?|Encargad[oa]|Agregad[oa]|Intendente|Senador(?:a)?|Diputad[oa]"
			+ "|Enviad[oa]|Jef[ae]|Viceministr[oa]|Viceconsejer[oa]|Teniente de Alcalde|exalcaldesa|exalcalde|expresident[ea]"
			+ "|[Aa]lcalde(?:sa)?|[Ee]mbajador(?:a)?|" + Offices.LOWER_CASE_TITLES;

	private static final String NAME = "(?:Excm[oa]\\.\\s+(?:Sr[a]?\\.\\s+)?|Dr[a]?\\.\\s+|Mtr[oa]\\.\\s+|Lic\\.\\s+|Ing\\.\\s+|Sr[a]?\\.\\s+)?"
			+ "(\\p{Lu}[\\p{L}'’\\-]+(?:\\s+(?:de\\s+la\\s+|de\\s+los\\s+|del\\s+|de\\s+)?\\p{Lu}[\\p{L}'’\\-]+){1,4})";

	/** An acronym in parentheses inside a title: "el Director General del IMSS (imss), …". */
	private static final String ACRONYM = "\\(\\p{L}[\\p{L}\\-&]{1,11}(?:\\s+por\\s+sus\\s+siglas[^)]{0,20})?\\)";

	/** "la Directora General de la UNESCO, Audrey Azoulay" */
	private static final Pattern TITLE_THEN_NAME = Pattern
		.compile("\\b(?:el|la|al|del|los|las)?\\s*((?:" + TITLE_WORDS + ")\\b(?:[^,;:()]|" + ACRONYM + "){0,140}?),\\s+(?:el\\s+|la\\s+)?" + NAME
				+ "(?=\\s*[,;.)]|\\s+y\\s|\\s+en\\s|\\s+\\(|\\s+quien|\\s+(?:fue|firm|recib|particip|asisti|present|destac|abund|expus|inform|se\\s)|\\s+(?:el|la)\\s+(?:" + TITLE_WORDS + ")\\b|\\s*$)");

	private static final Pattern LAST_TITLE = Pattern.compile("(?<=\\s)(?:" + TITLE_WORDS + ")\\b");

	/** "Claudia López, Alcaldesa de Bogotá" */
	private static final Pattern NAME_THEN_TITLE = Pattern
		.compile("(?<![\\p{L}])" + NAME + ",\\s+((?:" + TITLE_WORDS + "|asesor(?:a)?|investigador(?:a)?|directora?|secretari[oa]|coordinador(?:a)?|fundador(?:a)?|representante|presidente|presidenta)\\b(?:[^,;:()]|" + ACRONYM + "){0,140}?)(?=\\s*[,;.:]|\\s+y\\s)");

	/** "Secretaría del Medio Ambiente (Marina Robles)" */
	private static final Pattern ORG_THEN_NAME = Pattern
		.compile("(Secretar[ií]a|Coordinaci[oó]n|Direcci[oó]n|Instituto|Agencia|Alcald[ií]a)([^()]{2,80}?)\\s\\(" + NAME + "\\)");

	private static final Pattern FUNDING = Pattern.compile(
			"(?i)\\b(don[oó]|donaci[oó]n|donaciones|donativo|dona|financiamiento|financiad[oa]|financi[oó]|aport[oó]|otorg[oó]|entreg[oó]|recursos? por)\\b");

	private static final Pattern IN_KIND = Pattern.compile(
			"(?i)\\b(\\d{1,3}(?:,\\d{3})*|\\d+)\\s+((?:litros|latas|caretas|cubrebocas|ventiladores|botellas|empaques|sillas|kits|pruebas|equipos?|toneladas|paquetes|piezas|mascarillas|guantes|despensas|dosis)(?:\\s+(?:de|con|para|acr[ií]licas|reutilizables)?\\s*[\\p{L}]+){0,3})");

	private static final Pattern MONTHS_WORD = Pattern.compile(
			"(?i)^(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)$");

	private final ReportLines text;

	private final Registry registry;

	private final Linker linker;

	private final String reportId;

	private final LocalDate periodStart;

	private final LocalDate periodEnd;

	private final String prefix;

	private final Map<String, Map<String, Object>> candidates = new LinkedHashMap<>();

	private final Set<String> eventIds = new HashSet<>();

	private final List<Map<String, Object>> relationships = new ArrayList<>();

	private final Set<String> relationshipKeys = new HashSet<>();

	Drafter(ReportLines text, Registry registry, String reportId, LocalDate periodStart, LocalDate periodEnd) {
		this.text = text;
		this.registry = registry;
		this.linker = new Linker(registry);
		this.reportId = reportId;
		this.periodStart = periodStart;
		this.periodEnd = periodEnd;
		Matcher m = Pattern.compile("informe-\\d\\d(\\d\\d)-(\\d)").matcher(reportId);
		this.prefix = m.matches() ? "s" + m.group(1) + m.group(2) + "-" : reportId + "-";
	}

	/** One event found, with the blocks that tell about it. */
	private static final class Found {

		String title;

		int line;

		String quote;

		SpanishDates.Span date;

		/** The heading's date as written ("18 y 22 de octubre"), for HeadingSplits. */
		String dateText;

		String section;

		String eje;

		String part;

		double confidence;

		ReportLines.Block block;

		int bodyFrom;

		int headingEnd;

		/** Where the heading (or the sentence, for an event told in running text) starts. */
		int from = -1;

		/** The text that tells about the event, after its heading. */
		final List<Span> body = new ArrayList<>();

		/** For an item of a list, the sentence that introduced the list: its parties take part in every item. */
		Span intro;

	}

	Draft draft(String title) {
		// a first reading proposes every new entity the report names, wherever it first does so;
		// the second credits each one at every event that names it, as a registered entity would be
		Drafter first = new Drafter(this.text, this.registry, this.reportId, this.periodStart, this.periodEnd);
		first.draftOnce(title);
		for (Map<String, Object> c : first.candidates.values()) {
			// only a name the text writes (a candidate made from a title, "Embajada de España en
			// México" from its envoy's, is no name to find elsewhere)
			// nor a project, never a party: what a project's words say belongs to the text around them
			if (!((List<?>) c.get("mentions")).isEmpty() && !"Project".equals(c.get("type"))) {
				know(c);
			}
		}
		return draftOnce(title);
	}

	/** Takes a candidate proposed by an earlier reading: its names then link as the registry's do. */
	@SuppressWarnings("unchecked")
	private void know(Map<String, Object> c) {
		String id = (String) c.get("id");
		this.candidates.put(id, c);
		this.linker.add((String) c.get("name"), id);
		List<String> names = new ArrayList<>((List<String>) c.get("aliases"));
		String shortName = "Person".equals(c.get("type")) ? Candidates.givenAndFirstSurname((String) c.get("name")) : null;
		if (shortName != null) {
			names.add(shortName);
		}
		for (String a : names) {
			if (this.linker.ids(a).isEmpty()) {
				this.linker.add(a, id);
			}
		}
	}

	private Draft draftOnce(String title) {
		List<Found> found = findEvents();
		attachBodies(found);
		bodiesBefore(found);
		endAtTables(found);
		datesFromOpenings(found);
		found = splitHeadings(found);
		found = withInlineEvents(found);
		sheetRuns(found);
		sheetFields(found);
		selfReferences(found);
		List<Map<String, Object>> events = new ArrayList<>();
		for (Found f : found) {
			events.add(event(f));
		}
		SharedMentions.keepInnermost(events, this::ours);
		SharedMentions.dropBelowOtherHeadings(events, this::ours, this.text, readLines(found));
		OtherActivities.dropFromLaterActivities(events, this.text);
		SectionAgencies.credit(events, found.stream().map(Drafter::reads).toList(), this.text, cityAgencies(), this::ours);
		this.items = found;
		for (ReportLines.Block b : this.text.blocks) {
			relationshipsIn(b, found);
			// positions are told outside events too (a body standing before its heading)
			positionsIn(b, 0, b.text().length());
		}
		Map<String, Object> report = new LinkedHashMap<>();
		Map<String, Object> header = new LinkedHashMap<>();
		header.put("id", this.reportId);
		header.put("file", this.reportId + ".txt");
		header.put("title", title);
		header.put("periodStart", this.periodStart.toString());
		header.put("periodEnd", this.periodEnd.toString());
		header.put("review", PENDING);
		report.put("report", header);
		report.put("events", events);
		report.put("relationships", this.relationships);
		return new Draft(report, new ArrayList<>(this.candidates.values()));
	}

	// ---------------------------------------------------------------- events

	private List<Found> findEvents() {
		List<Found> out = new ArrayList<>();
		String section = null;
		String eje = null;
		String part = null;
		String listHeading = null;
		boolean inList = false;
		Span intro = null;
		ListIntros.ByHeading<Span> introsByHeading = new ListIntros.ByHeading<>();
		for (int bi = 0; bi < this.text.blocks.size(); bi++) {
			ReportLines.Block b = this.text.blocks.get(bi);
			String first = clean(b.lineText(b.first()));
			Matcher ej = EJE.matcher(first);
			if (ej.matches()) {
				StringBuilder name = new StringBuilder(ej.group(2));
				for (int l = b.first() + 1; l <= b.last(); l++) {
					name.append(' ').append(b.lineText(l));
				}
				eje = "Eje " + ej.group(1) + ". " + sentenceCase(name.toString().strip());
				continue;
			}
			Matcher pm = Pattern.compile("^PARTE\\s+(I{1,3})\\.?$").matcher(first);
			if (pm.matches()) {
				part = pm.group(1);
				eje = null;
				continue;
			}
			// a list introduced by "…como:" goes on over blocks: a sidebar heading stands among
			// its items (skipped), a line that goes on from the last item is part of it, and the
			// first paragraph of prose ends it
			if (inList) {
				if (sidebarHeading(b)) {
					// two section titles in a row: the items after them are another section's
					if (bi > 0 && sidebarHeading(this.text.blocks.get(bi - 1))) {
						intro = null;
					}
					continue;
				}
				// "••" (the bullets of a layout, no words) stands among the items
				if (b.text().codePoints().noneMatch(Character::isLetter)) {
					continue;
				}
				String head = clean(b.lineText(b.first())).strip();
				if (!head.isEmpty() && !Character.isLowerCase(head.codePointAt(0)) && !head.startsWith("“")
						&& !listItemStart(b, b.first())
						&& !DATED_ITEM.matcher(head).matches() && !datedHeadings(b)) {
					inList = false;
					intro = null;
				}
			}
			// headings ending with their date in parentheses, possibly several in one block
			int itemStart = 0;
			boolean any = false;
			Found open = null;
			for (int l = b.first(); l <= b.last(); l++) {
				String lt = b.lineText(l);
				int lineStart = b.starts()[l - b.first()];
				int lineEnd = l < b.last() ? b.starts()[l - b.first() + 1] : b.text().length();
				Matcher dm = DATED_ITEM.matcher(clean(lt));
				if (dm.matches() && open != null) {
					open = closeItem(open, b, lineStart, out);
				}
				if (dm.matches()) {
					Found f = new Found();
					SpanishDates.Span d = SpanishDates.find(dm.group(1) + " de " + dm.group(2), this.periodStart, false);
					f.date = d;
					String item = dm.group(3).replaceAll("[.;]$", "").strip();
					f.title = listHeading != null ? listHeading + ": " + item : item;
					f.line = l;
					f.from = lineStart;
					ReportLines.Quote q = this.text.quote(b, lineStart, lineEnd);
					f.quote = q == null ? null : q.text();
					f.block = b;
					f.bodyFrom = lineEnd;
					f.headingEnd = lineEnd;
					f.confidence = 0.7;
					f.intro = inList ? intro : null;
					set(f, section, eje, part);
					if (f.quote != null) {
						out.add(f);
						any = true;
					}
					itemStart = lineEnd;
					continue;
				}
				// a date parenthesis broken over two lines: read both lines as one
				int nextEnd = l + 1 < b.last() ? b.starts()[l + 1 - b.first() + 1] : b.text().length();
				boolean twoLines = l < b.last() && lt.lastIndexOf('(') > lt.lastIndexOf(')')
						&& PAREN_CLOSES.matcher(b.lineText(l + 1)).matches();
				String lt2 = twoLines ? lt + " " + b.lineText(l + 1) : lt;
				// "…Mundial\n27 de agosto)": the opening parenthesis lost, read as if it stood there
				String restored = twoLines || l == b.first() ? null : EventItems.restoredParen(lt, b.lineText(l - 1));
				lt2 = restored != null ? restored : lt2;
				Matcher pm2 = END_PAREN.matcher(lt2);
				if (pm2.find()) {
					SpanishDates.Span d = SpanishDates.whole(pm2.group(1), this.periodStart);
					int parenAt = lineStart + Math.max(0, pm2.start() - (restored != null ? 1 : 0));
					if (twoLines) {
						lineEnd = nextEnd;
					}
					int titleStart = titleStart(b, itemStart, parenAt);
					String title = clean(b.text().substring(titleStart, parenAt)).strip();
					int longest = EventItems.longestTitle(clean(b.text().substring(titleStart, parenAt)).strip());
					int cut = EventItems.titleCut(b.text().substring(titleStart, parenAt), longest);
					if (cut > 0) {
						parenAt = titleStart + cut;
						title = clean(b.text().substring(titleStart, parenAt)).strip();
					}
					if (d != null && title.length() >= 8 && title.length() <= longest && startsLikeTitle(title)) {
						// a section heading glued on top of the event's heading
						int split = sectionSplit(b, titleStart, parenAt);
						if (split > titleStart) {
							section = clean(b.text().substring(titleStart, split)).strip();
							titleStart = split;
							title = clean(b.text().substring(titleStart, parenAt)).strip();
						}
						// " Rolling With It: … Conference (27 de octubre)" opening a text box of its own under
						// "Asesoría técnica de … al equipo de Apoyo Vial": the lines above it are an undated heading
						String left = clean(b.text().substring(itemStart, titleStart)).strip();
						if (open == null && titleStart > itemStart && EventItems.leftoverHeading(left)
								&& EventItems.opensBox(this.text.lines.get(b.lineAt(titleStart) - 1))) {
							Optional<SpanishDates.Span> told = EventItems.toldAbove(left, paragraphsAbove(bi), this.periodStart);
							if (told != null || EventItems.namesSomeone(left)) {
								int from = itemStart;
								while (Character.isWhitespace(b.text().charAt(from))) {
									from++;
								}
								Found g = headingEvent(b, from, left, told == null ? null : told.orElse(null), 0.5, section, eje, part, out);
								g.headingEnd = titleStart;
								g.bodyFrom = titleStart;
							}
						}
						Found f = new Found();
						f.title = title.replaceAll("[,:]$", "");
						// "“Vietnam-Atracción eterna”, con motivo de …": the quoted name is the title
						Matcher quoted = QUOTED_THEN_CLAUSE.matcher(f.title);
						if (quoted.matches()) {
							f.title = quoted.group(1);
						}
						f.date = d;
						f.dateText = pm2.group(1);
						f.line = b.lineAt(titleStart);
						f.from = titleStart;
						ReportLines.Quote q = this.text.quote(b, titleStart, Math.min(parenAt, titleStart + 120));
						f.quote = q == null ? null : q.text();
						f.line = q == null ? f.line : q.line();
						f.block = b;
						f.bodyFrom = lineEnd;
						f.headingEnd = lineEnd;
						f.confidence = 0.9;
						// "Embajador de Guatemala en México, … (06 de agosto)" under "… Entre ellas destacan:"
						f.intro = inList ? intro : null;
						set(f, section, eje, part);
						if (open != null) {
							// an undated item of a list ends where this dated heading starts
							open = open.from < titleStart ? closeItem(open, b, titleStart, out) : null;
						}
						if (f.quote != null) {
							out.add(f);
							any = true;
						}
						itemStart = lineEnd;
						if (twoLines) {
							l++;
						}
						continue;
					}
				}
				if (inList && listItemStart(b, l)) {
					if (open != null) {
						closeItem(open, b, lineStart, out);
					}
					open = new Found();
					open.from = lineStart;
					open.block = b;
					open.intro = intro;
					set(open, section, eje, part);
				}
				// a quoted title or a "Title: subtitle (date)" heading going on over the next line
				boolean titleGoesOn = EventItems.quoteOpen(b.text().substring(itemStart, lineEnd))
						|| (l < b.last() && EventItems.subtitleFollows(lt, b.lineText(l + 1)));
				if (EventItems.endsClause(lt) && !titleGoesOn) {
					itemStart = lineEnd;
				}
				if (introducesList(lt) && !titleGoesOn) {
					if (open != null) {
						open = closeItem(open, b, lineStart, out);
					}
					inList = true;
					int from = sentenceStart(b.text(), lineStart);
					// "… realizó 20 reuniones … Entre ellas destacan:": the paragraph introduces the list
					intro = new Span(b, ListIntros.pointsBack(b.text().substring(from, lineEnd)) ? 0 : from, lineEnd);
					if (bi > 0 && shortHeading(this.text.blocks.get(bi - 1))) {
						introsByHeading.remember(clean(this.text.blocks.get(bi - 1).text()), intro);
					}
				}
			}
			if (open != null) {
				closeItem(open, b, b.text().length(), out);
				open = null;
				any = true;
			}
			if (any) {
				listHeading = null;
				continue;
			}
			// a short block on its own: an undated event heading, a list's heading or a section
			// "…con Portland 2Desarrollo económico": the sidebar's digit glued to a section heading below
			String whole = clean(b.text()).strip().replaceFirst("\\s2\\p{Lu}.*$", "");
			// "Inclusión social" over " Mención especial Premio oidp": a section's title glued on top
			int glued = HeadingSplits.gluedSectionEnd(this.text.lines.subList(b.first() - 1, b.last()));
			if (glued > 0 && shortHeading(b)) {
				section = sentenceCaseIfShouting(clean(b.text().substring(0, b.starts()[glued])).strip());
				whole = clean(b.text().substring(b.starts()[glued])).strip();
			}
			if (b.lineCount() <= 4 && whole.length() <= 170 && !whole.endsWith(".") && startsLikeTitle(whole)
					&& !whole.endsWith(",")) {
				String w = firstWord(whole);
				boolean next = bi + 1 < this.text.blocks.size();
				ReportLines.Block nb = next ? this.text.blocks.get(bi + 1) : null;
				// (a long heading of three lines is no paragraph)
				// (a block opening in lower case goes on with a sentence from another column or page)
				boolean nextIsBody = nb != null && nb.text().length() > 120 && !shortHeading(nb)
						&& !(EventItems.goesOnFromElsewhere(nb.text()) && EventItems.readsAsHeading(whole));
				// two headings stacked over one paragraph: it tells about the one whose words it shares
				// (an undated one: a dated heading has a paragraph of its own)
				ReportLines.Block rival = nextIsBody && bi > 0 && undatedHeading(this.text.blocks.get(bi - 1))
						? this.text.blocks.get(bi - 1) : null;
				if (!nextIsBody && nb != null && undatedHeading(nb) && bi + 2 < this.text.blocks.size()
						&& this.text.blocks.get(bi + 2).text().length() > 120 && !shortHeading(this.text.blocks.get(bi + 2))) {
					rival = nb;
					nb = this.text.blocks.get(bi + 2);
					nextIsBody = true;
				}
				// the losing heading of a stack is an event of its own, undated (its paragraph is elsewhere)
				boolean bodyDates = rival == null
						|| HeadingSplits.tellsAbout(whole, clean(rival.text()), EventItems.firstSentence(nb.text()));
				boolean nextIsList = nb != null && DATED_ITEM.matcher(clean(nb.lineText(nb.first()))).matches();
				if (nextIsList) {
					listHeading = whole;
					// the same list again under its heading, its introduction left above the first part
					Span earlier = introsByHeading.under(whole);
					if (earlier != null && !inList) {
						inList = true;
						intro = earlier;
					}
					continue;
				}
				int headFrom = glued > 0 ? b.starts()[glued] : 0;
				// "Intercambio de experiencias" over an undated paragraph is a section's title: an
				// undated heading must name someone to be an event
				if (eventWord(w) && nextIsBody && whole.length() >= 12
						&& (EventItems.namesSomeone(whole) || bodyDates && firstDate(nb) != null)) {
					headingEvent(b, headFrom, whole, bodyDates ? firstDate(nb) : null, 0.6, section, eje, part, out);
					continue;
				}
				// "Acreditación a la Universidad de la Policía … (calea)" over "El pasado 24 de
				// noviembre, se acreditó …": a heading naming someone, dated by its body's first sentence
				SpanishDates.Span told = nextIsBody && EventItems.namesSomeone(whole)
						&& !EventItems.FIELD.matcher(nb.text()).find()
						? SpanishDates.find(EventItems.firstSentence(nb.text()), this.periodStart, false) : null;
				if (told != null) {
					headingEvent(b, headFrom, whole, bodyDates ? told : null, 0.5, section, eje, part, out);
					continue;
				}
				// "Premio de Buenas Prácticas Regionales oru fogar y pnud art" closing its section, under
				// the paragraphs that told about it ("El 2 de diciembre de 2021, en el marco de la
				// ceremonia del VI Premio de Buenas Prácticas Regionales, …")
				// (or over a paragraph that shares none of its words: the next heading's, in a column
				// where each heading closes its paragraphs)
				boolean nextTellsOther = nextIsBody && EventItems.contained(whole, nb.text()) == 0;
				if ((!nextIsBody || !bodyDates || nextTellsOther) && contentWords(whole).size() >= 3
						&& !whole.equals(whole.toUpperCase(Locale.ROOT))) {
					Optional<SpanishDates.Span> d = EventItems.toldAbove(whole, paragraphsAbove(bi), this.periodStart);
					if (d != null) {
						headingEvent(b, headFrom, whole, d.orElse(null), 0.5, section, eje, part, out);
						continue;
					}
				}
				if (whole.length() <= 90 && !eventWord(w) && !whole.contains("(")
						&& Character.isUpperCase(whole.charAt(0))) {
					section = sentenceCaseIfShouting(whole);
				}
			}
		}
		return out;
	}

	/**
	 * A block of headings each ending with its date ("Embajador de Guatemala en México, … (06 de
	 * agosto)"): the items of a list, not the paragraph that ends it.
	 */
	private boolean datedHeadings(ReportLines.Block b) {
		String t = clean(b.text()).strip();
		Matcher m = END_PAREN.matcher(t);
		for (int l = b.first(); l <= b.last(); l++) {
			if (clean(b.lineText(l)).strip().endsWith(".")) {
				return false;
			}
		}
		return m.find() && m.end() == t.length() && SpanishDates.whole(m.group(1), this.periodStart) != null;
	}

	/** The paragraphs right above block {@code bi}, nearest first, up to a heading (at most three). */
	private List<String> paragraphsAbove(int bi) {
		List<String> above = new ArrayList<>();
		// "… las cuales recogen las reflexiones surgidas de los diálogos:" introduces a list of names, not a heading's body
		if (bi > 0 && this.text.blocks.get(bi - 1).text().strip().endsWith(":")) {
			return above;
		}
		for (int k = bi - 1; k >= Math.max(0, bi - 3) && !shortHeading(this.text.blocks.get(k)); k--) {
			above.add(this.text.blocks.get(k).text());
		}
		return above;
	}

	/** An event from a heading standing on its own block, from {@code from} (after a glued section title). */
	private Found headingEvent(ReportLines.Block b, int from, String title, SpanishDates.Span date, double confidence,
			String section, String eje, String part, List<Found> out) {
		Found f = new Found();
		f.title = title;
		f.date = date;
		ReportLines.Quote q = this.text.quote(b, from, Math.min(b.text().length(), from + 120));
		f.quote = q == null ? null : q.text();
		f.line = q == null ? b.lineAt(from) : q.line();
		f.block = b;
		f.from = from;
		f.bodyFrom = b.text().length();
		f.headingEnd = b.text().length();
		f.confidence = confidence;
		set(f, section, eje, part);
		if (f.quote != null) {
			out.add(f);
		}
		return f;
	}

	/** A heading on its own block that gives no date of its own. */
	private boolean undatedHeading(ReportLines.Block b) {
		Matcher m = END_PAREN.matcher(clean(b.text()));
		return shortHeading(b) && !(m.find() && SpanishDates.whole(m.group(1), this.periodStart) != null);
	}

	/** A block that reads as a heading on its own: at most four lines, short, no sentence's end. */
	private static boolean shortHeading(ReportLines.Block b) {
		String t = clean(b.text()).strip();
		return b.lineCount() <= 4 && t.length() <= 170 && !t.isEmpty() && !t.endsWith(".") && !t.endsWith(",")
				&& startsLikeTitle(t);
	}

	/** Words that open an item of a list of activities ("Reunión …", "Publicación final de …"). */
	private static final Set<String> ITEM_WORDS = Set.of("consejo", "declaracion", "publicacion", "propuesta",
			"documento", "contribucion", "contribuciones", "presencia", "apoyo", "asistencia", "organizacion",
			"caminata", "recorrido", "recorridos", "feria", "seminarios", "talleres", "ciclo", "webinars", "concierto",
			"conversatorios", "foros", "encuentros", "paneles", "premiacion", "entrega", "firma", "gestion",
			"elaboracion", "realizacion", "participaciones", "acompanamientos", "presentaciones", "colaboracion");

	/** Roman numerals and ordinals opening an event's name ("XIII Feria …", "4a Edición …"). */
	/** "xxvii", "4a", "8o", "tercer": an edition's number opens an event's title ("XXVII Reunión …", "Tercer Foro …"). */
	private static final Pattern ORDINAL = Pattern.compile(
			"^(?:(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})|\\d{1,2}(?:a|o|er|ra|va|vo|º|ª)|primer[oa]?|segund[oa]|tercer[oa]?|cuart[oa]|quint[oa]|sext[oa]|s[eé]ptim[oa]|octav[oa]|noven[oa]|d[eé]cim[oa])$");

	/** A heading's first word that makes it an event: an activity word or an edition's number. */
	private static boolean eventWord(String w) {
		return EVENT_WORDS.contains(w) || ORDINAL.matcher(w).matches();
	}

	/** "NH HOTEL GROUP: se impartió un seminario …": an item opened by a name in capitals. */
	private static final Pattern CAPS_ITEM = Pattern.compile("^\\p{Lu}[\\p{Lu}\\d&.\\- ]{2,40}:\\s+\\S");

	/** Connectors a line may end with when the next line goes on with the same item. */
	private static final Set<String> CONNECTORS = Set.of("de", "del", "la", "el", "y", "e", "en", "con", "para", "los",
			"las", "a", "al", "por", "sobre", "entre", "que", "o", "u", "su", "sus", "un", "una");

	/** Whether a line ends a sentence that introduces a list ("…se destacan:", "…como:"). */
	static boolean introducesList(String line) {
		String t = line.strip();
		// "Sesión 4:" names a part of an event's title, not a list
		if (!t.endsWith(":") || t.split("\\s+").length < 3 || t.matches(".*\\d\\s*:$")) {
			return false;
		}
		// "… “Impactos diferenciados por Covid-19 y movilidad humana:" is a title going on
		return t.chars().filter(c -> c == '“').count() <= t.chars().filter(c -> c == '”').count();
	}

	/** Whether a line of a list opens a new item rather than going on with the last one. */
	private static boolean listItemStart(ReportLines.Block b, int l) {
		String lt = clean(b.lineText(l)).strip();
		if (lt.isEmpty() || !startsLikeTitle(lt)) {
			return false;
		}
		if (l > b.first()) {
			String prev = clean(b.lineText(l - 1)).strip();
			String last = prev.replaceAll(".*\\s", "").toLowerCase(Locale.ROOT);
			if (CONNECTORS.contains(last) || prev.endsWith("-") || prev.endsWith("“")) {
				return false;
			}
		}
		if (CAPS_ITEM.matcher(lt).find()) {
			return true;
		}
		String w = firstWord(lt);
		return eventWord(w) || ITEM_WORDS.contains(w);
	}

	/** A sidebar's section title standing among a list's items: two or three short lines. */
	private static boolean sidebarHeading(ReportLines.Block b) {
		if (b.lineCount() > 3) {
			return false;
		}
		for (int l = b.first(); l <= b.last(); l++) {
			String lt = clean(b.lineText(l)).strip();
			if (lt.length() >= 35 || lt.endsWith(".") || lt.endsWith(")")) {
				return false;
			}
		}
		return b.lineCount() >= 2;
	}

	/** What ends an item's name: the clause that goes on to tell about it. */
	private static final Pattern ITEM_TITLE_END = Pattern.compile(
			",\\s+(?:donde|en (?:el|la) (?:que|cual)|organizad[oa]s?|que\\s|con el (?:objetivo|fin)|a fin|el cual|la cual|en el marco|realizad[oa]|celebrad[oa]|con la participaci)"
					+ "|\\.\\s|\\.$|;|\\s+\\((?:[^()]*\\d[^()]*)\\)|\\s+Dirigid[oa]s?\\s|\\s+[Ii]mpartid[oa]s?\\s|(?<=”):\\s"
					+ "|\\s(?=(?:Fechas?|Modalidad|Objetivo|Participantes)\\s*:)");

	/** "Participación en el …", "Asistencia virtual a la …": what the list says was done, not the event's name. */
	private static final Pattern ITEM_LEAD = Pattern.compile(
			"^(?:Participaci[oó]n|Asistencia(?:\\s+(?:virtual|presencial))?|Apoyo|Seguimiento)\\s+(?:en|a|al|para)\\s+(?:(?:el|la|los|las)\\s+)?(?=\\p{Lu}|[a-z])");

	/**
	 * Turns an open list item [item.from, end) into an event when its text names one: the
	 * title is the item up to the clause that tells about it; its date, if the item gives one.
	 * @return null, for the caller to forget the item
	 */
	private Found closeItem(Found item, ReportLines.Block b, int end, List<Found> out) {
		String t = b.text();
		end = Math.min(end, t.length());
		if (end <= item.from) {
			return null;
		}
		String text = t.substring(item.from, end);
		Matcher caps = CAPS_ITEM.matcher(clean(text).strip());
		int titleFrom = 0;
		if (caps.find()) {
			titleFrom = text.indexOf(':') + 1;
			Matcher verb = Pattern.compile("^\\s*se\\s+(?:impart|realiz|llev|organiz|present)\\p{L}*(?:\\s+a\\s+cabo)?\\s+(?:un[oa]?s?\\s+)?")
				.matcher(text.substring(titleFrom));
			if (verb.find()) {
				titleFrom += verb.end();
			}
		}
		Matcher e = ITEM_TITLE_END.matcher(text);
		int titleEnd = e.find(titleFrom) ? e.start() : text.length();
		titleEnd = Math.min(titleEnd, titleFrom + 220);
		String title = clean(text.substring(titleFrom, titleEnd)).strip().replaceAll("[,:;.]$", "").strip();
		title = ITEM_LEAD.matcher(title).replaceFirst("");
		if (title.isEmpty()) {
			return null;
		}
		title = Character.toUpperCase(title.charAt(0)) + title.substring(1);
		if (title.length() < 8 || contentWords(title).size() < 2) {
			return null;
		}
		ReportLines.Quote q = this.text.quote(b, item.from, Math.min(end, item.from + Math.max(titleEnd, 20)));
		if (q == null) {
			return null;
		}
		item.title = title;
		item.date = SpanishDates.find(text, this.periodStart, false);
		item.line = q.line();
		item.quote = q.text();
		item.headingEnd = item.from + Math.min(text.length(), Math.max(titleEnd, titleFrom));
		item.bodyFrom = item.headingEnd;
		item.confidence = 0.5;
		out.add(item);
		List<String> joined = EventItems.joinedActivities(title, w -> eventWord(w) || ITEM_WORDS.contains(w));
		if (joined.size() > 1) {
			item.title = joined.get(0);
			Found second = new Found();
			second.title = joined.get(1);
			second.date = item.date;
			second.line = item.line;
			second.quote = item.quote;
			second.from = item.from;
			second.block = item.block;
			second.intro = item.intro;
			second.headingEnd = item.headingEnd;
			second.bodyFrom = item.bodyFrom;
			second.confidence = item.confidence;
			set(second, item.section, item.eje, item.part);
			out.add(second);
		}
		return null;
	}

	private static final Pattern COURSE = Pattern.compile("(?m)^\\s*2?(?:Curso|Taller|Seminario|Diplomado)\\s*:\\s*");

	private static final String NOUN = "Reuni[oó]n|Foro|Congreso|Cumbre|Taller|Seminario|Conferencia|Conversatorio|Sesi[oó]n|Encuentro"
			+ "|Panel|Di[aá]logo|Webinar|Curso|Asamblea|Festival|Feria|Jornada|Mesa|Concierto|Exposici[oó]n|Ceremonia|Kick-off|Pasant[ií]a";

	/** "XXVII Reunión", "Tercer Foro", "4a Edición": an ordinal before an event's name. */
	private static final String ORDINAL_WORD = "(?:(?:[IVXL]{1,6}|\\d{1,2}(?:a|o|ª|º)|Primer[ao]?|Segund[ao]|Tercer[ao]?|Cuart[ao]|Quint[ao])\\s+)?";

	/**
	 * "encabezó la reunión del Comité Organizador Internacional del Foro": an official leading
	 * an event told in a sentence; the event's name must hold a capitalised word (a name), so
	 * that "sostuvo una reunión con funcionarios" is no event of its own.
	 */
	private static final Pattern LED = Pattern.compile("\\b(?:encabez[oó]|presidi[oó]|inaugur[oó]|clausur[oó]|organiz[oó]|moder[oó])"
			+ "\\s+(?:el|la|los|las)\\s+(" + ORDINAL_WORD + "(?i:" + NOUN + ")\\s+(?:de|del|de la|sobre)\\s+[^.;()]{0,30}?\\p{Lu}[^.;()]{2,120}?)"
			+ "(?=,\\s|\\.|;|\\s+y\\s+present|\\s+para\\s|\\s+en el marco|\\s+con el\\s|\\s+a fin|\\s+donde|\\s+que\\s|\\s+el pasado|\\s+el \\d|\\s+del? \\d|$)");

	/** "El 9 de julio, se realizó un viaje de familiarización dirigido al mercado europeo" */
	private static final Pattern HELD_EVENT = Pattern.compile("\\b[Ss]e\\s+(?:realiz[oó]|llev[oó] a cabo|celebr[oó]|organiz[oó])"
			+ "\\s+(?:(?:de (?:forma|manera)|en formato) \\p{L}+\\s+)?(?:el|la|un|una)\\s+(" + ORDINAL_WORD
			+ "(?i:" + NOUN + "|viaje|visita|evento|intercambio)\\s+(?:de|del|de la|sobre|con|entre|en)\\s+[^.;()]{6,140}?)"
			+ "(?=,\\s|\\.|;|\\s+para\\s|\\s+en el marco|\\s+con el (?:objetivo|fin)|\\s+a fin|\\s+donde|\\s+en (?:el|la) que|\\s+que\\s|$)");

	/** "participó de manera virtual en el Congreso de Metropolis" */
	private static final Pattern TOLD = Pattern.compile("(?:particip[oó]|asisti[oó]|form[oó] parte|fue ponente|ponente en|intervino|colabor[oó]|particip[oó] como [\\p{L} ]{3,30})"
			+ "(?:\\s+[^.;]{0,60}?)?\\s+(?:en|de|a)\\s+(?:el|la|los|las)\\s+(" + ORDINAL_WORD + "(?:" + NOUN + ")\\b(?:[^.;()]|\\([^()]{1,12}\\)){3,140}?)"
			+ "(?=,\\s|\\.|;|\\s+para\\s|\\s+organizad|\\s+en el marco|\\s+con el\\s|\\s+a fin|\\s+donde|\\s+que\\s|\\s+celebrad|\\s+realizad|\\s+el pasado|\\s+el \\d|\\s+del? \\d|\\s+junto|$)");

	/**
	 * "el pasado 27 de octubre la adip participó en la reunión del Grupo de enfoque con
	 * Bloomberg": an event told in lower case, kept only when its sentence gives a day and its
	 * name holds a capitalised word, so that "participó en la reunión con funcionarios" is none.
	 */
	private static final Pattern TOLD_LOWER = Pattern.compile("\\b(?:particip[oó]|asisti[oó])"
			+ "(?:\\s+[^.;]{0,60}?)?\\s+en\\s+(?:el|la)\\s+(" + ORDINAL_WORD + "(?:reuni[oó]n|foro|congreso|cumbre|taller|seminario|conversatorio|encuentro|panel|di[aá]logo|asamblea|jornada)"
			+ "\\s+(?:de|del|de la|sobre)\\s+[^.;()]{0,30}?\\p{Lu}[^.;()]{2,120}?)"
			+ "(?=,\\s|\\.|;|\\s+para\\s|\\s+organizad|\\s+en el marco|\\s+con el (?:objetivo|fin)|\\s+a fin|\\s+donde|\\s+que\\s|\\s+el pasado|\\s+el \\d|\\s+del? \\d|\\s+junto|$)");

	/** "en el conversatorio virtual “Desarrollando Ciudades Resilientes, MCR2030”" */
	private static final Pattern NAMED = Pattern.compile("(?i)\\b(conversatorio|seminario|taller|foro|webinar|webinario|curso|panel|sesi[oó]n|conferencia|exposici[oó]n|concierto|festival|encuentro|di[aá]logo|ciclo de conferencias)"
			+ "((?:\\s+(?:virtual|en l[ií]nea|de alto nivel|magistral|web|internacional|regional|fotogr[aá]fica))?)\\s+(?:titulad[oa]\\s+)?[“\"]([^”\"]{5,160})[”\"]");

	/** "“Disaster Risk Reduction of Buildings” del 30 de agosto al 3 de septiembre" */
	private static final Pattern QUOTED = Pattern.compile("[“\"]([^”\"]{6,160})[”\"]");

	/**
	 * Events told in running text rather than under a heading: course sheets ("Curso: …"),
	 * quoted titles followed by their date, and "participó en el Foro …".
	 */
	private List<Found> withInlineEvents(List<Found> found) {
		List<Found> all = new ArrayList<>(found);
		List<String> titles = new ArrayList<>();
		found.forEach(f -> titles.add(f.title));
		Set<ReportLines.Block> headings = new HashSet<>();
		found.forEach(f -> headings.add(f.block));
		List<EventItems.QuotedSheet> quotedSheets = EventItems.quotedSheets(this.text);
		ReportLines.Block previous = null;
		for (ReportLines.Block b : this.text.blocks) {
			String t = b.text();
			String before = EventItems.sentenceGoingOn(previous == null ? null : previous.text(), t);
			previous = b;
			List<int[]> taken = new ArrayList<>();
			for (Found f : found) {
				if (f.block == b) {
					taken.add(new int[] { f.from >= 0 ? f.from : 0, f.headingEnd });
				}
			}
			for (EventItems.QuotedSheet qs : quotedSheets) {
				if (qs.block() == b) {
					SpanishDates.Span d = qs.dateLine() == 0 ? null
							: SpanishDates.find(this.text.lines.get(qs.dateLine() - 1), this.periodStart, false);
					// a sheet's title read as a heading took the date of the block under it; the run's
					// layout (fields above or below their titles) knows which date field is its own
					for (Found f : found) {
						if (f.block == b && f.confidence <= 0.6 && f.from < qs.end() && f.headingEnd > qs.start() && d != null) {
							f.title = qs.title();
							f.date = d;
						}
					}
					inline(all, titles, taken, b, qs.start(), qs.end(), qs.title(), d, 0.55);
				}
			}
			for (EventItems.Sheet c : EventItems.sheets(b)) {
				int end = t.indexOf('.', c.titleStart());
				int nl = end < 0 ? t.length() : end;
				Matcher sheet = SHEET_FIELD.matcher(t);
				if (sheet.find(c.titleStart()) && sheet.start() < nl) {
					nl = sheet.start();
				}
				String title = t.substring(c.titleStart(), Math.min(nl, c.titleStart() + 200)).strip();
				SpanishDates.Span d = SpanishDates.find(t.substring(nl, Math.min(t.length(), nl + 900)), this.periodStart, false);
				inline(all, titles, taken, b, c.start(), nl, title, d, SHEET_CONFIDENCE);
			}
			Matcher q = QUOTED.matcher(t);
			while (q.find()) {
				String after = t.substring(q.end(), Math.min(t.length(), q.end() + 60));
				SpanishDates.Span d = SpanishDates.find(after, this.periodStart, false);
				if (d != null && d.from() <= 6 && after.substring(0, d.from()).matches("[\\s,(]*(?:del?\\s*)?[\\s,(]*")) {
					inline(all, titles, taken, b, q.start(), q.end(), q.group(1).strip(), d, 0.5);
				}
			}
			Matcher n = NAMED.matcher(t);
			while (n.find()) {
				String title = Character.toUpperCase(n.group(1).charAt(0)) + n.group(1).substring(1) + n.group(2) + " “"
						+ n.group(3).strip() + "”";
				inline(all, titles, taken, b, n.start(), n.end(), title, sentenceDate(t, n.start(), n.end(), before), 0.5);
			}
			for (EventItems.Named named : EventItems.namedInText(t)) {
				// "en el marco del Foro … (26 de octubre)": only a date right after the name dates the frame
				String after = t.substring(named.end(), Math.min(t.length(), named.end() + 40));
				SpanishDates.Span own = after.matches("(?s)^\\s*\\([^()]*\\d[^()]*\\).*")
						? SpanishDates.find(after.substring(0, after.indexOf(')') + 1), this.periodStart, true) : null;
				SpanishDates.Span d = named.framing() ? own
						: own != null ? own : sentenceDate(t, named.start(), named.end(), before);
				inline(all, titles, taken, b, named.start(), named.end(), named.title(), d, NAMED_CONFIDENCE);
			}
			Matcher led = LED.matcher(t);
			while (led.find()) {
				String title = led.group(1).strip().replaceAll("\\s+(y|e|o)$", "");
				title = Character.toUpperCase(title.charAt(0)) + title.substring(1);
				inline(all, titles, taken, b, led.start(1), led.end(1), title, sentenceDate(t, led.start(1), led.end(1), before), 0.4);
			}
			Matcher held = HELD_EVENT.matcher(t);
			while (held.find()) {
				SpanishDates.Span d = sentenceDate(t, held.start(1), held.end(1), before);
				// undated, a sentence's "se realizó un taller" is too weak a cue; "Se llevó a cabo la
				// Sesión de Apertura" names its event
				if (d == null && !Character.isUpperCase(held.group(1).codePointAt(0))) {
					continue;
				}
				String title = held.group(1).strip().replaceAll("\\s+(y|e|o)$", "");
				title = Character.toUpperCase(title.charAt(0)) + title.substring(1);
				inline(all, titles, taken, b, held.start(1), held.end(1), title, d, 0.4);
			}
			for (EventItems.Named plural : EventItems.heldInPlural(t)) {
				inline(all, titles, taken, b, plural.start(), plural.end(), plural.title(),
						sentenceDate(t, plural.start(), plural.end(), before), 0.4);
			}
			for (EventItems.Named verb : EventItems.toldByVerb(t)) {
				SpanishDates.Span d = sentenceDate(t, verb.start(), verb.end(), before);
				int s = sentenceStart(t, verb.start());
				// "En dicho espacio, la Ciudad recibió un diploma …": the day of the event the sentence before told
				if (d == null && s > 1 && EventItems.refersBack(t.substring(s))) {
					d = sentenceDate(t, s - 2, s - 2, before);
				}
				inline(all, titles, taken, b, verb.start(), verb.end(), verb.title(), d, 0.4);
			}
			Matcher lower = TOLD_LOWER.matcher(t);
			while (lower.find()) {
				SpanishDates.Span d = sentenceDate(t, lower.start(1), lower.end(1), before);
				if (d != null && d.precision().equals("day")) {
					String title = lower.group(1).strip().replaceAll("\\s+(y|e|o)$", "");
					title = Character.toUpperCase(title.charAt(0)) + title.substring(1);
					inline(all, titles, taken, b, lower.start(1), lower.end(1), title, d, 0.4);
				}
			}
			int told = EventItems.paragraphTitleEnd(t, w -> eventWord(w));
			if (told > 0) {
				inline(all, titles, taken, b, 0, told, clean(t.substring(0, told)), sentenceDate(t, 0, told, before), PARAGRAPH_CONFIDENCE);
			}
			Found firstListed = null;
			int firstStart = 0;
			for (ActivityLists.Item it : ActivityLists.in(t, w -> eventWord(w) || ITEM_WORDS.contains(w))) {
				int had = all.size();
				inline(all, titles, taken, b, it.start(), it.end(), it.title(), sentenceDate(t, it.start(), it.end(), before), 0.4);
				if (all.size() == had) {
					continue;
				}
				// "Con la unesco se realizaron tres sesiones …, se asistió a … Asimismo, se brindó
				// seguimiento al encuentro …": every item of the paragraph takes the first one's opening
				Found item = all.get(all.size() - 1);
				if (firstListed == null) {
					firstListed = item;
					firstStart = it.start();
				}
				else if (item.intro == null) {
					int leadEnd = firstListed.from + ListIntros.leadEnd(t.substring(firstListed.from, firstStart));
					item.intro = leadEnd - firstListed.from >= 8 ? new Span(b, firstListed.from, leadEnd) : null;
				}
			}
			Matcher m = TOLD.matcher(t);
			while (m.find()) {
				String title = m.group(1).strip().replaceAll("\\s+(y|e|o)$", "");
				inline(all, titles, taken, b, m.start(1), m.end(1), title, sentenceDate(t, m.start(1), m.end(1), before), 0.4);
			}
		}
		referBack(all, found);
		inlineBodies(all, found);
		all.sort((x, y) -> Integer.compare(x.line, y.line));
		// a course sheet gives its dates on a line of their own under the title ("Fecha: Del 4 al 22 de octubre.")
		for (int k = 0; k < all.size(); k++) {
			Found f = all.get(k);
			if (f.date == null) {
				int stop = Math.min(k + 1 < all.size() ? all.get(k + 1).line : Integer.MAX_VALUE, f.line + 10);
				f.date = sheetDate(f.line + 1, stop);
			}
		}
		// section, axis and part from the nearest event above
		Found last = null;
		for (Found f : all) {
			if (f.confidence <= 0.6 && f.from >= 0 && last != null && f.section == null) {
				set(f, last.section, last.eje, last.part);
			}
			if (f.section != null) {
				last = f;
			}
		}
		return all;
	}

	/**
	 * An event named in a sentence that goes on about someone named before it ("Asimismo, la
	 * funcionaria participó en el Congreso …") takes that subject as a party (Antecedents).
	 */
	private void referBack(List<Found> all, List<Found> headed) {
		Set<Found> old = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
		old.addAll(headed);
		for (Found f : all) {
			if (old.contains(f) || f.intro != null || f.from < 0 || f.headingEnd <= f.from
					|| !Antecedents.refersBack(f.block.text().substring(f.from, f.headingEnd))) {
				continue;
			}
			Antecedents.Stretch s = Antecedents.subject(this.text.blocks, this.text.blocks.indexOf(f.block), f.from);
			if (s != null) {
				f.intro = new Span(s.block(), s.from(), s.to());
			}
		}
		// "Como parte de este proceso, … se llevó a cabo el diálogo …": the project's doers, named
		// in the paragraph before, take part in what the paragraph tells
		for (Found f : all) {
			if (!old.contains(f) && f.intro == null) {
				ListIntros.Doers d = ListIntros.projectDoers(this.text.blocks, this.text.blocks.indexOf(f.block));
				f.intro = d == null ? null : new Span(d.block(), 0, d.end());
			}
		}
	}

	/**
	 * "… del personal sustantivo de esta Fiscalía General de Justicia …": a course sheet that names
	 * its reporting body as "esta/este …" says who took every course of its run of sheets (the
	 * consecutive sheets no list introduction governs), so each sheet of the run reads that name.
	 */
	private void selfReferences(List<Found> found) {
		int k = 0;
		while (k < found.size()) {
			int end = k;
			while (end < found.size() && found.get(end).confidence == SHEET_CONFIDENCE && found.get(end).intro == null) {
				end++;
			}
			Span self = null;
			for (int j = k; j < end && self == null; j++) {
				for (Span s : found.get(j).body) {
					int[] at = ListIntros.selfReference(s.block().text(), s.from(), s.to());
					if (at != null) {
						self = new Span(s.block(), at[0], at[1]);
						break;
					}
				}
			}
			for (int j = k; self != null && j < end; j++) {
				found.get(j).intro = self;
			}
			k = Math.max(end, k + 1);
		}
	}

	/** An event named in running text reads the sentences after its own (InlineBodies). */
	private void inlineBodies(List<Found> all, List<Found> headed) {
		Set<Found> old = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
		old.addAll(headed);
		Map<ReportLines.Block, Integer> index = new HashMap<>();
		for (int i = 0; i < this.text.blocks.size(); i++) {
			index.put(this.text.blocks.get(i), i);
		}
		Set<Integer> holding = new HashSet<>();
		all.forEach(f -> holding.add(index.get(f.block)));
		for (Found f : all) {
			if (old.contains(f) || !f.body.isEmpty() || f.from < 0 || f.headingEnd >= f.block.text().length()) {
				continue;
			}
			int stop = f.block.text().length();
			for (Found g : all) {
				if (g != f && g.block == f.block && g.from > f.from) {
					stop = Math.min(stop, g.from);
				}
			}
			if (stop <= f.headingEnd) {
				continue;
			}
			for (InlineBodies.Stretch s : InlineBodies.body(this.text.blocks, index.get(f.block), f.headingEnd, stop,
					holding::contains, BODY_CHARS, f.confidence == SHEET_CONFIDENCE || f.confidence == 0.55)) {
				f.body.add(new Span(s.block(), s.from(), s.to()));
			}
		}
	}

	private static final double SHEET_CONFIDENCE = 0.6;

	private static final double PARAGRAPH_CONFIDENCE = 0.45;

	/** An event named in passing ("en el Festival de la Amistad de Seúl 2021"): a proper name, so only a near copy is the same event. */
	private static final double NAMED_CONFIDENCE = 0.42;

	/** A field of a course sheet, on a line of its own: "Fecha:", "Modalidad:", "Objetivo:"… */
	private static final Pattern SHEET_FIELD = Pattern.compile(
			"\\s(?:Fechas?|Modalidad|Objetivo(?: del curso)?|Participantes|Lugar|Sede|Duraci[oó]n)\\s*:");

	private static final Pattern SHEET_DATE = Pattern.compile("^\\s*Fechas?\\s*:\\s*(.+)$");

	/** The date a "Fecha:" line gives among report lines [from, stop), or null. */
	private SpanishDates.Span sheetDate(int from, int stop) {
		for (int l = from; l < stop && l <= this.text.lines.size(); l++) {
			Matcher m = SHEET_DATE.matcher(this.text.lines.get(l - 1));
			if (m.matches()) {
				return SpanishDates.find(m.group(1), this.periodStart, false);
			}
		}
		return null;
	}

	private SpanishDates.Span sentenceDate(String t, int start, int end) {
		return sentenceDate(t, start, end, null);
	}

	/**
	 * The date in the sentence around [start, end); {@code before} is the start of that
	 * sentence in the block above, when a page or column break cut the sentence in two
	 * ("… el 7 de octubre del 2020, se llevó a cabo el" / "diálogo virtual “…”").
	 */
	private SpanishDates.Span sentenceDate(String t, int start, int end, String before) {
		int s = sentenceStart(t, start);
		Matcher e = SENTENCE_END.matcher(t);
		int stop = e.find(end) ? e.end() : t.length();
		String sentence = t.substring(s, stop);
		return SpanishDates.find(s == 0 && before != null ? before + " " + sentence : sentence, this.periodStart, false);
	}

	private static final Set<String> ACTIVITIES = Set.of("conversatorio", "seminario", "taller", "foro", "webinar",
			"webinario", "curso", "panel", "sesion", "conferencia", "exposicion", "concierto", "festival", "encuentro",
			"dialogo");

	/**
	 * "Conversatorio virtual “Desarrollando Ciudades Resilientes, MCR2030”" under the heading
	 * "Desarrollando Ciudades Resilientes MCR2030": a named activity held within the programme
	 * or initiative its heading names is an event of its own, though their titles share words.
	 */
	static boolean activityWithin(String activity, String other) {
		return ACTIVITIES.contains(firstWord(activity))
				&& contentWords(other).stream().noneMatch(ACTIVITIES::contains);
	}

	/**
	 * "“Diálogo con Gobiernos …” (31 de agosto)" over "El 2 de septiembre, el COPRED participó …
	 * en el panel “Diálogo con Gobiernos …”": the first sentence under a dated heading names its
	 * event again with its own day. The same event (the heading's day is the occasion's, the
	 * sentence's the event's), not a second one.
	 */
	private boolean namesHeadingAbove(Found heading, ReportLines.Block b, int start, String title, double confidence) {
		int bi = this.text.blocks.indexOf(b);
		return confidence == 0.5 && heading.confidence >= 0.9 && heading.date != null && bi > 0
				&& this.text.blocks.get(bi - 1) == heading.block && heading.headingEnd >= heading.block.text().length()
				&& sentenceStart(b.text(), start) == 0 && dice(title, heading.title) >= 0.85;
	}

	private void inline(List<Found> all, List<String> titles, List<int[]> taken, ReportLines.Block b, int start,
			int end, String title, SpanishDates.Span date, double confidence) {
		title = title.replaceAll("\\s+", " ").replaceAll("[,:;]$", "").strip();
		if (title.length() < 6 || contentWords(title).size() < 2) {
			return;
		}
		for (int[] span : taken) {
			if (start < span[1] && end > span[0]) {
				return;
			}
		}
		for (Found other : all) {
			// "3a Edición de la Certificación …" (26 de abril) and the "4a Edición" (27 de
			// septiembre) share their words, not their day; a course sheet names its course in
			// full, as does a paragraph opening with its event's name: only a near copy of such a
			// title is the same event
			if ((confidence == NAMED_CONFIDENCE ? EventItems.contained(title, other.title) >= 0.8
					: dice(title, other.title) >= (confidence == SHEET_CONFIDENCE || confidence == PARAGRAPH_CONFIDENCE ? 0.85 : 0.6))
					&& !EventItems.otherDays(date, other.date) && !activityWithin(title, other.title)) {
				return;
			}
			if (namesHeadingAbove(other, b, start, title, confidence)) {
				other.date = date;
				return;
			}
		}
		ReportLines.Quote q = this.text.quote(b, start, Math.min(end, start + 160));
		if (q == null) {
			return;
		}
		Found f = new Found();
		f.title = title;
		f.date = date;
		f.line = q.line();
		f.quote = q.text();
		f.block = b;
		f.from = sentenceStart(b.text(), start);
		Matcher e = SENTENCE_END.matcher(b.text());
		f.headingEnd = e.find(end) ? e.end() : b.text().length();
		f.bodyFrom = f.headingEnd;
		f.confidence = confidence;
		all.add(f);
		titles.add(title);
		taken.add(new int[] { start, end });
	}

	static double dice(String a, String b) {
		Set<String> x = contentWords(a);
		Set<String> y = contentWords(b);
		if (x.isEmpty() || y.isEmpty()) {
			return 0;
		}
		Set<String> i = new HashSet<>(x);
		i.retainAll(y);
		return 2.0 * i.size() / (x.size() + y.size());
	}

	private void set(Found f, String section, String eje, String part) {
		f.section = section;
		f.eje = eje;
		f.part = part;
	}

	/** Where a heading's title starts: after the last line ending a sentence before its date. */
	private int titleStart(ReportLines.Block b, int itemStart, int parenAt) {
		int parenLine = b.lineAt(parenAt);
		int reach = Math.max(b.first(), parenLine - 7);
		// a narrow column breaks a long title over more lines: reach back to the line opening its text box
		for (int l = reach - 1; l >= Math.max(b.first(), parenLine - 10); l--) {
			if (EventItems.opensBox(this.text.lines.get(l - 1))) {
				reach = l;
				break;
			}
		}
		int start = Math.max(itemStart, b.starts()[reach - b.first()]);
		for (int l = b.lineAt(start); l < parenLine; l++) {
			if (b.lineText(l).matches(".*[.;]\\s*$") || b.lineText(l).matches(".*\\.[”\"]\\s*$")
					|| EventItems.opensBox(this.text.lines.get(l))) {
				start = Math.max(start, b.starts()[l + 1 - b.first()]);
			}
		}
		String t = b.text();
		while (start < parenAt && Character.isWhitespace(t.charAt(start))) {
			start++;
		}
		return start;
	}

	/**
	 * "Equidad de género\nParticipación en el Diálogo 3 …": a first line that reads as a
	 * section title, followed by a line opening an event's name.
	 */
	private int sectionSplit(ReportLines.Block b, int titleStart, int parenAt) {
		int line = b.lineAt(titleStart);
		if (b.lineAt(parenAt) == line || line >= b.last()) {
			return titleStart;
		}
		String first = clean(b.lineText(line)).strip();
		String next = clean(b.lineText(line + 1)).strip();
		String lastWord = first.replaceAll(".*\\s", "").toLowerCase(Locale.ROOT);
		if (first.length() <= 60 && !Set.of("de", "del", "la", "el", "y", "en", "con", "para", "los", "las", "a")
			.contains(lastWord) && !next.isEmpty() && Character.isUpperCase(next.charAt(0))
				&& eventWord(firstWord(next)) && !eventWord(firstWord(first))
				|| EventItems.quotedTitleUnder(first, next) && !eventWord(firstWord(first))) {
			return b.starts()[line + 1 - b.first()];
		}
		return titleStart;
	}

	/** An undated heading whose body opens on a month ("En agosto se llevó a cabo …") takes that month. */
	private void datesFromOpenings(List<Found> found) {
		for (Found f : found) {
			if (f.date == null && !f.body.isEmpty()) {
				Span s = f.body.get(0);
				String body = s.block().text().substring(s.from(), s.to());
				f.date = SpanishDates.openingMonth(body, this.periodStart);
				if (f.date == null) {
					f.date = SpanishDates.monthOfKind(EventItems.firstSentence(body), firstWord(f.title), this.periodStart);
				}
			}
		}
	}

	private SpanishDates.Span firstDate(ReportLines.Block body) {
		String t = body.text();
		int end = Math.min(t.length(), 400);
		SpanishDates.Span d = SpanishDates.find(t.substring(0, end), this.periodStart, false);
		return d;
	}

	/**
	 * How much text under a heading tells about its event: past this, long sections go on
	 * about other things (measured: participations' precision falls faster than recall rises).
	 */
	static int BODY_CHARS = Integer.getInteger("vinculos.ingest.body-chars", 1200);

	/** Each event's body: the text from its heading to the next heading (at most 12 blocks on). */
	private void attachBodies(List<Found> found) {
		List<ReportLines.Block> blocks = this.text.blocks;
		Map<ReportLines.Block, Integer> index = new HashMap<>();
		for (int i = 0; i < blocks.size(); i++) {
			index.put(blocks.get(i), i);
		}
		for (int k = 0; k < found.size(); k++) {
			Found f = found.get(k);
			Found next = k + 1 < found.size() ? found.get(k + 1) : null;
			int bi = index.get(f.block);
			if (next != null && next.block == f.block) {
				if (next.from > f.bodyFrom) {
					f.body.add(new Span(f.block, f.bodyFrom, next.from));
				}
				continue;
			}
			if (f.bodyFrom < f.block.text().length() - 1) {
				f.body.add(new Span(f.block, f.bodyFrom, f.block.text().length()));
			}
			int limit = next == null ? blocks.size() : index.get(next.block);
			int chars = 0;
			for (int j = bi + 1; j < limit && j <= bi + 12 && chars < BODY_CHARS; j++) {
				f.body.add(new Span(blocks.get(j), 0, blocks.get(j).text().length()));
				chars += blocks.get(j).text().length();
			}
			// the next heading's block may open with the end of this body
			if (next != null && limit <= bi + 12 && next.from > 0 && chars < BODY_CHARS) {
				f.body.add(new Span(next.block, 0, next.from));
			}
			// column interleaving: a heading with nothing under it borrows the block above
			if (f.body.isEmpty() && bi > 0 && (k == 0 || found.get(k - 1).block != blocks.get(bi - 1))
					&& blocks.get(bi - 1).text().length() > 200) {
				f.body.add(new Span(blocks.get(bi - 1), 0, blocks.get(bi - 1).text().length()));
			}
		}
	}

	/**
	 * Which paragraphs belong to which heading when columns and pages interleave them
	 * (EventBodies): a heading with text of its own in its block keeps its body, the others
	 * take the blocks EventBodies gives them, plus what their old body read in headings' blocks.
	 */
	private void bodiesBefore(List<Found> found) {
		if (found.isEmpty()) {
			return;
		}
		Map<ReportLines.Block, Integer> index = new HashMap<>();
		for (int i = 0; i < this.text.blocks.size(); i++) {
			index.put(this.text.blocks.get(i), i);
		}
		int[] headings = new int[found.size()];
		boolean[] fixed = new boolean[found.size()];
		for (int k = 0; k < found.size(); k++) {
			Found f = found.get(k);
			boolean shared = (k > 0 && found.get(k - 1).block == f.block)
					|| (k + 1 < found.size() && found.get(k + 1).block == f.block);
			boolean fills = f.from >= 0 && EventBodies.titleOnly(f.block.text().substring(0, f.from))
					&& f.headingEnd >= f.block.text().strip().length();
			headings[k] = index.get(f.block);
			fixed[k] = shared || !fills;
			if (k > 0 && headings[k] < headings[k - 1]) {
				return; // not in report order: leave the bodies as they are
			}
		}
		EventBodies.Result r = EventBodies.attribute(this.text.blocks, headings, fixed,
				found.stream().map(f -> f.title).toList(), BODY_CHARS);
		Set<ReportLines.Block> headingBlocks = new HashSet<>();
		found.forEach(f -> headingBlocks.add(f.block));
		for (int k = 0; k < found.size(); k++) {
			Found f = found.get(k);
			List<Span> keep = new ArrayList<>();
			for (Span s : f.body) {
				int bi = index.get(s.block());
				boolean inHeading = headingBlocks.contains(s.block());
				if (r.bodies().get(k) == null ? !r.claimed().contains(bi) : inHeading && !(r.before()[k] && bi > headings[k])) {
					keep.add(s);
				}
			}
			// a heading with nothing of its own under it keeps what it read before (the block above it)
			if (r.bodies().get(k) != null && r.bodies().get(k).isEmpty() && !r.before()[k]) {
				continue;
			}
			if (r.bodies().get(k) != null) {
				for (int bi : r.bodies().get(k)) {
					ReportLines.Block b = this.text.blocks.get(bi);
					keep.add(new Span(b, 0, b.text().length()));
				}
				keep.sort(java.util.Comparator.comparingInt((Span s) -> s.block().first()).thenComparingInt(Span::from));
			}
			f.body.clear();
			f.body.addAll(keep);
		}
	}

	/** A body under its heading ends where a table starts (its cells are a row's parties, read as funding). */
	private static void endAtTables(List<Found> found) {
		for (Found f : found) {
			for (int i = 0; i < f.body.size(); i++) {
				ReportLines.Block b = f.body.get(i).block();
				if (b.first() > f.line && Tables.header(b.text())) {
					f.body.subList(i, f.body.size()).clear();
					break;
				}
			}
		}
	}

	/**
	 * A course sheet of a run stands under its group's label and the paragraph opening the run
	 * (EventBodies.sheetContext): the label is read as its body, the opening as its list's introduction.
	 */
	private void sheetRuns(List<Found> found) {
		Map<ReportLines.Block, Integer> index = new HashMap<>();
		for (int i = 0; i < this.text.blocks.size(); i++) {
			index.put(this.text.blocks.get(i), i);
		}
		Set<Integer> headings = new HashSet<>();
		for (Found f : found) {
			if (EventItems.sheets(f.block).isEmpty()) {
				headings.add(index.get(f.block));
			}
		}
		for (Found f : found) {
			boolean sheet = EventItems.sheets(f.block).stream().anyMatch(s -> f.block.lineAt(s.start()) == f.line);
			if (!sheet || f.intro != null) {
				continue;
			}
			int[] c = EventBodies.sheetContext(this.text.blocks, index.get(f.block), headings);
			if (c[0] >= 0) {
				ReportLines.Block b = this.text.blocks.get(c[0]);
				f.body.add(new Span(b, 0, b.text().length()));
			}
			if (c[1] >= 0) {
				ReportLines.Block b = this.text.blocks.get(c[1]);
				f.intro = new Span(b, 0, b.text().length());
			}
		}
	}

	/**
	 * A quoted sheet reads its own fields ("Participantes: …", "Lugar: …") where the run's layout
	 * puts them, above or under its title (EventItems.fieldsOf), and no other event reads them.
	 */
	private void sheetFields(List<Found> found) {
		List<EventItems.QuotedSheet> sheets = EventItems.quotedSheets(this.text);
		for (EventItems.QuotedSheet qs : sheets) {
			EventItems.Fields fields = EventItems.fieldsOf(this.text, qs, sheets);
			Found owner = found.stream().filter(f -> f.block == qs.block() && f.from < qs.end() && f.headingEnd > qs.start())
				.findFirst().orElse(null);
			if (fields == null || owner == null) {
				continue;
			}
			for (Found f : found) {
				List<Span> kept = new ArrayList<>();
				for (Span s : f.body) {
					if (s.block() != fields.block() || s.to() <= fields.from() || s.from() >= fields.to()) {
						kept.add(s);
						continue;
					}
					if (s.from() < fields.from()) {
						kept.add(new Span(s.block(), s.from(), fields.from()));
					}
					if (s.to() > fields.to()) {
						kept.add(new Span(s.block(), fields.to(), s.to()));
					}
				}
				f.body.clear();
				f.body.addAll(kept);
			}
			owner.body.add(new Span(fields.block(), fields.from(), fields.to()));
		}
	}

	/** A heading telling several meetings, one per listed day, becomes one event each (HeadingSplits). */
	private List<Found> splitHeadings(List<Found> found) {
		List<Found> out = new ArrayList<>();
		for (Found f : found) {
			Span body = f.body.isEmpty() ? null : f.body.get(0);
			String text = body == null ? "" : body.block().text().substring(body.from(), body.to());
			List<HeadingSplits.Part> parts = HeadingSplits.split(f.title, f.dateText, text, this.periodStart);
			if (parts.isEmpty()) {
				out.add(f);
				continue;
			}
			for (HeadingSplits.Part p : parts) {
				Found g = new Found();
				g.title = p.title();
				g.date = new SpanishDates.Span(p.date(), null, "day", 0, 0);
				g.line = f.line;
				g.quote = f.quote;
				g.section = f.section;
				g.eje = f.eje;
				g.part = f.part;
				g.confidence = f.confidence * 0.8;
				g.block = f.block;
				g.from = f.from;
				g.headingEnd = f.headingEnd;
				g.bodyFrom = f.bodyFrom;
				// each meeting's parties are read in its own stretch of the body
				g.body.add(new Span(body.block(), body.from() + p.bodyFrom(), body.from() + p.bodyTo()));
				out.add(g);
			}
		}
		return out;
	}

	private Map<String, Object> event(Found f) {
		Map<String, Object> ev = new LinkedHashMap<>();
		ev.put("id", eventId(f.title));
		ev.put("title", f.title);
		ev.put("kind", kind(f.title));
		ev.put("startDate", f.date == null ? null : f.date.start().toString());
		ev.put("endDate", f.date == null || f.date.end() == null ? null : f.date.end().toString());
		ev.put("datePrecision", f.date == null ? "unknown" : f.date.precision());
		StringBuilder all = new StringBuilder(f.title);
		for (Span b : f.body) {
			all.append(' ').append(b.block().text(), b.from(), b.to());
		}
		ev.put("modality", modality(all.toString()));
		ev.put("section", f.section);
		ev.put("eje", f.eje);
		if (f.part != null) {
			ev.put("part", f.part);
		}
		ev.put("line", f.line);
		ev.put("quote", f.quote);
		ev.put("confidence", f.confidence);
		ev.put("review", PENDING);
		List<Map<String, Object>> participants = new ArrayList<>();
		Map<String, Object> heldIn = null;
		// each party once, cited where the text says most about its part: a role cue beats a
		// bare mention, and the body (where the curator reads the role) beats the heading
		Map<String, Integer[]> best = new HashMap<>();
		// the heading itself, then the body
		List<Span> spans = new ArrayList<>();
		spans.add(new Span(f.block, f.from >= 0 ? f.from : f.block.starts()[f.line - f.block.first()], f.headingEnd));
		spans.addAll(f.body);
		if (f.intro != null) {
			spans.add(f.intro);
		}
		for (Span s : spans) {
			String t = s.block().text();
			// the list's introduction is read once for its own parties, with each item
			boolean inherited = s == f.intro;
			// an entity the introduction names is proposed once (the candidate's id then links in
			// every item); its positions are read with the introduction's own event, not here
			discoverEntities(s.block(), s.from(), s.to());
			if (!inherited) {
				positionsIn(s.block(), s.from(), s.to());
			}
			for (Linker.Mention m : withParents(t.substring(s.from(), s.to()))) {
				int start = s.from() + m.start();
				int end = s.from() + m.end();
				Registry.Entity e = entity(m.id());
				String type = e == null ? "Organization" : e.type();
				String before = t.substring(Math.max(0, start - 40), start).toLowerCase(Locale.ROOT);
				boolean place = ("City".equals(type) || "Country".equals(type))
						&& before.matches("(?s).*\\b(en|desde|a|hacia)\\s+(la ciudad de\\s+|el\\s+|la\\s+)?$")
						&& !Crediting.representing(t, start, end) && !(HOME.equals(m.id()) && Crediting.homeNamedAsParty(t, start, end));
				if (place && inherited) {
					continue;
				}
				if (place) {
					boolean heading = s == spans.get(0);
					if (heldIn == null && "City".equals(type) && (heading || HELD.matcher(before).find())
							&& !(heading && HOME.equals(m.id()) && LinkCues.topicPlace(t, s.from(), start))) {
						ReportLines.Quote q = this.text.quote(s.block(), Math.max(0, start - 3), end);
						if (q != null) {
							heldIn = new LinkedHashMap<>();
							heldIn.put("entity", m.id());
							heldIn.put("line", q.line());
							heldIn.put("quote", q.text());
							heldIn.put("confidence", 0.6);
							heldIn.put("review", PENDING);
						}
					}
					continue;
				}
				String near = t.substring(Math.max(0, start - 50), start);
				boolean placeType = "City".equals(type) || "Country".equals(type);
				if ((placeType && NAME_BEFORE.matcher(near).find())
						|| ("Country".equals(type) && LOCATES.matcher(near).find() && !delegation(t, listStart(t, start)))
						|| ("Person".equals(type) && NARRATIVE.matcher(near).find())) {
					continue;
				}
				if ((insideLargerName(t, start, type) && !Crediting.citysOffice(t, start, type))
						|| continuesIntoLongerName(t.substring(0, s.to()), end, type) || insideQuotes(t, start)
						|| ("Country".equals(type) && !delegation(t, listStart(t, start)))
						|| (HOME.equals(m.id()) && (!acting(t, start, end) || Crediting.sideOnly(t, start, end)
								|| (inherited && ListIntros.actsThrough(t, end))))
						|| Crediting.background(t, start) || Crediting.placeLabel(t, start, end, type)
						|| Crediting.notAPartyHere(t, start, end, e, e != null && !this.registry.contains(m.id()))
						|| Crediting.boroughAsPlace(e, t, start, end) || Crediting.instrumentOf(t, start)
						|| Crediting.earlierHost(t, start, type) || Crediting.edition(t, start, end, type)
						|| Crediting.siteOf(e, t, end)
						|| LinkCues.notAParty(t, start, type)
						|| (e != null && !this.registry.contains(m.id())
								&& (Crediting.unitName(e.name()) || Crediting.notAParty(e.type(), e.name())))) {
					continue;
				}
				String role = role(t, start, end, type);
				if (HOME.equals(m.id())) {
					role = Crediting.homeRole(t, start, role);
				}
				if (m.byTitle()) {
					role = Crediting.titleRole(role);
				}
				if (Crediting.eventOf(t, start, type)) {
					role = "organizer";
				}
				int rank = ROLE_RANK.getOrDefault(role, 1) * 2 + (s == spans.get(0) ? Crediting.HEADING_RANK : 0)
						+ (inherited ? 2 * Crediting.HEADING_RANK : 0);
				Integer[] had = best.get(m.id());
				if (had != null && had[0] <= rank) {
					continue;
				}
				int qs = Math.max(sentenceStart(t, start), start - 60);
				qs = wordStart(t, qs);
				int qe = Math.min(t.length(), end + 40);
				qe = wordEnd(t, qe);
				ReportLines.Quote q = this.text.quote(s.block(), qs, qe);
				if (q == null) {
					q = this.text.quote(s.block(), start, end);
				}
				if (q == null) {
					continue;
				}
				Map<String, Object> p = new LinkedHashMap<>();
				p.put("entity", m.id());
				p.put("role", role);
				p.put("line", q.line());
				p.put("quote", q.text());
				p.put("confidence", e != null && this.registry.contains(m.id()) ? 0.8 : 0.5);
				p.put("review", PENDING);
				if (had != null) {
					participants.set(had[1], p);
				}
				else {
					participants.add(p);
				}
				best.put(m.id(), new Integer[] { rank, had != null ? had[1] : participants.size() - 1 });
			}
			for (PlaceParty x : placeParties(s, spans.get(0), f.intro, itemText(f))) {
				ReportLines.Quote q = best.containsKey(x.id()) ? null : this.text.quote(s.block(), x.start(), x.end());
				if (q != null) {
					Map<String, Object> p = new LinkedHashMap<>();
					p.put("entity", x.id());
					p.put("role", x.role());
					p.put("line", q.line());
					p.put("quote", q.text());
					p.put("confidence", 0.5);
					p.put("review", PENDING);
					participants.add(p);
					best.put(x.id(), new Integer[] { ROLE_RANK.getOrDefault(x.role(), 1) * 2, participants.size() - 1 });
				}
			}
		}
		if (f.intro != null && !best.containsKey(HOME)) {
			homeFromIntro(f.intro, participants);
		}
		List<Map<String, Object>> places = places(spans, f.line, "virtual".equals(ev.get("modality")));
		if (!places.isEmpty()) {
			ev.put("heldIn", places.size() == 1 ? places.get(0) : places);
		}
		else if (heldIn != null && !"virtual".equals(ev.get("modality"))) {
			ev.put("heldIn", heldIn);
		}
		ev.put("participants", participants);
		if (Boolean.getBoolean("vinculos.ingest.debug-bodies")) {
			// for analysis scripts only: the line ranges read as this event's heading and body
			ev.put("bodyLines", spans.stream().map(s -> s.block().lineAt(s.from()) + "-"
					+ s.block().lineAt(Math.max(s.from(), s.to() - 1))).toList());
		}
		return ev;
	}



	private record Span(ReportLines.Block block, int from, int to) {
	}

	/** For each heading line, the lines its events read (heading, body and a list's introduction). */
	private Map<Integer, Set<Integer>> readLines(List<Found> found) {
		Map<Integer, Set<Integer>> out = new HashMap<>();
		for (Found f : found) {
			Set<Integer> lines = out.computeIfAbsent(f.line, k -> new HashSet<>());
			lines.add(f.line);
			List<Span> spans = new ArrayList<>(f.body);
			if (f.intro != null) {
				spans.add(f.intro);
			}
			for (Span s : spans) {
				for (int l = s.block().lineAt(s.from()); l <= s.block().lineAt(Math.max(s.from(), s.to() - 1)); l++) {
					lines.add(l);
				}
			}
		}
		return out;
	}

	/** The report's city for each item of a list whose introduction has it as the unnamed actor ({@link Crediting#homeActsUnnamed}). */
	private void homeFromIntro(Span intro, List<Map<String, Object>> participants) {
		String t = intro.block().text();
		if (!Crediting.homeActsUnnamed(t.substring(intro.from(), intro.to()))) {
			return;
		}
		ReportLines.Quote q = this.text.quote(intro.block(), intro.from(), wordEnd(t, Math.min(intro.to(), intro.from() + 110)));
		if (q == null) {
			return;
		}
		Map<String, Object> p = new LinkedHashMap<>();
		p.put("entity", HOME);
		p.put("role", "attendee");
		p.put("line", q.line());
		p.put("quote", q.text());
		p.put("confidence", 0.5);
		p.put("review", PENDING);
		participants.add(p);
	}

	/**
	 * The mentions of a text, with the bodies named inside a unit's name the drafter just
	 * proposed ("Dirección General de Calidad del Aire de la Secretaría …") or inside a title
	 * ("el Embajador de Chile en México"): the seeds credit the parent and the envoy's
	 * country, which the longer name hides from the linker.
	 */
	private List<Linker.Mention> withParents(String text) {
		List<Linker.Mention> out = new ArrayList<>(SecretariatLists.find(text, this.linker,
				id -> citySecretariats().stream().anyMatch(e -> e.id().equals(id))));
		for (Linker.Mention m : this.linker.find(text)) {
			// "la Directora General de Seguridad Vial …": a unit's head acts for the unit's body
			String body = m.byTitle() ? Crediting.unitsBody(this.registry, m.id()) : m.id();
			out.add(body.equals(m.id()) ? m : new Linker.Mention(body, m.start(), m.end(), m.surface(), true));
			Map<String, Object> c = this.candidates.get(m.id());
			// and the country of an envoy named by title ("el Embajador de Chile en México")
			// and the city of a city's secretaría ("la Secretaría de Movilidad de Bogotá")
			boolean unitOrTitle = (c != null && Crediting.unitName((String) c.get("name"))) || m.byTitle();
			// and the body of a new office ("Oficina de la Unesco en México"), credited beside it
			boolean office = c != null && Crediting.officeName((String) c.get("name"));
			if (unitOrTitle || office || Crediting.citysOfficeName(m.surface())) {
				int from = m.start() + m.surface().indexOf(' ') + 1;
				for (Linker.Mention inner : this.linker.find(text.substring(from, m.end()))) {
					Registry.Entity ie = entity(inner.id());
					if (!inner.id().equals(m.id()) && !(m.byTitle() && Crediting.envoysPlace(m.surface(), ie))
							&& (unitOrTitle || (ie != null && (office ? Crediting.officesBody(ie, text.substring(from + inner.end(), m.end()))
									: "City".equals(ie.type()))))) {
						out.add(new Linker.Mention(inner.id(), from + inner.start(), from + inner.end(), inner.surface(),
								inner.byTitle()));
					}
				}
			}
		}
		return out;
	}

	/** An event's places by the {@link Places} rules, each cited where the text names it. */
	private List<Map<String, Object>> places(List<Span> spans, int line, boolean virtual) {
		spans = new ArrayList<>(spans);
		// a course sheet's "Lugar:" line under its title, before the next sheet
		// (a sheet's participants may run over several lines; a second "Fecha:" is the next sheet)
		int dates = 0;
		for (int l = line + 1; l <= Math.min(line + 20, this.text.lines.size()); l++) {
			String lt = this.text.lines.get(l - 1);
			if (COURSE.matcher(lt).find() || (lt.matches("^\\s*Fecha\\s*:.*") && ++dates > 1)) {
				break;
			}
			if (lt.matches("^\\s*Lugar\\s*:.*")) {
				for (ReportLines.Block b : this.text.blocks) {
					if (b.first() <= l && l <= b.last()) {
						int at = b.starts()[l - b.first()];
						spans.add(new Span(b, at, l < b.last() ? b.starts()[l + 1 - b.first()] : b.text().length()));
					}
				}
				break;
			}
		}
		// a dated item of a list ("20 julio: Día de Independencia de Colombia") is where its introduction says
		ReportLines.Block first = spans.get(0).block();
		int bi = this.text.blocks.indexOf(first);
		if (bi > 0 && line >= first.first() && line <= first.last()
				&& DATED_ITEM.matcher(clean(first.lineText(first.first()))).matches()) {
			ReportLines.Block intro = this.text.blocks.get(bi - 1);
			spans.add(new Span(intro, 0, intro.text().length()));
		}
		List<Span> all = spans;
		List<Places.Segment> segments = new ArrayList<>();
		for (int i = 0; i < spans.size(); i++) {
			Span s = spans.get(i);
			segments.add(new Places.Segment(s.block().text(), s.from(), s.to(), i == 0));
		}
		List<Map<String, Object>> out = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (Places.Place p : new Places(this.linker, this.registry, id -> this.candidates.get(id) != null
				&& "City".equals(this.candidates.get(id).get("type"))).find(segments, virtual,
				(name, seg, start, end) -> candidate(name, "City", List.of(), all.get(seg).block(), start, end, 0.5))) {
			ReportLines.Quote q = this.text.quote(all.get(p.segment()).block(), p.start(), p.end());
			// "diagnóstico sobre Covid-19 en Ciudad de México": the heading places its topic in our city
			if (p.segment() == 0 && HOME.equals(p.entity())
					&& this.linker.find(all.get(0).block().text().substring(p.start(), p.end())).stream().anyMatch(x -> HOME.equals(x.id()))
					&& LinkCues.topicPlace(all.get(0).block().text(), all.get(0).from(), p.start())) {
				continue;
			}
			if (q != null && seen.add(p.entity())) {
				Map<String, Object> h = new LinkedHashMap<>();
				h.put("entity", p.entity());
				h.put("line", q.line());
				h.put("quote", q.text());
				h.put("confidence", p.newCity() != null ? 0.4 : 0.6);
				h.put("review", PENDING);
				out.add(h);
			}
		}
		return out;
	}

	private static final Pattern OF_BEFORE = Pattern.compile("(\\p{Lu}[\\p{L}\\-]*)\\s+(?:de|del|de la|de los|de las|en|para)\\s*$");

	/**
	 * "Embajada de Colombia", "Universidad de Chile", "Secretaría de Cultura de la Ciudad de
	 * México": a place named inside a longer name the registry does not know is not the
	 * place taking part.
	 */
	private static boolean insideLargerName(String t, int start, String type) {
		// "la Embajada de Suiza, Canadá, Colombia y Kazajstán": each place of the list is inside it
		if ("City".equals(type) || "Country".equals(type)) {
			start = listStart(t, start);
		}
		Matcher m = OF_BEFORE.matcher(t.substring(Math.max(0, start - 60), start));
		// "Proyecto de la Secretaría de Turismo … y la Agencia …": a project named by its bodies, who are its parties
		return m.find() && !m.group(1).matches("Gobierno|Gobiernos|Ciudad|Jefa|Jefe|Embajador|Embajadora|Proyecto|Proyectos|" + Crediting.CITY_OFFICES) && !Crediting.parentOfUnit(t, start, type)
				&& !Crediting.cityOfficials(t, start, type) && !Crediting.headOrActOf(t, start, type) && !Crediting.festivalOf(t, start, type)
				&& !Crediting.officialsBody(t, start, type) && !Crediting.eventOf(t, start, type);
	}

	private static final Pattern LIST_BEFORE = Pattern
		.compile("((?!(?:Ciudad|Estado|Gobierno|Municipio|Provincia|Alcald[ií]a|Embajada|Rep[uú]blica)\\s+de)\\p{Lu}[\\p{L}\\-]*(?:\\s+(?:de\\s+|del\\s+|de\\s+la\\s+)?\\p{Lu}[\\p{L}\\-]*){0,2})(?:[,;]\\s*|\\s+y\\s+|\\s+e\\s+)$");

	/** Where a list of capitalised names ending at {@code start} begins ("Suiza, Canadá, " before "Colombia"). */
	static int listStart(String t, int start) {
		// a list of places may run long ("las ciudades de: Barcelona, Bogotá, … y Sucre"), their names with "de" ("Río de Janeiro")
		for (int i = 0; i < 30; i++) {
			Matcher m = LIST_BEFORE.matcher(t.substring(Math.max(0, start - 60), start));
			if (!m.find()) {
				break;
			}
			start = Math.max(0, start - 60) + m.start(1);
		}
		return start;
	}

	/**
	 * "María Dolores París": a city or country whose name follows a capitalised word with
	 * nothing between is part of a person's or thing's name.
	 */
	private static final Pattern NAME_BEFORE = Pattern
		.compile("(?<![.\\p{L}])(?!(?:La|El|Los|Las|En|Con|Para|Por|Desde|De|Del|Entre|Como|Y|A)\\s)\\p{Lu}\\p{Ll}+\\s+$");

	/** "Medellín, Colombia", "Nagoya (Japón)": a country that locates the city before it. */
	private static final Pattern LOCATES = Pattern.compile("\\p{Lu}[\\p{L}\\-]+(?:,\\s*|\\s*\\()$");

	/** "en la administración de Claudia Sheinbaum", "encabezado por la Dra. …": named, not present. */
	private static final Pattern NARRATIVE = Pattern.compile(
			"(?i)(administraci[oó]n de|gesti[oó]n de|gobierno encabezado por|encabezad[oa] por|gobierno de)\\s+(?:la\\s+|el\\s+)?(?:\\p{L}+\\.\\s+|Jef[ae] de Gobierno,?\\s+)?$");

	static final String HOME = "ciudad-de-mexico";

	/** Words that put an event somewhere: "se llevó a cabo en", "celebrada en", "con sede en". */
	private static final Pattern HELD = Pattern.compile(
			"(?i)(llev[oó] a cabo|celebr[oó]|celebrad[oa]|realiz[oó]|realizad[oa]|tuvo lugar|sede|visit[oó]|viaj[oó]|desarroll[oó]|efectu[oó]|en la ciudad de)\\b[^.;]{0,25}$");

	/** "onu Mujeres", "Naciones Unidas para la Educación": a known name inside an unknown longer one. */
	private static final Pattern NAME_GOES_ON = Pattern.compile("^(?:\\s+\\p{Lu}\\p{Ll}|\\s+(?:para|contra)\\s+(?:la|el|los|las)\\s+\\p{Lu})");

	private static boolean continuesIntoLongerName(String t, int end, String type) {
		return !"Person".equals(type) && NAME_GOES_ON.matcher(t.substring(end, Math.min(t.length(), end + 30))).find()
				&& !Crediting.fieldLabelAfter(t, end);
	}

	/** Inside “…”: the title of a work or an event ("“La Paz es libertad…”"), not a party. */
	private static boolean insideQuotes(String t, int start) {
		int open = t.lastIndexOf('“', start);
		return open >= 0 && t.lastIndexOf('”', start) < open && start - open < 160;
	}

	private static final Pattern ACTS = Pattern.compile(
			"(?i)^[,—\\s]*(?:\\([^)]*\\)\\s*)?(?:particip|fue|present|se adhiri|compart|expus|asist|firm|suscrib|recib|organiz|coordin|obtuvo|gan|recibi|ingres|colabor|a trav[eé]s|como\\s+(?:ciudad|sede|miembro))");

	/**
	 * The city itself takes part only where it acts ("la Ciudad de México participó", "en
	 * representación del Gobierno de la Ciudad de México"), not wherever it is named.
	 */
	private static boolean acting(String t, int start, int end) {
		String before = t.substring(Math.max(0, start - 40), start).toLowerCase(Locale.ROOT);
		if (before.matches("(?s).*representaci[oó]n del gobierno de la\\s*$") || Crediting.representing(t, start, end)) {
			return true;
		}
		return ACTS.matcher(t.substring(end, Math.min(t.length(), end + 40))).find() || Crediting.homeNamedAsParty(t, start, end);
	}

	/** A country takes part as a delegation or government, not when merely named. */
	private static boolean delegation(String t, int start) {
		String before = t.substring(Math.max(0, start - 50), start).toLowerCase(Locale.ROOT);
		// the cue stands right before the name ("la delegación de Chile"), not anywhere near it
		return before.matches("(?s).*\\b(representantes?|delegaci[oó]n|delegaciones|gobiernos?|rep[uú]blica|reino|embajador|embajadora)\\s+(?:del?\\s+)?(?:la\\s+|el\\s+|los\\s+)?$")
				|| Crediting.delegatesOf(t, start) || Crediting.officialsBody(t, start, "Country");
	}

	private static final Pattern ORGANIZER = Pattern.compile(
			"(?i)(organizad[oa]s?|convocad[oa]s?|auspiciad[oa]s?|coordinad[oa]s?|a cargo|en colaboraci[oó]n con|en coordinaci[oó]n con|con el apoyo|impulsad[oa]s?|promovid[oa]s?|realizad[oa]s?|conjunto con|organiz[oó]|convoc[oó]|de la mano)(\\s+\\S+){0,4}\\s*$");

	private static final Pattern MODERATOR = Pattern.compile("(?i)(moderad[oa]|moder[oó]|moderaci[oó]n)(\\s+\\S+){0,4}\\s*$");

	private static final Pattern SPEAKER = Pattern.compile(
			"(?i)(ponente|panelista|expuso|present[oó]|imparti[oó]|intervino|dict[oó]|inaugur[oó]|encabez[oó]|presidi[oó]|particip[oó] como|conferencia magistral|palabras|mensaje)(\\s+\\S+){0,5}\\s*$");

	/**
	 * How much a role says: a part played (0) before a presence (1). A body its head or envoy stood
	 * for ranks with a bare presence, so a later bare mention ("desde el copred …") does not move a
	 * party from where the text said its head took part ("La titular del copred participó").
	 */
	private static final Map<String, Integer> ROLE_RANK = Map.of("organizer", 0, "host", 0, "speaker", 0, "moderator",
			0, "attendee", 1, "represented", 1);

	private String role(String t, int start, int end, String type) {
		String before = t.substring(Math.max(0, start - 70), start);
		if (MODERATOR.matcher(before).find()) {
			return "moderator";
		}
		if (ORGANIZER.matcher(before).find()) {
			return "organizer";
		}
		if (SPEAKER.matcher(before).find()) {
			return "speaker";
		}
		String after = t.substring(end, Math.min(t.length(), end + 40)).toLowerCase(Locale.ROOT);
		if (after.matches("(?s)^[^.;]{0,25}\\b(encabez[oó]|inaugur[oó]|present[oó]|expuso|imparti[oó]|dict[oó]).*")) {
			return "speaker";
		}
		if (after.matches("(?s)^[^.;]{0,25}\\b(organiz[oó]|convoc[oó]|coordin[oó]|gestion[oó]).*")) {
			return "organizer";
		}
		if (after.matches("(?s)^[^.;]{0,25}\\b(recibi[oó]).*")) {
			return "host";
		}
		if (!"Person".equals(type) && before.matches("(?s).*\\b(de la|del|de)\\s*$")) {
			return "represented";
		}
		return "attendee";
	}

	// ---------------------------------------------------------------- entities

	private Registry.Entity entity(String id) {
		Registry.Entity e = this.registry.get(id);
		if (e != null) {
			return e;
		}
		Map<String, Object> c = this.candidates.get(id);
		return c == null ? null
				: new Registry.Entity(id, (String) c.get("type"), (String) c.get("name"), List.of(), null, null);
	}

	/** People introduced by title, organisations by acronym: new entities for the curator. */
	private void discoverEntities(ReportLines.Block b, int from, int to) {
		String t = b.text().substring(from, to);
		List<Acronyms.Introduced> introduced = Acronyms.introduced(t);
		discoverOrganizations(b, from, to, introduced);
		discoverPeopleAndCountries(b, from, to);
		for (Acronyms.Introduced m : introduced) {
			String name = m.name();
			String acronym = m.acronym();
			// "Organización … Económicos (abril)": a heading's month, the name still a name
			boolean month = Candidates.dateWord(acronym);
			if (this.linker.ids(acronym).isEmpty() && !month) {
				// a name drafted before without its acronym ("Red Latinoamericana de Ciudades Arcoíris (RLCA)")
				for (String id : this.linker.ids(trimLeadingArticle(name.strip()))) {
					Map<String, Object> c = this.candidates.get(id);
					if (c != null && acronym.length() >= 2 && Linker.isAcronym(acronym)) {
						@SuppressWarnings("unchecked")
						List<String> aliases = (List<String>) c.get("aliases");
						aliases.add(acronym);
						this.linker.add(acronym, id);
					}
				}
			}
			if ((!month && !this.linker.ids(acronym).isEmpty()) || !this.linker.ids(name).isEmpty()) {
				continue;
			}
			if (name.split("\\s+").length < 2 || acronym.length() < 2 || Candidates.roleWord(acronym)) {
				continue;
			}
			name = trimLeadingArticle(name);
			if (Candidates.unanchoredUnit(name, false)) {
				continue;
			}
			String type = Acronyms.typeOf(typeOf(name), name, acronym);
			candidate(name, type, month ? List.of() : List.of(acronym), b, from + m.start(), from + m.end(), 0.6);
		}
	}

	/**
	 * People and cities the text introduces ({@link Mentions}), and countries of the gazetteer
	 * the registry lacks, where a delegation or government of theirs takes part.
	 */
	private void discoverPeopleAndCountries(ReportLines.Block b, int from, int to) {
		String t = b.text().substring(from, to);
		for (Mentions.Named n : Mentions.people(t)) {
			personId(n.name(), b, from + n.start(), from + n.end());
		}
		// "el Gobierno de Canarias": a government the text names as the registry does
		for (Mentions.Named n : PlaceBodies.governments(t, x -> !this.linker.ids(x).isEmpty())) {
			if (Names.fold(n.name()).equals(Names.fold(t.substring(n.start(), n.end()))) && this.linker.ids(n.name()).isEmpty()) {
				candidate(n.name(), "Agency", List.of(), b, from + n.start(), from + n.end(), 0.5);
			}
		}
		// a list of cities: those a country locates or a list of cities names count as known ones
		List<Mentions.Named> cities = Mentions.cities(t);
		List<Mentions.Named> listed = PlaceBodies.citiesAmongCities(t,
				x -> knownCity(x) || cities.stream().anyMatch(c -> Names.fold(c.name()).equals(Names.fold(x))));
		for (Mentions.Named n : listed) {
			if (!n.name().startsWith("Ciudad de ") && this.linker.ids(n.name()).isEmpty()) {
				candidate(n.name(), "City", List.of(), b, from + n.start(), from + n.end(), 0.4);
			}
		}
		// a city of the world gazetteer, named as a whole capitalised run ("con Portland", "a Dakar")
		if (this.lowerWords == null) {
			this.lowerWords = PlaceBodies.lowerCaseWords(String.join("\n", this.text.lines));
		}
		for (Mentions.Named n : PlaceBodies.worldCities(t, this.lowerWords::contains)) {
			if (this.linker.ids(n.name()).isEmpty() && listed.stream().noneMatch(x -> x.start() <= n.start() && n.start() < x.end())
					&& !Candidates.tailOfLongerName(t, n.start())) {
				candidate(n.name(), "City", List.of(), b, from + n.start(), from + n.end(), 0.4);
			}
		}
		for (Mentions.Named n : cities) {
			// "Washington" of "Washington dc", proposed whole above
			if (listed.stream().anyMatch(x -> x.start() <= n.start() && n.start() < x.end())) {
				continue;
			}
			if (this.linker.ids(n.name()).isEmpty()) {
				candidate(n.name(), "City", List.of(), b, from + n.start(), from + n.end(), 0.4);
			}
		}
		// "especialistas del fbi", "las instalaciones del c5": a body's lower-case acronym
		for (Mentions.Named n : Acronyms.cued(t)) {
			if (this.linker.ids(n.name()).isEmpty()) {
				candidate(n.name().toUpperCase(Locale.ROOT), "Organization", List.of(n.name()), b, from + n.start(),
						from + n.end(), 0.4);
			}
		}
		// "ponentes de undrr, fao, unicef": each acronym an organisation, written as acronyms are named
		for (Mentions.Named n : Mentions.acronymList(t)) {
			if (this.linker.ids(n.name()).isEmpty() && !Candidates.roleWord(n.name())) {
				candidate(n.name().toUpperCase(Locale.ROOT), "Organization", List.of(n.name()), b, from + n.start(),
						from + n.end(), 0.4);
			}
		}
		for (Mentions.Named n : Mentions.countries(t)) {
			if (this.linker.ids(n.name()).isEmpty() && delegation(b.text(), listStart(b.text(), from + n.start()))) {
				candidate(n.name(), "Country", List.of(), b, from + n.start(), from + n.end(), 0.5);
			}
		}
	}

	/** "Embajada de Colombia en México", "Universidad de la Salud": an organisation's name. */
	private static final Pattern ORG_NAME = Pattern.compile(
			"\\b((?:Embajada|Consulado|Iniciativa|Alianza|Coalici[oó]n|Secretar[ií]a|Subsecretar[ií]a|Ministerio|Alcald[ií]a|Universidad|Instituto|Agencia|Fundaci[oó]n|Red|Banco|Organizaci[oó]n|Oficina|Comisi[oó]n|Consejo|Centro|Museo|C[aá]mara|Asociaci[oó]n|Federaci[oó]n|Fondo|Programa|Prefeitura|Municipalidad|Ayuntamiento|Intendencia|Direcci[oó]n General|Coordinaci[oó]n General|Sistema|Fiscal[ií]a|Polic[ií]a)"
					+ "(?:\\s+(?:de|del|de la|de las|de los|para|y|e|en|sobre)?\\s*(?:\\p{Lu}[\\p{L}\\-]+|[A-Z]{2,}|\\p{Lu}\\.?)){1,9})");

	/** Organisations named in the span; {@code introduced}: its "Nombre (sigla)" pairs, read once by the caller. */
	private void discoverOrganizations(ReportLines.Block b, int from, int to, List<Acronyms.Introduced> introduced) {
		String t = b.text().substring(from, to);
		List<Mentions.Named> named = new ArrayList<>(Mentions.organizations(t));
		named.addAll(Mentions.byKind(t));
		named.addAll(Mentions.english(t));
		for (Mentions.Named n : named) {
			String name = Candidates.trimTail(n.name(), t.substring(n.end()));
			int start = n.start();
			// named as the registry names it: with its state, an embassy with its seat (PlaceBodies)
			PlaceBodies.WithState state = PlaceBodies.withState(name, t.substring(start + name.length()));
			if (state != null && this.linker.ids(state.name()).isEmpty()) {
				candidate(state.name(), n.type(), List.of(), b, from + start, from + start + name.length() + state.tail(), 0.4);
				continue;
			}
			if (embassyAsRegistered(name, b, from + start, from + start + name.length())) {
				continue;
			}
			if (!this.linker.ids(name).isEmpty() || Acronyms.insideLonger(introduced, start, start + name.length())) {
				continue;
			}
			// a name the pattern cut short ("Secretaría de Trabajo y Fomento" before "al Empleo") is no name
			if (Offices.cutShort(name, t.substring(n.end())) || Candidates.goesOn(t.substring(start + name.length()))
					|| Candidates.listOfNouns(name) || Candidates.genericProgramme(name) || Candidates.runningAnEvent(name)
					|| Candidates.tailOfLongerName(t, start)
					|| knownFromHere(t, start, name)
					|| Candidates.unanchoredUnit(name, !this.linker.find(name.substring(name.indexOf(' ') + 1)).isEmpty())) {
				continue;
			}
			// a unit of a known body ("Dirección General de Calidad del Aire de la Secretaría del Medio
			// Ambiente"): the seeds credit the body, so the unit is no new entity
			String outer = Offices.outerBody(name);
			if (outer != null && this.linker.find(outer).stream().anyMatch(x -> this.registry.contains(x.id()) && x.start() == 0)) {
				continue;
			}
			// the registry knows it under this name inside a longer text: nothing new
			List<Linker.Mention> inner = this.linker.find(name);
			if (!inner.isEmpty() && inner.get(0).start() == 0 && inner.get(0).end() >= name.length() - 1) {
				continue;
			}
			candidate(name, n.type(), List.of(), b, from + start, from + start + name.length(), 0.4);
		}
	}

	/**
	 * "la Embajada de Japón": proposed as "Embajada de Japón en México" (the text's form its alias),
	 * or, when the registry knows that name, the text's form links to it. Whether it was.
	 */
	private boolean embassyAsRegistered(String name, ReportLines.Block b, int start, int end) {
		String embassy = PlaceBodies.embassyInMexico(name);
		if (embassy == null || !this.linker.ids(name).isEmpty()) {
			return false;
		}
		String id = candidate(embassy, "Agency", List.of(name), b, start, end, 0.5);
		if (id != null && this.linker.ids(name).isEmpty()) {
			this.linker.add(name, id);
		}
		return id != null;
	}

	/** A party a place rule found (PlaceBodies) that the text names in a form the linker cannot link. */
	private record PlaceParty(String id, String role, int start, int end) {
	}

	/**
	 * Parties of an event named by place rules: the governments of a list of Mexican states, a
	 * namesake capital listed among cities, a country an exhibition's quoted title presents, and
	 * the embassy of the country each item names when the list's introduction says the embassies
	 * asked for them.
	 */
	private List<PlaceParty> placeParties(Span s, Span heading, Span intro, String title) {
		List<PlaceParty> out = new ArrayList<>();
		String t = s.block().text();
		String part = t.substring(s.from(), s.to());
		// "Gobiernos de Veracruz. Puebla …", "del Estado de São Paulo": names the text does not spell, so the linker cannot find them
		List<Mentions.Named> governments = new ArrayList<>(PlaceBodies.governments(part, x -> !this.linker.ids(x).isEmpty()));
		governments.addAll(PlaceBodies.statesAsBodies(part, this::knownCity));
		for (Mentions.Named n : governments) {
			if (!this.linker.ids(part.substring(n.start(), n.end())).isEmpty() || Candidates.tailOfLongerName(part, n.start())) {
				continue;
			}
			String id = candidate(n.name(), "Agency", List.of(), s.block(), s.from() + n.start(), s.from() + n.end(), 0.5);
			if (id != null) {
				out.add(new PlaceParty(id, role(t, s.from() + n.start(), s.from() + n.end(), "Agency"), s.from() + n.start(), s.from() + n.end()));
			}
		}
		// "Gobierno de México": the federal government, and the country it governs
		for (Mentions.Named n : PlaceBodies.governments(part, x -> false)) {
			String written = part.substring(n.start(), n.end());
			boolean home = n.name().equals("Gobierno de " + Offices.country(Places.HOME_COUNTRY));
			if (home && Names.fold(written).equals(Names.fold(n.name())) && this.registry.contains(Places.HOME_COUNTRY)
					&& !Candidates.tailOfLongerName(part, n.start()) && !insideLargerName(t, s.from() + n.start(), "Agency")) {
				out.add(new PlaceParty(Places.HOME_COUNTRY, role(t, s.from() + n.start(), s.from() + n.end(), "Country"),
						s.from() + n.start(), s.from() + n.end()));
			}
		}
		// "pasó la estafeta a Dakar, próxima ciudad sede": a city named after "a" and still a party
		for (int[] at : PlaceBodies.nextHosts(part)) {
			for (String id : this.linker.ids(part.substring(at[0], at[1]))) {
				Registry.Entity e = entity(id);
				if (e != null && "City".equals(e.type()) && !HOME.equals(id)) {
					out.add(new PlaceParty(id, "attendee", s.from() + at[0], s.from() + at[1]));
				}
			}
		}
		for (Mentions.Named n : PlaceBodies.citiesAmongCities(part, this::knownCity)) {
			if (n.name().startsWith("Ciudad de ")) {
				String id = candidate(n.name(), "City", List.of(), s.block(), s.from() + n.start(), s.from() + n.end(), 0.4);
				if (id != null) {
					out.add(new PlaceParty(id, "attendee", s.from() + n.start(), s.from() + n.end()));
				}
			}
		}
		if (s == heading) {
			for (Mentions.Named n : PlaceBodies.countriesOfQuotedTitle(part)) {
				Set<String> ids = this.linker.ids(n.name());
				String id = ids.isEmpty() ? candidate(Offices.country(n.name()), "Country", List.of(), s.block(), s.from() + n.start(), s.from() + n.end(), 0.4)
						: ids.iterator().next();
				if (id != null) {
					out.add(new PlaceParty(id, "attendee", s.from() + n.start(), s.from() + n.end()));
				}
			}
		}
		if (s == intro && heading != null) {
			int[] at = PlaceBodies.embassiesOnRequest(t, s.from(), s.to());
			String country = at == null ? null : PlaceBodies.onlyCountry(title);
			if (country != null) {
				String id = candidate(Offices.embassy(country), "Agency", List.of(), s.block(), at[0], at[1], 0.4);
				if (id != null) {
					out.add(new PlaceParty(id, "organizer", at[0], at[1]));
				}
			}
		}
		return out;
	}

	/** The words the report writes in lower case somewhere (a capitalised one of them is no city's name). */
	private Set<String> lowerWords;

	/** An item's title and a short first line under it, which may go on with its title ("… de la Restauración" / "de Independencia de Azerbaiyán."). */
	private static String itemText(Found f) {
		if (f.body.isEmpty()) {
			return f.title;
		}
		Span first = f.body.get(0);
		return first.to() - first.from() <= 120 ? f.title + " " + first.block().text().substring(first.from(), first.to()) : f.title;
	}

	/** A city the registry or the draft knows by this name. */
	private boolean knownCity(String name) {
		for (String id : this.linker.ids(name)) {
			Registry.Entity e = entity(id);
			if (e != null && "City".equals(e.type())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the linker finds a known entity starting where a name does and covering it
	 * ("Secretaria de Educación, Ciencia, …", "Riesgos y y Protección Civil"): the pattern
	 * stopped short of a name the registry knows, so nothing is new.
	 */
	private boolean knownFromHere(String t, int start, String name) {
		List<Linker.Mention> here = this.linker.find(t.substring(start, Math.min(t.length(), start + name.length() + 160)));
		return !here.isEmpty() && here.get(0).start() == 0 && here.get(0).end() >= name.length() - 1;
	}

	private static String trimLeadingArticle(String name) {
		return name.replaceFirst("^(El|La|Los|Las|Del|Al)\\s+", "");
	}

	static String typeOf(String name) {
		String f = Names.fold(name);
		if (f.matches("^(red|alianza|union de ciudades|asociacion de ciudades|ciudades|foro de ciudades|liga|coalicion|consejo mundial|gobiernos locales).*")
				|| f.contains("ciudades")) {
			return "Network";
		}
		if (f.matches("^(secretaria|subsecretaria|embajada|consulado|instituto|agencia|alcaldia|coordinacion|direccion|ministerio|procuraduria|fiscalia|comision|sistema|autoridad|jefatura|consejeria|alta consejeria|suprema corte|corte suprema|gobierno|ayuntamiento|municipalidad|policia|tribunal|congreso|senado|oficina|servicio|fondo mixto|fideicomiso).*")) {
			return "Agency";
		}
		if (Candidates.unProgramme(name)) {
			return "Organization";
		}
		if (f.matches("^(programa|proyecto|estrategia|plan|iniciativa) .*")) {
			return "Project";
		}
		return "Organization";
	}

	/** Registers a new entity candidate (or one more mention of it) and returns its id. */
	private String candidate(String name, String type, List<String> aliases, ReportLines.Block b, int start, int end,
			double confidence) {
		String id = slug(name);
		if (id.isEmpty()) {
			return null;
		}
		if (this.registry.contains(id)) {
			return id;
		}
		ReportLines.Quote q = b == null ? null : this.text.quote(b, start, end);
		Map<String, Object> c = this.candidates.get(id);
		if (c == null) {
			c = new LinkedHashMap<>();
			c.put("id", id);
			c.put("type", type);
			c.put("name", name);
			c.put("aliases", new ArrayList<>(aliases));
			c.put("confidence", confidence);
			c.put("review", PENDING);
			c.put("mentions", new ArrayList<Map<String, Object>>());
			c.put("sameAs", sameAs(name, type));
			this.candidates.put(id, c);
			this.linker.add(name, id);
			for (String a : aliases) {
				if (this.linker.ids(a).isEmpty()) {
					this.linker.add(a, id);
				}
			}
		}
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> mentions = (List<Map<String, Object>>) c.get("mentions");
		if (q != null && mentions.size() < 5 && mentions.stream().noneMatch(x -> x.get("line").equals(q.line()))) {
			Map<String, Object> mention = new LinkedHashMap<>();
			mention.put("line", q.line());
			mention.put("quote", q.text());
			mentions.add(mention);
		}
		return id;
	}

	private List<Object[]> registryWords;

	/** Existing entities the new one might be: shared name words, scored 0–1. */
	private List<Map<String, Object>> sameAs(String name, String type) {
		if (this.registryWords == null) {
			this.registryWords = new ArrayList<>();
			for (Registry.Entity e : this.registry.all()) {
				List<String> names = new ArrayList<>(e.aliases());
				names.add(e.name());
				for (String n : names) {
					Set<String> w = contentWords(n);
					if (!w.isEmpty()) {
						this.registryWords.add(new Object[] { e, w });
					}
				}
			}
		}
		Set<String> words = contentWords(name);
		List<Map<String, Object>> out = new ArrayList<>();
		if (words.isEmpty()) {
			return out;
		}
		Map<String, Double> best = new LinkedHashMap<>();
		for (Object[] rw : this.registryWords) {
			Registry.Entity e = (Registry.Entity) rw[0];
			@SuppressWarnings("unchecked")
			Set<String> w = (Set<String>) rw[1];
			int inter = 0;
			for (String x : w) {
				if (words.contains(x)) {
					inter++;
				}
			}
			if (inter == 0) {
				continue;
			}
			double s = (double) inter / (w.size() + words.size() - inter);
			if (!e.type().equals(type)) {
				s *= 0.8;
			}
			if (s >= 0.4) {
				best.merge(e.id(), s, Math::max);
			}
		}
		best.entrySet()
			.stream()
			.sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
			.limit(3)
			.forEach(en -> {
				Map<String, Object> m = new LinkedHashMap<>();
				m.put("id", en.getKey());
				m.put("score", Math.round(en.getValue() * 100) / 100.0);
				out.add(m);
			});
		return out;
	}

	private static final Set<String> STOPWORDS = Set.of("de", "del", "la", "el", "los", "las", "y", "e", "en", "para",
			"a", "por", "con", "sobre", "al");

	static Set<String> contentWords(String s) {
		Set<String> out = new HashSet<>();
		for (String w : Names.fold(s).split(" ")) {
			if (!w.isEmpty() && !STOPWORDS.contains(w)) {
				out.add(w);
			}
		}
		return out;
	}

	// ---------------------------------------------------------------- relationships

	private void positionsIn(ReportLines.Block b, int from, int to) {
		String t = b.text();
		String region = t.substring(from, to);
		for (Pattern p : new Pattern[] { TITLE_THEN_NAME, NAME_THEN_TITLE, ORG_THEN_NAME }) {
			Matcher m = p.matcher(region);
			while (m.find()) {
				String title;
				String name;
				int titleStart;
				int titleEnd;
				if (p == TITLE_THEN_NAME) {
					title = m.group(1);
					name = m.group(2);
					titleStart = from + m.start(1);
					titleEnd = from + m.end(1);
					// "la Jefa de Gobierno recibió al Embajador de España, …": the title nearest the name
					Matcher last = LAST_TITLE.matcher(title);
					int cut = 0;
					while (last.find()) {
						// "del Consejo Asesor de …" is no second title: a title follows an article
						if (last.start() > 0 && Offices.introducesTitle(title.substring(0, last.start()))) {
							cut = last.start();
						}
					}
					if (cut > 0) {
						title = title.substring(cut);
						titleStart += cut;
					}
				}
				else if (p == NAME_THEN_TITLE) {
					name = m.group(1);
					title = m.group(2);
					titleStart = from + m.start(2);
					titleEnd = from + m.end(2);
				}
				else {
					title = "titular de la " + m.group(1) + m.group(2);
					name = m.group(3);
					titleStart = from + m.start(1);
					titleEnd = from + m.end(2);
				}
				// "Secretaria General de la red Ciudades y Gobiernos Locales Unidos": a name goes on past "y"
				int bodyEnd = titleEnd;
				Matcher on = NAME_GOES_ON_AFTER_Y.matcher(t.substring(titleEnd, Math.min(t.length(), titleEnd + 80)));
				if (on.lookingAt() && p != ORG_THEN_NAME && !Offices.personFollows(on.group())) {
					bodyEnd = titleEnd + on.end();
				}
				if (p == NAME_THEN_TITLE) {
					bodyEnd = Math.max(bodyEnd, knownNameEnd(t, titleStart, titleEnd));
				}
				String org = cityUnitParent(t, titleStart, t.substring(titleStart, bodyEnd), title);
				if (org == null) {
					org = organizationIn(t.substring(titleStart, bodyEnd), title);
				}
				if (org == null) {
					// "asesor de Alto al Fuego/Driscoll´s": a proper name the title ends in, one position per body
					for (String named : Offices.namedBodies(title)) {
						position(b, name, bodyId(named), title, t.substring(titleStart, bodyEnd), from + m.start(), from + m.end());
					}
				}
				position(b, name, org, title, t.substring(titleStart, bodyEnd), from + m.start(), from + m.end());
			}
		}
		// "los titulares de Finanzas y de Cultura: N1 y N2, respectivamente": each the city's body of the area
		for (Offices.Paired p : Offices.respectively(region)) {
			String org = Offices.bodyOfArea(p.area(), citySecretariats());
			position(b, p.name(), org, "titular de " + p.area(), "titular de " + p.area(), from + p.start(), from + p.end());
		}
		// the list forms: mayors each "de" their city, ambassadors with their country, "el Embajador N"
		for (Offices.Hit h : Offices.listed(region)) {
			String body = h.body();
			if (h.titled()) {
				position(b, h.name(), organizationIn(h.title(), h.title()), h.title(), h.title(), from + h.start(), from + h.end());
				continue;
			}
			if (body == null) {
				body = Names.fold(h.title()).equals("canciller") ? CHANCELLERY : nearestCountryEmbassy(t, from + h.start());
			}
			position(b, h.name(), body == null ? null : bodyId(body), h.title(), h.title(), from + h.start(), from + h.end());
		}
	}

	private static final Pattern NAME_GOES_ON_AFTER_Y = Pattern.compile("\\s+y\\s+\\p{Lu}[^,;:().]{0,70}");

	/**
	 * "…, Representante de la Organización de las Naciones Unidas para la Educación, la Ciencia y
	 * la Cultura": where a name the registry knows, begun inside the title, ends past the comma
	 * that cut the title; the title's end when none does.
	 */
	private int knownNameEnd(String t, int titleStart, int titleEnd) {
		int end = titleEnd;
		for (Linker.Mention x : registryLinker().find(t.substring(titleStart, Math.min(t.length(), titleEnd + 120)))) {
			if (x.start() < titleEnd - titleStart && titleStart + x.end() > end) {
				end = titleStart + x.end();
			}
		}
		return end;
	}

	/** The city's secretariats: where a unit's official ("Subsecretario de Educación") belongs. */
	private List<Registry.Entity> citySecretariats() {
		if (this.citySecretariats == null) {
			this.citySecretariats = this.registry.all()
				.stream()
				.filter(e -> "Agency".equals(e.type()) && HOME.equals(e.parent()) && e.name().startsWith("Secretar"))
				.toList();
		}
		return this.citySecretariats;
	}

	private List<Registry.Entity> citySecretariats;

	/**
	 * A city unit's official whose title names nothing the registry knows ("Subsecretario de
	 * Educación", "Directora General de Seguridad Vial y …") holds the position at the
	 * secretariat the unit belongs to (the seeds' rule for sub-units): by the words they share,
	 * else the secretariat named or headed last before the title. Null when the title is no
	 * unit's, names a known body or place, or no secretariat is clear.
	 */
	private String cityUnitParent(String t, int titleStart, String titleText, String title) {
		if (!Offices.unitTitle(title) || Offices.fieldOffice(titleText) != null || Offices.localGovernment(titleText) != null) {
			return null;
		}
		if (!registryLinker().find(titleText).isEmpty()) {
			return null;
		}
		// "el Secretario de Movilidad, …" names its secretariat as well as "la Secretaría de Movilidad"
		String before = t.substring(Math.max(0, titleStart - 1500), titleStart).replaceAll("Secretari[oa]\\b", "Secretaría");
		List<String> nearby = new ArrayList<>();
		for (Linker.Mention x : registryLinker().find(before)) {
			nearby.add(x.id());
		}
		return Offices.parentSecretariat(title, citySecretariats(), nearby);
	}

	/** Mexico's foreign ministry: a "canciller" the text gives no country is Mexico's. */
	private static final String CHANCELLERY = "Secretaría de Relaciones Exteriores";

	/** One HOLDS_POSITION edge (and, for a city official whose title does not name the body, one at the city). */
	private void position(ReportLines.Block b, String name, String org, String title, String titleText, int start,
			int end) {
		// "Participaron Diana Rodríguez, Secretaria …": a verb opening the sentence is not a name
		name = name.strip().replaceFirst("^\\p{Lu}\\p{Ll}+(?:aron|ieron|aban|ían)\\s+", "");
		boolean doctor = title.matches("(?u)(Dra?|Mtr[oa])\\.") && name.matches("(?u)\\p{Lu}[\\p{L}\\-]{3,}");
		if (org == null || !(plausibleName(name) || doctor)) {
			return;
		}
		String person = personId(name, b, start, end);
		if (person == null) {
			return;
		}
		ReportLines.Quote q = this.text.quote(b, start, end);
		if (q == null) {
			return;
		}
		org = Crediting.unitsBody(this.registry, org);
		Registry.Entity unit = this.registry.get(org);
		if (unit != null && unit.parent() != null && !HOME.equals(unit.parent()) && Offices.unitName(unit.name())
				&& ours(unit.parent())) {
			// a city unit's official holds the position at the unit's secretariat (the seeds' rule for sub-units)
			org = unit.parent();
		}
		List<String> orgs = new ArrayList<>(List.of(org));
		Registry.Entity e = this.registry.get(org);
		if (e != null && !HOME.equals(org) && "Agency".equals(e.type()) && ours(org) && !e.name().startsWith("Alcald")
				&& !Offices.namesBody(titleText, e.name(), e.aliases())) {
			orgs.add(HOME);
		}
		for (String o : orgs) {
			Map<String, Object> r = new LinkedHashMap<>();
			r.put("type", "HOLDS_POSITION");
			r.put("from", person);
			r.put("to", o);
			r.put("title", cleanTitle(title));
			r.put("line", q.line());
			r.put("quote", q.text());
			r.put("confidence", this.registry.contains(person) && this.registry.contains(o) ? 0.8 : 0.6);
			r.put("review", PENDING);
			addRelationship(r, "P|" + person + "|" + o);
		}
	}

	/** "el Embajador Jon Benjamin" after a meeting with the United Kingdom: the embassy of the country last named. */
	private String nearestCountryEmbassy(String t, int at) {
		String before = t.substring(Math.max(0, at - 700), at);
		String country = null;
		for (Linker.Mention x : this.linker.find(before)) {
			Registry.Entity e = entity(x.id());
			if (e != null && "Country".equals(e.type()) && !"mexico".equals(x.id())) {
				country = e.name();
			}
		}
		return country == null ? null : Offices.embassy(country);
	}

	/** The entity a body's name is: a registry one, a country of the gazetteer, or a new one. */
	private String bodyId(String body) {
		for (String id : this.linker.ids(body)) {
			Registry.Entity e = entity(id);
			if (e != null && !"Person".equals(e.type())) {
				return id;
			}
		}
		String country = Offices.country(body);
		if (country != null) {
			return candidate(country, "Country", List.of(), null, 0, 0, 0.4);
		}
		String type = typeOf(body);
		// a bare place name ("Nueva York") is a city; a body's name keeps its type
		return candidate(body, ORG_START.matcher(body).find() || !"Organization".equals(type) || Candidates.bodyNotPlace(body) ? type : "City", List.of(),
				null, 0, 0, 0.4);
	}

	private static String cleanTitle(String title) {
		return title.replaceAll("\\s+", " ").replaceAll("\\s*\\([^)]*\\)", "").strip();
	}

	private static boolean plausibleName(String name) {
		// "María de la Concepción Díaz de Villegas": the particles are no words of their own
		String[] w = name.replaceAll("\\s+(?:de la|de los|del|de|da|von)(?=\\s)", "").split("\\s+");
		if (w.length < 2 || w.length > 6) {
			return false;
		}
		String f = Names.fold(name);
		return !f.matches(".*\\b(ciudad|mexico|secretaria|gobierno|estados|unidos|naciones|direccion|coordinacion|instituto|foro|red|programa|general|internacional|nacional|organizacion|comite|consejo|agencia|embajada|universidad|fundacion|banco|oficina|sistema|gestion|desarrollo|jefa|jefe|covid|reino|union|alcaldia|asesores|asuntos|america|latina|caribe|europea|mundial|ministro|ministra|consejero|consejera|gobernador|gobernadora|adjunto|adjunta|alcalde|alcaldesa|subdireccion|subdirector|director|directora|embajador|embajadora|secretario|coordinador|titular|presidente|presidenta)\\b.*")
				&& !(MONTHS_WORD.matcher(w[0]).matches() && !Offices.FIRST_NAME_MONTHS.contains(Names.fold(w[0])));
	}

	private String personId(String name, ReportLines.Block b, int start, int end) {
		Set<String> ids = this.linker.ids(name);
		for (String id : ids) {
			Registry.Entity e = entity(id);
			if (e != null && "Person".equals(e.type())) {
				return id;
			}
		}
		// a registered person written with one surname less ("Marcelo Ebrard" for Marcelo Ebrard Casaubon)
		String folded = Names.fold(name);
		for (Registry.Entity e : this.registry.all()) {
			if ("Person".equals(e.type()) && (Names.fold(e.name()).startsWith(folded + " ")
					|| folded.startsWith(Names.fold(e.name()) + " "))) {
				return e.id();
			}
		}
		// …or a person this draft already proposed ("Frédéric Vacheron" after "Frédéric Vacheron Oriol")
		for (Map<String, Object> c : this.candidates.values()) {
			String cn = Names.fold((String) c.get("name"));
			if ("Person".equals(c.get("type")) && (cn.startsWith(folded + " ") || folded.startsWith(cn + " "))) {
				return (String) c.get("id");
			}
		}
		if (!ids.isEmpty()) {
			return null;
		}
		return candidate(name, "Person", List.of(), b, start, end, 0.6);
	}

	/** A title's office: "Secretario de Marina" holds the Secretaría de Marina. */
	private static final String[][] OFFICES = { { "(?i)^subsecretari[oa]\\b", "Subsecretaría" },
			{ "(?i)^secretari[oa]\\b", "Secretaría" }, { "(?i)^coordinador(a)?\\b", "Coordinación" },
			{ "(?i)^director(a)?\\b", "Dirección" }, { "(?i)^embajador(a)?\\b", "Embajada" },
			{ "(?i)^alcalde(sa)?\\b", "Alcaldía" }, { "(?i)^ministr[oa]\\b", "Ministerio" },
			{ "(?i)^c[oó]nsul\\b", "Consulado" }, { "(?i)^gobernador(a)?\\b", "Gobierno" },
			{ "(?i)^(titular|president[ea]|representante|jef[ea]|director(a)? general|secretari[oa] general)\\s+(de la|del|de)\\s+", "" } };

	/** The body a title names: its office if the registry knows it, else the first entity in it. */
	private String organizationIn(String titleText, String title) {
		List<String> tries = new ArrayList<>();
		String t = titleText.strip();
		String head = Offices.headOfState(t.replaceAll("\\s*\\([^)]*\\)", ""));
		if (head != null) {
			return bodyId(head);
		}
		String field = Offices.fieldOffice(t);
		if (field != null) {
			return bodyId(field);
		}
		String governed = Offices.governedState(t);
		if (governed != null) {
			return bodyId(governed);
		}
		String named = placeOrBodyNamed(t);
		if (named != null) {
			return named;
		}
		for (String[] o : OFFICES) {
			String office = t.replaceFirst(o[0], o[1]);
			if (!office.equals(t)) {
				tries.add(office);
				tries.add(office.replaceFirst("^(\\p{L}+) de (?:la |el )?", "$1 "));
			}
		}
		for (String office : tries) {
			for (Linker.Mention m : this.linker.find(office)) {
				Registry.Entity e = entity(m.id());
				if (e != null && !this.registry.contains(m.id()) && Offices.outerBody(e.name()) != null) {
					continue;
				}
				if (m.start() == 0 && e != null && !"Person".equals(e.type())
						&& !continuesIntoLongerName(office, m.end(), e.type())) {
					return m.id();
				}
			}
		}
		// an embassy, a ministry, a secretariat the registry lacks is new, not the country it is of
		if (t.matches("(?iu)^(embajador|secretari|subsecretari|ministr|c[oó]nsul).*")) {
			String office = newOffice(t);
			if (office != null) {
				return candidate(office, typeOf(office), List.of(), null, 0, 0, 0.4);
			}
		}
		for (Linker.Mention m : this.linker.find(titleText)) {
			Registry.Entity e = entity(m.id());
			// a unit drafted as a name of its own ("Consejo Asesor de la Coordinación …") is not the body
			if (e != null && !this.registry.contains(m.id()) && Offices.outerBody(e.name()) != null) {
				continue;
			}
			// "Representante de ONU Mujeres para México": México is the scope, not the body
			boolean scope = e != null && ("Country".equals(e.type()) || "City".equals(e.type()))
					&& (titleText.substring(0, m.start()).matches("(?s).*\\b(para|en)\\s+$")
							|| Offices.insideBodyName(titleText.substring(0, m.start())));
			if (e != null && !"Person".equals(e.type()) && !scope
					&& !continuesIntoLongerName(titleText, m.end(), e.type())) {
				return m.id();
			}
		}
		String f = Names.fold(title);
		if (f.startsWith("jefa de gobierno") || f.startsWith("jefe de gobierno")) {
			return this.registry.contains(HOME) ? HOME : null;
		}
		// "Alcaldesa de Managua": a mayor holds the position at the city itself
		Matcher mayor = MAYOR_OF.matcher(t.replaceAll("\\s*\\([^)]*\\)", "").strip());
		if (mayor.matches() && mayor.group(1).split("\\s+").length <= 5) {
			return candidate(mayor.group(1), "City", List.of(), null, 0, 0, 0.4);
		}
		String lower = Offices.lowerAcronymBody(t);
		if (lower != null) {
			return bodyId(lower);
		}
		// an office the registry does not know yet: a new entity for the curator
		String office = newOffice(t);
		return office == null ? null : candidate(office, typeOf(office), List.of(), null, 0, 0, 0.4);
	}

	/**
	 * Before an office is proposed as new: a borough's mayor holds the Alcaldía, a body the
	 * registry knows named in the title holds it ("Secretaria General de la red Ciudades y
	 * Gobiernos Locales Unidos"), and a foreign local government or place ending the title
	 * holds it ("… del Ayuntamiento de Madrid", "Secretaria de la Mujer de Bogotá").
	 */
	private String placeOrBodyNamed(String t) {
		Matcher mayor = MAYOR_OF.matcher(t.replaceAll("\\s*\\([^)]*\\)", "").strip());
		if (mayor.matches() && Offices.borough(mayor.group(1)) != null) {
			return bodyId(Offices.borough(mayor.group(1)));
		}
		// the registry only: a drafted name ("Secretaría de la Mujer de Bogotá") must not hide the place in it
		List<Linker.Mention> ms = registryLinker().find(t);
		for (Linker.Mention m : ms) {
			Registry.Entity e = entity(m.id());
			if (e != null && m.start() > 0 && !List.of("Person", "City", "Country").contains(e.type())
					&& !continuesIntoLongerName(t, m.end(), e.type())) {
				return m.id();
			}
		}
		String local = Offices.localGovernment(t);
		if (local != null && Offices.borough(local) == null && !Names.fold(local).matches("mexico|ciudad de mexico")) {
			return bodyId(local);
		}
		if (!ms.isEmpty()) {
			Linker.Mention last = ms.get(ms.size() - 1);
			Registry.Entity e = entity(last.id());
			boolean ends = t.substring(last.end()).replaceAll("\\s*\\([^)]*\\)", "").isBlank();
			if (e != null && ends && ("City".equals(e.type()) || "Country".equals(e.type())) && !HOME.equals(last.id())
					&& !"mexico".equals(last.id()) && t.substring(0, last.start()).matches("(?s).*\\b(de|del|de la)\\s+$")
					&& !Offices.insideBodyName(t.substring(0, last.start()))) {
				return last.id();
			}
		}
		return null;
	}

	private Linker registryLinker;

	/** A linker of the registry alone (no drafted candidates), made once. */
	private Linker registryLinker() {
		if (this.registryLinker == null) {
			this.registryLinker = new Linker(this.registry);
		}
		return this.registryLinker;
	}

	private static final Pattern MAYOR_OF = Pattern
		.compile("(?iu)^(?:alcalde|alcaldesa|intendente|intendenta|prefeito|prefeita)\\s+de\\s+(\\p{Lu}[\\p{L}\\-]+(?:\\s+(?:de\\s+)?\\p{Lu}[\\p{L}\\-]+)*)$");

	private static final Pattern OFFICE_OF = Pattern.compile("^(?:[\\p{L}.]+\\s+){1,3}?(?:de la|del|de los|de)\\s+(\\p{Lu}[^()]*)");

	/** "Secretario de Marina" → "Secretaría de Marina"; "Director General del Instituto X" → "Instituto X". */
	private static String newOffice(String title) {
		String t = title.replaceAll("\\s*\\([^)]*\\)", "").strip();
		Matcher of = OFFICE_OF.matcher(t);
		String inner = of.find() ? of.group(1).strip() : null;
		String outer = inner == null ? null : Offices.outerBody(inner);
		if (outer != null) {
			return outer;
		}
		if (inner != null && ORG_START.matcher(inner).find()) {
			return inner.split("\\s+").length >= 2 ? inner : null;
		}
		for (String[] o : OFFICES) {
			if (!o[1].isEmpty() && t.matches(o[0] + ".*") && !o[1].equals("Dirección") && !o[1].equals("Coordinación")) {
				String office = t.replaceFirst(o[0], o[1]);
				return office.split("\\s+").length >= 3 && Character.isUpperCase(office.charAt(0)) ? office : null;
			}
		}
		return null;
	}

	private static final Pattern ORG_START = Pattern.compile(
			"^(Embajada|Consulado|Secretar[ií]a|Subsecretar[ií]a|Ministerio|Alcald[ií]a|Universidad|Instituto|Agencia|Fundaci[oó]n|Red|Banco|Organizaci[oó]n|Oficina|Comisi[oó]n|Consejo|Centro|Museo|C[aá]mara|Asociaci[oó]n|Federaci[oó]n|Fondo|Programa|Coordinaci[oó]n|Direcci[oó]n|Sistema|Fiscal[ií]a|Gobierno|Uni[oó]n|Comit[eé]|Fideicomiso|Autoridad|Procuradur[ií]a|Jefatura)\\b");

	private void relationshipsIn(ReportLines.Block b, List<Found> found) {
		String t = b.text();
		Matcher s = FundingCues.SENTENCE_END.matcher(t);
		int start = 0;
		List<int[]> sentences = new ArrayList<>();
		while (s.find()) {
			sentences.add(new int[] { start, s.end() });
			start = s.end();
		}
		if (start < t.length()) {
			sentences.add(new int[] { start, t.length() });
		}
		for (int[] se : sentences) {
			String sentence = t.substring(se[0], se[1]);
			List<Linker.Mention> mentions = this.linker.find(sentence);
			agreement(b, se[0], sentence, mentions, found);
			funding(b, se[0], sentence, mentions);
			membership(b, se[0], sentence, mentions);
		}
		if (FundingCues.amountCell(t)) {
			fundingCell(b);
		}
	}

	/**
	 * A mention that names something else rather than a party: a place inside a longer name or
	 * a person's name, a country locating the city before it, a name inside a quoted title
	 * ("Declaración de Edimburgo", "Medellín, Colombia", "“Ciudades Circulares de América Latina”").
	 */
	private static boolean onlyNamed(String t, int start, String type) {
		String near = t.substring(Math.max(0, start - 50), start);
		boolean place = "City".equals(type) || "Country".equals(type);
		// "la Declaración del gsef 2021": the body that issues an instrument is its party
		boolean issuer = !place && ISSUED.matcher(near).find();
		return (place && NAME_BEFORE.matcher(near).find()) || ("Country".equals(type) && LOCATES.matcher(near).find())
				|| (!issuer && insideLargerName(t, start, type)) || insideQuotes(t, start);
	}

	private static final Pattern ISSUED = Pattern.compile(
			"(?i)\\b(?:declaraci[oó]n|convenio|memor[aá]nd(?:um|o)|carta de intenci[oó]n|acuerdo|protocolo)\\s+(?:de|del|de la|de los|de las)\\s*$");

	/** What the drafter read as an event's text: its list's intro, then its body (SectionAgencies). */
	private static List<SectionAgencies.Read> reads(Found f) {
		List<SectionAgencies.Read> out = new ArrayList<>();
		if (f.intro != null) {
			out.add(new SectionAgencies.Read(f.intro.block(), f.intro.from(), f.intro.to()));
		}
		f.body.forEach(s -> out.add(new SectionAgencies.Read(s.block(), s.from(), s.to())));
		// an event told in running text ("se participó en los cursos: “…” del 9 de julio …; “…”")
		// is read in its block up to its own words
		if (out.isEmpty() && f.block != null && f.from >= 0 && f.headingEnd > f.from) {
			out.add(new SectionAgencies.Read(f.block, 0, f.headingEnd));
		}
		return out;
	}

	/** The city's agencies the registry knows, for sections titled with one's field (SectionAgencies). */
	private List<Registry.Entity> cityAgencies() {
		return this.registry.all().stream().filter(e -> "Agency".equals(e.type()) && ours(e.id())).toList();
	}

	private boolean ours(String id) {
		if ("ciudad-de-mexico".equals(id)) {
			return true;
		}
		Registry.Entity e = entity(id);
		// a new candidate has no parent yet: its name says whose it is
		if (e != null && e.parent() == null && this.candidates.containsKey(id) && AgreementCues.cityBodyName(e.name())) {
			return true;
		}
		for (int i = 0; e != null && e.parent() != null && i < 4; i++) {
			if ("ciudad-de-mexico".equals(e.parent())) {
				return true;
			}
			e = this.registry.get(e.parent());
		}
		return false;
	}

	private void agreement(ReportLines.Block b, int offset, String sentence, List<Linker.Mention> mentions,
			List<Found> found) {
		AgreementCues.Instrument m = AgreementCues.find(sentence);
		if (m == null) {
			m = AgreementCues.findWork(sentence);
		}
		if (m == null) {
			return;
		}
		ReportLines.Quote at = this.text.quote(b, offset, offset + Math.min(sentence.length(), 40));
		if (at != null && this.agreementLines.contains(at.line())) {
			return;
		}
		// a heading names the instrument; the body's sentence about it is the evidence, cited there
		HeadingBody body = AgreementCues.heading(sentence) ? headingBody(b, offset + sentence.length()) : null;
		if (body != null) {
			mentions = new ArrayList<>(mentions);
			for (Linker.Mention x : this.linker.find(body.sentence())) {
				mentions.add(new Linker.Mention(x.id(), x.start() + sentence.length(), x.end() + sentence.length(), x.surface()));
			}
		}
		List<String> parties = new ArrayList<>();
		String ourSide = null;
		// a party named only in the setting the instrument was made in: the sentence tells no agreement of its own
		boolean framed = false;
		for (Linker.Mention x : mentions) {
			Registry.Entity e = entity(x.id());
			String in = x.start() >= sentence.length() ? body.sentence() : sentence;
			int from = x.start() >= sentence.length() ? x.start() - sentence.length() : x.start();
			if (e == null || "Person".equals(e.type()) || project(e) || parties.contains(x.id())
					|| onlyNamed(in, from, e.type())) {
				continue;
			}
			if (AgreementCues.inFramework(in, m, from)) {
				framed = true;
				continue;
			}
			if (ours(x.id()) && ourSide == null) {
				ourSide = x.id();
				continue;
			}
			if (!ours(x.id())) {
				parties.add(x.id());
			}
		}
		// a counterpart the registry does not know yet: "un convenio con Bloomberg Philanthropies"
		int[] with = AgreementCues.counterpart(sentence, m);
		if (with != null && this.linker.find(sentence.substring(with[0], with[1])).isEmpty()) {
			String name = sentence.substring(with[0], with[1]);
			if (name.split("\\s+").length >= 2 || name.matches("[A-Z]{2,}")) {
				String id = candidate(name, typeOf(name), List.of(), b, offset + with[0], offset + with[1], 0.4);
				if (id != null && !parties.contains(id)) {
					parties.add(id);
				}
			}
		}
		// "…el convenio firmado … debía volverse a firmar por las partes": the parties are the sentences' around
		List<String> around = parties.isEmpty() && body == null && !framed ? neighbours(b, offset, sentence.length()) : List.of();
		// "…las ocho redes que firmaron la declaración: A; B; …" nearby drafts that instrument with its own
		// signers; this sentence ("La declaración se elaboró …") is the same one, not a second with A and B
		if (around.stream().anyMatch(near -> AgreementCues.othersSigned(near) >= 0)) {
			around = List.of();
		}
		for (String near : around) {
			for (Linker.Mention x : this.linker.find(near)) {
				Registry.Entity e = entity(x.id());
				if (e != null && !"Person".equals(e.type()) && !project(e) && !parties.contains(x.id())
						&& !onlyNamed(near, x.start(), e.type())) {
					if (!ours(x.id())) {
						parties.add(x.id());
					}
					else if (ourSide == null) {
						ourSide = x.id();
					}
				}
			}
		}
		// "el Ministerio de Cultura de la Ciudad de Buenos Aires … su homólogo de Buenos Aires": one party
		parties.removeIf(p -> {
			Registry.Entity pe = entity(p);
			return pe != null && ("City".equals(pe.type()) || "Country".equals(pe.type())) && parties.stream()
				.anyMatch(o -> !o.equals(p) && entity(o) != null && Names.fold(entity(o).name()).contains(Names.fold(pe.name())));
		});
		if (parties.isEmpty()) {
			return;
		}
		List<String> signers = ourSide == null ? signers(b, offset, sentence) : List.of();
		if (signers.size() >= 2) {
			ourSide = signers.get(0);
			parties.clear();
			parties.addAll(signers.subList(1, signers.size()));
		}
		if (ourSide == null) {
			ourSide = "ciudad-de-mexico";
		}
		// the report tells one instrument again (a body before its heading, a summary later): drafted once
		if (!this.agreementParties.add(m.kind() + "|" + new java.util.TreeSet<>(parties))) {
			return;
		}
		int qs = wordStart(sentence, m.actStart() < 0 ? Math.max(0, m.start() - 30) : m.citeFrom());
		int qe = wordEnd(sentence, Math.min(sentence.length(), m.end() + 90));
		ReportLines.Quote q = body == null ? this.text.quote(b, offset + qs, offset + qe)
				: body.act() != null ? body.act() : body.quote();
		if (q == null) {
			return;
		}
		String kind = m.kind();
		String status = m.status();
		if (body != null && !"other".equals(AgreementCues.status(kind, Names.fold(body.sentence())))) {
			status = AgreementCues.status(kind, Names.fold(body.sentence()));
		}
		this.agreementLines.add(q.line());
		if (body != null) {
			this.agreementLines.add(body.quote().line());
		}
		String title = sentence.substring(m.start(), body != null ? sentence.replaceFirst("\\s*\\([^()]*\\)\\s*$", "").length()
				: wordEnd(sentence, Math.min(sentence.length(), m.end() + 60)))
			.replaceAll("[,.;:]+$", "")
			.strip();
		title = Character.toUpperCase(title.charAt(0)) + title.substring(1);
		Map<String, Object> r = new LinkedHashMap<>();
		r.put("type", "AGREEMENT");
		r.put("from", ourSide);
		r.put("to", parties.size() == 1 ? parties.get(0) : parties);
		r.put("title", title);
		r.put("kind", kind);
		r.put("status", status);
		SpanishDates.Span d = SpanishDates.find(sentence, this.periodStart, false);
		if (d != null) {
			r.put("date", d.start().toString());
		}
		r.put("line", q.line());
		r.put("quote", q.text());
		r.put("confidence", 0.6);
		r.put("review", PENDING);
		addRelationship(r, "A|" + q.line() + "|" + ourSide + "|" + parties);
	}

	/**
	 * The bodies a sentence lists as an instrument's signers when others signed it (AgreementCues.othersSigned),
	 * the list read on to the block's full stop (its items end in ";"); empty when it says no such thing.
	 */
	private List<String> signers(ReportLines.Block b, int offset, String sentence) {
		int at = AgreementCues.othersSigned(sentence);
		if (at < 0) {
			return List.of();
		}
		String t = b.text();
		int end = t.indexOf('.', offset + at);
		String list = t.substring(offset + at, end < 0 ? t.length() : end);
		List<String> out = new ArrayList<>();
		for (Linker.Mention x : this.linker.find(list)) {
			Registry.Entity e = entity(x.id());
			if (e != null && !"Person".equals(e.type()) && !project(e) && !ours(x.id()) && !out.contains(x.id())) {
				out.add(x.id());
			}
		}
		return out;
	}

	/** A project is no party to an agreement; a new "Programa de las Naciones Unidas… (PNUD)" is a body. */
	private boolean project(Registry.Entity e) {
		Map<String, Object> c = this.candidates.get(e.id());
		return "Project".equals(e.type()) && (c == null || ((List<?>) c.get("aliases")).isEmpty());
	}

	/** Kind and counterparts of the agreements drafted so far. */
	private final Set<String> agreementParties = new HashSet<>();

	/** The two sentences before and the two after a sentence of a block. */
	private static List<String> neighbours(ReportLines.Block b, int offset, int length) {
		String t = b.text();
		List<String> out = new ArrayList<>();
		int before = offset;
		for (int k = 0; k < 2 && before > 0; k++) {
			int start = sentenceStart(t, Math.max(0, before - 2));
			out.add(t.substring(start, before));
			before = start;
		}
		int after = offset + length;
		for (int k = 0; k < 2 && after < t.length(); k++) {
			Matcher s = SENTENCE_END.matcher(t);
			int stop = s.find(after + 1) ? s.end() : t.length();
			out.add(t.substring(after, stop));
			after = stop;
		}
		return out;
	}

	/** Lines already cited by an agreement: the body of a heading tells the same one again. */
	private final Set<Integer> agreementLines = new HashSet<>();

	/** A heading's body sentence about its instrument: its quote, the quote of its act (or null), its text. */
	private record HeadingBody(ReportLines.Quote quote, ReportLines.Quote act, String sentence) {
	}

	/**
	 * The first of the next two sentences after a heading (in its block or the next ones) that
	 * goes on about the instrument, or null.
	 */
	private HeadingBody headingBody(ReportLines.Block b, int end) {
		int index = this.text.blocks.indexOf(b);
		ReportLines.Block block = b;
		int from = end;
		int seen = 0;
		for (int k = index; k < this.text.blocks.size() && k <= index + 2 && seen < 2; k++) {
			block = this.text.blocks.get(k);
			String t = block.text();
			int start = k == index ? from : 0;
			Matcher s = SENTENCE_END.matcher(t);
			while (start < t.length() && seen < 2) {
				int stop = s.find(start) ? s.end() : t.length();
				String sentence = t.substring(start, stop);
				if (!sentence.isBlank()) {
					seen++;
					if (AgreementCues.tellsInstrument(sentence)) {
						ReportLines.Quote q = this.text.quote(block, start, wordEnd(t, Math.min(stop, start + 110)));
						if (q == null) {
							return null;
						}
						// "…, la Secretaría … estableció un acuerdo con …": cited where the act is told
						AgreementCues.Instrument told = AgreementCues.find(sentence);
						ReportLines.Quote act = told == null || told.actStart() < 0 ? null
								: this.text.quote(block, start + told.citeFrom(),
										wordEnd(t, Math.min(stop, start + told.end() + 90)));
						return new HeadingBody(q, act, sentence);
					}
				}
				start = stop;
			}
		}
		return null;
	}

	/** The id of a giver named after its cue: the registry's when it names the whole of it, else a new candidate. */
	private String giver(FundingCues.Named named, List<Linker.Mention> mentions, ReportLines.Block b, int offset) {
		String id = null;
		for (Linker.Mention x : mentions) {
			if (x.start() >= named.start() && x.start() < named.end() && !ours(x.id())) {
				id = x.id();
				break;
			}
		}
		List<Linker.Mention> inside = this.linker.find(named.name());
		boolean whole = !inside.isEmpty() && inside.get(0).start() == 0
				&& inside.get(0).end() >= named.name().length() - 1;
		if (whole) {
			return inside.get(0).id();
		}
		// "Huawei México" is a new giver, not the country its name ends with
		Registry.Entity known = id == null ? null : entity(id);
		if (known == null || "City".equals(known.type()) || "Country".equals(known.type())) {
			id = candidate(named.name(), named.person() ? "Person" : typeOf(named.name()), List.of(), b,
					offset + named.start(), offset + named.end(), 0.4);
		}
		return id;
	}

	/** A list of gifts is being read (see {@link #funding}). */
	private boolean giftList;

	/** "del Representante de la Oficina de la Unesco": a person's office, not who gave. */
	private static final Pattern TITLE_OFFICE = Pattern.compile(
			"(?i)\\b(representante|titular|embajador[a]?|director[a]?|secretari[oa]|president[ea]|coordinador[a]?|jef[ae]|c[oó]nsul)\\s+(?:general\\s+)?(?:de|del|de la|de los)\\s*$");

	/** Amounts our government spent on a purpose the text names: one item per amount, to a new project. */
	private void spending(ReportLines.Block b, int offset, String sentence, List<SpanishAmounts.Amount> amounts) {
		if (!amounts.isEmpty() && FundingCues.HANDOUT.matcher(sentence).find()) {
			handout(b, offset, sentence, amounts.get(amounts.size() - 1));
			return;
		}
		if (!Names.fold(sentence).matches(".*\\b(gobierno|inversion|invirtio|destin).*")) {
			return;
		}
		for (SpanishAmounts.Amount a : amounts) {
			String purpose = FundingCues.purpose(sentence, a.end());
			if (purpose == null) {
				continue;
			}
			int p = sentence.indexOf(purpose, a.end());
			String project = Character.toUpperCase(purpose.charAt(0)) + purpose.substring(1);
			String to = candidate(project, "Project", List.of(), b, offset + p, offset + p + purpose.length(), 0.3);
			ReportLines.Quote q = this.text.quote(b, offset + a.start(), offset + p + purpose.length());
			if (to == null || q == null) {
				continue;
			}
			funded(HOME, to, a.value(), a.currency(), a.text(), purpose, false, q, 0.4);
		}
	}

	/**
	 * One drafted FUNDED item, in the seed format's key order. {@code value}, {@code currency} and
	 * {@code amountText} are null for a giver named without a sum; {@code purpose} only where the
	 * text says what the money is for.
	 */
	private void funded(String from, String to, java.math.BigDecimal value, String currency, String amountText, String purpose,
			boolean inKind, ReportLines.Quote q, double confidence) {
		Map<String, Object> r = new LinkedHashMap<>();
		r.put("type", "FUNDED");
		r.put("from", from);
		r.put("to", to);
		r.put("amount", value == null ? null : value.stripTrailingZeros().scale() <= 0 ? (Object) value.longValue() : value.doubleValue());
		r.put("currency", currency);
		r.put("amountText", amountText);
		if (purpose != null) {
			r.put("purpose", purpose);
		}
		r.put("inKind", inKind);
		r.put("line", q.line());
		r.put("quote", q.text());
		r.put("confidence", confidence);
		r.put("review", PENDING);
		addRelationship(r, "F|" + q.line() + "|" + from + "|" + to + "|" + (amountText == null ? "" : amountText));
	}

	/** Who an award whose amount ends at {@code from} went to, named in the next sentences of the block; or null. */
	private String awardee(ReportLines.Block b, int from) {
		String t = b.text();
		String after = t.substring(Math.min(from, t.length()), Math.min(t.length(), from + 400));
		int[] n = FundingCues.awardee(after);
		if (n == null) {
			return null;
		}
		String name = after.substring(n[0], n[1]);
		List<Linker.Mention> known = this.linker.find(name);
		if (!known.isEmpty() && known.get(0).start() == 0 && known.get(0).end() >= name.length() - 1) {
			return known.get(0).id();
		}
		return name.split("\\s+").length >= 2 ? candidate(name, "Person", List.of(), b, from + n[0], from + n[1], 0.4) : null;
	}

	/**
	 * Support our government handed out, to the programme the block names before:
	 * "… del Programa Fomento … Asistieron mil 515 personas y la entrega de apoyos ascendió a 38 millones 550 mil pesos".
	 */
	private void handout(ReportLines.Block b, int offset, String sentence, SpanishAmounts.Amount a) {
		String before = b.text().substring(0, offset + sentence.length());
		int[] n = FundingCues.lastProgramme(before);
		if (n == null) {
			return;
		}
		String name = before.substring(n[0], n[1]);
		List<Linker.Mention> known = this.linker.find(name);
		String to = !known.isEmpty() && known.get(0).start() == 0 ? known.get(0).id()
				: candidate(name, "Project", List.of(), b, n[0], n[1], 0.3);
		int qs = wordStart(sentence, Math.max(0, a.start() - 50));
		ReportLines.Quote q = this.text.quote(b, offset + qs, offset + a.end());
		if (to == null || q == null) {
			return;
		}
		funded(HOME, to, a.value(), a.currency(), a.text(), null, false, q, 0.4);
	}

	/**
	 * A table cell holding only an amount: the giver is the nearest body named in the cells
	 * before it (a table of funds reads project, giver, amount, dates).
	 */
	private void fundingCell(ReportLines.Block b) {
		int index = this.text.blocks.indexOf(b);
		String funder = null;
		int funderCell = -1;
		for (int k = index - 1; k >= Math.max(0, index - 4) && funder == null; k--) {
			ReportLines.Block cell = this.text.blocks.get(k);
			funderCell = k;
			if (cell.lineCount() > 6) {
				break;
			}
			List<Linker.Mention> ms = this.linker.find(cell.text());
			for (int i = ms.size() - 1; i >= 0 && funder == null; i--) {
				Registry.Entity e = entity(ms.get(i).id());
				if (e != null && !"Person".equals(e.type()) && !"Project".equals(e.type()) && !ours(e.id())) {
					funder = e.id();
				}
			}
			Matcher org = ORG_NAME.matcher(cell.text());
			boolean place = funder != null && !entity(funder).type().matches("Agency|Organization|Network");
			if ((funder == null || place) && org.find() && org.start() == 0) {
				// "Embajada Británica en México": the body, not the country locating it
				String name = org.group(1).replaceAll("\\s+(de|del|de la|de las|de los|para|y|e|en|sobre)$", "").strip();
				funder = candidate(name, typeOf(name), List.of(), cell, 0, name.length(), 0.3);
			}
		}
		SpanishAmounts.Amount a = SpanishAmounts.parse(b.text());
		ReportLines.Quote q = this.text.quote(b, a.start(), a.end());
		if (funder == null || q == null) {
			return;
		}
		String to = rowProject(funderCell, funder);
		funded(funder, to, a.value(), a.currency(), a.text(), null, false, q, 0.4);
	}

	/**
	 * What a table row's funds went to: the cell before the giver's cells (a row reads project, giver,
	 * amount, dates), a new project when the registry does not know it; our government when no such cell.
	 */
	private String rowProject(int funderCell, String funder) {
		for (int k = funderCell - 1; k >= Math.max(0, funderCell - 2); k--) {
			ReportLines.Block cell = this.text.blocks.get(k);
			if (cell.lineCount() > 6) {
				break;
			}
			// "Open Contracting Partnership" before "(OCP)": the giver's name told over two cells
			// "Banco de / Desarrollo de / América Latina (caf)": a piece of the giver's name is no project
			String folded = Names.fold(cell.text().replaceAll("\\s+", " ").strip());
			if (this.linker.find(cell.text()).stream().anyMatch(m -> funder.equals(m.id()))
					|| (entity(funder) != null && Names.fold(entity(funder).name()).contains(folded))) {
				continue;
			}
			String name = FundingCues.projectCell(cell.text());
			String id = name == null ? null : candidate(name, "Project", List.of(), cell, 0, cell.text().length(), 0.3);
			return id != null && !id.equals(funder) ? id : HOME;
		}
		return HOME;
	}

	private static final Pattern FUNDER_CUE = Pattern.compile(
			"(?i)(por parte de(?:l| la| los)?|cortes[ií]a de(?:l| la)?|donad[oa]s? por(?: el| la)?|financiad[oa]s? por(?: el| la)?|otorgad[oa]s? por(?: el| la)?)\\s+$");

	/** The body of ours a list of gifts went to, as its introduction named it, and the block it was named in. */
	private String receiver;
	private int receiverBlock = -1;

	/** "La Secretaría de Seguridad Ciudadana (SSC) recibió donaciones …": the receiver of the gifts listed next. */
	private void noteReceiver(ReportLines.Block b, String sentence, List<Linker.Mention> all) {
		int verb = FundingCues.received(sentence);
		if (verb < 0) {
			return;
		}
		for (Linker.Mention x : all) {
			Registry.Entity e = entity(x.id());
			if (x.end() <= verb && verb - x.end() <= 12 && e != null && "Agency".equals(e.type()) && ours(x.id())) {
				this.receiver = x.id();
				this.receiverBlock = this.text.blocks.indexOf(b);
			}
		}
	}

	/** The events found, for the relationships told in their text. */
	private List<Found> items = List.of();

	/** The event whose heading or body holds this offset of the block, or null. */
	private Found itemOf(ReportLines.Block b, int offset) {
		for (Found f : this.items) {
			if (f.block == b && offset >= f.from && offset < Math.max(f.bodyFrom, f.headingEnd)) {
				return f;
			}
		}
		for (Found f : this.items) {
			if (f.body.stream().anyMatch(s -> s.block() == b && offset >= s.from() && offset < s.to())) {
				return f;
			}
		}
		return null;
	}

	/** A FUNDED recipient the sentence does not name, as its item tells it ({@link Recipients}); our city if none. */
	private String itemRecipient(ReportLines.Block b, int offset, String sentence, String funder) {
		Found f = itemOf(b, offset);
		Recipients.Item item = f == null ? null : new Recipients.Item(f.title, this.linker.find(f.title));
		Recipients.Found r = Recipients.of(sentence, funder, item, new Recipients.Known(id -> entity(id) == null ? null : entity(id).type(), this::ours));
		if (r == null) {
			return HOME;
		}
		if (r.id() != null) {
			return r.id();
		}
		String name = Recipients.activityName(f.title);
		String id = candidate(name, "Project", List.of(), f.block, f.from, Math.max(f.from, f.headingEnd), 0.3);
		return id != null ? id : HOME;
	}

	/** The receiver a list's introduction named, while its list is still being read (a few blocks on); or null. */
	private String receiver(ReportLines.Block b) {
		int index = this.text.blocks.indexOf(b);
		return this.receiver != null && index >= this.receiverBlock && index - this.receiverBlock <= 3 ? this.receiver : null;
	}

	private void funding(ReportLines.Block b, int offset, String sentence, List<Linker.Mention> all) {
		// a list of donations is one sentence of clauses: "6,000 latas de agua a la SSC, por parte de Heineken; …"
		int clauseStart = 0;
		// in a list of gifts a clause naming only its giver is one more gift ("de acrílico, por parte de Huawei México")
		this.giftList = sentence.contains(";") && IN_KIND.matcher(sentence).find();
		noteReceiver(b, sentence, all);
		for (String clause : sentence.split(";", -1)) {
			int at = clauseStart;
			clauseStart += clause.length() + 1;
			List<Linker.Mention> mentions = new ArrayList<>();
			for (Linker.Mention x : all) {
				if (x.start() >= at && x.end() <= at + clause.length()) {
					mentions.add(new Linker.Mention(x.id(), x.start() - at, x.end() - at, x.surface()));
				}
			}
			fundingClause(b, offset + at, clause, mentions);
		}
	}

	private void fundingClause(ReportLines.Block b, int offset, String sentence, List<Linker.Mention> mentions) {
		List<SpanishAmounts.Amount> amounts = SpanishAmounts.find(sentence);
		Matcher cue = FUNDING.matcher(sentence);
		boolean hasCue = cue.find();
		FundingCues.Named named = FundingCues.funder(sentence);
		Matcher giving = FundingCues.GIVING.matcher(sentence);
		if (!hasCue && giving.find()) {
			hasCue = true;
			cue = giving;
		}
		if (!hasCue && named != null && this.giftList) {
			hasCue = true;
			cue = Pattern.compile("(?s).{1," + Math.max(1, named.end() - named.cueStart()) + "}").matcher(sentence);
			cue.find(named.cueStart());
		}
		Matcher goods = IN_KIND.matcher(sentence);
		boolean hasGoods = goods.find();
		String folded = Names.fold(sentence);
		boolean inKindCue = hasGoods && (hasCue || folded.matches(".*\\b(por parte de|cortesia de|proporciono|recibio|dono|entrego)\\b.*"));
		if (!hasCue && amounts.isEmpty() && !inKindCue) {
			return;
		}
		if (!hasCue && !inKindCue && !folded.matches(".*\\b(recurso|monto|fondo|apoyo|financ|subsidio|inversion|destin).*")
				&& !FundingCues.MONEY_CONTEXT.matcher(sentence).find()) {
			return;
		}
		String funder = null;
		String recipient = null;
		for (Linker.Mention x : mentions) {
			Registry.Entity e = entity(x.id());
			if (e == null || ("Person".equals(e.type()) && !FUNDER_CUE.matcher(sentence.substring(0, x.start())).find())
					|| TITLE_OFFICE.matcher(sentence.substring(Math.max(0, x.start() - 40), x.start())).find()
					|| (("City".equals(e.type()) || "Country".equals(e.type()))
							&& sentence.substring(0, x.start()).matches("(?s).*\\b(?:en|a)\\s+$"))) {
				continue;
			}
			boolean cued = FUNDER_CUE.matcher(sentence.substring(Math.max(0, x.start() - 40), x.start())).find();
			if (cued && !ours(x.id())) {
				funder = x.id();
			}
			else if (!ours(x.id()) && funder == null) {
				funder = x.id();
			}
			else if (ours(x.id()) && recipient == null) {
				recipient = x.id();
			}
		}
		// the giver named after its cue, known or new: "por parte de Heineken", "fondeado por Bloomberg"
		String giver = named == null ? null : giver(named, mentions, b, offset);
		if (giver != null) {
			funder = giver;
		}
		if (funder == null && !amounts.isEmpty() && recipient != null) {
			funder = recipient;
			recipient = null;
		}
		// our government spending on a purpose: "mil 500 mdp destinados al mejoramiento urbano integral…"
		if (funder == null && recipient == null) {
			spending(b, offset, sentence, amounts);
			return;
		}
		if (funder == null) {
			return;
		}
		if (recipient == null) {
			recipient = receiver(b) != null ? receiver(b) : itemRecipient(b, offset, sentence, funder);
		}
		// "el Gobierno … otorga este premio, el cual consta de 500 mil pesos … al escritor …": to the awardee
		if (funder.equals(recipient) && ours(funder) && !amounts.isEmpty()) {
			recipient = awardee(b, offset + sentence.length());
		}
		if (recipient == null || funder.equals(recipient)) {
			return;
		}
		List<Object[]> items = new ArrayList<>();
		for (SpanishAmounts.Amount a : amounts) {
			items.add(new Object[] { a.start(), a.end(), a.text(), a.value(), a.currency(), false });
		}
		if (items.isEmpty() && inKindCue) {
			Matcher k = IN_KIND.matcher(sentence);
			while (k.find()) {
				String goodsText = k.group().strip().replaceFirst("(?:\\s+(?:a|al|la|el|los|las|y|e|en|de|del|para|con))+$", "");
				items.add(new Object[] { k.start(), k.start() + goodsText.length(), goodsText, null, null, true });
			}
		}
		if (items.isEmpty()) {
			items.add(new Object[] { cue.start(), cue.end(), null, null, null, false });
		}
		for (Object[] it : items) {
			// the gifts after a list's first are quoted from themselves: quoting the one before
			// made two gifts of one giver read as the same item drafted twice
			int qs = wordStart(sentence, it == items.get(0) ? Math.max(0, (int) it[0] - 40) : (int) it[0]);
			int qe = wordEnd(sentence, Math.min(sentence.length(), (int) it[1] + 30));
			ReportLines.Quote q = this.text.quote(b, offset + qs, offset + qe);
			if (q == null) {
				continue;
			}
			funded(funder, recipient, (java.math.BigDecimal) it[3], (String) it[4], (String) it[2], null, (boolean) it[5], q,
					it[2] != null ? 0.6 : 0.4);
		}
		// more givers in the clause: "recursos donados por X, a través del proyecto patrocinado por Y"
		List<FundingCues.Named> givers = FundingCues.funders(sentence);
		for (FundingCues.Named more : givers.subList(Math.min(1, givers.size()), givers.size())) {
			String id = giver(more, mentions, b, offset);
			ReportLines.Quote q = this.text.quote(b, offset + more.cueStart(), offset + more.end());
			if (id == null || q == null || id.equals(funder) || id.equals(recipient)) {
				continue;
			}
			funded(id, recipient, null, null, null, null, false, q, 0.4);
		}
	}

	/** The network last named in the block being read, for "dicha Red" and an assembly's cities. */
	private String lastNetwork;

	private ReportLines.Block lastNetworkBlock;

	private String listNetwork;

	private void membership(ReportLines.Block b, int offset, String sentence, List<Linker.Mention> mentions) {
		if (this.lastNetworkBlock != b) {
			this.lastNetwork = null;
			this.listNetwork = null;
			this.lastNetworkBlock = b;
		}
		java.util.function.Function<String, String> typeOf = id -> {
			Registry.Entity e = entity(id);
			return e == null ? null : e.type();
		};
		String listOf = this.listNetwork;
		this.listNetwork = null;
		List<Memberships.Member> found = new ArrayList<>(
				Memberships.find(sentence, mentions, typeOf, this.lastNetwork, listOf, HOME));
		if (listOf != null || (!found.isEmpty() && Memberships.listsCities(sentence))) {
			// "Santiago de Chile; São Paulo, Río de Janeiro": a listed city the registry lacks is a new one
			String network = found.isEmpty() ? listOf : found.get(found.size() - 1).network();
			for (Memberships.Unlinked u : Memberships.unlinkedCities(sentence, mentions, listOf != null)) {
				String city = candidate(u.name(), "City", List.of(), b, offset + u.start(), offset + u.end(), 0.4);
				if (city != null) {
					found.add(new Memberships.Member(city, network, "member", u.start(), u.end()));
				}
			}
		}
		// a list of member cities left open by a semicolon goes on in the next sentence
		if (!found.isEmpty() && (listOf != null || Memberships.listsCities(sentence))) {
			this.listNetwork = sentence.strip().endsWith(";") ? found.get(found.size() - 1).network() : null;
		}
		else if (listOf != null && sentence.strip().endsWith(";") && sentence.length() < 80) {
			// "Puerto Boyacá, Colombia;": a city the registry lacks does not end the list
			this.listNetwork = listOf;
		}
		for (Memberships.Member x : found) {
			if (x.member().equals(x.network()) || entity(x.member()) == null) {
				continue;
			}
			ReportLines.Quote q = this.text.quote(b, offset + wordStart(sentence, x.start()),
					offset + wordEnd(sentence, x.end()));
			if (q == null) {
				continue;
			}
			Map<String, Object> r = new LinkedHashMap<>();
			r.put("type", "MEMBER_OF");
			r.put("from", x.member());
			r.put("to", x.network());
			r.put("role", x.role());
			r.put("line", q.line());
			r.put("quote", q.text());
			r.put("confidence", 0.5);
			r.put("review", PENDING);
			addRelationship(r, "M|" + x.member() + "|" + x.network());
		}
		for (Linker.Mention x : mentions) {
			if ("Network".equals(typeOf.apply(x.id()))) {
				this.lastNetwork = x.id();
			}
		}
	}

	private void addRelationship(Map<String, Object> r, String key) {
		if (this.relationshipKeys.add(key)) {
			this.relationships.add(r);
		}
	}

	// ---------------------------------------------------------------- small helpers

	private String eventId(String title) {
		StringBuilder b = new StringBuilder();
		int n = 0;
		for (String w : Names.fold(title).split(" ")) {
			if (w.isEmpty() || STOPWORDS.contains(w)) {
				continue;
			}
			if (b.length() > 0) {
				b.append('-');
			}
			b.append(w);
			if (++n == 6) {
				break;
			}
		}
		String base = this.prefix + (b.length() == 0 ? "evento" : b);
		String id = base;
		for (int i = 2; !this.eventIds.add(id); i++) {
			id = base + "-" + i;
		}
		return id;
	}

	static String slug(String name) {
		return Names.fold(name).replace(' ', '-');
	}

	static String kind(String title) {
		String f = Names.fold(title);
		String[][] kinds = { { "firma", "signing" }, { "memorando", "signing" }, { "convenio", "signing" },
				{ "premio", "award" }, { "reconocimiento", "award" }, { "entrevista", "interview" },
				{ "ceremonia", "ceremony" }, { "conmemora", "ceremony" }, { "curso", "course" },
				{ "capacitacion", "course" }, { "clase", "course" }, { "certificacion", "course" },
				{ "webinar", "webinar" }, { "seminario en linea", "webinar" }, { "seminario virtual", "webinar" },
				{ "taller", "workshop" }, { "conferencia", "conference" }, { "congreso", "conference" },
				{ "foro", "forum" }, { "conversatorio", "forum" }, { "dialogo", "forum" }, { "asamblea", "assembly" },
				{ "cumbre", "conference" }, { "sesion", "session" }, { "intercambio", "exchange" },
				{ "pasantia", "exchange" }, { "iluminacion", "illumination" }, { "exposicion", "exhibition" },
				{ "campana", "campaign" }, { "mision", "mission" }, { "programa", "program" },
				{ "proyecto", "program" }, { "visita", "visit" }, { "recepcion", "meeting" }, { "reunion", "meeting" },
				{ "encuentro", "meeting" }, { "videoconferencia", "meeting" }, { "seminario", "conference" } };
		for (String[] k : kinds) {
			if (f.contains(k[0])) {
				return k[1];
			}
		}
		return "other";
	}

	static String modality(String text) {
		String f = Names.fold(text);
		boolean hybrid = f.matches(".*\\bhibrid[oa]s?\\b.*");
		boolean virtual = f.matches(
				".*\\b(virtual|virtuales|en linea|videoconferencia|webinar|webinario|plataforma digital|zoom|a distancia|remota)\\b.*");
		boolean inPerson = f.matches(".*\\b(presencial|presenciales)\\b.*");
		if (hybrid || (virtual && inPerson)) {
			return "híbrido";
		}
		if (virtual) {
			return "virtual";
		}
		return inPerson ? "presencial" : null;
	}

	/** Without the sidebar's page digit glued to a line's start ("2Conversatorio"). */
	private static String clean(String s) {
		return s.replaceFirst("^\\s*2(?=\\p{L})", "").replaceAll("\\s+", " ");
	}

	private static boolean startsLikeTitle(String s) {
		if (s.isEmpty()) {
			return false;
		}
		int c = s.codePointAt(0);
		return Character.isUpperCase(c) || Character.isDigit(c) || c == '“' || c == '"' || c == '«';
	}

	private static String firstWord(String s) {
		String f = Names.fold(s);
		int sp = f.indexOf(' ');
		return sp < 0 ? f : f.substring(0, sp);
	}

	private static String sentenceCaseIfShouting(String s) {
		return s.equals(s.toUpperCase(Locale.ROOT)) ? sentenceCase(s) : s;
	}

	private static String sentenceCase(String s) {
		String l = s.toLowerCase(Locale.ROOT);
		return l.isEmpty() ? l : Character.toUpperCase(l.charAt(0)) + l.substring(1);
	}

	private static int sentenceStart(String t, int pos) {
		int i = pos;
		while (i > 0) {
			char c = t.charAt(i - 1);
			if ((c == '.' || c == ';') && i < t.length() && t.charAt(i) == ' ') {
				return i + 1;
			}
			i--;
		}
		return 0;
	}

	private static int wordStart(String t, int pos) {
		int i = Math.max(0, Math.min(pos, t.length()));
		while (i > 0 && !Character.isWhitespace(t.charAt(i - 1))) {
			i--;
		}
		return i;
	}

	private static int wordEnd(String t, int pos) {
		int i = Math.max(0, Math.min(pos, t.length()));
		while (i < t.length() && !Character.isWhitespace(t.charAt(i))) {
			i++;
		}
		return i;
	}

}
