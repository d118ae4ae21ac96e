package io.ardesk.imports;

import io.ardesk.tenancy.ClientId;

/**
 * A file was imported into a client's ledger (posted, recognised as duplicate, or
 * rejected). A posted file's event is published inside the transaction that posted it:
 * synchronous listeners share it (and its rollback).
 */
public record FileImported(ClientId client, long importId, ImportStatus status) {
}
