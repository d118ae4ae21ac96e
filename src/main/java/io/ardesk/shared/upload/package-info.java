/**
 * Uploads read with a limit that holds while the bytes arrive: for the REST multipart
 * endpoints and the portal's upload views alike.
 */
@org.jspecify.annotations.NullMarked
package io.ardesk.shared.upload;
