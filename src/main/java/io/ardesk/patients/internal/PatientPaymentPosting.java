package io.ardesk.patients.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.ardesk.approvals.MoneyMove;
import io.ardesk.approvals.MoneyMoveKind;
import io.ardesk.approvals.MoneyMovePosting;
import io.ardesk.claims.ClaimBalanceChanges;
import io.ardesk.patients.AppliedPayment;
import io.ardesk.patients.OpenPatientClaim;
import io.ardesk.security.ChangesClient;
import io.ardesk.security.ClientAccess;
import io.ardesk.security.CurrentUser;
import io.ardesk.security.ReadsClient;
import io.ardesk.shared.problem.InvalidInputException;
import io.ardesk.shared.problem.NotFoundException;
import io.ardesk.shared.ui.Formats;
import io.ardesk.tenancy.ClientId;

import org.springframework.stereotype.Component;

/**
 * Posts a patient payment, at once within the small-balance limit or once a manager
 * approved it: spread over the open claims oldest first, recorded as taken, and a running
 * plan completed when the balance reaches zero. Runs inside the approvals transaction,
 * which is bound to the client.
 */
@Component
class PatientPaymentPosting implements MoneyMovePosting {

	static final int MAX_REFERENCE = 100;

	private final OpenClaims openClaims;

	private final PaymentPlanStore plans;

	private final PatientRecords records;

	private final ClaimBalanceChanges balances;

	private final ClientCalendar calendar;

	private final ClientAccess access;

	PatientPaymentPosting(OpenClaims openClaims, PaymentPlanStore plans, PatientRecords records,
			ClaimBalanceChanges balances, ClientCalendar calendar, ClientAccess access) {
		this.openClaims = openClaims;
		this.plans = plans;
		this.records = records;
		this.balances = balances;
		this.calendar = calendar;
		this.access = access;
	}

	@Override
	public MoneyMoveKind kind() {
		return MoneyMoveKind.PATIENT_PAYMENT;
	}

	@Override
	@ReadsClient
	public List<String> check(ClientId client, MoneyMove move) {
		return allocation(client, move).stream().map(AppliedPayment::claimNumber).toList();
	}

	@Override
	@ChangesClient
	public void post(ClientId client, MoneyMove move, String approval) {
		long patientId = patientId(move);
		this.openClaims.lockPatient(patientId);
		List<OpenPatientClaim> open = this.openClaims.of(patientId, this.calendar.today(client));
		List<AppliedPayment> applied = allocation(client, move);
		String reference = move.reference().strip();
		for (AppliedPayment part : applied) {
			this.balances.postPatientPayment(client, part.claimNumber(), part.amount(), move.paidOn(), reference);
		}
		this.records.paymentTaken(patientId, move.amount(), move.paidOn(), reference,
				this.access.currentUser().map(CurrentUser::username).orElseThrow(), this.calendar.now());
		if (move.amount().compareTo(total(open)) == 0) {
			this.plans.completeActive(patientId);
		}
	}

	/** Where the payment goes, oldest claim first; refuses what cannot be posted. */
	List<AppliedPayment> allocation(ClientId client, MoneyMove move) {
		long patientId = patientId(move);
		this.openClaims.requirePatient(patientId);
		LocalDate today = this.calendar.today(client);
		if (move.amount() == null || move.amount().signum() <= 0 || move.amount().scale() > 2) {
			throw new InvalidInputException("amount", "The amount must be positive, with at most two decimals");
		}
		if (move.paidOn() == null) {
			throw new InvalidInputException("paidOn", "Enter the day the patient paid");
		}
		if (move.paidOn().isAfter(today)) {
			throw new InvalidInputException("paidOn", "The payment date cannot be in the future");
		}
		String reference = move.reference();
		if (reference == null || reference.isBlank() || reference.strip().length() > MAX_REFERENCE) {
			throw new InvalidInputException("reference",
					"A payment needs a reference (check number, receipt) of 1 to " + MAX_REFERENCE + " characters");
		}
		List<OpenPatientClaim> open = this.openClaims.of(patientId, today);
		BigDecimal owed = total(open);
		if (move.amount().compareTo(owed) > 0) {
			throw new io.ardesk.shared.problem.RuleViolationException("amount",
					"The payment is larger than the patient balance of " + Formats.money(owed));
		}
		return PaymentAllocation.oldestFirst(open, move.amount());
	}

	private static long patientId(MoneyMove move) {
		if (move.patientId() == null) {
			throw new NotFoundException("A patient payment names the patient");
		}
		return move.patientId();
	}

	static BigDecimal total(List<OpenPatientClaim> claims) {
		return claims.stream().map(OpenPatientClaim::patientBalance).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
