package io.ardesk.remittance.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.ardesk.claims.PostingMode;
import io.ardesk.codes.AdjustmentClass;
import io.ardesk.remittance.PostingException;
import io.ardesk.remittance.PostingExceptionStatus;
import io.ardesk.remittance.PostingExceptions;
import io.ardesk.remittance.RemittancePosted;
import io.ardesk.security.ChangesClient;
import io.ardesk.security.ClientAccess;
import io.ardesk.security.CurrentUser;
import io.ardesk.security.SystemActor;
import io.ardesk.shared.problem.InvalidInputException;
import io.ardesk.shared.problem.NotFoundException;
import io.ardesk.shared.problem.RuleViolationException;
import io.ardesk.shared.ui.Formats;
import io.ardesk.tenancy.ClientId;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resolves posting exceptions. Reading them needs the right to change the client too:
 * they are the firm's work, never shown to the practice's viewers.
 */
@Service
class PostingExceptionService implements PostingExceptions {

	private static final int MAX_NOTE = 2000;

	private final PostingExceptionQuery query;

	private final RecordedPayments payments;

	private final LatePosting posting;

	private final ClientAccess access;

	private final ApplicationEventPublisher events;

	PostingExceptionService(PostingExceptionQuery query, RecordedPayments payments, LatePosting posting,
			ClientAccess access, ApplicationEventPublisher events) {
		this.query = query;
		this.payments = payments;
		this.posting = posting;
		this.access = access;
		this.events = events;
	}

	@Override
	@ChangesClient
	@Transactional(readOnly = true)
	public List<PostingException> list(ClientId client, boolean openOnly) {
		return this.query.list(openOnly);
	}

	@Override
	@ChangesClient
	@Transactional(readOnly = true)
	public long openCount(ClientId client) {
		return this.query.openCount();
	}

	@Override
	@ChangesClient
	@Transactional
	public void postAsIs(ClientId client, long exceptionId, @Nullable String note) {
		PostingExceptionQuery.Open open = open(exceptionId);
		RecordedPayments.RecordedPayment payment = payment(open);
		String actor = actor();
		LatePosting.Outcome outcome = this.posting.post(client, payment, payment.facts(), claimOf(open),
				PostingMode.AS_IS, actor, "Posting exception " + exceptionId + " posted as is by " + actor);
		this.payments.settle(payment.id(), open.claimId(), "POSTED_AFTER_REVIEW", outcome.sequence(), actor,
				"Posted as is after review");
		this.query.resolve(exceptionId, PostingExceptionStatus.POSTED, actor, text(note, "Posted as is"));
		this.events.publishEvent(new RemittancePosted(client, Set.of(open.claimId())));
	}

	@Override
	@ChangesClient
	@Transactional
	public void postCorrected(ClientId client, long exceptionId, CorrectedAmounts amounts, @Nullable String note) {
		PostingExceptionQuery.Open open = open(exceptionId);
		RecordedPayments.RecordedPayment payment = payment(open);
		PaymentFacts corrected = corrected(payment.facts(), amounts);
		String actor = actor();
		LatePosting.Outcome outcome = this.posting.post(client, payment, corrected, claimOf(open),
				PostingMode.CORRECTED, actor, "Posting exception " + exceptionId + " posted corrected by " + actor);
		String posted = "Posted corrected: paid " + Formats.money(amounts.paid()) + ", contractual "
				+ Formats.money(amounts.contractual()) + ", other adjustments " + Formats.money(amounts.otherAdjusted())
				+ ", patient responsibility " + Formats.money(amounts.patientResponsibility()) + ", denied "
				+ Formats.money(amounts.denied());
		this.payments.settle(payment.id(), open.claimId(), "POSTED_CORRECTED", outcome.sequence(), actor, posted);
		this.query.resolve(exceptionId, PostingExceptionStatus.POSTED_CORRECTED, actor,
				posted + ((note != null && !note.isBlank()) ? ". " + note.strip() : ""));
		this.events.publishEvent(new RemittancePosted(client, Set.of(open.claimId())));
	}

