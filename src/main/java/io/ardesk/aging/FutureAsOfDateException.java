package io.ardesk.aging;

import java.time.LocalDate;

import io.ardesk.shared.problem.InvalidInputException;

/**
 * An aging was asked for a date that has not yet come in the client's time zone. Balances
 * are only known up to today, so such a report would silently show today's figures.
 */
public class FutureAsOfDateException extends InvalidInputException {

	public FutureAsOfDateException(LocalDate asOf, LocalDate today) {
		super("asOf", "The as-of date " + asOf + " is in the future; the latest is " + today + ".");
	}

}
