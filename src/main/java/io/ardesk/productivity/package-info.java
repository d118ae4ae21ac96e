/**
 * Productivity measured by outcomes, not clicks: per specialist and client, touches per
 * working day, days from queue entry to first touch, cash recovered per touch, touches
 * made before the payer could have answered, and overdue next actions; rolled up per
 * client and for the firm.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "tenancy", "security", "portal", "shared", "worklist" })
@org.jspecify.annotations.NullMarked
package io.ardesk.productivity;
