package mx.vinculos.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import mx.vinculos.graph.Fact;
import mx.vinculos.graph.Link;
import mx.vinculos.graph.NodeRef;

/**
 * A {@link Profile} as the entity page reads it: each fact with both its ends named (the
 * answer refers to them by id), an empty group as null so a section is left out, and the
 * partners with their names.
 */
record ProfileView(Profile profile, Map<String, NodeRef> nodes) {

	static ProfileView of(Profile p) {
		Map<String, NodeRef> nodes = new java.util.HashMap<>();
		p.nodes().forEach(n -> nodes.put(n.id(), n));
		nodes.put(p.id(), new NodeRef(p.id(), p.name(), p.type(), p.aliases(), p.startDate(), p.endDate(), p.summary(),
				p.summaryLine()));
		return new ProfileView(p, nodes);
	}

	/** A partner as the page lists it. */
	record Partner(String id, String name, String type, int sharedFacts) {
	}

	/** The facts of a group with their ends; null when it has none. */
	public List<Link> get(String group) {
		List<Fact> facts = this.profile.group(group);
		return facts.isEmpty() ? null
				: facts.stream().map(f -> new Link(f, this.nodes.get(f.from()), this.nodes.get(f.to()))).toList();
	}

	public String id() {
		return this.profile.id();
	}

	public String name() {
		return this.profile.name();
	}

	public String type() {
		return this.profile.type();
	}

	public List<String> aliases() {
		return this.profile.aliases();
	}

	public LocalDate startDate() {
		return this.profile.startDate();
	}

	public LocalDate endDate() {
		return this.profile.endDate();
	}

	public String datePrecision() {
		return this.profile.datePrecision();
	}

	public String summary() {
		return this.profile.summary();
	}

	public String kind() {
		return this.profile.kind();
	}

	public String modality() {
		return this.profile.modality();
	}

	public String section() {
		return this.profile.section();
	}

	public String note() {
		return this.profile.note();
	}

	public List<Link> partOf() {
		return get("partOf");
	}

	public List<Link> parts() {
		return get("parts");
	}

	public List<Link> locatedIn() {
		return get("locatedIn");
	}

	public List<Link> located() {
		return get("located");
	}

	public List<Link> positions() {
		return get("positions");
	}

	public List<Link> people() {
		return get("people");
	}

	public List<Link> memberships() {
		return get("memberships");
	}

	public List<Link> members() {
		return get("members");
	}

	public List<Link> agreements() {
		return get("agreements");
	}

	public List<Link> participants() {
		return get("participants");
	}

	public List<Link> heldIn() {
		return get("heldIn");
	}

	public List<Partner> partners() {
		return partners(this.profile, this.nodes);
	}

	static List<Partner> partners(Profile p, Map<String, NodeRef> nodes) {
		return p.partners() == null ? List.of() : p.partners().stream().map(x -> {
			NodeRef n = nodes.get(x.id());
			return new Partner(n.id(), n.name(), n.type(), x.sharedFacts());
		}).toList();
	}

}
