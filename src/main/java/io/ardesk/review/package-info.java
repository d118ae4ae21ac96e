/**
 * The weekly A/R review of a client practice, a page rather than a spreadsheet: how aging
 * moved and rolled since last week, high-value and client-flagged claims, deadlines,
 * payer trends, open trend issues and escalations, what waits on the practice, and the
 * decisions and action items recorded in the review, open actions carried to the next
 * week until done. For the firm's staff only.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "tenancy", "security", "portal", "shared",
		"claims", "aging", "dashboards", "denials", "trends", "escalation", "worklist", "documents", "reports" })
@org.jspecify.annotations.NullMarked
package io.ardesk.review;
