package io.ardesk.worklist.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.ardesk.tenancy.Cadences;
import org.jspecify.annotations.Nullable;

/**
 * The tightest follow-up schedule that applies to a claim (tenant-config
 * {@code cadences:}): high-value claims, every claim of a key client, and claims of a
 * payer. After each touch the next action is due within the shortest of them.
 */
final class Cadence {

	private Cadence() {
	}

	/** The shortest cadence in days that applies, or null if none does. */
	static @Nullable Integer shortest(Cadences cadences, boolean highValue, @Nullable String payerId) {
		List<Integer> days = new ArrayList<>();
		if (highValue && cadences.highValueDays() != null) {
			days.add(cadences.highValueDays());
		}
		if (cadences.clientDays() != null) {
			days.add(cadences.clientDays());
		}
		if (payerId != null && cadences.byPayer().get(payerId) != null) {
			days.add(cadences.byPayer().get(payerId));
		}
		return days.isEmpty() ? null : Collections.min(days);
	}

	/** The requested next action, brought forward to the cadence if it is later. */
	static LocalDate cap(LocalDate requested, LocalDate today, @Nullable Integer shortest) {
		if (shortest == null) {
			return requested;
		}
		LocalDate latest = today.plusDays(Math.max(0, shortest));
		return requested.isAfter(latest) ? latest : requested;
	}

}
