package mx.vinculos.graph;

import java.time.LocalDate;

/**
 * A {@link Fact} with both its ends, for pages: an answer names each node once and refers
 * to it by id, a page line needs the names at hand. Its accessors are the fact's, so a
 * template reads {@code e.role} and {@code e.from.name} alike.
 */
public record Link(Fact fact, NodeRef from, NodeRef to) {

	public String type() {
		return this.fact.type();
	}

	public String role() {
		return this.fact.role();
	}

	public String title() {
		return this.fact.title();
	}

	public Boolean former() {
		return this.fact.former();
	}

	public String kind() {
		return this.fact.kind();
	}

	public String status() {
		return this.fact.status();
	}

	public LocalDate date() {
		return this.fact.date();
	}

	public String amountText() {
		return this.fact.amountText();
	}

	public String purpose() {
		return this.fact.purpose();
	}

	public String note() {
		return this.fact.note();
	}

	public Evidence evidence() {
		return this.fact.evidence();
	}

	/** The end that is not the node with this id. */
	public NodeRef other(String id) {
		return id.equals(this.from.id()) ? this.to : this.from;
	}

}
