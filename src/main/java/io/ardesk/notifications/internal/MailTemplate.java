package io.ardesk.notifications.internal;

import io.ardesk.notifications.NotificationRequest;

/**
 * The e-mail text of a notification. It repeats the notification, which by contract names
 * at most the claim number and the client, and adds nothing about patients.
 */
final class MailTemplate {

	private MailTemplate() {
	}

	static String body(NotificationRequest request) {
		return request.title() + "\n\n" + request.body()
				+ "\n\nOpen ARdesk to see it (the bell at the top of every page).\n"
				+ "You receive this e-mail because of your notification settings in ARdesk.\n";
	}

}
