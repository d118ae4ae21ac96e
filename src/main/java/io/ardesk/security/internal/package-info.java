/** Sign-in, lockout, throttle, access checks, API tokens: the implementation. */
@org.jspecify.annotations.NullMarked
package io.ardesk.security.internal;
