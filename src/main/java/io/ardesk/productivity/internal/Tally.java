package io.ardesk.productivity.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import io.ardesk.productivity.ProductivityFigures;
import org.jspecify.annotations.Nullable;

/** Adds up one row's (or total's) figures; medians are taken over the pooled days. */
final class Tally {

	long touches;

	long avoidable;

	BigDecimal cash = BigDecimal.ZERO;

	long overdue;

	final List<Long> daysToFirstTouch = new ArrayList<>();

	void add(Tally other) {
		this.touches += other.touches;
		this.avoidable += other.avoidable;
		this.cash = this.cash.add(other.cash);
		this.overdue += other.overdue;
		this.daysToFirstTouch.addAll(other.daysToFirstTouch);
	}

	boolean isEmpty() {
		return this.touches == 0 && this.overdue == 0 && this.cash.signum() == 0 && this.daysToFirstTouch.isEmpty();
	}

	ProductivityFigures figures(int workingDays) {
		BigDecimal touchCount = BigDecimal.valueOf(this.touches);
		return new ProductivityFigures(this.touches,
				touchCount.divide(BigDecimal.valueOf(Math.max(1, workingDays)), 2, RoundingMode.HALF_UP),
				this.daysToFirstTouch.size(), median(this.daysToFirstTouch),
				this.cash.setScale(2, RoundingMode.HALF_UP),
				(this.touches == 0) ? null : this.cash.divide(touchCount, 2, RoundingMode.HALF_UP), this.avoidable,
				(this.touches == 0) ? null
						: BigDecimal.valueOf(this.avoidable * 100).divide(touchCount, 1, RoundingMode.HALF_UP),
				this.overdue);
	}

	static @Nullable BigDecimal median(List<Long> values) {
		if (values.isEmpty()) {
			return null;
		}
		List<Long> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		BigDecimal median = (sorted.size() % 2 == 1) ? BigDecimal.valueOf(sorted.get(middle))
				: BigDecimal.valueOf(sorted.get(middle - 1) + sorted.get(middle)).divide(BigDecimal.TWO);
		return median.setScale(1, RoundingMode.HALF_UP);
	}

}
