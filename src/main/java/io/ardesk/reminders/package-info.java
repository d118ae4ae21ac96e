/**
 * Reminders that depend on nobody remembering, as JobRunr jobs: the morning digest per
 * user, deadline alerts, "no response" claims, and the cadence scheduler. Each job takes
 * a client id (or a user name) and plain values; zero-argument recurring triggers fan out
 * one job per active client (per staff member for the digest).
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "tenancy", "security", "worklist", "escalation", "notifications", "shared" })
@org.jspecify.annotations.NullMarked
package io.ardesk.reminders;
