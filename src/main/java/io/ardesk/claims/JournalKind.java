package io.ardesk.claims;

/** What changed a claim's balances, as its journal records it. */
public enum JournalKind {

	/**
	 * The claim was entered (with what earlier payers already settled, for a secondary).
	 */
	OPENED,
	/** A payer's decision from a remittance (CLP). */
	ADJUDICATION,
	/** A payer took back an earlier decision (CLP02=22). */
	REVERSAL,
	/** The claim was billed to its next payer (secondary or tertiary). */
	BILLED_NEXT_PAYER,
	/** A corrected claim (frequency 7) replaced it. */
	REPLACEMENT,
	/** The claim was voided (frequency 8). */
	VOID,
	/** An approved write-off. */
	WRITE_OFF,
	/** Insurance balance moved to the patient. */
	TRANSFER_TO_PATIENT,
	/** Patient balance moved back to insurance. */
	TRANSFER_TO_INSURANCE,
	/** A payment the patient made. */
	PATIENT_PAYMENT,
	/** A posting exception a person posted (as is or corrected). */
	EXCEPTION_RESOLUTION,
	/** Money owed back (a credit balance) was refunded. */
	REFUND,
	/** The balances a claim had when the journal was introduced. */
	MIGRATED

}