	@Override
	@ChangesClient
	@Transactional
	public void dismiss(ClientId client, long exceptionId, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "Say why the payment is dismissed");
		}
		PostingExceptionQuery.Open open = open(exceptionId);
		String actor = actor();
		this.payments.settle(open.claimPaymentId(), null, "DISMISSED", null, actor, text(reason, ""));
		this.query.resolve(exceptionId, PostingExceptionStatus.DISMISSED, actor, text(reason, ""));
	}

	/**
	 * The recorded payment with a person's amounts. What earlier payers covered (OA-23)
	 * stays as recorded; the denial keeps its recorded reason.
	 */
	static PaymentFacts corrected(PaymentFacts recorded, CorrectedAmounts amounts) {
		check("paid", amounts.paid());
		check("contractual", amounts.contractual());
		check("otherAdjusted", amounts.otherAdjusted());
		check("patientResponsibility", amounts.patientResponsibility());
		check("denied", amounts.denied());
		BigDecimal prior = recorded.total(AdjustmentClass.PRIOR_PAYER);
		BigDecimal total = amounts.paid()
			.add(amounts.contractual())
			.add(amounts.otherAdjusted())
			.add(amounts.patientResponsibility())
			.add(amounts.denied())
			.add(prior);
		if (total.compareTo(recorded.charge()) != 0) {
			throw new InvalidInputException("amounts", "The corrected amounts"
					+ ((prior.signum() != 0) ? " with what earlier payers covered (" + Formats.money(prior) + ")" : "")
					+ " add up to " + Formats.money(total) + "; the claim charge is "
					+ Formats.money(recorded.charge()));
		}
		PaymentFacts.Classified denial = recorded.adjustments()
			.stream()
			.filter((a) -> a.adjustmentClass() == AdjustmentClass.DENIAL)
			.findFirst()
			.orElse(null);
		List<PaymentFacts.Classified> adjustments = new ArrayList<>();
		add(adjustments, "CO", "45", amounts.contractual(), AdjustmentClass.CONTRACTUAL);
		add(adjustments, "OA", "94", amounts.otherAdjusted(), AdjustmentClass.OTHER_REDUCTION);
		add(adjustments, "PR", "1", amounts.patientResponsibility(), AdjustmentClass.PATIENT_RESPONSIBILITY);
		add(adjustments, (denial != null) ? denial.group() : "CO", (denial != null) ? denial.reason() : "16",
				amounts.denied(), AdjustmentClass.DENIAL);
		add(adjustments, "OA", "23", prior, AdjustmentClass.PRIOR_PAYER);
		return new PaymentFacts(recorded.statusCode(), recorded.charge(), amounts.paid(),
				amounts.patientResponsibility(), List.copyOf(adjustments));
	}

	private static void add(List<PaymentFacts.Classified> adjustments, String group, String reason, BigDecimal amount,
			AdjustmentClass kind) {
		if (amount.signum() != 0) {
			adjustments.add(new PaymentFacts.Classified(null, null, group, reason, amount, null, kind));
		}
	}

	private static void check(String field, @Nullable BigDecimal amount) {
		if (amount == null) {
			throw new InvalidInputException(field, "Enter " + field + " (0.00 when there is none)");
		}
		if (amount.stripTrailingZeros().scale() > 2) {
			throw new InvalidInputException(field, field + " has more than two decimals");
		}
		if (amount.abs().compareTo(new BigDecimal("999999999999.99")) > 0) {
			throw new InvalidInputException(field, field + " is too large");
		}
	}

	private PostingExceptionQuery.Open open(long exceptionId) {
		return this.query.lockOpen(exceptionId)
			.orElseThrow(() -> new NotFoundException("Posting exception " + exceptionId + " is not open"));
	}

	private RecordedPayments.RecordedPayment payment(PostingExceptionQuery.Open open) {
		return this.payments.lock(open.claimPaymentId())
			.orElseThrow(() -> new NotFoundException("The payment of this posting exception no longer exists"));
	}

	private static long claimOf(PostingExceptionQuery.Open open) {
		if (open.claimId() == null) {
			throw new RuleViolationException(null, "This payment names no claim on file; dismiss it instead");
		}
		return open.claimId();
	}

	private String actor() {
		return this.access.currentUser().map(CurrentUser::username).orElse(SystemActor.NAME);
	}

	private static String text(@Nullable String note, String fallback) {
		String text = (note != null && !note.isBlank()) ? note.strip() : fallback;
		if (text.length() > MAX_NOTE) {
			throw new InvalidInputException("note", "The note is longer than " + MAX_NOTE + " characters");
		}
		return text;
	}

}
