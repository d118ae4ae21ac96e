package io.ardesk.edi;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One CAS triplet: group code (CO, PR, OA, PI, CR), claim adjustment reason code and
 * amount.
 */
public record Adjustment(String group, String reason, BigDecimal amount, @Nullable BigDecimal quantity) {
}
