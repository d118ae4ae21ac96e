/**
 * Denial analytics of each client practice: denied claims and dollars by the catalogue's
 * categories (routine adjustments excluded), payer, reason, remark, procedure, provider,
 * location and period, with drill-down to the claims, the first-touch time of new
 * denials, and recovery rates learned from the client's own history.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "tenancy", "security", "claims", "codes", "portal", "shared" })
@org.jspecify.annotations.NullMarked
package io.ardesk.denials;
