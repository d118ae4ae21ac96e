package io.ardesk.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One document request as the inbox shows it.
 *
 * @param ageDays days since the firm asked, in the client's time zone
 * @param requestedBy the firm's user who asked; {@code null} for a practice's viewer
 * @param files the files uploaded in answer, oldest first
 */
public record InboxRequest(long id, String claimNumber, String whatIsNeeded, LocalDate dueDate, long ageDays,
		boolean overdue, String status, @Nullable String requestedBy, Instant requestedAt, @Nullable String answer,
		@Nullable Instant answeredAt, List<StoredFile> files) {
}
