package io.ardesk.escalation.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;

import io.ardesk.tenancy.FirmProfile;
import io.ardesk.tenancy.SlaTargets;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Business time: 08:00-18:00 New York, Monday to Friday, Thanksgiving a holiday. */
class BusinessTimeTest {

	static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	static final FirmProfile FIRM = new FirmProfile("Firm", NEW_YORK, LocalTime.of(8, 0), LocalTime.of(18, 0),
			EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Set.of(LocalDate.of(2026, 11, 26)));

	@Test
	void hoursSkipTheNightTheWeekendAndTheHoliday() {
		assertThat(BusinessTime.plus(at(2026, 11, 25, 16, 0), 8 * 60, FIRM)).isEqualTo(at(2026, 11, 27, 14, 0));
		assertThat(BusinessTime.plus(at(2026, 11, 27, 17, 0), 2 * 60, FIRM)).isEqualTo(at(2026, 11, 30, 9, 0));
	}

	@Test
	void aStartBeforeOpeningOrAfterClosingCountsFromTheNextOpening() {
		assertThat(BusinessTime.plus(at(2026, 12, 1, 6, 30), 60, FIRM)).isEqualTo(at(2026, 12, 1, 9, 0));
		assertThat(BusinessTime.plus(at(2026, 12, 1, 19, 0), 60, FIRM)).isEqualTo(at(2026, 12, 2, 9, 0));
		assertThat(BusinessTime.plus(at(2026, 12, 5, 12, 0), 60, FIRM)).as("a Saturday")
			.isEqualTo(at(2026, 12, 7, 9, 0));
	}

	@Test
	void secondsPastTheMinuteAreKept() {
		Instant start = at(2026, 11, 25, 16, 0).plusSeconds(30);
		assertThat(BusinessTime.plus(start, 8 * 60, FIRM)).isEqualTo(at(2026, 11, 27, 14, 0).plusSeconds(30));
	}

	@Test
	void resolveDaysAreWholeBusinessDaysAndTheLateDeadlinesTwiceTheWindow() {
		SlaDeadlines deadlines = SlaDeadlines.of(at(2026, 11, 25, 16, 0),
				new SlaTargets(45, java.math.BigDecimal.TEN, 10, 8, 3), FIRM);
		assertThat(deadlines.acknowledgeBy()).isEqualTo(at(2026, 11, 27, 14, 0));
		assertThat(deadlines.acknowledgeLateBy()).isEqualTo(at(2026, 11, 30, 12, 0));
		assertThat(deadlines.resolveBy()).isEqualTo(at(2026, 12, 1, 16, 0));
		assertThat(deadlines.resolveLateBy()).isEqualTo(at(2026, 12, 4, 16, 0));
	}

	@Test
	void timeTakenIsCountedInBusinessMinutesAcrossTheHolidayAndTheWeekend() {
		// Wed 4 pm to Fri 2 pm around Thanksgiving: 2 h on Wednesday + 6 h on Friday.
		assertThat(BusinessTime.between(at(2026, 11, 25, 16, 0), at(2026, 11, 27, 14, 0), FIRM)).isEqualTo(8 * 60);
		// Fri 5 pm to Mon 9 am: 1 h on Friday + 1 h on Monday.
		assertThat(BusinessTime.between(at(2026, 11, 27, 17, 0), at(2026, 11, 30, 9, 0), FIRM)).isEqualTo(2 * 60);
		assertThat(BusinessTime.between(at(2026, 12, 1, 19, 0), at(2026, 12, 2, 7, 0), FIRM)).as("overnight").isZero();
	}

	private static Instant at(int year, int month, int day, int hour, int minute) {
		return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, NEW_YORK).toInstant();
	}

}
