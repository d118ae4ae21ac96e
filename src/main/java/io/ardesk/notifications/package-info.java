/**
 * What users hear about: in-app notifications with a bell and an unread count, e-mail
 * through Spring Mail when a mail server is configured (else an outbox an administrator
 * reads), each user's delivery preference, and an idempotency key on every notification
 * so that a retried job never sends twice. Templates carry no patient data beyond the
 * claim number and the client.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "tenancy", "security", "portal", "shared" })
@org.jspecify.annotations.NullMarked
package io.ardesk.notifications;
