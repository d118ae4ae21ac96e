/**
 * Patient receivables, worked apart from payer balances: patients who owe a balance,
 * statements with escalating reminders, payment plans, patient payments spread over the
 * open claims and the hand-off to a collection agency.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "tenancy", "security", "claims", "approvals", "portal", "shared" })
@org.jspecify.annotations.NullMarked
package io.ardesk.patients;
