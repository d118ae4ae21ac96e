package io.ardesk.claims;

/** How strictly decisions are applied to the ledger. */
public enum PostingMode {

	/**
	 * A decision that would make a balance negative is held back for a person, unless it
	 * is a true overpayment (the payer's money exceeds what was open): that one becomes a
	 * credit balance flagged for refund review.
	 */
	HOLD_PROBLEMS,

	/**
	 * A person corrected the amounts of a held decision: posted like
	 * {@link #HOLD_PROBLEMS} (a correction that still leaves a balance negative is held),
	 * recorded as the resolution of a posting exception.
	 */
	CORRECTED,

	/**
	 * A person has looked at the decision and posts it as it is; a negative balance
	 * becomes a credit balance flagged for refund review.
	 */
	AS_IS

}
