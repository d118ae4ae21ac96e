/**
 * Client reports: a weekly and a monthly PDF per client practice (KPIs against targets,
 * aging, cash collected and recovered, top denial reasons, trend issues, escalations,
 * what the firm did, next steps), built by a job for the period just closed and on
 * demand, kept in an archive in the client's schema, and mailed to the practice's
 * recipients once.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "tenancy", "security", "portal", "shared",
		"claims", "aging", "dashboards", "denials", "trends", "escalation", "notifications" })
@org.jspecify.annotations.NullMarked
package io.ardesk.reports;
