package mx.vinculos.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mx.vinculos.graph.Names;

/**
 * Who is a member of which network, from one sentence of a report: "la Ciudad de México es
 * miembro de …", "las ciudades de A, B y C (todas integrantes de la RLCA)", "la Semovi se sumó a
 * la Iniciativa …", "ciudades que forman parte de la “Red …” (A, B, C)", and the cities that
 * took part in a network's assembly (the curated seeds read them as its members). A sentence
 * that names no network ("dicha Red", "la Asamblea") refers to the one last named before it.
 */
final class Memberships {

	private Memberships() {
	}

	/** Whether the sentence lists member cities (a list a semicolon may leave open). */
	static boolean listsCities(String sentence) {
		return ASSEMBLY.matcher(sentence).find() || PLURAL.matcher(sentence).find();
	}

	/** One membership: the member, the network, its role, and the span of the sentence that says so. */
	record Member(String member, String network, String role, int start, int end) {
	}

	static final Pattern CUE = Pattern.compile(
			"(?iu)\\b(miembros?|integrantes?|membres[ií]a|se adhiri[oó]|adhesi[oó]n|forma(?:n)? parte de|se sum[oó] a|vicepresidencia|copresidencia|co-presidencia|copresident[ea]s?|presidencia|ciudad socia|socios?)\\b");

	/** The sentence is about several member cities at once. */
	private static final Pattern PLURAL = Pattern.compile(
			"(?iu)\\b(?:ciudades\\s+(?:miembros?|integrantes|socias|que\\s+(?:forman|conforman)\\s+parte)|tod[oa]s\\s+integrantes|ciudades\\s+de\\s+la\\s+red)\\b");

	/** "En la Asamblea participaron las ciudades de …": the assembly's cities are the network's members. */
	private static final Pattern ASSEMBLY = Pattern
		.compile("(?iu)\\basamblea\\b[^.;]{0,40}\\bparticiparon\\s+las\\s+ciudades\\s+de\\b");

	/** "dicha Red", "la red", "la Asamblea": the network last named. */
	private static final Pattern ANAPHORA = Pattern.compile("(?iu)\\b(?:dicha|esta|la|de la)\\s+(?:red|asamblea|alianza)\\b(?!\\s+\\p{Lu})");

	/** A single member acting before the cue: "la Secretaría de Movilidad (semovi) se sumó a". */
	private static final Pattern JOINS = Pattern.compile("(?iu)\\b(se sum[oó] a|forma(?:n)? parte de|se adhiri[oó] a)\\b");

	/** "… Participativa (oidp por sus siglas en inglés), red que forma parte de …": the body before joins. */
	private static final Pattern WHICH = Pattern
		.compile("(?iu)\\s*(?:\\([^)]{0,60}\\)|[^()]{0,40}\\))?\\s*,?\\s*(?:(?:una|la)\\s+)?(?:red|organizaci[oó]n|asociaci[oó]n|alianza|iniciativa)?\\s*que\\s*");

	private static final Pattern AMONG = Pattern.compile("(?iu)\\bentre\\s+(?:ellos|ellas|ellos y ellas)\\s+(?:a\\s+)?");

	private static final Pattern OUR_CITY = Pattern
		.compile("(?iu)\\b(ciudad de m[eé]xico|cdmx|gobierno de la ciudad|la ciudad)\\b");

	/**
	 * The memberships one sentence states. {@code typeOf} gives an entity's type (null when
	 * unknown); {@code lastNetwork} is the network named last before this sentence in the same
	 * stretch of text, or null.
	 */
	static List<Member> find(String sentence, List<Linker.Mention> mentions, Function<String, String> typeOf,
			String lastNetwork, String home) {
		return find(sentence, mentions, typeOf, lastNetwork, null, home);
	}

	/**
	 * As above; {@code listOf} is the network whose list of member cities the sentence before
	 * left open with a semicolon ("…: Buenos Aires, Argentina; Bogotá, Colombia; …"), or null.
	 */
	static List<Member> find(String sentence, List<Linker.Mention> mentions, Function<String, String> typeOf,
			String lastNetwork, String listOf, String home) {
		List<Member> out = new ArrayList<>(composed(sentence, mentions, typeOf));
		out.addAll(inCapacity(sentence, mentions, typeOf, home));
		out.addAll(representing(sentence, mentions, typeOf));
		out.addAll(cued(sentence, mentions, typeOf, lastNetwork, listOf, home));
		return out;
	}

