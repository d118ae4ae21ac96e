package io.ardesk.tenancy;

/** A client practice's id and display name. */
public record ClientSummary(ClientId id, String name) {
}
