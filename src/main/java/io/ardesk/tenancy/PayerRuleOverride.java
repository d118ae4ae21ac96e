package io.ardesk.tenancy;

import org.jspecify.annotations.Nullable;

/** A client-specific timely-filing or appeal window for one payer, in days. */
public record PayerRuleOverride(String payerId, @Nullable Integer timelyFilingDays, @Nullable Integer appealDays) {
}