	/** "la Coordinación Latinoamericana de Autoridades Locales (compuesta por la Federación …, la Unión … y la red Mercociudades)" */
	private static final Pattern COMPOSED = Pattern
		.compile("(?iu)\\(?\\s*\\b(?:compuest[oa]|integrad[oa]|conformad[oa]|formad[oa])\\s+por\\b");

	/** The networks or bodies a collective "compuesta por", "integrada por" lists are its members. */
	static List<Member> composed(String sentence, List<Linker.Mention> mentions, Function<String, String> typeOf) {
		List<Member> out = new ArrayList<>();
		Matcher c = COMPOSED.matcher(sentence);
		while (c.find()) {
			Linker.Mention whole = null;
			for (Linker.Mention x : mentions) {
				if (x.end() <= c.start() && c.start() - x.end() <= 3 && "Network".equals(typeOf.apply(x.id()))) {
					whole = x;
				}
			}
			if (whole == null) {
				continue;
			}
			int close = sentence.startsWith("(", c.start()) || sentence.substring(c.start(), c.end()).contains("(")
					? sentence.indexOf(')', c.end()) : -1;
			int stop = close < 0 ? sentence.length() : close;
			for (Linker.Mention y : mentions) {
				String type = typeOf.apply(y.id());
				if (y.start() >= c.end() && y.end() <= stop && !y.id().equals(whole.id())
						&& List.of("Network", "Organization", "Agency", "City").contains(type)) {
					out.add(new Member(y.id(), whole.id(), "member", y.start(), y.end()));
				}
			}
		}
		return out;
	}

	/** "en su calidad de Secretaría Regional para América del Norte", "en calidad de copresidentes del Comité de Cultura" */
	private static final Pattern CAPACITY = Pattern.compile("(?iu)\\ben\\s+(?:su\\s+)?calidad\\s+de\\s+(?:la\\s+|el\\s+)?([^,;:]{3,90})");

	/**
	 * A body acting "en calidad de" an office of a network holds that role in it: the network is
	 * the one the office is "of" or the one named before; the member is the body named right
	 * after the phrase ("…de WeGO, la adip"), else the report's own city (the text speaks for it).
	 */
	static List<Member> inCapacity(String sentence, List<Linker.Mention> mentions, Function<String, String> typeOf,
			String home) {
		List<Member> out = new ArrayList<>();
		Matcher c = CAPACITY.matcher(sentence);
		while (c.find()) {
			Linker.Mention net = null;
			for (Linker.Mention x : mentions) {
				boolean inPhrase = x.start() >= c.start(1) && x.end() <= c.end(1);
				// the network the office is "of" first, else the one named last before
				if ("Network".equals(typeOf.apply(x.id())) && (inPhrase || (x.end() <= c.start() && net == null)
						|| (x.end() <= c.start() && net.end() <= c.start()))) {
					net = x;
				}
			}
			if (net == null) {
				continue;
			}
			String member = home;
			int ms = c.start();
			int me = c.end();
			for (Linker.Mention y : mentions) {
				String type = typeOf.apply(y.id());
				if (y.start() >= c.end() && y.start() - c.end() <= 8 && type != null && !"Person".equals(type)
						&& !"Network".equals(type) && !"Country".equals(type)) {
					member = y.id();
					me = y.end();
					break;
				}
			}
			String phrase = c.group(1).strip().replaceFirst("\\s+y\\s+\\p{Ll}.*$", "");
			if (net.start() >= c.start(1)) {
				// "Oficina Regional para América Latina de WeGO": the role without its network
				phrase = sentence.substring(c.start(1), net.start()).replaceFirst("\\s+(?:de|del|de la)\\s*$", "").strip();
			}
			String role = Names.fold(phrase).startsWith("copresident") ? "copresidencia" : phrase;
			out.add(new Member(member, net.id(), role, Math.min(ms, net.start()), Math.max(me, net.end())));
		}
		return out;
	}

