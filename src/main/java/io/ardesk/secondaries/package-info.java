/**
 * Unaddressed secondaries: claims whose primary adjudicated with patient responsibility,
 * with a secondary payer on file, that were neither billed to the secondary nor crossed
 * over by the primary after the client's {@code followUp.secondaryAfterDays}. Read from
 * the ledger (and the work queue's open appeals) through SQL; the work queue shows the
 * same reason on each such claim.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "tenancy", "security", "portal", "shared" })
@org.jspecify.annotations.NullMarked
package io.ardesk.secondaries;
