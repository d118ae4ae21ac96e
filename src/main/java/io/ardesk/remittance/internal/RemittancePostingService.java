package io.ardesk.remittance.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.ardesk.claims.Adjudication;
import io.ardesk.claims.ClaimPostings;
import io.ardesk.claims.ImportOrigin;
import io.ardesk.claims.PostingMode;
import io.ardesk.claims.PostingOutcome;
import io.ardesk.codes.ReasonCodeCatalog;
import io.ardesk.edi.ClaimPayment;
import io.ardesk.edi.ProviderAdjustment;
import io.ardesk.edi.RemittanceAdvice;
import io.ardesk.edi.RemittanceFile;
import io.ardesk.edi.ServicePayment;
import io.ardesk.remittance.PostingExceptionKind;
import io.ardesk.remittance.RemittancePosted;
import io.ardesk.remittance.RemittancePosting;
import io.ardesk.security.ChangesClient;
import io.ardesk.shared.jdbc.SequenceIds;
import io.ardesk.tenancy.ClientId;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posts 835 advices: records every payment, adjustment, remark and provider-level
 * adjustment, and hands the balance effects of matched claims to the ledger. Nothing is
 * dropped: a claim payment that matches no claim is kept as unmatched; one that does not
 * balance, a reversal without its original, or one that would make a balance negative is
 * held as a posting exception for a person, and its claim is left as it was.
 */
@Service
class RemittancePostingService implements RemittancePosting {

	private final ClaimPostings claims;

	private final ReasonCodeCatalog codes;

	private final PostingExceptionRows exceptions;

	private final SequenceIds ids;

	private final JdbcTemplate jdbc;

	private final JdbcClient jdbcClient;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	RemittancePostingService(ClaimPostings claims, ReasonCodeCatalog codes, PostingExceptionRows exceptions,
			SequenceIds ids, JdbcTemplate jdbc, JdbcClient jdbcClient, Clock clock, ApplicationEventPublisher events) {
		this.claims = claims;
		this.codes = codes;
		this.exceptions = exceptions;
		this.ids = ids;
		this.jdbc = jdbc;
		this.jdbcClient = jdbcClient;
		this.clock = clock;
		this.events = events;
	}

	@Override
	@ChangesClient
	@Transactional
	public Result post(ClientId client, RemittanceFile file, ImportOrigin origin) {
		FieldLimits.check(file.advices());
		List<String> warnings = new ArrayList<>();
		List<PayableAdvice> fresh = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		int duplicates = 0;
		for (RemittanceAdvice advice : file.advices()) {
			long payerId = this.claims.payer(client, advice.payerName(), advice.payerId(), filingIndicator(advice));
			String key = payerId + "|" + advice.traceNumber();
			if (!seen.add(key) || alreadyPosted(payerId, advice.traceNumber())) {
				duplicates++;
				continue;
			}
			fresh.add(new PayableAdvice(advice, payerId));
		}
		if (duplicates > 0) {
			warnings.add(duplicates + " remittance advice(s) already posted (same payer and trace number): "
					+ "not posted again");
		}
		FilePosting posting = new FilePosting(client, origin, fresh);
		posting.run();
		if (posting.unmatched > 0) {
			warnings.add(posting.unmatched + " claim payment(s) matched no claim: listed under Unmatched payments");
		}
		if (!posting.held.isEmpty()) {
			warnings.add(posting.held.size() + " claim payment(s) held for review, their claims left as they were: "
					+ "listed under Posting exceptions");
		}
		return new Result(fresh.size(), duplicates, posting.payments, posting.denials, posting.reversals,
				posting.unmatched, posting.held.size(), warnings);
	}

	/** The posting of one file's new advices. */
	private final class FilePosting {

		private final ClientId client;

		private final ImportOrigin origin;

		private final List<PayableAdvice> advices;

		private final RemittanceWriter writer;

		private final List<Adjudication> adjudications = new ArrayList<>();

		private final Map<Long, RemittanceWriter.PaymentRow> rows = new HashMap<>();

		private final Map<Long, String> outcomes = new HashMap<>();

		/** Reversal payment id to the original it takes back. */
		private final Map<Long, ReversalMatcher.Original> reversing = new HashMap<>();

