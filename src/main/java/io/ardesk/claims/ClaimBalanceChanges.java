package io.ardesk.claims;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.ardesk.tenancy.ClientId;

/**
 * Changes a person makes to a claim's balances. Each keeps the ledger invariant, is
 * recorded in the claim's history with who did it and in its dated journal, and fails
 * with {@link io.ardesk.shared.problem.InvalidInputException} when the amount is not a
 * positive amount of money, {@link io.ardesk.shared.problem.RuleViolationException} when
 * it is larger than the balance it comes from or the claim is voided, and
 * {@link io.ardesk.shared.problem.NotFoundException} when there is no such claim.
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

	/**
	 * Records a refund of money owed back (a credit balance): to the payer (the insurance
	 * balance returns towards zero and what the payer paid goes down) or to the patient.
	 * @param reference how it was refunded, e.g. a check number
	 */
	void recordRefund(ClientId client, String claimNumber, ResponsibleParty to, BigDecimal amount, String reference);

}
