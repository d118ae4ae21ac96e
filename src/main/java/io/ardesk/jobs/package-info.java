/**
 * The firm administrator's view of the background jobs (JobRunr's own dashboard stays
 * off): each recurring job with its schedule and last run, the last run per client with
 * its duration and outcome, and "run now".
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "tenancy", "security", "shared" })
@org.jspecify.annotations.NullMarked
package io.ardesk.jobs;