	/** "como representante del Gobierno de la Ciudad de México ante la Coalición …" */
	private static final Pattern REPRESENTING = Pattern.compile("(?iu)\\brepresentantes?\\s+(?:del|de la|de)\\s+([^;:]{3,80}?)\\s+ante\\s+(?:la|el)\\s+");

	/** Who a person represents before a network is its member. */
	static List<Member> representing(String sentence, List<Linker.Mention> mentions, Function<String, String> typeOf) {
		List<Member> out = new ArrayList<>();
		Matcher r = REPRESENTING.matcher(sentence);
		while (r.find()) {
			Linker.Mention member = null;
			Linker.Mention net = null;
			for (Linker.Mention y : mentions) {
				String type = typeOf.apply(y.id());
				if (member == null && y.start() >= r.start(1) && y.end() <= r.end(1) && List.of("City", "Agency").contains(type)) {
					member = y;
				}
				if (net == null && y.start() >= r.end() && y.start() - r.end() <= 2 && "Network".equals(type)) {
					net = y;
				}
			}
			if (member != null && net != null) {
				out.add(new Member(member.id(), net.id(), "member", r.start(), net.end()));
			}
		}
		return out;
	}

	/** A city of a members' list the registry lacks: its name and where it stands. */
	record Unlinked(String name, int start, int end) {
	}

	private static final Pattern CITY_ITEM = Pattern
		.compile("(?u)^\\p{Lu}[\\p{L}\\-]+(?:\\s+(?:de\\s+)?\\p{Lu}[\\p{L}\\-]+){0,3}$");

	private static final Pattern LIST_ITEM = Pattern.compile("[^,;()]+");

	/**
	 * The names of a members' list of cities that no mention covers ("(Buenos Aires, …, Santiago de
	 * Chile; São Paulo, Río de Janeiro …)"): the list in parentheses with two commas or more, or,
	 * when {@code whole}, the sentence (a list a semicolon left open). Countries are left out.
	 */
	static List<Unlinked> unlinkedCities(String sentence, List<Linker.Mention> mentions, boolean whole) {
		int from = 0;
		int to = sentence.length();
		if (whole && sentence.length() > 160) {
			return List.of();
		}
		if (!whole) {
			// a list a semicolon cuts leaves its parenthesis open
			Matcher p = Pattern.compile("\\(([^()]*)(?:\\)|$)").matcher(sentence);
			from = -1;
			while (p.find()) {
				if (p.group(1).chars().filter(ch -> ch == ',').count() >= 2) {
					from = p.start(1);
					to = p.end(1);
					break;
				}
			}
			if (from < 0) {
				return List.of();
			}
		}
		List<Unlinked> out = new ArrayList<>();
		Matcher item = LIST_ITEM.matcher(sentence);
		item.region(from, to);
		while (item.find()) {
			for (String part : item.group().split("\\s+y\\s+")) {
				String name = part.strip().replaceFirst("[.]$", "");
				int s = sentence.indexOf(name, item.start());
				if (name.isEmpty() || s < 0 || !CITY_ITEM.matcher(name).matches() || Offices.country(name) != null) {
					continue;
				}
				int e = s + name.length();
				if (mentions.stream().noneMatch(m -> m.start() < e && s < m.end())) {
					out.add(new Unlinked(name, s, e));
				}
			}
		}
		return out;
	}

