package mx.vinculos.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an event was held, read off its heading and the first lines under it, by rules in
 * the order a curator reads them: the places the heading names ("Visita a Madrid", "Cumbre
 * de cglu en Izmir", "teleféricos en Bogotá, Pereira y Medellín, Colombia"), a course
 * sheet's "Lugar:" line, a city the body says the event took place in ("celebrada en San
 * Juan, Puerto Rico"), then the capital's own venues and hosting ("en el Antiguo Palacio del
 * Ayuntamiento", "la Jefa de Gobierno recibió a …", "la Ciudad de México fue la ciudad
 * anfitriona"), which place the event in Mexico City (and in an alcaldía when the text names
 * one). A city the registry does not know is proposed as a new one only where the text
 * locates it in a known country ("San Juan, Puerto Rico") or the heading ends with it.
 */
final class Places {

	/** One place found at [start, end) of segment {@code segment}. */
	record Place(String entity, String newCity, int segment, int start, int end) {
	}

	/** A stretch of text to read: the event's heading, then its body. */
	record Segment(String text, int from, int to, boolean heading) {
	}

	static final String HOME = Drafter.HOME;

	/** The home country: "en México" says nothing the capital's own rules do not. */
	static final String HOME_COUNTRY = "mexico";

	/** How far into the body a venue or a hosting cue still tells where the event was. */
	static final int BODY_REACH = 700;

	private static final String CAP = "\\p{Lu}[\\p{L}'’\\-]+";

	/** A place name of up to three capitalised words ("San Luis Potosí", "Río de Janeiro"). */
	private static final String PLACE = CAP + "(?:\\s+(?:de\\s+|del\\s+)?" + CAP + "){0,2}";

	/** "en Bogotá, Pereira y Medellín, Colombia", "de Oporto y Lisboa, Portugal": a list of places. */
	private static final Pattern PLACE_LIST = Pattern.compile("\\b(en|a|de|desde)\\s+(?:la ciudad de\\s+)?(" + PLACE
			+ "(?:\\s*,\\s*" + PLACE + ")*(?:\\s+y\\s+" + PLACE + ")?)(?:\\s*,\\s*(" + PLACE + ")|\\s*\\((" + PLACE
			+ ")\\))?");

	/** "Festival de Cultura Urbana de Seúl 2021": a city named with the edition's year. */
	private static final Pattern CITY_YEAR = Pattern.compile("\\bde\\s+(" + CAP + ")\\s+20\\d\\d\\b");

	/** "… inteligencia artificial”. San José, Costa Rica": a heading that ends with its city and country. */
	private static final Pattern TRAILING_PLACE = Pattern
		.compile("[.”\"]\\s+(" + PLACE + ")\\s*,\\s*(" + PLACE + ")[\\s.,]*(?:\\([^()]*\\))?[\\s.,]*$");

	/** "el alcalde de Berlín, Alemania", "la Alcaldía de Medellín": a body or an office of the city, not where it was. */
	private static final Pattern OFFICE_BEFORE = Pattern.compile("(?iu)\\b(?:alcald\\p{L}*|ciudad(?:es)?|embajad\\p{L}*|gobiern\\p{L}*|estados?"
			+ "|oficinas?|secretar\\p{L}*|ministr\\p{L}*|municipalidad|prefeitura|prefectura|intendencia|polic[ií]a|consulados?|ayuntamiento|turismo"
			+ "|agencia|instituto|president\\p{L}*|representantes?|delegaci[oó]n|c[aá]mara|investigaciones)\\s+$");

	/** A course sheet's place: "Lugar: Quito, Ecuador." */
	private static final Pattern SHEET_PLACE = Pattern.compile("(?m)\\bLugar\\s*:\\s*([^\\n.;]{3,120})");

	/** Verbs that say an event took place somewhere, right before "en …". */
	private static final Pattern HELD_CUE = Pattern.compile(
			"(?i)(?:celebrad[oa]s?|realizad[oa]s?|llevad[oa]s? a cabo|se realiz[oó]|se llev[oó] a cabo|se celebr[oó]|tuvo lugar|tuvieron lugar|sede|efectuad[oa]|desarrollad[oa]|que se realiz[oó]|viaj[oó]|visita(?:r)?(?: oficial)?|estancia)\\s*$");

