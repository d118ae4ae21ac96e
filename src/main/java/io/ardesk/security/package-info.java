/**
 * Who may do what: users and roles, the clients assigned to each user, sign-in, and the
 * server-side check that every client operation runs for a user who may read or change
 * that client.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "tenancy", "shared" })
@org.jspecify.annotations.NullMarked
package io.ardesk.security;
