package io.ardesk.remittance.internal;

import java.util.List;

import io.ardesk.claims.ClaimPostings;
import io.ardesk.claims.PostingMode;
import io.ardesk.remittance.UnmatchedPayments;
import io.ardesk.security.ChangesClient;
import io.ardesk.security.ClientAccess;
import io.ardesk.security.CurrentUser;
import io.ardesk.security.SystemActor;
import io.ardesk.shared.problem.InvalidInputException;
import io.ardesk.shared.problem.NotFoundException;
import io.ardesk.tenancy.ClientId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posts a formerly unmatched claim payment from what its remittance recorded: the same
 * amounts, sorted by the adjustment classes stored with them, with the same checks as if
 * it had matched on import.
 */
@Service
class UnmatchedPaymentService implements UnmatchedPayments {

	private static final int MAX_REASON = 500;

	private final RecordedPayments payments;

	private final ClaimPostings claims;

	private final LatePosting posting;

	private final ClientAccess access;

	UnmatchedPaymentService(RecordedPayments payments, ClaimPostings claims, LatePosting posting, ClientAccess access) {
		this.payments = payments;
		this.claims = claims;
		this.posting = posting;
		this.access = access;
	}

	@Override
	@ChangesClient
	@Transactional
	public Matched match(ClientId client, long paymentId, String claimNumber) {
		RecordedPayments.RecordedPayment payment = load(paymentId);
		String number = (claimNumber != null) ? claimNumber.strip() : "";
		if (number.isEmpty()) {
			throw new InvalidInputException("claimNumber", "Enter the claim number the payment belongs to");
		}
		Long claimId = this.claims.match(client, List.of(number), List.of()).find(number, null);
		if (claimId == null) {
			throw new NotFoundException("No claim " + number);
		}
		String actor = actor();
		LatePosting.Outcome outcome = this.posting.post(client, payment, payment.facts(), claimId,
				PostingMode.HOLD_PROBLEMS, actor, "Unmatched payment matched to this claim by " + actor);
		if (outcome.posted()) {
			this.payments.settle(paymentId, claimId, "MATCHED_LATER", outcome.sequence(), actor,
					"Matched to claim " + number);
			return new Matched(true, null);
		}
		this.payments.settle(paymentId, null, "HELD", null, actor, "Matched to claim " + number + ", held for review");
		return new Matched(false, outcome.problem());
	}

	@Override
	@ChangesClient
	@Transactional
	public void dismiss(ClientId client, long paymentId, String reason) {
		String why = io.ardesk.shared.problem.Inputs.required(reason, "reason", "The reason", MAX_DISMISS_REASON);
		load(paymentId);
		this.payments.settle(paymentId, null, "DISMISSED", null, actor(), why);
	}

	private RecordedPayments.RecordedPayment load(long paymentId) {
		return this.payments.lock(paymentId)
			.filter((payment) -> "UNMATCHED".equals(payment.outcome()) && payment.resolvedAt() == null)
			.orElseThrow(() -> new NotFoundException("Payment " + paymentId + " is not an open unmatched payment"));
	}

	private String actor() {
		return this.access.currentUser().map(CurrentUser::username).orElse(SystemActor.NAME);
	}

}
