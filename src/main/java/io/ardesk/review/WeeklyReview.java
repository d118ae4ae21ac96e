package io.ardesk.review;

import java.time.LocalDate;
import java.util.List;

import io.ardesk.documents.InboxRequest;
import io.ardesk.trends.TrendIssue;
import io.ardesk.worklist.HighValueFlags.HighValueClaims;
import io.ardesk.worklist.QueueSignals.DeadlineAhead;

/**
 * The review of one client for one completed ISO week.
 *
 * @param week e.g. {@code 2026-W47}
 * @param deadlines timely-filing and appeal deadlines within {@link #DEADLINE_DAYS} days
 * of today, soonest first
 * @param payerTrends payers whose open A/R or denials rose most, largest rise first
 * @param blockers open document requests waiting on the practice, oldest due first
 * @param items the week's decisions and action items and the open action items carried
 * from earlier weeks
 */
public record WeeklyReview(String clientId, String clientName, String week, LocalDate from, LocalDate to,
		AgingMovement aging, HighValueClaims highValue, List<DeadlineAhead> deadlines, List<PayerTrend> payerTrends,
		List<TrendIssue> trendIssues, List<OpenEscalation> escalations, List<InboxRequest> blockers,
		List<ReviewItem> items) {

	public static final int DEADLINE_DAYS = 14;

}
