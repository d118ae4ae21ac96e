/**
 * Contracts and underpayments: each client's fee schedules per payer (imported from CSV
 * or edited in a grid, every change audited), the expected allowed amount of every posted
 * service line, and the lines a payer allowed less than its contract says.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "tenancy", "security", "remittance", "portal", "shared" })
@org.jspecify.annotations.NullMarked
package io.ardesk.contracts;
