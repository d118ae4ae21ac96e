package io.ardesk.notifications;

import io.ardesk.tenancy.ClientId;
import org.jspecify.annotations.Nullable;

/**
 * An e-mail to an address that is not a user of the portal, sent once per idempotency key
 * (e.g. {@code report:lakeview-ortho:WEEKLY:2026-W47:office@lakeview.example}). Subject
 * and body carry no patient data.
 */
public record MailRequest(String address, NotificationKind kind, String idempotencyKey, @Nullable ClientId client,
		String subject, String body) {

}
