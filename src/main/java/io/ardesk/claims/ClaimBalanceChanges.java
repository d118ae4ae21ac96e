package io.ardesk.claims;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.ardesk.tenancy.ClientId;

/**
 * Changes a person makes to a claim's balances. Each keeps the ledger invariant, is
 * recorded in the claim's history with who did it, and fails with
 * {@link IllegalArgumentException} when the amount is not positive or larger than the
 * balance it comes from.
 */
public interface ClaimBalanceChanges {

	/**
	 * Writes off part of the insurance or the patient balance (an approved write-off).
	 */
	void writeOff(ClientId client, String claimNumber, ResponsibleParty from, BigDecimal amount, String reason);

	/**
	 * Moves part of the insurance balance to the patient (the payer says the patient owes
	 * it).
	 */
	void transferToPatient(ClientId client, String claimNumber, BigDecimal amount, String reason);

	/**
	 * Moves part of the patient balance back to insurance (for example to bill a
	 * secondary payer).
	 */
	void transferToInsurance(ClientId client, String claimNumber, BigDecimal amount, String reason);

	/** Posts a payment the patient made against the patient balance. */
	void postPatientPayment(ClientId client, String claimNumber, BigDecimal amount, LocalDate paidOn, String reference);

}
