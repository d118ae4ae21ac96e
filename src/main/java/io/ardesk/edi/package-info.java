/**
 * Reads inbound claim and remittance files (X12 837P/837I, X12 835, CSV exports) into
 * plain records; it knows nothing about tenants or the database.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared" })
@org.jspecify.annotations.NullMarked
package io.ardesk.edi;
