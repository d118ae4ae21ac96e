/** Sign-in page, user administration and API tokens in the portal. */
@org.jspecify.annotations.NullMarked
package io.ardesk.security.ui;
