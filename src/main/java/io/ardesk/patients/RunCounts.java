package io.ardesk.patients;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What a statement run did.
 *
 * @param accounts patients owing a balance when the run started
 * @param sent letters printed
 * @param totalDue the amount due on the letters printed
 * @param skipped patients not printed, by reason
 */
public record RunCounts(int accounts, int sent, BigDecimal totalDue, Map<SkipReason, Integer> skipped) {

	public RunCounts {
		skipped = Map.copyOf(skipped);
	}

	public int skipped(SkipReason reason) {
		return this.skipped.getOrDefault(reason, 0);
	}

}
