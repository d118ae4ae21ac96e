package io.ardesk.patients;

/**
 * Why a statement run sent nothing to a patient who owes a balance. Only
 * {@link #ADDRESS_MISSING} asks someone to act: the letter is due but cannot be mailed.
 */
public enum SkipReason {

	ADDRESS_MISSING("Address missing"), BELOW_MINIMUM("Balance below the statement minimum"),
	NOT_DUE("Next letter not due yet"), ALREADY_SENT("Already sent in this cycle"),
	PAYMENT_PLAN("Payment plan on schedule"), AWAITING_COLLECTIONS("Final notice sent, collections next"),
	IN_COLLECTIONS("With a collection agency");

	private final String label;

	SkipReason(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
