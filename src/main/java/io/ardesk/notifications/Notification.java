package io.ardesk.notifications;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One notification of the signed-in user. */
public record Notification(long id, NotificationKind kind, @Nullable String clientId, @Nullable String claimNumber,
		@Nullable Long escalationId, String title, String body, Instant createdAt, @Nullable Instant readAt) {

	public boolean unread() {
		return this.readAt == null;
	}

}
