/**
 * Brings files in: claim files (837P/837I, CSV) and remittances (835), each
 * all-or-nothing and idempotent, with an import history per client; from the import view
 * or the REST API.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "tenancy", "security", "edi", "claims", "remittance", "portal", "shared" })
@org.jspecify.annotations.NullMarked
package io.ardesk.imports;
