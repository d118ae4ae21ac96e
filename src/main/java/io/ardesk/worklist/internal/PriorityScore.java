package io.ardesk.worklist.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.ardesk.denials.RecoveryRate;
import io.ardesk.shared.ui.Formats;
import io.ardesk.worklist.Deadline;
import org.jspecify.annotations.Nullable;

/**
 * The place of a claim in the queue: points for money at stake, age, a deadline coming
 * close, a payer slower than usual, a denial that is usually recovered, high value, a
 * client escalation and an overdue next action, each weighted per client. Every factor
 * that adds points adds a reason.
 */
final class PriorityScore {

	/** Balance points grow with the logarithm of the balance, full at this amount. */
	private static final double FULL_BALANCE = 50_000;

	private PriorityScore() {
	}

	record Result(BigDecimal score, List<String> reasons, @Nullable Deadline deadline) {
	}

	static Result of(ClaimFacts claim, LocalDate today, BigDecimal highValueThreshold, QueueWeights weights) {
		return of(claim, today, highValueThreshold, weights, Map.of());
	}

	/**
	 * @param learned recovery rates the client's own history supports, by category name;
	 * they replace the typical rates
	 */
	static Result of(ClaimFacts claim, LocalDate today, BigDecimal highValueThreshold, QueueWeights weights,
			Map<String, RecoveryRate> learned) {
		List<String> reasons = new ArrayList<>();
		double score = 0;
		double balance = claim.insuranceBalance().doubleValue();
		score += weights.balance() * 30 * Math.min(1, Math.log10(balance + 1) / Math.log10(FULL_BALANCE));
		reasons.add(Formats.money(claim.insuranceBalance()) + " open");
		long age = ChronoUnit.DAYS.between(claim.agingDate(), today);
		score += weights.age() * 20 * Math.min(1, Math.max(0, age) / 180.0);
		reasons.add(age + " days old");
		Deadline deadline = DeadlineRule.of(claim, today);
		if (deadline != null && deadline.daysLeft() <= 90) {
			// Full urgency up to the deadline and for a month after it (late appeals with
			// good cause
			// still get heard); then it fades, because a claim long past its deadline is
			// rarely won.
			double urgency = (deadline.daysLeft() >= 0) ? (90 - deadline.daysLeft()) / 90.0
					: Math.max(0, 1 + (deadline.daysLeft() + 30) / 60.0);
			urgency = Math.min(1, urgency);
			score += weights.deadline() * 35 * urgency;
			String text = deadline.describe();
			reasons.add(Character.toLowerCase(text.charAt(0)) + text.substring(1));
		}
		if (claim.payerAverageDaysToPay() != null && claim.lastAdjudicatedOn() == null
				&& age > claim.payerAverageDaysToPay()) {
			int usual = claim.payerAverageDaysToPay();
			score += weights.payerSpeed() * 10 * Math.min(1, (age - usual) / (double) Math.max(usual, 1));
			reasons.add("payer pays in " + usual + " days on average");
		}
		if (claim.denialCategory() != null) {
			RecoveryRate own = learned.get(claim.denialCategory());
			double rate = (own != null) ? own.rate().doubleValue() : RecoveryRates.of(claim.denialCategory());
			score += weights.denialRecovery() * 15 * rate;
			reasons.add(RecoveryRates.label(claim.denialCategory()) + " denial, "
					+ ((rate >= 0.5) ? "usually recovered" : "rarely recovered") + " (" + Math.round(rate * 100) + "%, "
					+ ((own != null) ? "learned from " + own.denials() + " of the client's denials" : "typical rate")
					+ ")");
		}
		if (claim.insuranceBalance().compareTo(highValueThreshold) >= 0) {
			score += weights.highValue() * 10;
			reasons.add("high-value claim");
		}
		if (claim.escalated()) {
			score += weights.escalation() * 15;
			reasons.add("escalated by the client");
		}
		if (claim.nextActionDate() != null && claim.nextActionDate().isBefore(today)) {
			long overdue = ChronoUnit.DAYS.between(claim.nextActionDate(), today);
			score += weights.dueDate() * 10 * Math.min(1, overdue / 14.0);
			reasons.add("next action overdue by " + overdue + " days");
		}
		return new Result(BigDecimal.valueOf(score).setScale(2, RoundingMode.HALF_UP), reasons, deadline);
	}

}
