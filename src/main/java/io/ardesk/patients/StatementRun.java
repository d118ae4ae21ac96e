package io.ardesk.patients;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One run of a client's statement cycle.
 *
 * @param cycle the monthly cycle the run belongs to: a patient gets at most one letter
 * per cycle, however often it runs
 * @param runOn the practice's day the run worked from
 */
public record StatementRun(long id, YearMonth cycle, LocalDate runOn, RunTrigger trigger, String startedBy,
		Instant startedAt, RunCounts counts) {

}
