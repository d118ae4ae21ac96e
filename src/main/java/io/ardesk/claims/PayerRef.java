package io.ardesk.claims;

import org.jspecify.annotations.Nullable;

/** A payer of the client practice. */
public record PayerRef(long id, String name, @Nullable String externalId, PayerCategory category) {
}
