package io.ardesk.remittance;

/** Why a claim payment was held back from the ledger. */
public enum PostingExceptionKind {

	/**
	 * The payment does not balance: charge is not payment plus adjustments, or the
	 * patient responsibility is not the PR adjustments.
	 */
	OUT_OF_BALANCE("Does not balance"),

	/** A reversal (CLP02=22) of a payment that was never posted. */
	ORPHAN_REVERSAL("Reversal without its original"),

	/**
	 * Posting it would leave the insurance or patient balance below zero, and the payer
	 * did not pay that much more than was open.
	 */
	NEGATIVE_BALANCE("Would make a balance negative");

	private final String label;

	PostingExceptionKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
