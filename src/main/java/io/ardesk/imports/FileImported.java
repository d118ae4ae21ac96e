package io.ardesk.imports;

import io.ardesk.tenancy.ClientId;

/**
 * A file was imported into a client's ledger (posted, recognised as duplicate, or
 * rejected).
 */
public record FileImported(ClientId client, long importId, ImportStatus status) {
}
