/**
 * The claims ledger of each client practice: payers, patients, claims and their lines,
 * balances kept apart for insurance and patient, and the history of every change to a
 * claim.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "tenancy", "security", "edi", "codes", "portal", "shared", "housekeeping" })
@org.jspecify.annotations.NullMarked
package io.ardesk.claims;
