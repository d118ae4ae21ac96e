package io.ardesk.claims.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.ardesk.codes.AdjustmentClass;
import io.ardesk.codes.ReasonCodeCatalog;
import io.ardesk.edi.Adjustment;
import io.ardesk.edi.PriorPayerAdjudication;
import io.ardesk.edi.SubmittedClaim;
import io.ardesk.shared.ui.Formats;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * What a claim billed to a secondary or tertiary payer brings from its earlier payers
 * (837 loops 2320/2430, or the CSV columns): the claim opens with the earlier payers'
 * payments and adjustments already settled, and an insurance balance of what the payer
 * billed now can still owe, the remaining patient liability (AMT*EAF).
 */
@Component
class CoordinationOfBenefits {

	private static final String SEQUENCES = "PST";

	private final ReasonCodeCatalog codes;

	CoordinationOfBenefits(ReasonCodeCatalog codes) {
		this.codes = codes;
	}

	/**
	 * The opening balances. Without AMT*EAF, the remaining liability is what the earlier
	 * payers neither paid nor adjusted away (patient responsibility and denials stay open
	 * for the payer billed now); it never exceeds what is unpaid.
	 */
	Balances opening(SubmittedClaim claim) {
		List<PriorPayerAdjudication> earlier = earlier(claim);
		BigDecimal billed = claim.billedAmount();
		if (earlier.isEmpty()) {
			return Balances.opened(billed);
		}
		BigDecimal paid = BigDecimal.ZERO;
		BigDecimal contractual = BigDecimal.ZERO;
		BigDecimal other = BigDecimal.ZERO;
		for (PriorPayerAdjudication prior : earlier) {
			paid = paid.add(prior.paidAmount());
			for (Adjustment adjustment : prior.adjustments()) {
				AdjustmentClass kind = this.codes.classify(adjustment.group(), adjustment.reason());
				if (kind == AdjustmentClass.CONTRACTUAL) {
					contractual = contractual.add(adjustment.amount());
				}
				else if (kind == AdjustmentClass.OTHER_REDUCTION) {
					other = other.add(adjustment.amount());
				}
			}
		}
		BigDecimal unpaid = billed.subtract(paid).max(BigDecimal.ZERO);
		BigDecimal remaining = remainingLiability(earlier);
		if (remaining == null) {
			remaining = billed.subtract(paid).subtract(contractual).subtract(other);
		}
		remaining = remaining.max(BigDecimal.ZERO).min(unpaid);
		BigDecimal adjusted = billed.subtract(paid).subtract(remaining);
		BigDecimal contractualPart = contractual.max(BigDecimal.ZERO).min(adjusted.max(BigDecimal.ZERO));
		BigDecimal zero = BigDecimal.ZERO;
		return new Balances(paid, zero, contractualPart, adjusted.subtract(contractualPart), zero, zero, remaining,
				zero, zero, null, null, false, false);
	}

	/**
	 * What the claim says its earlier payers paid, or {@code null} if it says nothing.
	 */
	@Nullable BigDecimal priorPaid(SubmittedClaim claim) {
		List<PriorPayerAdjudication> earlier = earlier(claim);
		if (earlier.isEmpty()) {
			return null;
		}
		return earlier.stream().map(PriorPayerAdjudication::paidAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** The claim's other payers as rows, their payers found or created in the catalog. */
	List<OtherPayers.OtherPayer> otherPayers(long claimId, SubmittedClaim claim, PayerCatalog.Session payers) {
		List<OtherPayers.OtherPayer> rows = new ArrayList<>();
		List<String> seen = new ArrayList<>();
		for (PriorPayerAdjudication prior : claim.priorPayers()) {
			String sequence = prior.payerSequence().toUpperCase(java.util.Locale.ROOT);
			if (SEQUENCES.indexOf(sequence) < 0 || sequence.length() != 1
					|| sequence.equals(claim.responsibilitySequence()) || seen.contains(sequence)) {
				continue;
			}
			seen.add(sequence);
			Long payerId = (prior.payerName() != null) ? payers.payer(prior.payerName(), prior.payerId(), null) : null;
			BigDecimal patient = prior.adjustments()
				.stream()
				.filter((adjustment) -> "PR".equals(adjustment.group()))
				.map(Adjustment::amount)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			BigDecimal adjusted = prior.adjustments()
				.stream()
				.filter((adjustment) -> !"PR".equals(adjustment.group()))
				.map(Adjustment::amount)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			rows.add(new OtherPayers.OtherPayer(claimId, sequence, payerId, prior.adjudicated(),
					prior.adjudicated() ? prior.paidAmount() : null, prior.adjudicated() ? adjusted : null,
					prior.adjudicated() ? patient : null, prior.remainingPatientLiability()));
		}
		return rows;
	}

	/** For the claim's history: what the earlier payers settled. */
	String describeOpening(SubmittedClaim claim, Balances opening) {
		if (earlier(claim).isEmpty()) {
			return "";
		}
		return "; earlier payers paid " + Formats.money(opening.payerPaid()) + " and adjusted "
				+ Formats.money(opening.contractual().add(opening.otherAdjusted())) + ", so it opens owing "
				+ Formats.money(opening.insuranceBalance()) + " (remaining patient liability)";
	}

	private static List<PriorPayerAdjudication> earlier(SubmittedClaim claim) {
		int place = SEQUENCES.indexOf(claim.responsibilitySequence());
		return claim.priorPayers().stream().filter(PriorPayerAdjudication::adjudicated).filter((prior) -> {
			int priorPlace = SEQUENCES.indexOf(prior.payerSequence());
			return priorPlace >= 0 && priorPlace < place;
		}).toList();
	}

	/** AMT*EAF of the last earlier payer that gives it. */
	private static @Nullable BigDecimal remainingLiability(List<PriorPayerAdjudication> earlier) {
		return earlier.stream()
			.filter((prior) -> prior.remainingPatientLiability() != null)
			.max(Comparator.comparingInt((PriorPayerAdjudication prior) -> SEQUENCES.indexOf(prior.payerSequence())))
			.map(PriorPayerAdjudication::remainingPatientLiability)
			.orElse(null);
	}

}
