package mx.vinculos.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mx.vinculos.graph.Names;

/**
 * How a sentence tells an agreement: an instrument (convenio, memorándum, carta de intención,
 * declaración…) and the act done with it (firmaron, se adoptó, suscrito por, apoyaron…). The
 * instrument that is the object of the act is the agreement, not every instrument the sentence
 * names ("elaboraron la “Declaratoria para conmemorar … la Declaración de Durban”" is the
 * declaratoria); the act says its status. A heading that names an instrument and closes with
 * its date ("Acuerdo de Colaboración con … (23 de marzo)") tells it without a verb.
 */
final class AgreementCues {

	/** The instrument the sentence tells of: where it stands, where its act starts, kind and status. */
	record Instrument(int start, int end, int actStart, String kind, String status) {

		/** Where a quote of the agreement begins: the act or the instrument, whichever comes first. */
		int citeFrom() {
			return this.actStart < 0 ? this.start : Math.min(this.start, this.actStart);
		}

	}

	static final Pattern INSTRUMENT = Pattern.compile(
			"(?i)\\b(convenio|memor[aá]nd(?:um|o)|carta de intenci[oó]n|declaraci[oó]n|declaratoria|protocolo|acuerdo de (?:colaboraci[oó]n|cooperaci[oó]n|hermanamiento|entendimiento)|hermanamiento|programa de cooperaci[oó]n"
					// a work programme of cooperation: "programas de trabajo para reforzar la cooperación cultural"
					+ "|(?:programa|plan)(?:s|es)? de trabajo(?=[^.;]{0,40}\\bcooperaci[oó]n\\b))\\b");

	/** A bare "acuerdo" is an agreement only as the object of an act: "estableció un acuerdo con". */
	private static final Pattern BARE_ACUERDO = Pattern.compile("(?i)\\bacuerdo\\b(?!s)");

	/** Verb forms (not nouns like "adopción") of the acts done with an instrument, and "la firma". */
	private static final Pattern ACT = Pattern.compile("(?i)\\b(?:se\\s+)?("
			+ "firm(?:[oó]|aron|ar|ado|ada|a)|suscrib(?:i[oó]|ieron|ir)|suscrit[oa]|renov(?:[oó]|aron|ar|ado|ada)"
			+ "|ampli(?:[oó]|aron|ar|ado|ada)|adhiri(?:[oó]|eron)|adhiere|adherirse|celebr(?:[oó]|aron|ado|ada)"
			+ "|negoci(?:[oó]|aron|ar|ando|aci[oó]n)|formaliz(?:[oó]|aron|ar|ado|ada)|concret(?:[oó]|aron|ado|ada)"
			+ "|adopt(?:[oó]|aron|ado|ada)|apoy(?:[oó]|aron)|elabor(?:[oó]|aron|ado|ada)|acord(?:[oó]|aron|ado|ada)"
			+ "|establec(?:i[oó]|ieron)|pact(?:[oó]|aron|ado|ada)|emiti(?:[oó]|eron)|emitid[oa]|aprob(?:[oó]|aron|ado|ada)"
			+ "|fortalec(?:er|imiento)|solicitud(?:es)?\\s+de"
			+ ")\\b");

