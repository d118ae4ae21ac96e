package io.ardesk.productivity;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One specialist's (or a client's, or the firm's) outcomes in a period. See
 * {@code docs/kpis.md} for each formula.
 *
 * @param touches follow-ups logged, appeals created and document requests made in the
 * period
 * @param touchesPerDay touches ÷ working days (Monday to Friday) in the period
 * @param firstTouches claims first touched in the period
 * @param medianDaysToFirstTouch median days from a claim's entry into the A/R queue (its
 * submission date, or date of service if never submitted) to its first touch; null
 * without first touches
 * @param cashRecovered payments with payment dates in the period on claims touched before
 * the payment was posted, credited to whoever touched the claim last before it
 * @param cashPerTouch cash recovered ÷ touches; null without touches
 * @param avoidableTouches follow-ups logged before the payer's typical response time had
 * passed since the claim's submission
 * @param avoidablePercent avoidable touches ÷ touches × 100, one decimal; null without
 * touches
 * @param overdueNextActions open queued claims owned whose next action date is before
 * today
 */
public record ProductivityFigures(long touches, BigDecimal touchesPerDay, long firstTouches,
		@Nullable BigDecimal medianDaysToFirstTouch, BigDecimal cashRecovered, @Nullable BigDecimal cashPerTouch,
		long avoidableTouches, @Nullable BigDecimal avoidablePercent, long overdueNextActions) {
}