	private static List<Member> cued(String sentence, List<Linker.Mention> mentions, Function<String, String> typeOf,
			String lastNetwork, String listOf, String home) {
		List<Member> out = new ArrayList<>();
		Matcher cue = CUE.matcher(sentence);
		boolean hasCue = cue.find();
		boolean assembly = ASSEMBLY.matcher(sentence).find();
		if (!hasCue && !assembly && listOf != null) {
			for (Linker.Mention y : mentions) {
				if ("City".equals(typeOf.apply(y.id()))) {
					out.add(new Member(y.id(), listOf, "member", y.start(), y.end()));
				}
			}
			return out;
		}
		if (!hasCue && !assembly) {
			return out;
		}
		int cueStart = hasCue ? cue.start() : 0;
		int cueEnd = hasCue ? cue.end() : 0;
		String role = hasCue && Names.fold(cue.group(1)).contains("presidencia") ? Names.fold(cue.group(1)).replace(" ", "-")
				: hasCue && Names.fold(cue.group(1)).startsWith("copresident") ? "copresidencia" : "member";
		List<Linker.Mention> networks = new ArrayList<>();
		Matcher joined = JOINS.matcher(sentence);
		boolean joinsAny = joined.find();
		for (Linker.Mention x : mentions) {
			String type = typeOf.apply(x.id());
			// "se sumó a la Iniciativa …": what is joined may be an initiative or an organisation
			if ("Network".equals(type) || (joinsAny && x.start() >= joined.end() && x.start() - joined.end() < 12
					&& ("Project".equals(type) || "Organization".equals(type)))) {
				networks.add(x);
			}
		}
		if (networks.isEmpty()) {
			Matcher a = ANAPHORA.matcher(sentence);
			if (lastNetwork == null || !(a.find() || assembly)) {
				return out;
			}
			int at = assembly ? 0 : a.start();
			networks.add(new Linker.Mention(lastNetwork, at, assembly ? Math.min(sentence.length(), 40) : a.end(), ""));
		}
		boolean plural = assembly || PLURAL.matcher(sentence).find();
		Matcher joins = JOINS.matcher(sentence);
		for (Linker.Mention net : networks) {
			Map<String, int[]> members = new LinkedHashMap<>();
			if (plural) {
				for (Linker.Mention y : mentions) {
					if ("City".equals(typeOf.apply(y.id())) && !y.id().equals(net.id())) {
						members.putIfAbsent(y.id(), new int[] { y.start(), y.end() });
					}
				}
			}
			Matcher among = AMONG.matcher(sentence);
			if (!plural && among.find(net.end())) {
				// "los miembros de la Red …, entre ellos el copred"
				for (Linker.Mention y : mentions) {
					String type = typeOf.apply(y.id());
					if (y.start() >= among.end() && y.start() - among.end() < 40 && type != null
							&& !List.of("Person", "Country", "Network").contains(type)) {
						members.put(y.id(), new int[] { y.start(), y.end() });
						break;
					}
				}
			}
			else if (!plural && joins.find(0) && joins.end() <= net.start()) {
				// the body just before "se sumó a" / "forma parte de" joins the network after it
				Linker.Mention before = null;
				for (Linker.Mention y : mentions) {
					String type = typeOf.apply(y.id());
					if (y.end() <= joins.start() && type != null && !"Person".equals(type) && !"Country".equals(type)
							&& !y.id().equals(net.id())) {
						before = y;
					}
				}
				if (before != null && (joins.start() - before.end() <= 30
						|| WHICH.matcher(sentence.substring(before.end(), joins.start())).matches())) {
					members.put(before.id(), new int[] { before.start(), before.end() });
				}
			}
			if (members.isEmpty() && !plural && !among.find(0)) {
				for (Linker.Mention y : mentions) {
					if ("City".equals(typeOf.apply(y.id())) && y.start() < net.start()) {
						members.put(y.id(), new int[] { y.start(), y.end() });
						break;
					}
				}
				Matcher ours = OUR_CITY.matcher(sentence);
				if (members.isEmpty() && ours.find()) {
					members.put(home, new int[] { ours.start(), ours.end() });
				}
			}
			for (Map.Entry<String, int[]> m : members.entrySet()) {
				int s = Math.min(m.getValue()[0], Math.min(net.start(), hasCue ? cueStart : net.start()));
				int e = Math.max(m.getValue()[1], Math.max(net.end(), hasCue ? cueEnd : net.end()));
				if (e - s > 300) {
					// a long list: cite the member where it stands
					s = Math.max(0, m.getValue()[0] - 30);
					e = Math.min(sentence.length(), m.getValue()[1] + 10);
				}
				out.add(new Member(m.getKey(), net.id(), role, s, e));
			}
		}
		return out;
	}

}
