/**
 * Client practices as tenants: their typed configuration from {@code tenant-config/}, one
 * PostgreSQL schema each, and the binding of the current client for Hibernate and jobs.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared" })
@org.jspecify.annotations.NullMarked
package io.ardesk.tenancy;