	/** Between an act and its object: "firmaron un", "se adoptó la", "apoyaron la", "suscribió un convenio". */
	private static final Pattern ACT_THEN_OBJECT = Pattern
		.compile("^\\s*(?:(?:oficialmente|formalmente|también|conjuntamente)\\s+)?(?:a\\s+)?(?:el|la|los|las|un|una|este|esta|dicho|dicha|del|de(?:\\s+(?:la|el|un|una|este|esta))?)?\\s*[“\"«]?\\s*$",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** Between an instrument and its participle: a short name or a quoted title, no other clause. */
	private static final Pattern OBJECT_THEN_ACT = Pattern.compile("^[^,;.]{0,40}$|^[^“\"]{0,40}[“\"][^”\"]{0,200}[”\"]\\s*,?\\s*$");

	/** A heading: the instrument first, its date in the closing parenthesis. */
	private static final Pattern HEADING = Pattern.compile(
			"^\\s*[“\"]?(?:(?:Firma|Adhesi[oó]n|Renovaci[oó]n|Suscripci[oó]n)\\s+(?:de(?:l| la)?\\s+)?)?[“\"]?(?:Convenio|Memor[aá]nd(?:um|o)|Carta de Intenci[oó]n|Declaraci[oó]n|Declaratoria|Protocolo|Acuerdo)\\b.*\\(([^()]{3,60})\\)\\s*$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);

	private AgreementCues() {
	}

	/**
	 * The agreement a sentence tells, or null: an instrument with its act, the instrument that
	 * is the act's object first; a heading with the instrument and its date needs no act.
	 */
	static Instrument find(String sentence) {
		List<int[]> instruments = new ArrayList<>();
		Matcher i = INSTRUMENT.matcher(sentence);
		while (i.find()) {
			if (!namedInsideTitle(sentence, i.start())) {
				instruments.add(new int[] { i.start(), i.end() });
			}
		}
		Matcher bare = BARE_ACUERDO.matcher(sentence);
		while (bare.find()) {
			int at = bare.start();
			if (!namedInsideTitle(sentence, at) && instruments.stream().noneMatch(x -> x[0] <= at && at < x[1])) {
				instruments.add(new int[] { bare.start(), bare.end(), 1 });
			}
		}
		if (instruments.isEmpty()) {
			return null;
		}
		instruments.sort((a, b) -> Integer.compare(a[0], b[0]));
		List<int[]> acts = new ArrayList<>();
		Matcher a = ACT.matcher(sentence);
		while (a.find()) {
			acts.add(new int[] { a.start(), a.end(), a.start(1) });
		}
		// the act's object: "firmaron un memorándum", then the participle: "Carta de Intención firmada"
		for (int[] act : acts) {
			for (int[] in : instruments) {
				if (in[0] >= act[1] && ACT_THEN_OBJECT.matcher(sentence.substring(act[1], in[0])).matches()) {
					return instrument(sentence, in, act);
				}
			}
		}
		for (int[] in : instruments) {
			for (int[] act : acts) {
				if (act[0] >= in[1] && singularParticiple(sentence.substring(act[2], act[1]))
						&& OBJECT_THEN_ACT.matcher(sentence.substring(in[1], act[0])).matches()) {
					return instrument(sentence, in, act);
				}
			}
		}
		// "Con la firma de este instrumento": the act names the instrument for the heading above
		if (heading(sentence)) {
			return instrument(sentence, instruments.get(0), null);
		}
		// any act anywhere in the sentence, as the drafter read it before: the first instrument
		for (int[] in : instruments) {
			if (in.length == 2 && !acts.isEmpty()) {
				return instrument(sentence, in, null);
			}
		}
		return null;
	}

	/**
	 * Work two or more bodies do together, told without an instrument word: a plural act on a
	 * project or programme ("la unesco y el copred, en colaboración con la Coalición lac,
	 * implementaron el proyecto “…”"). Its parties are the sentence's subjects, so it is cited
	 * from the sentence's start.
	 */
	private static final Pattern JOINT_WORK = Pattern.compile(
			"(?i)\\b(?:implementaron|ejecutaron|desarrollaron|pusieron en marcha|impulsaron|llevaron a cabo|emprendieron)\\s+"
					+ "(?:(?:conjuntamente|de manera conjunta|en conjunto)\\s+)?(?:el|un|los|unos)\\s+(proyectos?|programas?)\\b");

	/**
	 * A heading that opens or closes a cooperation with a body: "Cierre formal de la cooperación
	 * con la Agencia Española de Cooperación Internacional al Desarrollo (aecid)". A heading that
	 * only says "Cooperación con … (3 abril)" is an activity, not a programme's start or end.
	 */
	private static final Pattern COOPERATION_HEADING = Pattern.compile(
			"^\\s*(cierre|conclusi[oó]n|t[eé]rmino|fin|inicio|arranque|renovaci[oó]n|ampliaci[oó]n)\\s+(?:formal\\s+|oficial\\s+)?"
					+ "de\\s+la\\s+(cooperaci[oó]n|colaboraci[oó]n|alianza)\\s+con\\s+[^.;:]{3,140}$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/**
	 * An agreement told without an instrument word (see {@link #find} for those that have one):
	 * a joint project or programme, or a heading opening or closing a cooperation; or null.
	 */
	static Instrument findWork(String sentence) {
		Matcher h = COOPERATION_HEADING.matcher(sentence.strip());
		if (h.matches()) {
			int lead = sentence.indexOf(sentence.strip());
			String act = Names.fold(h.group(1));
			String status = act.startsWith("renov") ? "renewed" : act.startsWith("ampli") ? "extended"
					: act.startsWith("inicio") || act.startsWith("arranque") ? "in-force" : "concluded";
			return new Instrument(lead + h.start(2), lead + h.end(2), lead + h.start(1), "other", status);
		}
		Matcher j = JOINT_WORK.matcher(sentence);
		if (j.find() && !namedInsideTitle(sentence, j.start())) {
			return new Instrument(j.start(1), j.end(1), 0, "other", "other");
		}
		return null;
	}

	private static final Pattern QUOTED_TITLE = Pattern.compile("[“\"«]([^”\"»]{3,300})[”\"»]");

	/**
	 * An instrument inside a quoted title but not opening it is only named ("Foro “… a cinco años
	 * de la firma del Acuerdo de Paz”"); one opening the title is the instrument ("la “Declaratoria …”").
	 */
	static boolean namedInsideTitle(String sentence, int at) {
		Matcher q = QUOTED_TITLE.matcher(sentence);
		while (q.find()) {
			if (at > q.start(1) && at < q.end(1)) {
				return true;
			}
		}
		return false;
	}

	private static final Pattern WITH = Pattern.compile("^[^,;.]{0,50}?\\bcon\\s+(?:el\\s+|la\\s+|los\\s+|las\\s+)?(?=\\p{Lu})");

	/** The counterpart named after the instrument: "suscribió un convenio con Bloomberg Philanthropies". */
	static int[] counterpart(String sentence, Instrument m) {
		Matcher w = WITH.matcher(sentence.substring(m.end()));
		return w.find() ? nameAt(sentence, m.end() + w.end()) : null;
	}

	private static final Pattern NAME_WORD = Pattern.compile("\\G(\\s*)(\\p{Lu}[\\p{L}\\-’'&.]*|[A-Z]{2,}|de las|de los|de la|del|de|para la|para el|para|al|y|e|en|sobre)(?=[\\s,;.:()”\"/]|$)");

	private static final java.util.Set<String> CONNECTOR = java.util.Set.of("de", "del", "de la", "de las", "de los",
			"para", "para la", "para el", "al", "y", "e", "en", "sobre");

	/**
	 * The capitalised name that starts at {@code pos} ("Bloomberg Philanthropies", "Fundación
	 * Rockefeller", "Policía Ciudadana de la Comunidad Coreana"), its connectors inside, as
	 * [start, end], or null when no capitalised word stands there.
	 */
	static int[] nameAt(String t, int pos) {
		Matcher m = NAME_WORD.matcher(t);
		int end = -1;
		int words = 0;
		int at = pos;
		while (words < 12 && at < t.length() && m.find(at) && m.start() == at) {
			String w = m.group(2);
			if (!CONNECTOR.contains(w)) {
				// a sentence's full stop is not part of the name, and ends it; an abbreviation's is ("Dr.", "Inc.")
				end = w.endsWith(".") && w.length() > 4 ? m.end() - 1 : m.end();
				if (end < m.end()) {
					break;
				}
			}
			else if (m.group(1).isEmpty() && words > 0) {
				break;
			}
			words++;
			at = m.end();
		}
		return end < 0 ? null : new int[] { pos, end };
	}

	/** "en el marco del compromiso para …": what follows, up to the clause's end, is the setting, not a party. */
	private static final Pattern FRAMEWORK = Pattern.compile("(?iu)\\ben\\s+el\\s+marco\\s+(?:de|del)\\b[^,;.:]*$");

	/**
	 * Whether a name at {@code at} stands in the setting an instrument was made in, told after it ("La
	 * declaración se elaboró en el marco del compromiso … de los ODS"): the goals named there signed nothing.
	 */
	static boolean inFramework(String sentence, Instrument m, int at) {
		Matcher f = FRAMEWORK.matcher(sentence.substring(0, at));
		// "En el marco del “Memorando …” suscrito por la sedema con …": there the setting is the instrument
		return f.find() && f.start() >= m.end();
	}

	/** Others signed, and the text lists them: "las ocho redes que firmaron la declaración: …". */
	private static final Pattern OTHERS_SIGNED = Pattern.compile(
			"(?iu)\\b\\p{L}+s\\s+que\\s+(?:firmaron|suscribieron|adoptaron|emitieron)\\s+(?:el|la|los|las|este|esta)?\\s*[^:;.]{0,60}:\\s*");

	/**
	 * Where the list of an instrument's signers starts when the sentence says others signed it
	 * ("participaron miembros de las ocho redes que firmaron la declaración: Comisión de Cultura
	 * de CGLU; Arterial Network; …"), or -1. The report's city is not implied as a party there.
	 */
	static int othersSigned(String sentence) {
		Matcher m = OTHERS_SIGNED.matcher(sentence);
		return m.find() ? m.end() : -1;
	}

	/** An event heading naming an instrument and closing with its date. */
	static boolean heading(String sentence) {
		Matcher m = HEADING.matcher(sentence);
		return m.matches() && SpanishDates.find(m.group(1), java.time.LocalDate.of(2000, 1, 1), false) != null;
	}

	/** A first quote begins at "firma"/"instrumento": the body goes on about the instrument of its heading. */
	private static final Pattern TELLS_INSTRUMENT = Pattern.compile(
			"(?i)\\b(firma|firmaron|firm[oó]|suscri\\w*|instrumento|acuerdo|convenio|memor[aá]nd(?:um|o)|declaraci[oó]n|declaratoria|pronunciamiento|carta|protocolo)\\b");

	/** Whether a sentence of a heading's body goes on about the instrument. */
	static boolean tellsInstrument(String sentence) {
		return TELLS_INSTRUMENT.matcher(sentence).find();
	}

	/**
	 * Whether a body's name says it belongs to the city's government ("Sistema de Aguas de la
	 * Ciudad de México", "Secretaría de Cultura capitalina"): a new candidate has no parent yet.
	 */
	static boolean cityBodyName(String name) {
		String f = Names.fold(name);
		return !f.equals("ciudad de mexico") && !f.startsWith("ciudad de mexico") && !f.startsWith("gobierno de la ciudad")
				&& f.matches(".*\\b(de la ciudad de mexico|de la cdmx|capitalin[oa])$");
	}

	private static boolean singularParticiple(String word) {
		String w = Names.fold(word);
		return w.endsWith("ado") || w.endsWith("ada") || w.endsWith("ito") || w.endsWith("ita") || w.endsWith("ido")
				|| w.endsWith("ida");
	}

	private static Instrument instrument(String sentence, int[] in, int[] act) {
		String kw = Names.fold(sentence.substring(in[0], in[1]));
		String kind = kind(kw);
		String verb = act == null ? Names.fold(sentence) : Names.fold(sentence.substring(act[2], act[1]));
		return new Instrument(in[0], in[1], act == null ? -1 : act[0], kind, status(kind, verb));
	}

	static String kind(String folded) {
		return folded.startsWith("convenio") ? "convenio" : folded.startsWith("memoran") ? "memorando"
				: folded.startsWith("carta") ? "carta de intención" : folded.startsWith("declara") ? "declaración"
						: folded.startsWith("protocolo") ? "protocolo" : folded.startsWith("acuerdo") ? "acuerdo"
								: folded.startsWith("programa") ? "programa" : "other";
	}

	/** The status an act gives: a declaration issued or adopted is `adopted`, one supported `adhered`. */
	static String status(String kind, String act) {
		if (act.contains("renov")) {
			return "renewed";
		}
		if (act.contains("ampli")) {
			return "extended";
		}
		if (act.contains("negoci") || act.contains("solicitud")) {
			return "in-negotiation";
		}
		if (act.contains("adhe") || act.matches(".*\\bapoy.*")) {
			return "adhered";
		}
		if ("declaración".equals(kind) && act.matches(".*\\b(adopt|emiti|elabor|aprob).*")) {
			return "adopted";
		}
		if (act.matches(".*\\b(firm|suscri|establec|celebr|formaliz|concret|pact|acord).*")) {
			return "signed";
		}
		return "other";
	}

}