	/** Words before "en …" that place something other than the event: a course given elsewhere, where people live. */
	private static final Pattern ELSEWHERE = Pattern.compile(
			"(?i)(?:se ofrece|se imparte|se ubica|ubicad[oa]s?|radicad[oa]s?|residentes?|oriund[oa]s?|originari[oa]s?|viven|habitan)\\s*$");

	/** "participó de manera virtual en el panel … organizado … en San José": joined online, held nowhere for us. */
	private static final Pattern ONLINE = Pattern.compile(
			"(?i)\\b(?:de (?:manera|forma|modalidad) virtual|virtualmente|en l[ií]nea|a distancia|por videoconferencia)\\b");

	/** The text from the start of the sentence holding {@code at} (not before {@code from}) to {@code at}. */
	private static String sentenceBefore(String t, int from, int at) {
		int start = Math.max(Math.max(t.lastIndexOf(". ", at), t.lastIndexOf(".\n", at)), from);
		return t.substring(Math.min(start, at), at);
	}

	/** A held cue, then "en el/la <venue>", before "de <city>". */
	private static final Pattern HELD_AT_VENUE = Pattern.compile(
			"(?i)(?:celebrad[oa]s?|realizad[oa]s?|llevad[oa]s? a cabo|se realiz[oó]|se llev[oó] a cabo|se celebr[oó]|tuvo lugar|tuvieron lugar|efectuad[oa])"
					+ "\\s+en\\s+(?:el|la|los|las)\\s+[^.;,()]{3,60}$");

	/**
	 * The capital's own venues: where the Jefa de Gobierno receives visitors, the city's
	 * squares, monuments, museums and police installations the reports name.
	 */
	private static final Pattern HOME_VENUE = Pattern.compile("(?i)\\b(?:Antiguo Palacio del Ayuntamiento|Palacio del Ayuntamiento"
			+ "|Sal[oó]n (?:de Cabildos|Oval)|Centro Hist[oó]rico|Z[oó]calo|Columna de la Independencia|[ÁA]ngel de la Independencia"
			+ "|Monumento a la Revoluci[oó]n|Paseo de la Reforma|Bosque de Chapultepec|Castillo de Chapultepec|Templo Mayor"
			+ "|Museo Nacional de Historia|Paseo de las Culturas Amigas|Centro Cultural (?:de )?Espa[ñn]a|Faro Cosmos"
			+ "|Ollin Yoliztli|Parque Ecol[oó]gico de Xochimilco|Universidad de la Polic[ií]a|instalaciones del c5|el c5\\b"
			+ "|monumentos[^.;]{0,30}?de la Ciudad de M[eé]xico|estaci[oó]n del Metro|Aeropuerto Internacional de la Ciudad de M[eé]xico|Central de Abasto|Explanada de la Alcald[ií]a"
			+ "|(?:Museo|Centro Cultural|Biblioteca|Teatro|Auditorio|Palacio|Parque|Plaza|Foro|Universidad)[^.;,()]{3,60}?(?:de la Ciudad de M[eé]xico|de la cdmx|CDMX))");

	/** Before a venue's name: it is named as a body met with ("con el Centro Cultural España"). */
	private static final Pattern VENUE_AS_PARTY = Pattern.compile("(?i)\\b(?:con|entre)\\s+(?:el|la|los|las)\\s*$");

	/** The city hosting or receiving: "recibió a diversos representantes", "ciudad anfitriona". */
	private static final Pattern HOSTED = Pattern.compile("(?i)\\b(?:recibi[oó] (?:a |al |de igual manera a)|fue recibid[oa]s?|fueron recibid[oa]s"
			+ "|ciudad anfitriona|como anfitriona|(?:visita|visitar|estancia|viaje)(?: oficial)? (?:a|en) (?:la )?(?:Ciudad de M[eé]xico|cdmx)"
			+ "|(?:celebrad[oa]|realizad[oa]|se realiz[oó]|tuvo lugar|se llev[oó] a cabo) en (?:la )?(?:Ciudad de M[eé]xico|cdmx))");

