/**
 * Claims a client practice flags for escalation: open, acknowledged, in progress,
 * resolved with a note the practice sees; acknowledge and resolve deadlines from the
 * client's SLA counted in the firm's business hours, days and holidays; the SLA watch
 * that climbs from the account manager to the firm administrator when nobody acts.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "tenancy", "security", "claims", "worklist",
		"notifications", "portal", "shared", "dashboards" })
@org.jspecify.annotations.NullMarked
package io.ardesk.escalation;
