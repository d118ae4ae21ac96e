/**
 * Trend issues: systemic problems detected in a client's claims (repeated denials by
 * payer and reason, a denial category's rate doubling, claims waiting long on the
 * practice for documents, repeated underpayments by payer and procedure), each tracked
 * once per pattern with an owner, due date, root cause and preventive action from open to
 * resolved, reopened when the pattern returns.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "tenancy", "security", "denials", "contracts", "codes", "portal", "shared" })
@org.jspecify.annotations.NullMarked
package io.ardesk.trends;