	/** "en la Alcaldía Iztapalapa", "en Tláhuac": an alcaldía named as where it happened. */
	private static final Pattern IN_ALCALDIA = Pattern.compile("(?i)\\b(?:en|de)\\s+(?:la\\s+)?(?:explanada de la\\s+)?((?:alcald[ií]a\\s+)?" + CAP + "(?:\\s+" + CAP + ")?)");

	/** Words that, capitalised at a heading's end, are no place ("Reunión en Línea"). */
	private static final Pattern NOT_A_PLACE = Pattern.compile("(?i)^(?:l[ií]nea|materia|el|la|los|las|su|sus|marco|torno|favor|apoyo|casa|general|particular|especial|colaboraci[oó]n|cooperaci[oó]n|am[eé]rica(?: latina)?|europa|asia|[aá]frica|ocean[ií]a|el caribe|latinoam[eé]rica|iberoam[eé]rica|centroam[eé]rica)$");

	/** Proposes a city the registry does not know; answers its id (or null). */
	interface NewCity {

		String propose(String name, int segment, int start, int end);

	}

	private final Linker linker;

	private final Registry registry;

	/** Whether a new candidate the drafter proposed earlier is a city ("Kyoto", proposed for an earlier event). */
	private final java.util.function.Predicate<String> newCityKnown;

	Places(Linker linker, Registry registry) {
		this(linker, registry, id -> false);
	}

	Places(Linker linker, Registry registry, java.util.function.Predicate<String> newCityKnown) {
		this.linker = linker;
		this.registry = registry;
		this.newCityKnown = newCityKnown;
	}

	/**
	 * The places an event was held in.
	 * @param segments its heading first, then its body
	 * @param virtual whether the event was held online (no venue rule then)
	 */
	List<Place> find(List<Segment> segments, boolean virtual, NewCity newCity) {
		// an online event is held nowhere: the places its text names are where its people are
		// ("encuentro virtual con migrantes … en Estados Unidos", "las acciones en la ciudad de Madrid")
		if (virtual) {
			return List.of();
		}
		// 1. the places the heading names
		for (int i = 0; i < segments.size() && segments.get(i).heading(); i++) {
			List<Place> named = named(segments.get(i), i, true, newCity);
			if (!named.isEmpty()) {
				return named;
			}
		}
		// 2. a course sheet's "Lugar:"
		for (int i = 0; i < segments.size(); i++) {
			Segment s = segments.get(i);
			Matcher m = SHEET_PLACE.matcher(s.text()).region(s.from(), s.to());
			if (m.find()) {
				List<Place> out = named(new Segment(s.text(), m.start(1), m.end(1), true), i, false, newCity);
				if (out.isEmpty() && (home(m.group(1)) || HOME_VENUE.matcher(m.group(1)).find())) {
					out.add(new Place(HOME, null, i, m.start(), m.end(1)));
				}
				if (!out.isEmpty()) {
					return out;
				}
			}
		}
		// 3. a place the body says the event took place in
		int reach = 0;
		for (int i = 0; i < segments.size() && reach < BODY_REACH; i++) {
			Segment s = segments.get(i);
			int to = Math.min(s.to(), s.from() + BODY_REACH - reach);
			List<Place> out = held(new Segment(s.text(), s.from(), to, s.heading()), i, newCity);
			if (!out.isEmpty()) {
				return out;
			}
			reach += s.heading() ? 0 : to - s.from();
		}
		if (virtual) {
			return List.of();
		}
		// 4. the capital's venues and its hosting
		reach = 0;
		for (int i = 0; i < segments.size() && reach < BODY_REACH; i++) {
			Segment s = segments.get(i);
			int to = Math.min(s.to(), s.from() + BODY_REACH - reach);
			String t = s.text();
			Matcher v = HOME_VENUE.matcher(t).region(s.from(), to);
			Matcher h = HOSTED.matcher(t).region(s.from(), to);
			boolean venue = false;
			while (!venue && v.find()) {
				// "reuniones con nueve Embajadas … y con el Centro Cultural España": a party, not the venue
				venue = !VENUE_AS_PARTY.matcher(t.substring(Math.max(0, v.start() - 12), v.start())).find();
			}
			boolean hosted = !venue && h.find();
			if (venue || hosted) {
				int start = venue ? v.start() : h.start();
				int end = venue ? v.end() : h.end();
				List<Place> out = new ArrayList<>();
				out.add(new Place(HOME, null, i, start, end));
				String alcaldia = alcaldia(t, Math.max(s.from(), start - 40), Math.min(to, end + 60));
				if (alcaldia != null) {
					out.add(new Place(alcaldia, null, i, start, end));
				}
				return out;
			}
			// "en la Alcaldía Iztapalapa se realiza este proyecto"
			String alcaldia = alcaldia(t, s.from(), to);
			if (alcaldia != null) {
				Matcher a = IN_ALCALDIA.matcher(t).region(s.from(), to);
				while (a.find()) {
					if (alcaldia.equals(single(a.group(1)))) {
						return List.of(new Place(HOME, null, i, a.start(), a.end()), new Place(alcaldia, null, i, a.start(), a.end()));
					}
				}
			}
			reach += s.heading() ? 0 : to - s.from();
		}
		return List.of();
	}

