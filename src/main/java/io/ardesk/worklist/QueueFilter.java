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
 */
public record QueueFilter(@Nullable String owner, @Nullable Long payerId, @Nullable ClaimStatus status,
		@Nullable String denialCategory, @Nullable Integer minAgeDays, @Nullable Integer maxAgeDays,
		@Nullable LocalDate dueBy, @Nullable BigDecimal afterScore, @Nullable String afterClaimNumber) {

	/** The oldest age a filter may ask for: a century. */
	public static final int MAX_AGE_DAYS = 36_500;

	public static QueueFilter owner(@Nullable String owner) {
		return new QueueFilter(owner, null, null, null, null, null, null, null, null);
	}

	/** The same filter, for the page after the given item. */
	public QueueFilter after(WorkItem last) {
		return new QueueFilter(this.owner, this.payerId, this.status, this.denialCategory, this.minAgeDays,
				this.maxAgeDays, this.dueBy, last.score(), last.claimNumber());
	}

}