		private final List<PostingExceptionRows.NewException> held = new ArrayList<>();

		private int payments;

		private int denials;

		private int reversals;

		private int unmatched;

		FilePosting(ClientId client, ImportOrigin origin, List<PayableAdvice> advices) {
			this.client = client;
			this.origin = origin;
			this.advices = advices;
			this.writer = new RemittanceWriter(RemittancePostingService.this.jdbc, RemittancePostingService.this.ids,
					origin.importBatchId());
		}

		void run() {
			Set<String> claimNumbers = new LinkedHashSet<>();
			Set<String> payerClaimNumbers = new LinkedHashSet<>();
			Set<String> reversedNumbers = new LinkedHashSet<>();
			Set<String> reversedPayerNumbers = new LinkedHashSet<>();
			this.advices.forEach((p) -> p.advice().claims().forEach((payment) -> {
				claimNumbers.add(payment.patientControlNumber());
				if (payment.payerClaimControlNumber() != null) {
					payerClaimNumbers.add(payment.payerClaimControlNumber());
				}
				if ("22".equals(payment.statusCode())) {
					reversedNumbers.add(payment.patientControlNumber());
					if (payment.payerClaimControlNumber() != null) {
						reversedPayerNumbers.add(payment.payerClaimControlNumber());
					}
				}
			}));
			ClaimPostings.Matches matches = RemittancePostingService.this.claims.match(this.client, claimNumbers,
					payerClaimNumbers);
			ReversalMatcher originals = ReversalMatcher.load(RemittancePostingService.this.jdbcClient, reversedNumbers,
					reversedPayerNumbers);
			for (PayableAdvice payable : this.advices) {
				RemittanceAdvice advice = payable.advice();
				long remittanceId = this.writer.remittance(advice, payable.payerId());
				for (ProviderAdjustment plb : advice.providerAdjustments()) {
					this.writer.providerAdjustment(remittanceId, plb);
				}
				for (ClaimPayment payment : advice.claims()) {
					record(remittanceId, payable, payment, matches, originals);
				}
			}
			PostingOutcome outcome = RemittancePostingService.this.claims.apply(this.client, this.adjudications,
					this.origin, PostingMode.HOLD_PROBLEMS);
			settle(outcome);
			this.writer.flush();
			markReversed();
			RemittancePostingService.this.exceptions.insert(this.held);
			Set<Long> heldPayments = new HashSet<>();
			this.held.forEach((h) -> heldPayments.add(h.claimPaymentId()));
			Set<Long> posted = new HashSet<>();
			this.adjudications.stream()
				.filter((a) -> !heldPayments.contains(a.claimPaymentId()))
				.forEach((a) -> posted.add(a.claimId()));
			if (!posted.isEmpty()) {
				RemittancePostingService.this.events.publishEvent(new RemittancePosted(this.client, posted));
			}
		}

		private void record(long remittanceId, PayableAdvice payable, ClaimPayment payment,
				ClaimPostings.Matches matches, ReversalMatcher originals) {
			RemittanceAdvice advice = payable.advice();
			PaymentFacts facts = PaymentFacts.of(payment, RemittancePostingService.this.codes);
			PostedAmounts amounts = PostedAmounts.of(facts, RemittancePostingService.this.codes);
			RemittanceWriter.PaymentRow row = this.writer.claimPayment(remittanceId, payment);
			writeDetails(row.id, payment, facts);
			this.payments++;
			if (facts.isReversal()) {
				this.reversals++;
			}
			else if (amounts.denied().signum() > 0) {
				this.denials++;
			}
			Long claimId = matches.find(payment.patientControlNumber(), payment.payerClaimControlNumber());
			ReversalMatcher.Original original = null;
			if (facts.isReversal()) {
				original = originals.take(payable.payerId(), payment.patientControlNumber(),
						payment.payerClaimControlNumber(), payment.charge(), payment.paid());
				if (original != null) {
					claimId = original.claimId();
				}
			}
			if (claimId == null) {
				this.unmatched++;
				row.settle(null, "UNMATCHED");
				return;
			}
			Balancing.Imbalance imbalance = Balancing.check(facts);
			if (imbalance != null) {
				hold(row, claimId, PostingExceptionKind.OUT_OF_BALANCE, imbalance.problem(), imbalance.difference());
				return;
			}
			if (facts.isReversal() && original == null) {
				hold(row, claimId, PostingExceptionKind.ORPHAN_REVERSAL,
						"The reversal (CLP02=22) matches no earlier posting of this payer for payer claim number "
								+ payment.payerClaimControlNumber() + " or claim " + payment.patientControlNumber()
								+ " with the negated charge and payment",
						payment.paid().abs());
				return;
			}
			if (original != null) {
				this.reversing.put(row.id, original);
			}
			else {
				originals.posted(
						new ReversalMatcher.Original(row.id, claimId, payable.payerId(), payment.patientControlNumber(),
								payment.payerClaimControlNumber(), payment.charge(), payment.paid()));
			}
			this.rows.put(row.id, row);
			this.outcomes.put(row.id, amounts.outcome(facts));
			row.settle(claimId, amounts.outcome(facts));
			this.adjudications.add(Adjudications.of(claimId, row.id, payable.payerId(), advice, payment, facts, amounts,
					(original != null) ? original.paymentId() : null, effective(advice)));
		}