	private boolean home(String text) {
		for (Linker.Mention m : this.linker.find(text)) {
			if (HOME.equals(m.id())) {
				return true;
			}
		}
		return false;
	}

	/** An alcaldía (a registry entity that is a place) named in t[from, to), or null. */
	private String alcaldia(String t, int from, int to) {
		Matcher a = IN_ALCALDIA.matcher(t).region(from, to);
		while (a.find()) {
			String id = single(a.group(1));
			if (id != null) {
				return id;
			}
		}
		return null;
	}

	/** The one alcaldía a name links to: "Alcaldía Iztapalapa", "Tláhuac". */
	private String single(String name) {
		for (Linker.Mention m : this.linker.find(name)) {
			if (m.id().startsWith("alcaldia-")) {
				return m.id();
			}
		}
		for (String id : this.linker.ids("Alcaldía " + name.replaceFirst("(?i)^alcald[ií]a\\s+", ""))) {
			if (id.startsWith("alcaldia-")) {
				return id;
			}
		}
		return null;
	}

	/** Places named in a heading (or a "Lugar:" line): lists after en/a/de, a city with its year. */
	private List<Place> named(Segment s, int segment, boolean heading, NewCity newCity) {
		return named(s, segment, heading, newCity, false);
	}

	/** @param onlyLocated only places a country locates ("Tánger, Marruecos") */
	private List<Place> named(Segment s, int segment, boolean heading, NewCity newCity, boolean onlyLocated) {
		String t = s.text();
		List<Place> out = new ArrayList<>();
		Matcher m = PLACE_LIST.matcher(t).region(s.from(), s.to());
		m.useTransparentBounds(true);
		while (m.find() && out.isEmpty()) {
			// "“La línea negra. Paisajes sagrados de la Sierra Nevada de Santa Marta, Colombia”": a title names it
			if ((heading && quoted(t, s.from(), m.start())) || ONLINE.matcher(sentenceBefore(t, s.from(), m.start())).find()) {
				continue;
			}
			String country = m.group(3) != null ? m.group(3) : m.group(4);
			boolean located = country != null && isCountry(country);
			// a heading's last words ("Cumbre de Cultura de cglu en Izmir") locate it too
			boolean atEnd = heading && "en".equals(m.group(1).toLowerCase(Locale.ROOT))
					&& t.substring(m.end(), s.to()).strip().replaceAll("^[\\s,.]*(?:\\(.*\\))?[\\s,.]*$", "").isEmpty();
			String list = m.group(2);
			int listAt = m.start(2);
			Matcher item = Pattern.compile(PLACE).matcher(list);
			List<String> names = new ArrayList<>();
			while (item.find()) {
				names.add(item.group());
			}
			// "en San Juan, Puerto Rico, donde …": the list's last name is the country locating the rest
			// ("de Israel y México" is a list of two countries)
			String lastName = names.isEmpty() ? "" : names.get(names.size() - 1);
			if (!located && names.size() >= 2 && isCountry(lastName) && city(lastName) == null
					&& list.substring(0, list.lastIndexOf(lastName)).matches("(?s).*,\\s*$")) {
				int cut = list.lastIndexOf(lastName);
				list = list.substring(0, cut).replaceFirst("\\s*,\\s*$", "");
				names.remove(names.size() - 1);
				located = true;
			}
			// "en Tánger Marruecos": a country after the city without its comma
			if (!located && names.size() == 1 && names.get(0).contains(" ") && "en".equals(m.group(1))) {
				String whole = names.get(0);
				for (int cut = whole.indexOf(' '); cut > 0; cut = whole.indexOf(' ', cut + 1)) {
					if (isCountry(whole.substring(cut + 1)) && city(whole) == null
							&& !whole.substring(0, cut).matches(".*\\s(?:de|del)$")) {
						list = whole.substring(0, cut);
						located = true;
						break;
					}
				}
			}
			atEnd = atEnd && names.size() == 1 && !list.contains(" ");
			// "de Quito, Ecuador" names a place; "la Alcaldía de Medellín" names a body
			boolean preposition = !"de".equals(m.group(1).toLowerCase(Locale.ROOT))
					|| (located && !OFFICE_BEFORE.matcher(t.substring(Math.max(0, m.start() - 40), m.start())).find());
			if (!preposition || (onlyLocated && !located)) {
				continue;
			}
			item = Pattern.compile(PLACE).matcher(list);
			while (item.find()) {
				String name = item.group();
				int start = listAt + item.start();
				int end = listAt + item.end();
				String known = city(name);
				if (known != null) {
					out.add(new Place(known, null, segment, start, end));
				}
				else if (isCountry(name) && !located && !"de".equals(m.group(1)) && !HOME_COUNTRY.equals(country(name))) {
					// "Visita a Colombia": a country is where it was when no city is named
					out.add(new Place(country(name), null, segment, start, end));
				}
				else if ((located || atEnd) && newCity != null && names.size() <= 3 && plausibleCity(name)
						&& unknown(name)) {
					String id = newCity.propose(name, segment, start, located ? m.end() : end);
					if (id != null) {
						out.add(new Place(id, name, segment, start, end));
					}
				}
			}
		}
		if (out.isEmpty() && heading) {
			Matcher tp = TRAILING_PLACE.matcher(t).region(s.from(), s.to());
			if (tp.find() && isCountry(tp.group(2))) {
				String known = city(tp.group(1));
				String id = known != null ? known
						: newCity != null && plausibleCity(tp.group(1)) && unknown(tp.group(1))
								? newCity.propose(tp.group(1), segment, tp.start(1), tp.end(2)) : null;
				if (id != null) {
					out.add(new Place(id, known != null ? null : tp.group(1), segment, tp.start(1), tp.end(2)));
				}
			}
		}
		if (out.isEmpty() && heading) {
			Matcher y = CITY_YEAR.matcher(t).region(s.from(), s.to());
			while (y.find() && out.isEmpty()) {
				String known = city(y.group(1));
				if (known != null) {
					out.add(new Place(known, null, segment, y.start(1), y.end(1)));
				}
				else if (newCity != null && unknown(y.group(1)) && plausibleCity(y.group(1))) {
					String id = newCity.propose(y.group(1), segment, y.start(1), y.end(1));
					if (id != null) {
						out.add(new Place(id, y.group(1), segment, y.start(1), y.end(1)));
					}
				}
			}
		}
		// a country alone is kept only when it is all the heading names
		if (out.size() > 1) {
			out.removeIf(p -> this.registry.get(p.entity()) != null && "Country".equals(this.registry.get(p.entity()).type()));
		}
		return out;
	}

