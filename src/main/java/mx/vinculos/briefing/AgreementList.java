package mx.vinculos.briefing;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import mx.vinculos.briefing.Briefing.Agreement;
import mx.vinculos.graph.NodeRef;

/**
 * Agreements, all or those with a party, one per instrument; their parties and signing
 * events are named once in {@code nodes}.
 *
 * @param party the party asked for (null: all agreements)
 * @param nodes every party and event the agreements refer to by id, once each
 */
@Schema(description = "Agreements, all or with a party, one per instrument")
public record AgreementList(NodeRef party, Period period, List<Agreement> agreements, List<NodeRef> nodes) {
}
