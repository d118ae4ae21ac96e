package io.ardesk.remittance;

import java.math.BigDecimal;
import java.util.List;

import io.ardesk.tenancy.ClientId;
import org.jspecify.annotations.Nullable;

/**
 * The claim payments held back from a client's ledger, and resolving them. Only the
 * firm's staff who may change the client see or resolve them; client viewers never do.
 * Every resolution is recorded with who made it, in the claim's history and journal.
 */
public interface PostingExceptions {

	/**
	 * Newest first; only open ones unless {@code openOnly} is false (then at most 500).
	 */
	List<PostingException> list(ClientId client, boolean openOnly);

	/** How many are open. */
	long openCount(ClientId client);

	/**
	 * Posts the payment as the remittance gave it; a balance it makes negative becomes a
	 * credit balance flagged for refund review.
	 * @throws io.ardesk.shared.problem.NotFoundException if there is no such open
	 * exception
	 */
	void postAsIs(ClientId client, long exceptionId, @Nullable String note);

	/**
	 * Posts the payment with amounts a person corrected. They must account for the charge
	 * (with what earlier payers covered, OA-23), and must not make a balance negative.
	 * @throws io.ardesk.shared.problem.InvalidInputException naming the field when the
	 * amounts are not money or do not add up
	 * @throws io.ardesk.shared.problem.RuleViolationException when they would make a
	 * balance negative
	 */
	void postCorrected(ClientId client, long exceptionId, CorrectedAmounts amounts, @Nullable String note);

	/**
	 * Closes it without posting.
	 * @throws io.ardesk.shared.problem.InvalidInputException without a reason
	 */
	void dismiss(ClientId client, long exceptionId, String reason);

	/**
	 * What the payment should have said.
	 *
	 * @param patientResponsibility moves to the patient (or waits for the next payer)
	 * @param denied stays open in the insurance balance
	 */
	record CorrectedAmounts(BigDecimal paid, BigDecimal contractual, BigDecimal otherAdjusted,
			BigDecimal patientResponsibility, BigDecimal denied) {
	}

}
