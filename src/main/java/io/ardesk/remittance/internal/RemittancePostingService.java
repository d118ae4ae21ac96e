package io.ardesk.remittance.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.ardesk.claims.Adjudication;
import io.ardesk.claims.ClaimPostings;
import io.ardesk.claims.ImportOrigin;
import io.ardesk.codes.ReasonCodeCatalog;
import io.ardesk.edi.Adjustment;
import io.ardesk.edi.ClaimPayment;
import io.ardesk.edi.ProviderAdjustment;
import io.ardesk.edi.RemittanceAdvice;
import io.ardesk.edi.RemittanceFile;
import io.ardesk.edi.ServicePayment;
import io.ardesk.remittance.RemittancePosting;
import io.ardesk.security.ChangesClient;
import io.ardesk.shared.jdbc.SequenceIds;
import io.ardesk.shared.ui.Formats;
import io.ardesk.tenancy.ClientId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posts 835 advices: records every payment, adjustment, remark and provider-level
 * adjustment, and hands the balance effects of matched claims to the ledger. A claim
 * payment that matches no claim is kept as unmatched for a person; nothing is dropped.
 */
@Service
class RemittancePostingService implements RemittancePosting {

	private final ClaimPostings claims;

	private final ReasonCodeCatalog codes;

	private final SequenceIds ids;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	RemittancePostingService(ClaimPostings claims, ReasonCodeCatalog codes, SequenceIds ids, JdbcTemplate jdbc,
			Clock clock) {
		this.claims = claims;
		this.codes = codes;
		this.ids = ids;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@ChangesClient
	@Transactional
	public Result post(ClientId client, RemittanceFile file, ImportOrigin origin) {
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
		Set<String> claimNumbers = new LinkedHashSet<>();
		Set<String> payerClaimNumbers = new LinkedHashSet<>();
		fresh.forEach((p) -> p.advice().claims().forEach((payment) -> {
			claimNumbers.add(payment.patientControlNumber());
			if (payment.payerClaimControlNumber() != null) {
				payerClaimNumbers.add(payment.payerClaimControlNumber());
			}
		}));
		ClaimPostings.Matches matches = this.claims.match(client, claimNumbers, payerClaimNumbers);
		RemittanceWriter writer = new RemittanceWriter(this.jdbc, this.ids, origin.importBatchId());
		List<Adjudication> adjudications = new ArrayList<>();
		int payments = 0;
		int denials = 0;
		int reversals = 0;
		int unmatched = 0;
		for (PayableAdvice payable : fresh) {
			RemittanceAdvice advice = payable.advice();
			long remittanceId = writer.remittance(advice, payable.payerId());
			for (ProviderAdjustment plb : advice.providerAdjustments()) {
				writer.providerAdjustment(remittanceId, plb);
			}
			for (ClaimPayment payment : advice.claims()) {
				PostedAmounts amounts = PostedAmounts.of(payment, this.codes);
				Long claimId = matches.find(payment.patientControlNumber(), payment.payerClaimControlNumber());
				String outcome = (claimId == null) ? "UNMATCHED" : amounts.outcome(payment);
				long paymentId = writer.claimPayment(remittanceId, claimId, payment, outcome);
				writeDetails(writer, paymentId, payment);
				payments++;
				if ("22".equals(payment.statusCode())) {
					reversals++;
				}
				if (amounts.denied().signum() > 0 && !"22".equals(payment.statusCode())) {
					denials++;
				}
				if (claimId == null) {
					unmatched++;
					continue;
				}
				adjudications.add(adjudication(claimId, payable.payerId(), advice, payment, amounts));
			}
		}
		writer.flush();
		this.claims.apply(client, adjudications, origin);
		if (unmatched > 0) {
			warnings.add(unmatched + " claim payment(s) matched no claim: listed under Unmatched payments");
		}
		return new Result(fresh.size(), duplicates, payments, denials, reversals, unmatched, warnings);
	}

	private void writeDetails(RemittanceWriter writer, long paymentId, ClaimPayment payment) {
		for (Adjustment adjustment : payment.adjustments()) {
			writer.adjustment(paymentId, null, null, adjustment,
					this.codes.classify(adjustment.group(), adjustment.reason()).name());
		}
		payment.remarkCodes().forEach((code) -> writer.remark(paymentId, null, code));
		int lineNumber = 0;
		for (ServicePayment line : payment.lines()) {
			lineNumber++;
			writer.servicePayment(paymentId, lineNumber, line);
			for (Adjustment adjustment : line.adjustments()) {
				writer.adjustment(paymentId, lineNumber, line.procedureCode(), adjustment,
						this.codes.classify(adjustment.group(), adjustment.reason()).name());
			}
			for (String code : line.remarkCodes()) {
				writer.remark(paymentId, lineNumber, code);
			}
		}
	}

	private Adjudication adjudication(long claimId, long payerId, RemittanceAdvice advice, ClaimPayment payment,
			PostedAmounts amounts) {
		LocalDate on = (advice.paymentDate() != null) ? advice.paymentDate() : LocalDate.now(this.clock);
		String summary = summary(advice, payment, amounts);
		return new Adjudication(claimId, payment.statusCode(), payerId, payment.payerClaimControlNumber(),
				payment.paid(), amounts.contractual(), amounts.otherAdjusted(), amounts.patientResponsibility(),
				amounts.denied(), (amounts.denialCategory() != null) ? amounts.denialCategory().name() : null,
				amounts.denialReason(), on, summary);
	}

	private static String summary(RemittanceAdvice advice, ClaimPayment payment, PostedAmounts amounts) {
		StringBuilder text = new StringBuilder();
		text.append("22".equals(payment.statusCode()) ? "Reversal" : "Remittance")
			.append(" from ")
			.append(advice.payerName())
			.append(" (trace ")
			.append(advice.traceNumber())
			.append(", CLP02 ")
			.append(payment.statusCode())
			.append("): paid ")
			.append(Formats.money(payment.paid()));
		append(text, "contractual", amounts.contractual());
		append(text, "other adjustments", amounts.otherAdjusted());
		append(text, "patient responsibility", amounts.patientResponsibility());
		append(text, "denied", amounts.denied());
		if (amounts.denialReason() != null) {
			text.append(" (").append(amounts.denialReason()).append(')');
		}
		return text.toString();
	}

	private static void append(StringBuilder text, String label, java.math.BigDecimal amount) {
		if (amount.signum() != 0) {
			text.append(", ").append(label).append(' ').append(Formats.money(amount));
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

	static Date date(@Nullable LocalDate date) {
		return (date != null) ? Date.valueOf(date) : null;
	}

}
