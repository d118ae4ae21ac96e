package io.ardesk.patients.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.ardesk.approvals.MoneyMove;
import io.ardesk.approvals.MoneyMoveApprovals;
import io.ardesk.approvals.MoneyMoveRequest;
import io.ardesk.patients.AppliedPayment;
import io.ardesk.patients.CollectionsHandoff;
import io.ardesk.patients.OpenPatientClaim;
import io.ardesk.patients.PatientAccount;
import io.ardesk.patients.PatientAccountFilter;
import io.ardesk.patients.PatientReceivables;
import io.ardesk.patients.PaymentOutcome;
import io.ardesk.patients.PaymentPlan;
import io.ardesk.security.ChangesClient;
import io.ardesk.security.ClientAccess;
import io.ardesk.security.CurrentUser;
import io.ardesk.security.ReadsClient;
import io.ardesk.shared.problem.RuleViolationException;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.StatementPolicy;
import io.ardesk.tenancy.UnknownClientException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The patient-balance desk. Balances change only through the claims module's balance
 * changes, so the ledger invariant and the claim history stay its business; payments go
 * through the approvals module's four-eyes rule first. Patient names are never logged nor
 * put in exception messages.
 */
@Service
class PatientReceivablesService implements PatientReceivables {

	private final AccountQuery accounts;

	private final OpenClaims openClaims;

	private final PaymentPlanStore plans;

	private final PatientRecords records;

	private final ClientCalendar calendar;

	private final ClientAccess access;

	private final ClientDirectory directory;

	private final PatientPaymentPosting payments;

	private final MoneyMoveApprovals approvals;

	PatientReceivablesService(AccountQuery accounts, OpenClaims openClaims, PaymentPlanStore plans,
			PatientRecords records, ClientCalendar calendar, ClientAccess access, ClientDirectory directory,
			PatientPaymentPosting payments, MoneyMoveApprovals approvals) {
		this.accounts = accounts;
		this.openClaims = openClaims;
		this.plans = plans;
		this.records = records;
		this.calendar = calendar;
		this.access = access;
		this.directory = directory;
		this.payments = payments;
		this.approvals = approvals;
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public List<PatientAccount> accounts(ClientId client, PatientAccountFilter filter) {
		return this.accounts.accounts(filter, policy(client), this.calendar.today(client));
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public List<OpenPatientClaim> openClaims(ClientId client, long patientId) {
		this.openClaims.requirePatient(patientId);
		return this.openClaims.of(patientId, this.calendar.today(client));
	}

	@Override
	@ChangesClient
	@Transactional
	public PaymentPlan createPlan(ClientId client, long patientId, BigDecimal installment, int frequencyDays,
			LocalDate firstDue) {
		this.openClaims.lockPatient(patientId);
		LocalDate today = this.calendar.today(client);
		BigDecimal total = total(this.openClaims.of(patientId, today));
		if (total.signum() == 0) {
			throw new io.ardesk.shared.problem.ConflictException(null,
					"The patient owes nothing; there is nothing to plan.");
		}
		if (installment.signum() <= 0 || installment.scale() > 2 || installment.compareTo(total) > 0) {
			throw new io.ardesk.shared.problem.InvalidInputException("installment",
					"The installment must be positive, in cents, and at most the balance of " + total.toPlainString()
							+ ".");
		}
		if (frequencyDays < 1 || frequencyDays > 366) {
			throw new io.ardesk.shared.problem.InvalidInputException("frequencyDays",
					"The installments must come every 1 to 366 days.");
		}
		if (this.plans.hasActive(patientId)) {
			throw new io.ardesk.shared.problem.ConflictException(null,
					"The patient already has an active payment plan.");
		}
		io.ardesk.shared.problem.Inputs.date(firstDue, "firstDue", "The first due date");
		long id = this.plans.insert(patientId, total, installment, frequencyDays, firstDue, actor(),
				this.calendar.now());
		return this.plans.ofPatient(patientId, today)
			.stream()
			.filter((plan) -> plan.id() == id)
			.findFirst()
			.orElseThrow();
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public List<PaymentPlan> plans(ClientId client, long patientId) {
		this.openClaims.requirePatient(patientId);
		return this.plans.ofPatient(patientId, this.calendar.today(client));
	}

	@Override
	@ChangesClient
	@Transactional
	public PaymentOutcome postPayment(ClientId client, long patientId, BigDecimal amount, LocalDate paidOn,
			String reference) {
		this.openClaims.lockPatient(patientId);
		LocalDate today = this.calendar.today(client);
		if (paidOn.isAfter(today)) {
			throw new io.ardesk.shared.problem.InvalidInputException("paidOn",
					"The payment date cannot be in the future.");
		}
		if (reference == null || reference.isBlank() || reference.length() > 100) {
			throw new io.ardesk.shared.problem.InvalidInputException("reference",
					"A payment needs a reference (check number, receipt) of 1 to 100 characters.");
		}
		io.ardesk.shared.problem.Inputs.date(paidOn, "paidOn", "The payment date");
		io.ardesk.shared.problem.Inputs.required(reference, "reference", "The reference", 100);
		MoneyMove move = MoneyMove.patientPayment(patientId, amount, paidOn, reference);
		// Where it goes, worked out (and checked) before anything is recorded; the
		// posting spreads it the same way under the same lock.
		List<AppliedPayment> planned = this.payments.allocation(client, move);
		MoneyMoveRequest request = this.approvals.submit(client, move);
		return request.pending() ? new PaymentOutcome(List.of(), request.id()) : new PaymentOutcome(planned, null);
	}

	@Override
	@ChangesClient
	@Transactional
	public CollectionsHandoff handOffToCollections(ClientId client, long patientId, String agency,
			@Nullable String note) {
		this.openClaims.lockPatient(patientId);
		if (agency == null || agency.isBlank() || agency.length() > 200) {
			throw new io.ardesk.shared.problem.InvalidInputException("agency",
					"Name the collection agency (at most 200 characters).");
		}
		if (note != null && note.length() > 2000) {
			throw new io.ardesk.shared.problem.InvalidInputException("note",
					"The note is longer than 2000 characters.");
		}
		if (this.records.inCollections(patientId)) {
			throw new io.ardesk.shared.problem.ConflictException(null,
					"The balance is already with a collection agency.");
		}
		BigDecimal total = total(this.openClaims.of(patientId, this.calendar.today(client)));
		if (total.signum() == 0) {
			throw new io.ardesk.shared.problem.ConflictException(null,
					"The patient owes nothing; there is nothing to hand off.");
		}
		// Fair-collection practice: the patient had the final notice and the waiting
		// period after it.
		LocalDate today = this.calendar.today(client);
		this.accounts.account(patientId, policy(client), today)
			.flatMap((account) -> LetterCheck.collectionsRefusal(account.letters()))
			.ifPresent((refusal) -> {
				throw new RuleViolationException(null, refusal);
			});
		return this.records.handedOff(patientId, total, agency.strip(),
				(note == null || note.isBlank()) ? null : note.strip(), actor(), this.calendar.now());
	}

	private StatementPolicy policy(ClientId client) {
		return this.directory.find(client).orElseThrow(() -> new UnknownClientException(client)).rules().statements();
	}

	private String actor() {
		return this.access.currentUser().map(CurrentUser::username).orElseThrow();
	}

	private static BigDecimal total(List<OpenPatientClaim> claims) {
		return claims.stream().map(OpenPatientClaim::patientBalance).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
