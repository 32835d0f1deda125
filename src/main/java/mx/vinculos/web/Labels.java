package mx.vinculos.web;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import mx.vinculos.graph.ForeignBodies;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Words a person reads, in the request's language: the graph's codes (types, roles, kinds,
 * statuses, modalities) as labels, dates in words ("24 de julio de 2021"). Templates reach
 * it as {@code @labels}; renderers and error pages call it directly. A code the bundles do
 * not know is shown as it is, so a new enumeration value is never hidden.
 */
@Component("labels")
public class Labels {

	private final MessageSource messages;

	private final ForeignBodies foreign;

	/** Labels without the graph: every government body reads as the type says ("Dependencia"). */
	public Labels(MessageSource messages) {
		this(messages, null);
	}

	@Autowired
	public Labels(MessageSource messages, ForeignBodies foreign) {
		this.messages = messages;
		this.foreign = foreign;
	}

	public Locale locale() {
		return LocaleContextHolder.getLocale();
	}

	/** The message under {@code key}, with arguments. */
	public String msg(String key, Object... args) {
		return this.messages.getMessage(key, args, key, locale());
	}

	/** The message under {@code key}, or {@code fallback} when there is none. */
	public String msgOr(String key, String fallback, Object... args) {
		return this.messages.getMessage(key, args, fallback, locale());
	}

	public String type(Object code) {
		return code("type", code);
	}

	/**
	 * The type of the node with this id, as every page and the briefing label it: a foreign
	 * government's body (an embassy, a foreign ministry) is no "Dependencia", a word Mexican
	 * Spanish keeps for its own governments' bodies ({@link ForeignBodies}).
	 */
	public String type(Object code, Object id) {
		if ("Agency".equals(code) && this.foreign != null && this.foreign.isForeign(id)) {
			return msg("type.agency.foreign");
		}
		return type(code);
	}

	/**
	 * A drawing's legend entry for a type: the Agency colour stands for the Mexican governments'
	 * bodies ("Dependencia"), foreign ones ("Organismo público extranjero") or both, as drawn.
	 */
	public String legendType(Drawing drawing, String code) {
		if (!"Agency".equals(code) || this.foreign == null) {
			return type(code);
		}
		List<String> ids = drawing.idsOf(code);
		primeTypes(ids);
		long foreignCount = ids.stream().filter(this.foreign::isForeign).count();
		if (foreignCount == 0) {
			return type(code);
		}
		return msg(foreignCount == ids.size() ? "type.agency.foreign" : "drawing.legend.agency.both");
	}

	/** Reads in one query whether these government bodies are foreign, for the rest of the request's {@link #type(Object, Object)}. */
	public void primeTypes(java.util.Collection<String> agencyIds) {
		if (this.foreign != null) {
			this.foreign.prime(agencyIds);
		}
	}

	/** The plural of a type, for headings and filters ("Ciudades"). */
	public String types(Object code) {
		return code("types", code);
	}

	public String role(Object code) {
		return code("role", code);
	}

	public String eventKind(Object code) {
		return code("event.kind", code);
	}

	public String agreementKind(Object code) {
		return code("agreement.kind", code);
	}

	public String status(Object code) {
		return code("agreement.status", code);
	}

	public String modality(Object code) {
		return code("modality", code);
	}

	/** A membership role ("vicepresidencia", "member"). */
	public String memberRole(Object code) {
		return code("member.role", code);
	}

	private String code(String prefix, Object code) {
		if (code == null || String.valueOf(code).isBlank()) {
			return "";
		}
		String raw = String.valueOf(code);
		return this.messages.getMessage(prefix + "." + key(raw), null, raw, locale());
	}

	/** A code as a bundle key: lower case, no accents, dashes for spaces. */
	static String key(String code) {
		String s = Normalizer.normalize(code.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "");
		return s.replaceAll("[^a-z0-9]+", "-");
	}

	/**
	 * A title at a body, without saying the body twice: "Alcaldesa de Bogotá", not
	 * "Alcaldesa de Bogotá, Bogotá"; "Directora Ejecutiva, Ciudad de México".
	 */
	public String titleAt(Object title, Object body) {
		if (title == null || String.valueOf(title).isBlank()) {
			return body == null ? "" : String.valueOf(body);
		}
		if (body == null || key(String.valueOf(title)).contains(key(String.valueOf(body)))) {
			return String.valueOf(title);
		}
		return title + ", " + body;
	}

	/**
	 * What happened at an event in the report's words: the {@code summary} of an event card,
	 * a string or a {@code {line, quote}} map; null when the seeds carry none.
	 */
	public static String summary(Object value) {
		Object v = value instanceof Map<?, ?> m ? (m.get("quote") != null ? m.get("quote") : m.get("text")) : value;
		return v == null || String.valueOf(v).isBlank() ? null : String.valueOf(v);
	}

	/** Whether the request's language is Spanish: articles and contractions apply. */
	public boolean spanish() {
		return "es".equals(locale().getLanguage());
	}

	/**
	 * The article a name takes in a sentence ("el", "la", "los", "las"), or null: none in
	 * Spanish ({@link SpanishArticles#articleGender}), none in other languages.
	 * @param type the entity's type code; null when unknown
	 */
	public String article(Object name, Object type) {
		if (name == null || !spanish()) {
			return null;
		}
		String g = SpanishArticles.articleGender(String.valueOf(name), type == null ? null : String.valueOf(type));
		return g == null ? null : articleFor(g);
	}

