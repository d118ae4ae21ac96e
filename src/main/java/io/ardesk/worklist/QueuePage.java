package io.ardesk.worklist;

import java.math.BigDecimal;
import java.util.List;

/**
 * A page of a queue with the true size of the whole filter: every claim it matches, and
 * their insurance balance, not only those on the page.
 */
public record QueuePage(List<WorkItem> items, QueueTotals totals) {

	public QueuePage {
		items = List.copyOf(items);
	}

	public long totalCount() {
		return this.totals.count();
	}

	public BigDecimal totalBalance() {
		return this.totals.balance();
	}

}
