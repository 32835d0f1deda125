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
			"(?iu)\\b(miembros?|integrantes?|membres[ií]a|se adhiri[oó]|adhesi[oó]n|forma(?:n)? parte de|se sum[oó] a|vicepresidencia|copresidencia|co-presidencia|presidencia|ciudad socia|socios?)\\b");

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
				: "member";
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
				if (before != null && joins.start() - before.end() <= 30) {
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
