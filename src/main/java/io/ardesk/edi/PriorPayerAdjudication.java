package io.ardesk.edi;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What an earlier payer did with a claim, as a secondary or tertiary 837 reports it
 * (loops 2320/2330B/2430).
 */
public record PriorPayerAdjudication(String payerSequence, @Nullable String payerName, @Nullable String payerId,
		BigDecimal paidAmount, List<Adjustment> adjustments) {
}
