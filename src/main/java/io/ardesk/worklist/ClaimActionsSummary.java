package io.ardesk.worklist;

import java.util.List;

/** What the claim workspace shows of the actions taken on one claim, newest first. */
public record ClaimActionsSummary(List<WriteOffRequest> writeOffs, List<Appeal> appeals,
		List<DocumentRequest> documentRequests, List<ClaimNote> notes) {

}
