package io.ardesk.notifications.ui;

import io.ardesk.notifications.Notification;

/** Where a click on a notification leads (routes of the active client). */
final class NotificationTargets {

	private NotificationTargets() {
	}

	static String of(Notification notification) {
		if (notification.escalationId() != null) {
			return "escalations/" + notification.escalationId();
		}
		if (notification.claimNumber() != null) {
			return "workspace/" + notification.claimNumber();
		}
		return switch (notification.kind()) {
			// a digest, or a list of claims (deadlines, no response): the client's
			// worklist
			case DIGEST, DEADLINE_APPROACHING, NO_RESPONSE, CADENCE_DUE -> "work";
			default -> "notifications";
		};
	}

}
