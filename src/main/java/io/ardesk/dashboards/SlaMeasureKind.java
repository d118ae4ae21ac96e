package io.ardesk.dashboards;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * The promises the SLA panel checks, each with its rule: whether a higher figure is
 * better and how wide the AMBER band is beyond the target.
 */
public enum SlaMeasureKind {

	TOUCHED_WITHIN_CADENCE("Open claims touched within the cadence", "%", true, Band.POINTS, 10),
	OVERDUE_NEXT_ACTIONS("Open claims with an overdue next action", "%", false, Band.TIMES, 2),
	DENIAL_FIRST_TOUCH_DAYS("New denials: median days to first touch", "days", false, Band.TIMES, 2),
	ESCALATION_ACKNOWLEDGE_HOURS("Escalations: median hours to acknowledge", "hours", false, Band.TIMES, 2),
	ESCALATION_RESOLVE_DAYS("Escalations: median days to resolve", "days", false, Band.TIMES, 2),
	DAYS_IN_AR("Days in A/R (trailing 90 days)", "days", false, Band.TIMES, 1.2),
	AR_OVER_90_PERCENT("A/R over 90 days", "%", false, Band.POINTS, 5);

	private enum Band {

		POINTS, TIMES

	}

	private final String label;

	private final String unit;

	private final boolean higherIsBetter;

	private final Band band;

	private final BigDecimal width;

	SlaMeasureKind(String label, String unit, boolean higherIsBetter, Band band, double width) {
		this.label = label;
		this.unit = unit;
		this.higherIsBetter = higherIsBetter;
		this.band = band;
		this.width = BigDecimal.valueOf(width);
	}

	public String label() {
		return this.label;
	}

	public String unit() {
		return this.unit;
	}

	/** The AMBER limit for a target: beyond it the status is RED. */
	public BigDecimal amberLimit(BigDecimal target) {
		BigDecimal limit = switch (this.band) {
			case POINTS -> this.higherIsBetter ? target.subtract(this.width) : target.add(this.width);
			case TIMES -> target.multiply(this.width);
		};
		return limit.setScale(1, RoundingMode.HALF_UP);
	}

	/** GREEN when the target is met, AMBER up to the AMBER limit, RED beyond. */
	public SlaStatus status(BigDecimal target, @Nullable BigDecimal actual) {
		if (actual == null) {
			return SlaStatus.NOT_MEASURED;
		}
		int toTarget = actual.compareTo(target);
		int toLimit = actual.compareTo(amberLimit(target));
		if (this.higherIsBetter) {
			return (toTarget >= 0) ? SlaStatus.GREEN : (toLimit >= 0) ? SlaStatus.AMBER : SlaStatus.RED;
		}
		return (toTarget <= 0) ? SlaStatus.GREEN : (toLimit <= 0) ? SlaStatus.AMBER : SlaStatus.RED;
	}

	/** The rule in words, e.g. "GREEN at most 45 days, AMBER up to 54.0, RED above". */
	public String rule(BigDecimal target) {
		String t = target.stripTrailingZeros().toPlainString() + " " + this.unit;
		String limit = amberLimit(target).stripTrailingZeros().toPlainString() + " " + this.unit;
		return this.higherIsBetter ? "GREEN at least " + t + ", AMBER down to " + limit + ", RED below"
				: "GREEN at most " + t + ", AMBER up to " + limit + ", RED above";
	}

}
