package io.ardesk.claims.internal;

import java.util.List;
import java.util.Set;

import io.ardesk.claims.ClaimDetail;
import io.ardesk.security.SystemActor;

/**
 * A claim as the client practice's viewer sees it: the history without the firm's own
 * working records (touches and call logs, notes, owners and assignments, queue status,
 * flags, held and unmatched postings), and with the firm's people named only as "Billing
 * firm".
 */
final class PracticeHistory {

	static final String FIRM = "Billing firm";

	/** Kinds of history that are the firm's internal work, never shown to a practice. */
	static final Set<String> INTERNAL = Set.of("FOLLOW_UP", "NOTE", "NOTE_EDITED", "ASSIGNED", "NEXT_ACTION",
			"WORK_STATUS", "HIGH_VALUE_FLAGGED", "HIGH_VALUE_UNFLAGGED", "CLIENT_FLAGGED", "CLIENT_FLAG_CLEARED",
			"POSTING_HELD", "POSTED_AFTER_REVIEW", "MATCHED_LATER", "UNMATCHED");

	private PracticeHistory() {
	}

	static ClaimDetail of(ClaimDetail claim, String viewer) {
		List<ClaimDetail.HistoryEntry> history = claim.history()
			.stream()
			.filter((entry) -> !INTERNAL.contains(entry.kind()))
			.map((entry) -> new ClaimDetail.HistoryEntry(entry.occurredAt(),
					(entry.actor().equals(viewer) || entry.actor().equals(SystemActor.NAME)) ? entry.actor() : FIRM,
					entry.kind(), entry.description()))
			.toList();
		return new ClaimDetail(claim.id(), claim.claimNumber(), claim.payerClaimNumber(), claim.status(), claim.payer(),
				claim.responsibility(), claim.patientName(), claim.patientAccount(), claim.billingNpi(),
				claim.renderingNpi(), claim.location(), claim.serviceDateFrom(), claim.serviceDateTo(),
				claim.submittedOn(), claim.frequencyCode(), claim.billed(), claim.payerPaid(), claim.patientPaid(),
				claim.contractual(), claim.otherAdjusted(), claim.writtenOff(), claim.deniedOpen(),
				claim.insuranceBalance(), claim.patientBalance(), claim.denialCategory(), claim.version(),
				claim.lines(), claim.payments(), history, claim.deadline(), claim.deadlineKind(),
				claim.awaitingNextPayer(), claim.shares(), claim.openDenials());
	}

}
