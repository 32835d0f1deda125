package mx.vinculos.briefing;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import mx.vinculos.briefing.Briefing.FundingItem;
import mx.vinculos.graph.NodeRef;

/**
 * Funding and donations, all or those given or received by a party; funders, recipients and
 * who runs a funded project are named once in {@code nodes}.
 *
 * @param party the party asked for (null: all funding)
 * @param nodes every funder, recipient and project owner the items refer to by id, once each
 */
@Schema(description = "Funding and donations, all or of a party")
public record FundingList(NodeRef party, Period period, List<FundingItem> funding, List<NodeRef> nodes) {
}
