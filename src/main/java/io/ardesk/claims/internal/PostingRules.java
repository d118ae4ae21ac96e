package io.ardesk.claims.internal;

import java.math.BigDecimal;
import java.util.List;

import io.ardesk.claims.Adjudication;
import io.ardesk.claims.internal.OtherPayers.OtherPayer;
import org.jspecify.annotations.Nullable;

/**
 * The payer-sequence rules of posting: what one payer decision does to a claim's
 * balances, depending on the payer's place among the claim's payers.
 * <ul>
 * <li>The payer the claim is billed to (or an earlier one): paid and adjusted amounts
 * leave the insurance balance; patient responsibility moves to the patient, or stays in
 * the insurance balance as "awaiting the next payer" when the claim was crossed over
 * (CLP02 19/20/21) or a next payer is on file and the client bills it.</li>
 * <li>A later payer than the one billed (a secondary paying on a claim still with the
 * primary): its payment and adjustments pay down what awaits it first, then the patient's
 * share it covers; its patient responsibility moves what is left awaiting to the
 * patient.</li>
 * <li>A matched reversal takes back exactly what the reversed posting did.</li>
 * </ul>
 * Denied amounts add to what is denied and open; they stay in the insurance balance.
 */
final class PostingRules {

	private static final String SEQUENCES = "PST";

	private PostingRules() {
	}

	/** What posting needs to know of a claim. */
	record ClaimState(Balances balances, String responsibility, long payerId, List<OtherPayer> otherPayers) {
	}

	/**
	 * @param sequence the payer's place the decision was posted as: P, S or T
	 */
	record Result(ClaimState state, String sequence) {
	}

	/**
	 * The payer's place among the claim's payers: what CLP02 says when it says secondary
	 * or tertiary, else what the claim's other payers say about this payer, else the
	 * place of the payer the claim is billed to, else primary.
	 */
	static String sequenceOf(Adjudication decision, ClaimState claim) {
		String stated = decision.statedSequence();
		if ("S".equals(stated) || "T".equals(stated)) {
			return stated;
		}
		for (OtherPayer other : claim.otherPayers()) {
			if (other.payerId() != null && other.payerId() == decision.payerId()
					&& other.payerId() != claim.payerId()) {
				return other.sequence();
			}
		}
		if (decision.payerId() == claim.payerId()) {
			return claim.responsibility();
		}
		return (stated != null) ? stated : claim.responsibility();
	}

	/**
	 * @param reversed for a matched reversal, what the reversed posting changed
	 * @param billsNextPayer whether the firm bills secondary payers for this client
	 */
	static Result apply(ClaimState claim, Adjudication decision, @Nullable BalanceChange reversed,
			boolean billsNextPayer) {
		Balances b = claim.balances();
		String sequence = sequenceOf(decision, claim);
		if (reversed != null) {
			Balances undone = b.plus(reversed.negated());
			Balances after = new Balances(undone.payerPaid(), undone.patientPaid(), undone.contractual(),
					undone.otherAdjusted(), undone.writtenOff(), undone.deniedOpen(), undone.insuranceBalance(),
					undone.patientBalance(), undone.awaitingNextPayer(), b.denialCategory(), b.denialReason(), false,
					true);
			return new Result(
					new ClaimState(after.capped(), claim.responsibility(), claim.payerId(), claim.otherPayers()),
					sequence);
		}
		int order = Integer.compare(SEQUENCES.indexOf(sequence), SEQUENCES.indexOf(claim.responsibility()));
		Balances after = (order > 0) ? laterPayer(claim, decision, sequence, billsNextPayer)
				: billedPayer(claim, decision, sequence, order == 0, billsNextPayer);
		boolean moves = order > 0;
		return new Result(new ClaimState(after.capped(), moves ? sequence : claim.responsibility(),
				(order >= 0) ? decision.payerId() : claim.payerId(), claim.otherPayers()), sequence);
	}

