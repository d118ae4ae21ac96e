package io.ardesk.notifications;

import org.jspecify.annotations.Nullable;

/** A user's e-mail address and how they want to be told. */
public record NotificationPreference(@Nullable String email, Delivery delivery) {

}
