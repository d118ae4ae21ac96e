package io.ardesk.review;

import java.time.LocalDate;

/**
 * A decision or action item to record.
 *
 * @param ownerUserId the user name of a staff member who works the client
 */
public record NewReviewItem(ReviewItemKind kind, String text, String ownerUserId, LocalDate due) {
}