	private static Balances billedPayer(ClaimState claim, Adjudication d, String sequence, boolean billedOne,
			boolean billsNextPayer) {
		Balances b = claim.balances();
		BigDecimal insurance = b.insuranceBalance()
			.subtract(d.payerPaid())
			.subtract(d.contractual())
			.subtract(d.otherAdjusted());
		BigDecimal patient = b.patientBalance();
		BigDecimal awaiting = b.awaitingNextPayer();
		boolean waitsForNext = billedOne && (d.isCrossover() || (billsNextPayer && nextPayerPending(claim, sequence)));
		if (waitsForNext) {
			awaiting = awaiting.add(d.patientResponsibility());
		}
		else {
			insurance = insurance.subtract(d.patientResponsibility());
			patient = patient.add(d.patientResponsibility());
		}
		return new Balances(b.payerPaid().add(d.payerPaid()), b.patientPaid(), b.contractual().add(d.contractual()),
				b.otherAdjusted().add(d.otherAdjusted()), b.writtenOff(), b.deniedOpen().add(d.denied()), insurance,
				patient, awaiting, category(b, d), reason(b, d), d.isCrossover() || (b.crossover() && !billedOne),
				true);
	}

	/**
	 * A later payer adjudicating a claim still billed to an earlier one: it settles what
	 * awaits it first, then the patient's share it covers.
	 */
	private static Balances laterPayer(ClaimState claim, Adjudication d, String sequence, boolean billsNextPayer) {
		Balances b = claim.balances();
		BigDecimal awaiting = b.awaitingNextPayer().max(BigDecimal.ZERO);
		BigDecimal settled = d.payerPaid().add(d.contractual()).add(d.otherAdjusted());
		BigDecimal fromInsurance = settled.max(BigDecimal.ZERO).min(awaiting);
		awaiting = awaiting.subtract(fromInsurance);
		BigDecimal insurance = b.insuranceBalance().subtract(fromInsurance);
		BigDecimal patient = b.patientBalance().subtract(settled.subtract(fromInsurance));
		boolean waitsForNext = d.isCrossover() || (billsNextPayer && nextPayerPending(claim, sequence));
		BigDecimal toPatient = waitsForNext ? BigDecimal.ZERO
				: d.patientResponsibility().max(BigDecimal.ZERO).min(awaiting);
		insurance = insurance.subtract(toPatient);
		patient = patient.add(toPatient);
		BigDecimal stillAwaiting = waitsForNext ? awaiting : BigDecimal.ZERO;
		return new Balances(b.payerPaid().add(d.payerPaid()), b.patientPaid(), b.contractual().add(d.contractual()),
				b.otherAdjusted().add(d.otherAdjusted()), b.writtenOff(), b.deniedOpen().add(d.denied()), insurance,
				patient, stillAwaiting, category(b, d), reason(b, d), d.isCrossover(), true);
	}

	/** A payer after this one is on file and has not adjudicated the claim yet. */
	static boolean nextPayerPending(ClaimState claim, String sequence) {
		int place = SEQUENCES.indexOf(sequence);
		return claim.otherPayers()
			.stream()
			.anyMatch((other) -> SEQUENCES.indexOf(other.sequence()) > place && !other.adjudicated());
	}

	/** The first open denial's category is kept; a new one names it when none is open. */
	private static @Nullable String category(Balances b, Adjudication d) {
		if (b.deniedOpen().signum() > 0 && b.denialCategory() != null) {
			return b.denialCategory();
		}
		return (d.denied().signum() > 0) ? d.denialCategory() : b.denialCategory();
	}

	private static @Nullable String reason(Balances b, Adjudication d) {
		if (b.deniedOpen().signum() > 0 && b.denialReason() != null) {
			return b.denialReason();
		}
		return (d.denied().signum() > 0) ? d.denialReason() : b.denialReason();
	}

}
