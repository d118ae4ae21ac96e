package io.ardesk.worklist;

import java.math.BigDecimal;

/** How many claims a filter matches and the insurance balance they carry. */
public record QueueTotals(long count, BigDecimal balance) {

	public static final QueueTotals NONE = new QueueTotals(0, BigDecimal.ZERO.setScale(2));

	public QueueTotals plus(QueueTotals other) {
		return new QueueTotals(this.count + other.count, this.balance.add(other.balance));
	}

}
