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
import io.ardesk.tenancy.FollowUpPolicy;
import io.ardesk.worklist.Deadline;
import org.jspecify.annotations.Nullable;

/**
 * The place of a claim in the queue: points for money at stake, age, a deadline coming
 * close, a payer slower than usual, a denial that is usually recovered, high value, a
 * client escalation, an unanswered claim and an overdue next action, each weighted per
 * client. Every factor that adds points adds a reason.
 *
 * <p>
 * Three bands keep the order honest: a claim flagged by the client comes first
 * ({@link #ESCALATED_BASE} and up); then every claim that can still be saved (0 to
 * {@link #ESCALATED_BASE}); a claim whose every deadline passed more than the grace
 * period ago scores below all of them ({@code -100} to {@code 0}), keeping its own order
 * among its kind, and leaves the live list.
 */
final class PriorityScore {

	/** Balance points grow with the logarithm of the balance, full at this amount. */
	private static final double FULL_BALANCE = 50_000;

	/** Claims flagged by the client score from here up: first in the owner's queue. */
	static final double ESCALATED_BASE = 1_000;

	static final String FLAGGED_BY_CLIENT = "flagged by the client";

	private PriorityScore() {
	}

	/**
	 * @param deadlineMissed every deadline of the claim passed more than the grace period
	 * ago
	 */
	record Result(BigDecimal score, List<String> reasons, @Nullable Deadline deadline, boolean deadlineMissed) {
	}

	static Result of(ClaimFacts claim, LocalDate today, BigDecimal highValueThreshold, QueueWeights weights) {
		return of(claim, today, highValueThreshold, weights, FollowUpPolicy.defaults().deadlineGraceDays());
	}

	static Result of(ClaimFacts claim, LocalDate today, BigDecimal highValueThreshold, QueueWeights weights,
			int graceDays) {
		return of(claim, today, highValueThreshold, weights, graceDays, Map.of());
	}

	/**
	 * @param learned recovery rates the client's own history supports, by category name;
	 * they replace the typical rates
	 */
	static Result of(ClaimFacts claim, LocalDate today, BigDecimal highValueThreshold, QueueWeights weights,
			int graceDays, Map<String, RecoveryRate> learned) {
		List<String> reasons = new ArrayList<>();
		double score = 0;
		// A credit balance (money owed back) weighs nothing here: it is worked from the
		// credit balances list, not by calling the payer.
		double balance = Math.max(0, claim.insuranceBalance().doubleValue());
		score += weights.balance() * 30 * Math.min(1, Math.log10(balance + 1) / Math.log10(FULL_BALANCE));
		reasons.add(Formats.money(claim.insuranceBalance()) + " open");
		long age = ChronoUnit.DAYS.between(claim.agingDate(), today);
		score += weights.age() * 20 * Math.min(1, Math.max(0, age) / 180.0);
		reasons.add(age + " days old");
		Deadline deadline = DeadlineRule.of(claim, today);
		boolean missed = deadline != null && deadline.daysLeft() < -graceDays;
		if (deadline != null && deadline.daysLeft() <= 90 && !missed) {
			// Full urgency up to the deadline and through the grace period (a late
			// appeal with good cause or proof of timely filing is still heard).
			double urgency = (deadline.daysLeft() >= 0) ? (90 - deadline.daysLeft()) / 90.0 : 1;
			score += weights.deadline() * 35 * Math.min(1, urgency);
			String text = deadline.describe();
			reasons.add(Character.toLowerCase(text.charAt(0)) + text.substring(1)
					+ ((deadline.daysLeft() < 0) ? " (within the " + graceDays + "-day grace period)" : ""));
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
		if (claim.highValueFlag() || claim.insuranceBalance().compareTo(highValueThreshold) >= 0) {
			score += weights.highValue() * 10;
			reasons.add(claim.highValueFlag() ? "flagged high-value" : "high-value claim");
		}
		if (claim.noResponseDays() != null) {
			score += weights.dueDate() * 10;
			reasons.add("no response from the payer in " + claim.noResponseDays() + " days");
		}
		if (claim.nextActionDate() != null && claim.nextActionDate().isBefore(today)) {
			long overdue = ChronoUnit.DAYS.between(claim.nextActionDate(), today);
			score += weights.dueDate() * 10 * Math.min(1, overdue / 14.0);
			reasons.add("next action overdue by " + overdue + " days");
		}
		if (claim.escalated()) {
			score = ESCALATED_BASE + weights.escalation() * 15 + Math.max(0, score);
			reasons.addFirst(FLAGGED_BY_CLIENT);
		}
		else if (missed) {
			// Below every live claim, in the same order among themselves.
			score = -100 + Math.min(Math.max(0, score), 999.9) / 10;
			reasons.addFirst("deadline missed: " + Character.toLowerCase(deadline.describe().charAt(0))
					+ deadline.describe().substring(1) + " (write-off review, proof of timely filing or "
					+ "second-level appeal)");
		}
		return new Result(BigDecimal.valueOf(score).setScale(2, RoundingMode.HALF_UP), reasons, deadline,
				missed && !claim.escalated());
	}

}
