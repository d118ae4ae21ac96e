package io.ardesk.review;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Changes to an item; fields left null stay as they are.
 *
 * @param version the version the change was made on (optimistic locking)
 */
public record ReviewItemChange(@Nullable Boolean done, @Nullable String text, @Nullable String ownerUserId,
		@Nullable LocalDate due, long version) {
}
