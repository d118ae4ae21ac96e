package io.ardesk.notifications;

import io.ardesk.tenancy.ClientId;
import org.jspecify.annotations.Nullable;

/**
 * A notification to send once. The idempotency key names the fact and the recipient (e.g.
 * {@code escalation:lakeview-ortho:12:acknowledge-late:manager}); sending the same key
 * again does nothing. Title and body name at most the claim number and the client: never
 * a patient.
 */
public record NotificationRequest(String recipient, NotificationKind kind, String idempotencyKey,
		@Nullable ClientId client, @Nullable String claimNumber, @Nullable Long escalationId, String title,
		String body) {

}
