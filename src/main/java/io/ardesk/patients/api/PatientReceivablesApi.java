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
import io.ardesk.patients.PaymentOutcome;
import io.ardesk.patients.PaymentPlan;
import io.ardesk.patients.ReminderLevel;
import io.ardesk.portal.ApiClientIds;
import io.ardesk.shared.validation.PlausibleDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

	record PaymentRequest(@NotNull @Positive @Digits(integer = 12, fraction = 2) BigDecimal amount,
			@NotNull @PlausibleDate LocalDate paidOn,
			@NotBlank @Size(max = 100, message = "must be at most {max} characters") String reference) {
	}

	/**
	 * @param status {@code POSTED}, or {@code PENDING_APPROVAL} above the client's
	 * small-balance limit
	 * @param requestId the approval request of a pending payment
	 */
	record PaymentApplied(BigDecimal amount, String status, List<AppliedPayment> applied, @Nullable Long requestId) {
	}

	record PlanRequest(@NotNull @Positive @Digits(integer = 12, fraction = 2) BigDecimal installment,
			@NotNull @Min(1) @Max(366) Integer frequencyDays, @NotNull @PlausibleDate LocalDate firstDue) {
	}

	record HandoffRequest(@NotBlank @Size(max = 200, message = "must be at most {max} characters") String agency,
			@Size(max = 2000, message = "must be at most {max} characters") @Nullable String note) {
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
			@RequestParam(defaultValue = "100") @Min(1) @Max(PatientAccountFilter.MAX_LIMIT) int limit) {
		return this.receivables
			.accounts(ApiClientIds.parse(clientId),
					new PatientAccountFilter(letterDue, inCollections, addressMissing, limit))
			.stream()
			.map(AccountItem::of)
			.toList();
	}

	/**
	 * 200 with where the payment went; 202 when it is above the client's small-balance
	 * limit and waits for a manager's approval (decided at {@code /approvals}).
	 */
	@PostMapping("/{patientId}/payments")
	ResponseEntity<PaymentApplied> payment(@PathVariable String clientId, @PathVariable long patientId,
			@Valid @RequestBody PaymentRequest request) {
		BigDecimal amount = request.amount();
		PaymentOutcome outcome = this.receivables.postPayment(ApiClientIds.parse(clientId), patientId, amount,
				request.paidOn(), request.reference());
		if (outcome.pending()) {
			return ResponseEntity.accepted()
				.body(new PaymentApplied(money(amount), "PENDING_APPROVAL", List.of(), outcome.pendingRequestId()));
		}
		return ResponseEntity.ok(new PaymentApplied(money(amount), "POSTED",
				outcome.applied()
					.stream()
					.map((part) -> new AppliedPayment(part.claimNumber(), money(part.amount())))
					.toList(),
				null));
	}

	@PostMapping("/{patientId}/payment-plans")
	@ResponseStatus(HttpStatus.CREATED)
	PlanItem plan(@PathVariable String clientId, @PathVariable long patientId,
			@Valid @RequestBody PlanRequest request) {
		return PlanItem.of(this.receivables.createPlan(ApiClientIds.parse(clientId), patientId, request.installment(),
				request.frequencyDays(), request.firstDue()));
	}

	@PostMapping("/{patientId}/collections")
	@ResponseStatus(HttpStatus.CREATED)
	CollectionsHandoff collections(@PathVariable String clientId, @PathVariable long patientId,
			@Valid @RequestBody HandoffRequest request) {
		return this.receivables.handOffToCollections(ApiClientIds.parse(clientId), patientId, request.agency(),
				request.note());
	}

	static BigDecimal money(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_UP);
	}

}
