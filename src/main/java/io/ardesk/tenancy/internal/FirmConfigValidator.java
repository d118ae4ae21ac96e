package io.ardesk.tenancy.internal;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import io.ardesk.tenancy.FirmProfile;

/** Turns {@code firm.yaml} into firm-wide defaults, naming the field that is wrong. */
final class FirmConfigValidator {

	static FirmProfile defaults() {
		return new FirmProfile("ARdesk", ZoneId.of("America/New_York"), LocalTime.of(8, 0), LocalTime.of(18, 0),
				EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Set.of());
	}

	FirmProfile validate(String file, FirmConfigFile config) {
		FirmProfile defaults = defaults();
		String name = (config.name() != null) ? config.name() : defaults.name();
		ZoneId zone = defaults.timeZone();
		if (config.timeZone() != null) {
			try {
				zone = ZoneId.of(config.timeZone());
			}
			catch (DateTimeException ex) {
				throw new TenantConfigException(file, "timeZone", "is not a time zone id");
			}
		}
		LocalTime start = defaults.businessHoursStart();
		LocalTime end = defaults.businessHoursEnd();
		Set<DayOfWeek> days = defaults.businessDays();
		if (config.businessHours() != null) {
			start = time(file, "businessHours.start", config.businessHours().start(), start);
			end = time(file, "businessHours.end", config.businessHours().end(), end);
			if (config.businessHours().days() != null) {
				days = EnumSet.noneOf(DayOfWeek.class);
				for (String day : config.businessHours().days()) {
					try {
						days.add(DayOfWeek.valueOf(day.toUpperCase()));
					}
					catch (IllegalArgumentException ex) {
						throw new TenantConfigException(file, "businessHours.days", "holds an unknown day");
					}
				}
			}
		}
		Set<LocalDate> holidays = new HashSet<>();
		if (config.holidays() != null) {
			for (String holiday : config.holidays()) {
				try {
					holidays.add(LocalDate.parse(holiday));
				}
				catch (DateTimeException ex) {
					throw new TenantConfigException(file, "holidays", "holds a date that is not YYYY-MM-DD");
				}
			}
		}
		LocalTime digestAt = time(file, "digestAt", config.digestAt(), defaults.digestAt());
		return new FirmProfile(name, zone, start, end, Set.copyOf(days), Set.copyOf(holidays), digestAt);
	}

	private LocalTime time(String file, String field, String value, LocalTime fallback) {
		if (value == null) {
			return fallback;
		}
		try {
			return LocalTime.parse(value);
		}
		catch (DateTimeException ex) {
			throw new TenantConfigException(file, field, "is not a time such as 08:00");
		}
	}

}
