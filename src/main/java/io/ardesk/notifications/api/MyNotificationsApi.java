package io.ardesk.notifications.api;

import java.util.List;

import io.ardesk.notifications.Delivery;
import io.ardesk.notifications.Notification;
import io.ardesk.notifications.NotificationPreference;
import io.ardesk.notifications.Notifications;
import io.ardesk.shared.problem.InvalidInputException;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own notifications, newest first, and how they want to hear about things.
 * Someone else's notification answers 404.
 */
@RestController
@RequestMapping("/api/v1/me")
class MyNotificationsApi {

	private final Notifications notifications;

	MyNotificationsApi(Notifications notifications) {
		this.notifications = notifications;
	}

	record PreferenceBody(@Nullable String email, @Nullable String delivery) {
	}

	@GetMapping("/notifications")
	List<Notification> mine(@RequestParam(defaultValue = "false") boolean unreadOnly,
			@RequestParam(defaultValue = "100") int limit) {
		if (limit < 1 || limit > 500) {
			throw new InvalidInputException("limit", "limit must be between 1 and 500");
		}
		return this.notifications.mine(unreadOnly, limit);
	}

	@PostMapping("/notifications/{id}/read")
	Notification read(@PathVariable long id) {
		return this.notifications.markRead(id);
	}

	@GetMapping("/notification-preference")
	NotificationPreference preference() {
		return this.notifications.myPreference();
	}

	@PutMapping("/notification-preference")
	NotificationPreference updatePreference(@RequestBody PreferenceBody body) {
		Delivery delivery;
		try {
			delivery = Delivery.valueOf((body.delivery() != null) ? body.delivery() : "");
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("delivery", "delivery must be IMMEDIATE, DIGEST_ONLY or NONE");
		}
		return this.notifications.updateMyPreference(new NotificationPreference(body.email(), delivery));
	}

}
