package io.ardesk.patients;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A letter sent to a patient, kept with the PDF that was printed.
 *
 * @param statementNumber printed on the letter and its stub
 * @param dueDate the day the amount is due (statement date plus the practice's due days)
 * @param runId the statement run that produced it; none when sent one by one
 * @param hasPdf the printed PDF is kept (letters from before the layout have none)
 */
public record StatementLetter(long id, long patientId, String statementNumber, ReminderLevel level,
		LocalDate statementDate, @Nullable LocalDate dueDate, BigDecimal amountDue, String sentBy, @Nullable Long runId,
		boolean hasPdf) {

}
