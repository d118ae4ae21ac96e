package io.ardesk.patients;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.ardesk.tenancy.ClientId;
import org.jspecify.annotations.Nullable;

/**
 * The patient-balance desk of one client practice. Every method checks the caller's right
 * to read (or change) the client. Unknown patients fail with
 * {@link UnknownPatientException}, invalid input with
 * {@link io.ardesk.shared.problem.InvalidInputException} naming the field, a payment
 * above the balance with {@link io.ardesk.shared.problem.RuleViolationException}, and
 * steps out of order with {@link io.ardesk.shared.problem.ConflictException}. Statements
 * are {@link PatientStatements}' business.
 */
public interface PatientReceivables {

	/**
	 * Patients with a patient balance, oldest balance first, at most the filter's limit.
	 */
	List<PatientAccount> accounts(ClientId client, PatientAccountFilter filter);

	/** The claims on which the patient still owes something, oldest first. */
	List<OpenPatientClaim> openClaims(ClientId client, long patientId);

	/** A payment plan over the patient's current balance. */
	PaymentPlan createPlan(ClientId client, long patientId, BigDecimal installment, int frequencyDays,
			LocalDate firstDue);

	/** The patient's payment plans, newest first. */
	List<PaymentPlan> plans(ClientId client, long patientId);

	/**
	 * Spreads a patient payment over the open claims, oldest first; completes a running
	 * plan when the balance reaches zero. Within the client's small-balance limit (the
	 * patient's payments of the day added up) it posts at once; above it, it becomes a
	 * request that an account manager or firm administrator other than the caller
	 * approves, and nothing changes until then.
	 */
	PaymentOutcome postPayment(ClientId client, long patientId, BigDecimal amount, LocalDate paidOn, String reference);

	/**
	 * Hands the balance to a collection agency; only once the letter sequence allows it
	 * ({@link LetterSequence#collectionsPossible()}: the final notice went out at least
	 * the practice's waiting period ago and no payment plan holds the sequence).
	 * @throws io.ardesk.shared.problem.RuleViolationException before that
	 */
	CollectionsHandoff handOffToCollections(ClientId client, long patientId, String agency, @Nullable String note);

}
