package io.ardesk.dashboards;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One promise checked: the client's target, what was achieved (null when there was
 * nothing to measure) and the status by the measure's rule.
 */
public record SlaMeasure(SlaMeasureKind measure, BigDecimal target, @Nullable BigDecimal actual, SlaStatus status,
		String rule) {

	public static SlaMeasure of(SlaMeasureKind measure, BigDecimal target, @Nullable BigDecimal actual) {
		return new SlaMeasure(measure, target, actual, measure.status(target, actual), measure.rule(target));
	}

}
