package io.ardesk.edi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Loop 2110: how the payer paid one service line (SVC, DTM, CAS, REF*6R, AMT*B6, LQ*HE).
 */
public record ServicePayment(String procedureCode, List<String> modifiers, BigDecimal charge, BigDecimal paid,
		@Nullable String revenueCode, @Nullable BigDecimal units, @Nullable LocalDate serviceDate,
		List<Adjustment> adjustments, List<String> remarkCodes, @Nullable String lineControlNumber,
		@Nullable BigDecimal allowedAmount) {
}
