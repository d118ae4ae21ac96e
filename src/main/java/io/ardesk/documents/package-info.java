/**
 * The document inbox: the firm's document requests to a client practice, answered by the
 * practice with files (PDF, PNG, JPEG, TIFF, checked by their content) or a text answer.
 * Files live in the client's schema with their SHA-256, are never served inline, and
 * every upload and download is audited.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "tenancy", "security", "shared", "portal", "worklist" })
@org.jspecify.annotations.NullMarked
package io.ardesk.documents;