		private void hold(RemittanceWriter.PaymentRow row, @Nullable Long claimId, PostingExceptionKind kind,
				String problem, java.math.BigDecimal difference) {
			row.settle(null, "HELD");
			this.held.add(new PostingExceptionRows.NewException(row.id, claimId, kind, problem, difference));
		}

		private void settle(PostingOutcome outcome) {
			for (PostingOutcome.Held held : outcome.held()) {
				RemittanceWriter.PaymentRow row = this.rows.get(held.claimPaymentId());
				this.reversing.remove(held.claimPaymentId());
				hold(row, held.claimId(), PostingExceptionKind.NEGATIVE_BALANCE, "Posting it " + held.problem(),
						held.difference());
			}
			outcome.sequences().forEach((paymentId, sequence) -> {
				RemittanceWriter.PaymentRow row = this.rows.get(paymentId);
				if (row != null) {
					row.sequence(sequence);
				}
			});
		}

		/**
		 * The originals of posted reversals are marked, so no reversal takes them twice.
		 */
		private void markReversed() {
			List<Object[]> marks = new ArrayList<>();
			this.reversing.forEach((reversal, original) -> marks.add(new Object[] { reversal, original.paymentId() }));
			RemittancePostingService.this.jdbc.batchUpdate(
					"update claim_payment set reversed_by_id = ? where id = ? and reversed_by_id is null", marks);
		}

		private LocalDate effective(RemittanceAdvice advice) {
			return (advice.effectiveDate() != null) ? advice.effectiveDate()
					: LocalDate.now(RemittancePostingService.this.clock);
		}

		private void writeDetails(long paymentId, ClaimPayment payment, PaymentFacts facts) {
			for (PaymentFacts.Classified adjustment : facts.adjustments()) {
				this.writer.adjustment(paymentId, adjustment);
			}
			payment.remarkCodes().forEach((code) -> this.writer.remark(paymentId, null, code));
			int lineNumber = 0;
			for (ServicePayment line : payment.lines()) {
				lineNumber++;
				this.writer.servicePayment(paymentId, lineNumber, line);
				for (String code : line.remarkCodes()) {
					this.writer.remark(paymentId, lineNumber, code);
				}
			}
		}

	}

	private boolean alreadyPosted(long payerId, String traceNumber) {
		Integer count = this.jdbc.queryForObject(
				"select count(*) from remittance where payer_id = ? and trace_number = ?", Integer.class, payerId,
				traceNumber);
		return count != null && count > 0;
	}

	private static @Nullable String filingIndicator(RemittanceAdvice advice) {
		return advice.claims()
			.stream()
			.map(ClaimPayment::filingIndicator)
			.filter((f) -> f != null)
			.findFirst()
			.orElse(null);
	}

	private record PayableAdvice(RemittanceAdvice advice, long payerId) {
	}

	static @Nullable Date date(@Nullable LocalDate date) {
		return (date != null) ? Date.valueOf(date) : null;
	}

}
