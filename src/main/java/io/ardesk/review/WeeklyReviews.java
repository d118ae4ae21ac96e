package io.ardesk.review;

import java.util.List;

import io.ardesk.reports.ReportPeriod;
import io.ardesk.tenancy.ClientId;

/**
 * The weekly A/R review of the firm's client practices. Only the firm's staff read it (a
 * practice's viewer is refused), and only for the clients they work: another client is
 * unknown to them. Recording and changing items needs write access to the client.
 */
public interface WeeklyReviews {

	/** The longest text of a decision or action item. */
	int MAX_TEXT = 1000;

	/** The last completed week (Monday to Sunday) in the client's time zone. */
	ReportPeriod latestWeek(ClientId client);

	/**
	 * The review of a completed week, compared with the week before.
	 * @throws io.ardesk.shared.problem.RuleViolationException naming {@code week} when
	 * the week has not ended yet
	 * @throws io.ardesk.security.ClientAccessDeniedException for a client viewer
	 */
	WeeklyReview review(ClientId client, ReportPeriod week);

	/**
	 * One line per client the caller works, by client name, for the week (each client's
	 * last completed week when {@code week} is null).
	 */
	List<ReviewSummary> summaries(@org.jspecify.annotations.Nullable ReportPeriod week);

	/**
	 * Records a decision or an action item in the week's review.
	 * @throws io.ardesk.shared.problem.RuleViolationException naming the field refused
	 * ({@code text}, {@code ownerUserId}, {@code due}, {@code week})
	 */
	ReviewItem add(ClientId client, ReportPeriod week, NewReviewItem item);

	/**
	 * Changes an item shown in the week's review (its own week, or a later one it is
	 * carried to); marking it done records who and when.
	 * @throws io.ardesk.shared.problem.NotFoundException if the week's review shows no
	 * such item
	 * @throws io.ardesk.shared.problem.ConflictException if {@code version} is stale
	 */
	ReviewItem change(ClientId client, ReportPeriod week, long itemId, ReviewItemChange change);

	/** The staff who may own the client's action items: user names, sorted. */
	List<String> possibleOwners(ClientId client);

}
