package io.ardesk.worklist.internal;

import java.math.BigDecimal;
import java.util.Map;

/**
 * How much each factor counts in the priority score: 1.0 each by default, re-weighted per
 * client in {@code tenant-config/} ({@code workQueueWeights}).
 */
record QueueWeights(double balance, double age, double deadline, double payerSpeed, double denialRecovery,
		double highValue, double escalation, double dueDate) {

	static QueueWeights of(Map<String, BigDecimal> overrides) {
		return new QueueWeights(weight(overrides, "balance"), weight(overrides, "age"), weight(overrides, "deadline"),
				weight(overrides, "payerSpeed"), weight(overrides, "denialRecovery"), weight(overrides, "highValue"),
				weight(overrides, "escalation"), weight(overrides, "dueDate"));
	}

	private static double weight(Map<String, BigDecimal> overrides, String factor) {
		BigDecimal value = overrides.get(factor);
		return (value != null) ? value.doubleValue() : 1.0;
	}

}
