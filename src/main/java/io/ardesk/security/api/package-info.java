/** REST endpoints of the security module: API tokens. */
@org.jspecify.annotations.NullMarked
package io.ardesk.security.api;
