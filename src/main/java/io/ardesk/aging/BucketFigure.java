package io.ardesk.aging;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount owed in one bucket and how many claims make it up.
 *
 * @param amount with two decimals
 */
public record BucketFigure(BigDecimal amount, long claims) {

	public static final BucketFigure NONE = new BucketFigure(BigDecimal.ZERO, 0);

	public BucketFigure {
		amount = amount.setScale(2, RoundingMode.HALF_UP);
	}

	public BucketFigure plus(BucketFigure other) {
		return new BucketFigure(this.amount.add(other.amount), this.claims + other.claims);
	}

}
