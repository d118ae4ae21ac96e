/**
 * Posts X12 835 remittance advices to the claims ledger: payments, adjustments by group
 * and reason, remarks, reversals, provider-level adjustments, and the payments no claim
 * matched.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "tenancy", "security", "edi", "claims", "codes", "portal", "shared" })
@org.jspecify.annotations.NullMarked
package io.ardesk.remittance;
