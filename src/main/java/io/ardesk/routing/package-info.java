/**
 * Remittance rules: account managers route routine denials at posting instead of by hand.
 * A rule names reason codes, a group code, a payer (or payer category), the payer's order
 * and a least denied amount; at posting, inside the import's transaction, the first
 * matching rule sets the denial category, assigns the claim, sets its work status and
 * next action, and opens a document request. Rules on routine codes are refused.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "tenancy", "security", "claims", "codes", "imports", "worklist", "portal", "shared" })
@org.jspecify.annotations.NullMarked
package io.ardesk.routing;
