package io.ardesk.worklist;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.ardesk.claims.ClaimStatus;
import org.jspecify.annotations.Nullable;

/**
 * Narrows a client's queue. Every field is optional.
 *
 * @param owner a user name, or "" for unassigned claims
 * @param minAgeDays with {@code maxAgeDays}: an aging bucket, for example 91 to 120
 * @param dueBy claims whose next action date is on or before this day (default today)
 * @param afterScore with {@code afterClaimNumber}: the last item of the previous page
 * (keyset)
 * @param view the live list (default) or the claims whose deadlines were missed
 * @param workStatus where the follow-up stands
 * @param deadlineWithinDays claims whose deadline is ahead, at most this many days away
 * (a passed deadline never matches)
 * @param search part of a claim number, the patient's name, the member id or the payer's
 * claim number
 */
public record QueueFilter(@Nullable String owner, @Nullable Long payerId, @Nullable ClaimStatus status,
		@Nullable String denialCategory, @Nullable Integer minAgeDays, @Nullable Integer maxAgeDays,
		@Nullable LocalDate dueBy, @Nullable BigDecimal afterScore, @Nullable String afterClaimNumber, QueueView view,
		@Nullable WorkStatus workStatus, @Nullable Integer deadlineWithinDays, @Nullable String search) {

	/** The oldest age a filter may ask for: a century. */
	public static final int MAX_AGE_DAYS = 36_500;

	/** The longest search text. */
	public static final int MAX_SEARCH = 80;

	/** The live list narrowed by the first nine fields. */
	public QueueFilter(@Nullable String owner, @Nullable Long payerId, @Nullable ClaimStatus status,
			@Nullable String denialCategory, @Nullable Integer minAgeDays, @Nullable Integer maxAgeDays,
			@Nullable LocalDate dueBy, @Nullable BigDecimal afterScore, @Nullable String afterClaimNumber) {
		this(owner, payerId, status, denialCategory, minAgeDays, maxAgeDays, dueBy, afterScore, afterClaimNumber,
				QueueView.LIVE, null, null, null);
	}

	public static QueueFilter owner(@Nullable String owner) {
		return new QueueFilter(owner, null, null, null, null, null, null, null, null);
	}

	/** The same filter, for the page after the given item. */
	public QueueFilter after(WorkItem last) {
		return new QueueFilter(this.owner, this.payerId, this.status, this.denialCategory, this.minAgeDays,
				this.maxAgeDays, this.dueBy, last.score(), last.claimNumber(), this.view, this.workStatus,
				this.deadlineWithinDays, this.search);
	}

	/** The same filter from the first item on. */
	public QueueFilter fromStart() {
		return new QueueFilter(this.owner, this.payerId, this.status, this.denialCategory, this.minAgeDays,
				this.maxAgeDays, this.dueBy, null, null, this.view, this.workStatus, this.deadlineWithinDays,
				this.search);
	}

	/** The same filter for another owner ("" for unassigned, null for everyone). */
	public QueueFilter withOwner(@Nullable String owner) {
		return new QueueFilter(owner, this.payerId, this.status, this.denialCategory, this.minAgeDays, this.maxAgeDays,
				this.dueBy, this.afterScore, this.afterClaimNumber, this.view, this.workStatus, this.deadlineWithinDays,
				this.search);
	}

	/** The same filter on another view. */
	public QueueFilter withView(QueueView view) {
		return new QueueFilter(this.owner, this.payerId, this.status, this.denialCategory, this.minAgeDays,
				this.maxAgeDays, this.dueBy, this.afterScore, this.afterClaimNumber, view, this.workStatus,
				this.deadlineWithinDays, this.search);
	}

}
