package io.ardesk.patients.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import io.ardesk.patients.AppliedPayment;
import io.ardesk.patients.CollectionsHandoff;
import io.ardesk.patients.PatientAccount;
import io.ardesk.patients.PatientAccountFilter;
import io.ardesk.patients.PatientReceivables;
import io.ardesk.patients.PaymentPlan;
import io.ardesk.patients.ReminderLevel;
import io.ardesk.patients.UnknownPatientException;
import io.ardesk.portal.ApiClientIds;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The patient-balance desk for integration partners (a practice's payment portal, a
 * collection agency's feed). The service checks who may read or change the client.
 */
@RestController
@RequestMapping("/api/v1/clients/{clientId}/patient-accounts")
class PatientReceivablesApi {

	private final PatientReceivables receivables;

	PatientReceivablesApi(PatientReceivables receivables) {
		this.receivables = receivables;
	}

	/**
	 * @param letters where the balance stands in the letter sequence statement → reminder
	 * → final notice → collections
	 */
	record AccountItem(long patientId, @Nullable String accountNumber, String name, BigDecimal balance, int claims,
			long oldestAgeDays, SequenceItem letters, @Nullable PlanItem activePlan, boolean inCollections,
			boolean addressMissing) {

		static AccountItem of(PatientAccount account) {
			return new AccountItem(account.patientId(), account.accountNumber(), account.name(),
					money(account.balance()), account.claims(), account.oldestAgeDays(),
					SequenceItem.of(account.letters()),
					(account.activePlan() != null) ? PlanItem.of(account.activePlan()) : null, account.inCollections(),
					account.addressMissing());
		}

	}

	record PlanItem(long id, BigDecimal total, BigDecimal installment, int frequencyDays, LocalDate firstDue,
			String status, BigDecimal paidSoFar, BigDecimal dueSoFar, boolean missed) {

		static PlanItem of(PaymentPlan plan) {
			return new PlanItem(plan.id(), money(plan.total()), money(plan.installment()), plan.frequencyDays(),
					plan.firstDue(), plan.status().name(), money(plan.paidSoFar()), money(plan.dueSoFar()),
					plan.missed());
		}

	}

	record PaymentRequest(@Nullable BigDecimal amount, @Nullable LocalDate paidOn, @Nullable String reference) {
	}

	record PaymentApplied(BigDecimal amount, List<AppliedPayment> applied) {
	}

	record PlanRequest(@Nullable BigDecimal installment, @Nullable Integer frequencyDays,
			@Nullable LocalDate firstDue) {
	}

	record HandoffRequest(@Nullable String agency, @Nullable String note) {
	}

	/**
	 * Patients owing a balance, oldest first; {@code letterDue} keeps those due that
	 * letter today, {@code addressMissing=true} those without a mailing address.
	 */
	@GetMapping
	List<AccountItem> accounts(@PathVariable String clientId,
			@RequestParam(required = false) @Nullable ReminderLevel letterDue,
			@RequestParam(required = false) @Nullable Boolean inCollections,
			@RequestParam(required = false) @Nullable Boolean addressMissing,
			@RequestParam(defaultValue = "100") int limit) {
		return this.receivables
			.accounts(ApiClientIds.parse(clientId),
					new PatientAccountFilter(letterDue, inCollections, addressMissing, limit))
			.stream()
			.map(AccountItem::of)
			.toList();
	}

	@PostMapping("/{patientId}/payments")
	PaymentApplied payment(@PathVariable String clientId, @PathVariable long patientId,
			@RequestBody PaymentRequest request) {
		BigDecimal amount = required(request.amount(), "amount");
		List<AppliedPayment> applied = this.receivables.postPayment(ApiClientIds.parse(clientId), patientId, amount,
				required(request.paidOn(), "paidOn"), required(request.reference(), "reference"));
		return new PaymentApplied(money(amount),
				applied.stream().map((part) -> new AppliedPayment(part.claimNumber(), money(part.amount()))).toList());
	}

	@PostMapping("/{patientId}/payment-plans")
	@ResponseStatus(HttpStatus.CREATED)
	PlanItem plan(@PathVariable String clientId, @PathVariable long patientId, @RequestBody PlanRequest request) {
		return PlanItem.of(this.receivables.createPlan(ApiClientIds.parse(clientId), patientId,
				required(request.installment(), "installment"), required(request.frequencyDays(), "frequencyDays"),
				required(request.firstDue(), "firstDue")));
	}

	@PostMapping("/{patientId}/collections")
	@ResponseStatus(HttpStatus.CREATED)
	CollectionsHandoff collections(@PathVariable String clientId, @PathVariable long patientId,
			@RequestBody HandoffRequest request) {
		return this.receivables.handOffToCollections(ApiClientIds.parse(clientId), patientId,
				required(request.agency(), "agency"), request.note());
	}

	@ExceptionHandler(UnknownPatientException.class)
	ProblemDetail unknownPatient(UnknownPatientException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such patient for this client.");
	}

	/** A step out of order (collections before the final notice, a second plan). */
	@ExceptionHandler(IllegalStateException.class)
	ProblemDetail outOfOrder(IllegalStateException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
	}

	private static <T> T required(@Nullable T value, String name) {
		if (value == null || (value instanceof String text && text.isBlank())) {
			throw new IllegalArgumentException(name + " is required");
		}
		return value;
	}

	static BigDecimal money(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_UP);
	}

}
