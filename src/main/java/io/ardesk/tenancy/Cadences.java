package io.ardesk.tenancy;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Tighter follow-up schedules an account manager sets (tenant-config {@code cadences:}):
 * after each touch the next action is due within the shortest cadence that applies.
 *
 * @param highValueDays for claims flagged high-value
 * @param clientDays for every claim of the client (a key client)
 * @param byPayer by payer id
 */
public record Cadences(@Nullable Integer highValueDays, @Nullable Integer clientDays, Map<String, Integer> byPayer) {

	public Cadences {
		byPayer = Map.copyOf(byPayer);
	}

	public static Cadences none() {
		return new Cadences(null, null, Map.of());
	}

}
