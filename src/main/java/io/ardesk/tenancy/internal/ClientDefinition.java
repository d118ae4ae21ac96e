package io.ardesk.tenancy.internal;

import io.ardesk.tenancy.ClientProfile;

/**
 * A validated client practice together with what only the tenancy infrastructure may
 * know: its schema and where it came from.
 */
record ClientDefinition(ClientProfile profile, SchemaName schema, String sourceFile, String contentHash) {
}
