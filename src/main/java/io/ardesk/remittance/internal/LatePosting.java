package io.ardesk.remittance.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.ardesk.claims.Adjudication;
import io.ardesk.claims.ClaimPostings;
import io.ardesk.claims.ImportOrigin;
import io.ardesk.claims.PostingMode;
import io.ardesk.claims.PostingOutcome;
import io.ardesk.codes.ReasonCodeCatalog;
import io.ardesk.remittance.PostingExceptionKind;
import io.ardesk.shared.problem.RuleViolationException;
import io.ardesk.tenancy.ClientId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Posts a recorded claim payment after its file: an unmatched payment a person matched,
 * or a posting exception a person resolved. The same checks apply as on import, unless
 * the person posts it as it is.
 */
@Component
class LatePosting {

	private final ClaimPostings claims;

	private final ReasonCodeCatalog codes;

	private final PostingExceptionRows exceptions;

	private final JdbcClient jdbc;

	private final Clock clock;

	LatePosting(ClaimPostings claims, ReasonCodeCatalog codes, PostingExceptionRows exceptions, JdbcClient jdbc,
			Clock clock) {
		this.claims = claims;
		this.codes = codes;
		this.exceptions = exceptions;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * What became of the payment: posted as the claim's payer in {@code sequence}, or
	 * held as a posting exception.
	 */
	record Outcome(boolean posted, @Nullable String sequence, @Nullable String problem) {
	}

	/**
	 * @param facts the recorded amounts, or a person's corrected ones
	 * @param mode {@link PostingMode#HOLD_PROBLEMS} for a matched unmatched payment (a
	 * problem becomes a posting exception), {@link PostingMode#CORRECTED} (a problem
	 * refuses the correction), {@link PostingMode#AS_IS} (posted whatever it does)
	 */
	Outcome post(ClientId client, RecordedPayments.RecordedPayment payment, PaymentFacts facts, long claimId,
			PostingMode mode, String actor, String context) {
		if (mode == PostingMode.HOLD_PROBLEMS) {
			Balancing.Imbalance imbalance = Balancing.check(facts);
			if (imbalance != null) {
				return hold(payment, claimId, PostingExceptionKind.OUT_OF_BALANCE, imbalance.problem(),
						imbalance.difference());
			}
		}
		ReversalMatcher.Original original = null;
		if (facts.isReversal() && mode != PostingMode.CORRECTED) {
			original = ReversalMatcher
				.load(this.jdbc, List.of(payment.patientControlNumber()),
						(payment.payerClaimNumber() != null) ? List.of(payment.payerClaimNumber()) : List.of())
				.take(payment.payerId(), payment.patientControlNumber(), payment.payerClaimNumber(), facts.charge(),
						facts.paid());
			if (original == null && mode == PostingMode.HOLD_PROBLEMS) {
				return hold(payment, claimId, PostingExceptionKind.ORPHAN_REVERSAL,
						"The reversal (CLP02=22) matches no earlier posting of this payer with the negated amounts",
						facts.paid().abs());
			}
			if (original != null && original.claimId() != claimId) {
				original = null;
			}
		}
		PostedAmounts amounts = PostedAmounts.of(facts, this.codes);
		LocalDate effective = (payment.paymentDate() != null) ? payment.paymentDate() : LocalDate.now(this.clock);
		String summary = context + ": " + Adjudications.summary(payment.payerName(), payment.traceNumber(), facts,
				amounts, (original != null) ? original.paymentId() : null);
		Adjudication decision = Adjudications.of(claimId, payment.id(), payment.payerId(), payment.payerClaimNumber(),
				facts, amounts, (original != null) ? original.paymentId() : null, effective, summary);
		PostingOutcome outcome = this.claims.apply(client, List.of(decision),
				new ImportOrigin(payment.importBatchId(), context, actor), mode);
		if (!outcome.held().isEmpty()) {
			PostingOutcome.Held held = outcome.held().getFirst();
			if (mode == PostingMode.CORRECTED) {
				throw new RuleViolationException("amounts", "Posting these amounts " + held.problem());
			}
			return hold(payment, claimId, PostingExceptionKind.NEGATIVE_BALANCE, "Posting it " + held.problem(),
					held.difference());
		}
		if (original != null) {
			this.jdbc.sql("update claim_payment set reversed_by_id = ? where id = ?")
				.params(payment.id(), original.paymentId())
				.update();
		}
		return new Outcome(true, outcome.sequences().get(payment.id()), null);
	}

	private Outcome hold(RecordedPayments.RecordedPayment payment, long claimId, PostingExceptionKind kind,
			String problem, java.math.BigDecimal difference) {
		this.exceptions
			.insert(List.of(new PostingExceptionRows.NewException(payment.id(), claimId, kind, problem, difference)));
		return new Outcome(false, null, problem);
	}

}
