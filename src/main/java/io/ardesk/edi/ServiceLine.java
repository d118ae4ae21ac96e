package io.ardesk.edi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** One billed service line of a submitted claim (loop 2400). */
public record ServiceLine(int lineNumber, String procedureCode, List<String> modifiers, @Nullable String revenueCode,
		BigDecimal units, BigDecimal charge, @Nullable LocalDate serviceDateFrom, @Nullable LocalDate serviceDateTo,
		@Nullable String lineControlNumber) {
}
