/**
 * The portal's frame: main layout with navigation and the client switcher, the client a
 * user is working on, the overview page, and the REST API's base (who am I, my clients,
 * problem details).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "tenancy", "security" })
@org.jspecify.annotations.NullMarked
package io.ardesk.portal;
