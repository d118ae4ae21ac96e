package io.ardesk.patients;

import java.time.LocalDate;

/** A letter of the sequence: which level went out on which day. */
public record LetterSent(ReminderLevel level, LocalDate on) {

}
