package io.ardesk.clientportal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A practice's dashboard. Money has two decimals; percentages and days one; a figure with
 * nothing to measure is null.
 *
 * @param period the KPI period: cash, A/R, days in A/R and denials
 * @param weeks the last twelve weeks of cash, oldest first
 * @param daysInArTrend days in A/R of the period and of the same-length periods ending
 * one, two and three weeks earlier, oldest first
 * @param escalationsByStatus every escalation of the practice, counted by status
 */
public record PracticeFigures(String client, Period period, Instant computedAt, Cash cash, Receivables ar,
		List<WeekCash> weeks, List<DaysInArPoint> daysInArTrend, List<DenialCategory> denialsByCategory,
		Map<String, Long> escalationsByStatus, List<OpenEscalation> openEscalations,
		List<OpenDocumentRequest> openDocumentRequests) {

	public record Period(LocalDate from, LocalDate to) {
	}

	/**
	 * @param collected payer and patient payments dated in the period
	 * @param recovered the part of it on claims the firm had worked
	 * @param collected12Weeks payments dated in the last twelve weeks
	 * @param recovered12Weeks the part of it on claims the firm had worked
	 */
	public record Cash(BigDecimal collected, BigDecimal recovered, BigDecimal recoveredOver90,
			BigDecimal collected12Weeks, BigDecimal recovered12Weeks) {
	}

	/**
	 * @param total A/R owed at the period end
	 * @param daysInArTarget the practice's target
	 * @param maxPercentOver90 the most A/R over 90 days the practice accepts, in percent
	 */
	public record Receivables(BigDecimal total, BigDecimal over90, @Nullable BigDecimal daysInAr, int daysInArTarget,
			boolean daysInArOnTarget, @Nullable BigDecimal percentOver90, BigDecimal maxPercentOver90,
			boolean over90OnTarget) {
	}

	/**
	 * One week of cash (the seven days ending {@code weekEnd}) and the A/R at its end.
	 */
	public record WeekCash(LocalDate weekEnd, BigDecimal collected, BigDecimal recovered, BigDecimal ar) {
	}

	public record DaysInArPoint(LocalDate to, @Nullable BigDecimal daysInAr) {
	}

	/** Denied claims and dollars of one category in the period. */
	public record DenialCategory(String category, long claims, BigDecimal amount) {
	}

	public record OpenEscalation(long id, String claimNumber, String status, Instant raisedAt, Instant acknowledgeBy,
			Instant resolveBy) {
	}

	public record OpenDocumentRequest(long id, String claimNumber, String whatIsNeeded, LocalDate dueDate, long ageDays,
			boolean overdue) {
	}

}
