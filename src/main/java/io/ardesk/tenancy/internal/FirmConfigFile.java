package io.ardesk.tenancy.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** The YAML shape of {@code tenant-config/firm.yaml}. */
record FirmConfigFile(@Nullable String name, @Nullable String timeZone, @Nullable BusinessHours businessHours,
		@Nullable List<String> holidays, @Nullable String digestAt) {

	record BusinessHours(@Nullable String start, @Nullable String end, @Nullable List<String> days) {
	}

}