	/** Whether {@code at} stands inside a quoted title opened after {@code from} (“…”, «…»). */
	static boolean quoted(String t, int from, int at) {
		int open = Math.max(t.lastIndexOf('“', at - 1), t.lastIndexOf('«', at - 1));
		if (open < from || open < 0) {
			return false;
		}
		int close = Math.max(t.lastIndexOf('”', at - 1), t.lastIndexOf('»', at - 1));
		return close < open;
	}

	/** "celebrada en San Juan, Puerto Rico", "que se realizó en El Salvador". */
	private List<Place> held(Segment s, int segment, NewCity newCity) {
		String t = s.text();
		Matcher m = PLACE_LIST.matcher(t).region(s.from(), s.to());
		m.useTransparentBounds(true);
		while (m.find()) {
			String before = t.substring(Math.max(0, m.start() - 40), m.start());
			// "el curso del que se ofrece en Kyoto, Japón", "migrantes oriundos de …": where something else is
			if (ELSEWHERE.matcher(before).find() || ONLINE.matcher(sentenceBefore(t, s.from(), m.start())).find()) {
				continue;
			}
			boolean cue = "en".equals(m.group(1)) && HELD_CUE.matcher(before).find();
			// "realizado en la Universidad de Kyoto, Japón": a venue of the city, located
			boolean venue = "de".equals(m.group(1)) && HELD_AT_VENUE.matcher(t.substring(Math.max(0, m.start() - 80), m.start())).find();
			// "organizado por la red en Tánger, Marruecos": a city its country locates needs no verb
			if (!cue && !venue && !"en".equals(m.group(1))) {
				continue;
			}
			List<Place> out = named(new Segment(t, m.start(), m.end(), false), segment, false, newCity, !cue);
			out.removeIf(p -> HOME.equals(p.entity()));
			if (!out.isEmpty()) {
				return out;
			}
		}
		return List.of();
	}

