package io.ardesk.edi;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One PLB adjustment: not tied to a claim (interest, forward balance, recoupment...). A
 * positive amount reduces the payment.
 */
public record ProviderAdjustment(String providerId, @Nullable LocalDate fiscalPeriodEnd, String reasonCode,
		@Nullable String reference, BigDecimal amount) {
}
