package io.ardesk.tenancy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

/**
 * Firm-wide defaults from {@code tenant-config/firm.yaml}.
 *
 * @param digestAt the local time (firm time zone) the morning digest is sent (default
 * 07:00)
 */
public record FirmProfile(String name, ZoneId timeZone, LocalTime businessHoursStart, LocalTime businessHoursEnd,
		Set<DayOfWeek> businessDays, Set<LocalDate> holidays, LocalTime digestAt) {

	public FirmProfile(String name, ZoneId timeZone, LocalTime businessHoursStart, LocalTime businessHoursEnd,
			Set<DayOfWeek> businessDays, Set<LocalDate> holidays) {
		this(name, timeZone, businessHoursStart, businessHoursEnd, businessDays, holidays, LocalTime.of(7, 0));
	}

	public boolean isBusinessDay(LocalDate date) {
		return this.businessDays.contains(date.getDayOfWeek()) && !this.holidays.contains(date);
	}

}