	/** Words that open a title, an office or a body's name, not a city's ("Alcaldes", "Ministro Consejero"). */
	private static final Pattern NOT_A_CITY = Pattern.compile("(?iu)^(?:alcald|ministr|viceministr|embajad|secretar|subsecretar|consejer|director|subdirector"
			+ "|president|jef[ae]|gobern|representant|coordinad|c[oó]nsul|delegad|agregad|funcionari|autoridad|ciudad|gobierno|red\\b"
			+ "|foro|semana|week|cumbre|congreso|conferencia|reuni[oó]n|universidad|instituto|museo|centro|programa|proyecto|comit|consejo"
			+ "|organizaci|fundaci|asociaci|uni[oó]n|banco|agencia|oficina|comisi|alianza|declaraci|carta|premio|festival|feria|d[ií]a\\b"
			+ "|cooperaci|investigaci|turismo|desarrollo|gesti[oó]n|pol[ií]tica|seguridad|salud|educaci|cultura|innovaci|ciencia"
			+ "|econom|medio|justicia|derechos|independencia|sistema|servicio|estado|polic[ií]a|escuela|colegio).*");

	/** A name that could be a city the registry does not know: one to three words, no office or body. */
	static boolean plausibleCity(String name) {
		return name.split("\\s+").length <= 3 && !NOT_A_PLACE.matcher(name).matches() && !NOT_A_CITY.matcher(name).matches();
	}

	/** Nothing the registry knows is named in it (a city the draft already proposed is still new). */
	private boolean unknown(String name) {
		return this.linker.find(name).stream().allMatch(x -> this.registry.get(x.id()) == null);
	}

	private String city(String name) {
		for (String id : this.linker.ids(name)) {
			Registry.Entity e = this.registry.get(id);
			if ((e != null && "City".equals(e.type())) || (e == null && this.newCityKnown.test(id))) {
				return id;
			}
		}
		return null;
	}

	private String country(String name) {
		for (String id : this.linker.ids(name)) {
			Registry.Entity e = this.registry.get(id);
			if (e != null && "Country".equals(e.type())) {
				return id;
			}
		}
		return null;
	}

	private boolean isCountry(String name) {
		return country(name) != null;
	}

}
