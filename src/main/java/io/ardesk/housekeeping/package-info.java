/**
 * Background checks that keep every client's data trustworthy, run per client by JobRunr.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "tenancy", "security" })
@org.jspecify.annotations.NullMarked
package io.ardesk.housekeeping;
