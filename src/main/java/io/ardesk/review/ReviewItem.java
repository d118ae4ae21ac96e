package io.ardesk.review;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A decision or action item recorded in a weekly review.
 *
 * @param week the ISO week it was recorded in, e.g. {@code 2026-W47}
 * @param carriedFrom the week it was carried from when shown in a later week's review (an
 * open action item), otherwise null
 */
public record ReviewItem(long id, ReviewItemKind kind, String text, String owner, LocalDate due, String week,
		@Nullable String carriedFrom, boolean done, @Nullable String doneBy, @Nullable Instant doneAt, String createdBy,
		Instant createdAt, long version) {
}
