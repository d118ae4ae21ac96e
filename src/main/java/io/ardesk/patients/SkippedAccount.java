package io.ardesk.patients;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A patient a statement run did not print, and why. PHI (the name): never log it.
 *
 * @param detail the reason in words, e.g. "Reminder due 02/04/2027"
 */
public record SkippedAccount(long patientId, @Nullable String accountNumber, String name, BigDecimal balance,
		SkipReason reason, String detail) {

}
