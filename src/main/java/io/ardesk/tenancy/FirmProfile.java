package io.ardesk.tenancy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

/** Firm-wide defaults from {@code tenant-config/firm.yaml}. */
public record FirmProfile(String name, ZoneId timeZone, LocalTime businessHoursStart, LocalTime businessHoursEnd,
		Set<DayOfWeek> businessDays, Set<LocalDate> holidays) {

	public boolean isBusinessDay(LocalDate date) {
		return this.businessDays.contains(date.getDayOfWeek()) && !this.holidays.contains(date);
	}

}
