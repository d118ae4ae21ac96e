package io.ardesk.worklist;

import java.util.List;

import io.ardesk.approvals.MoneyMoveRequest;

/**
 * What the claim workspace shows of the actions taken on one claim, newest first.
 *
 * @param writeOffs the write-off requests (also among the money moves)
 * @param moneyMoves every write-off and transfer to the patient asked for on the claim,
 * with who asked and who decided
 */
public record ClaimActionsSummary(List<WriteOffRequest> writeOffs, List<MoneyMoveRequest> moneyMoves,
		List<Appeal> appeals, List<DocumentRequest> documentRequests, List<ClaimNote> notes) {

}
