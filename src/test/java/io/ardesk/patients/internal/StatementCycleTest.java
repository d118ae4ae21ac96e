package io.ardesk.patients.internal;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class StatementCycleTest {

	@ParameterizedTest
	@CsvSource({ "2026-12-05, 5, 2026-12", "2026-12-04, 5, 2026-11", "2026-12-31, 5, 2026-12",
			"2027-02-28, 31, 2027-02", "2027-02-27, 31, 2027-01", "2027-01-01, 1, 2027-01" })
	void aDayBelongsToTheCycleThatStartedOnOrBeforeIt(LocalDate day, int cycleDay, YearMonth cycle) {
		assertThat(StatementCycle.of(day, cycleDay)).isEqualTo(cycle);
	}

	@ParameterizedTest
	@CsvSource({ "2026-12-05, 5, true", "2026-12-11, 5, true", "2026-12-12, 5, false", "2026-12-04, 5, false",
			"2027-02-28, 31, true" })
	void theMonthlyRunIsDueOnTheCycleDayAndAFewDaysAfter(LocalDate day, int cycleDay, boolean due) {
		assertThat(StatementCycle.scheduledRunDue(day, cycleDay)).isEqualTo(due);
	}

}
