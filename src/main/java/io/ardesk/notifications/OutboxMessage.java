package io.ardesk.notifications;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An e-mail as written: sent when a mail server is configured, else kept here.
 */
public record OutboxMessage(long id, String recipient, @Nullable String address, String subject, String body,
		Instant createdAt, @Nullable Instant sentAt, int attempts, @Nullable String lastError) {

}
