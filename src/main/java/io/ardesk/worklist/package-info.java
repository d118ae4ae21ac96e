/**
 * Where AR specialists spend their day: the prioritized work queue with the reasons
 * behind each place, claim ownership, deadlines, and the follow-ups logged on a claim
 * with their next action.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "tenancy", "security", "claims", "approvals",
		"imports", "portal", "shared", "codes", "denials", "secondaries" })
@org.jspecify.annotations.NullMarked
package io.ardesk.worklist;