	/** The definite article of a gender and number ("m", "f", "mp", "fp"), from the bundle. */
	public String articleFor(String gender) {
		return msg("article." + gender);
	}

	/**
	 * A name as a sentence says it: "el Reino Unido", "los Estados Unidos de América", "la
	 * Unión de Ciudades Capitales Iberoamericanas", "Bogotá". Put it into a message with
	 * {@link #sentence}, which contracts "de el" to "del".
	 */
	public String named(Object name, Object type) {
		String n = name == null ? "" : String.valueOf(name);
		String article = article(n, type);
		return article == null ? n : article + " " + n;
	}

	/** Words listed in a sentence: "A", "A y B", "A, B y C". */
	public String and(List<String> words) {
		if (words.isEmpty()) {
			return "";
		}
		if (words.size() == 1) {
			return words.get(0);
		}
		return msg("list.and", String.join(", ", words.subList(0, words.size() - 1)), words.get(words.size() - 1));
	}

	/**
	 * A message with names in it ({@link #named}), written as Spanish writes it: "Forma parte
	 * del Reino Unido.", "Qué une a Bogotá y al Reino Unido".
	 */
	public String sentence(String key, Object... args) {
		String s = msg(key, args);
		return spanish() ? SpanishArticles.contract(s) : s;
	}

	/** A date in words, from a {@link LocalDate} or an ISO string; blank for none. */
	public String date(Object value) {
		LocalDate d = toDate(value);
		return d == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()).format(d);
	}

	/** "julio de 2021": a date known only to the month. */
	public String month(Object value) {
		LocalDate d = toDate(value);
		return d == null ? "" : DateTimeFormatter.ofPattern(msg("date.month.pattern"), locale()).format(d);
	}

	/**
	 * When an event happened, in words: one day, a span, a month, or "sin fecha".
	 * @param precision {@code day}, {@code month} or {@code unknown} (null reads as day)
	 */
	public String when(Object start, Object end, Object precision) {
		LocalDate s = toDate(start);
		LocalDate e = toDate(end);
		if (s == null) {
			return msg("date.none");
		}
		if ("month".equals(precision)) {
			return month(s);
		}
		if (e == null || e.equals(s)) {
			return date(s);
		}
		// "del 24 al 26 de julio de 2021", "del 30 de julio al 2 de agosto de 2021"
		if (s.getYear() == e.getYear() && s.getMonth() == e.getMonth()) {
			return msg("date.range.sameMonth", pattern("date.day.pattern", s), date(e));
		}
		if (s.getYear() == e.getYear()) {
			return msg("date.range.sameYear", pattern("date.dayMonth.pattern", s), date(e));
		}
		return msg("date.range", date(s), date(e));
	}

	private String pattern(String key, LocalDate d) {
		return DateTimeFormatter.ofPattern(msg(key), locale()).format(d);
	}

	/** A page's date for the header and file names ("29 de noviembre de 2026"). */
	public String today() {
		return date(LocalDate.now());
	}

	/** Day, month and year as people in Mexico write them: 25/06/2020, 25-6-2020, 25.06.2020. */
	private static final java.util.regex.Pattern DAY_FIRST = java.util.regex.Pattern
		.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");

	/**
	 * A date typed in a form: day first (dd/mm/aaaa, what the period inputs ask for) or ISO
	 * (YYYY-MM-DD, what links and the API carry); null when it is neither or no such day exists.
	 */
	public static LocalDate parseDate(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		java.util.regex.Matcher m = DAY_FIRST.matcher(value.strip());
		if (m.matches()) {
			try {
				return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
			}
			catch (java.time.DateTimeException ex) {
				return null;
			}
		}
		return toDate(value);
	}

	/** An ISO date as the forms ask for it (dd/mm/aaaa); anything else as it is. */
	public static String dayFirst(Object iso) {
		LocalDate d = iso == null ? null : toDate(String.valueOf(iso));
		return d == null ? (iso == null ? "" : String.valueOf(iso)) : DAY_FIRST_FORMAT.format(d);
	}

	private static final DateTimeFormatter DAY_FIRST_FORMAT = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	/**
	 * A period bound from a page: as the form sends it (dd/mm/aaaa) or as links carry it (ISO);
	 * null when empty, a friendly 400 in Spanish naming the field ({@code label}) otherwise.
	 */
	public LocalDate pageDate(String value, String label) {
		if (value == null || value.isBlank()) {
			return null;
		}
		LocalDate d = parseDate(value);
		if (d == null) {
			throw ApiProblem.badRequest("Parameter must be a date as dd/mm/yyyy or YYYY-MM-DD.")
				.key("page.date.invalid", msg(label), value);
		}
		return d;
	}

	/** A date as the period inputs show it (25/06/2020); empty for none. */
	public String inputDate(Object value) {
		LocalDate d = toDate(value);
		return d == null ? "" : DateTimeFormatter.ofPattern("dd/MM/yyyy").format(d);
	}

	public static LocalDate toDate(Object value) {
		if (value instanceof LocalDate d) {
			return d;
		}
		if (value == null || String.valueOf(value).isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(String.valueOf(value).strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
