package mx.vinculos.ingest;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who received the funds of a sentence that names only its giver ("El proyecto fue posible
 * gracias al financiamiento de la Fundación Rockefeller", "Se contó con el apoyo y el
 * financiamiento de CAF …"). The reports tell the recipient in the item around the sentence:
 * the heading's "… al DIF", a project the heading names, the item's own activity ("el
 * proyecto", "los premios", "se contó con …"). Our government as a whole is the recipient
 * only where nothing nearer is named.
 */
final class Recipients {

	private Recipients() {
	}

	/** The item the funds went to: where its heading or body names it. */
	record Item(String heading, List<Linker.Mention> headingMentions) {
	}

	/** What the drafter knows of a registry id: its type, and whether it is a body of our government. */
	record Known(Function<String, String> typeOf, Predicate<String> ours) {
	}

	/** What the rules found: a registry id, or the item's own activity (a new project named by its heading). */
	record Found(String id, boolean ownActivity) {
	}

	/** A recipient cue in a heading: "Donación de la Embajada de Israel de sillas de ruedas al DIF". */
	private static final Pattern TO_CUE = Pattern.compile("(?i)\\s(?:a|al|a\\s+la|a\\s+los|a\\s+las|para\\s+(?:el|la|los|las))\\s+$");

	/**
	 * The sentence says the item's own activity got the funds: "El proyecto fue posible gracias …",
	 * "Este será fondeado por …", "Esta acción social se llevó a cabo con recursos donados por …",
	 * "Se dieron premios económicos … gracias a la aportación de …"; "Se contó con el apoyo … de …" (the
	 * activity had it).
	 */
	private static final Pattern OWN_ACTIVITY = Pattern.compile(
			"(?iu)^\\s*(?:(?:el|la|este|esta|dicho|dicha)\\s+(?:proyecto|programa|iniciativa|acci[oó]n|serie|concurso|campa[nñ]a|encuentro|taller|curso)\\b"
					+ "|(?:este|esta)\\s+(?:ser[aá]|fue|es)\\b|se\\s+cont[oó]\\s+con\\b)|\\bpremios?\\s+(?:econ[oó]mico|en\\s+efectivo)");

	/**
	 * The recipient of funds from {@code funder} told in {@code sentence}, read from its item;
	 * null when the item names none (the caller decides what a gift to no one named is).
	 */
	static Found of(String sentence, String funder, Item item, Known known) {
		if (item == null) {
			return null;
		}
		// 1. the heading names the recipient after "a"/"al"/"para la"
		for (Linker.Mention m : item.headingMentions()) {
			if (!m.id().equals(funder) && TO_CUE.matcher(" " + item.heading().substring(0, m.start())).find()
					&& party(m.id(), known)) {
				return new Found(m.id(), false);
			}
		}
		// 2. a project the heading names: "Tianguis Digital del Gobierno de la Ciudad de México, en colaboración con CAF"
		for (Linker.Mention m : item.headingMentions()) {
			if (!m.id().equals(funder) && "Project".equals(known.typeOf().apply(m.id()))) {
				return new Found(m.id(), false);
			}
		}
		// 3. the item's own activity, named by its heading
		if (OWN_ACTIVITY.matcher(sentence).find()) {
			return new Found(null, true);
		}
		return null;
	}

	/** A body that can receive: not a person, and a place only when it is our own city. */
	private static boolean party(String id, Known known) {
		String type = known.typeOf().apply(id);
		return type != null && !"Person".equals(type)
				&& (!("City".equals(type) || "Country".equals(type)) || known.ours().test(id));
	}

	/** The partners a heading names after its activity: "…, en colaboración con CAF". */
	private static final Pattern PARTNERS = Pattern.compile(
			"(?iu),?\\s+(?:en\\s+colaboraci[oó]n\\s+con|con\\s+el\\s+apoyo\\s+de|junto\\s+con|gracias\\s+a)\\s.*$");

	/** The heading as a project's name: its date, its partners and trailing punctuation dropped. */
	static String activityName(String heading) {
		Matcher m = Pattern.compile("\\s*\\([^()]*\\)\\s*$").matcher(heading);
		String name = (m.find() ? heading.substring(0, m.start()) : heading).replaceAll("\\s+", " ");
		return PARTNERS.matcher(name).replaceFirst("").replaceAll("[,.;:]+$", "").strip();
	}

}
