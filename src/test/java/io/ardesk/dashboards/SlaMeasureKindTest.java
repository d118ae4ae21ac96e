package io.ardesk.dashboards;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GREEN/AMBER/RED boundaries of the SLA rules, exactly at and just past each limit.
 */
class SlaMeasureKindTest {

	@Test
	void daysInArIsGreenUpToTheTargetAmberUpTo20PercentAboveAndRedBeyond() {
		BigDecimal target = new BigDecimal("45");
		assertThat(SlaMeasureKind.DAYS_IN_AR.status(target, new BigDecimal("45.0"))).isEqualTo(SlaStatus.GREEN);
		assertThat(SlaMeasureKind.DAYS_IN_AR.status(target, new BigDecimal("45.1"))).isEqualTo(SlaStatus.AMBER);
		assertThat(SlaMeasureKind.DAYS_IN_AR.status(target, new BigDecimal("54.0"))).isEqualTo(SlaStatus.AMBER);
		assertThat(SlaMeasureKind.DAYS_IN_AR.status(target, new BigDecimal("54.1"))).isEqualTo(SlaStatus.RED);
		assertThat(SlaMeasureKind.DAYS_IN_AR.rule(target))
			.isEqualTo("GREEN at most 45 days, AMBER up to 54 days, RED above");
	}

	@Test
	void arOver90IsAmberUpToFivePointsOverTheMaximum() {
		BigDecimal max = new BigDecimal("18");
		assertThat(SlaMeasureKind.AR_OVER_90_PERCENT.status(max, new BigDecimal("18.0"))).isEqualTo(SlaStatus.GREEN);
		assertThat(SlaMeasureKind.AR_OVER_90_PERCENT.status(max, new BigDecimal("23.0"))).isEqualTo(SlaStatus.AMBER);
		assertThat(SlaMeasureKind.AR_OVER_90_PERCENT.status(max, new BigDecimal("23.1"))).isEqualTo(SlaStatus.RED);
		assertThat(SlaMeasureKind.AR_OVER_90_PERCENT.status(max, new BigDecimal("51.0"))).isEqualTo(SlaStatus.RED);
	}

	@Test
	void touchedWithinCadenceIsBetterHigherWithATenPointBand() {
		BigDecimal target = new BigDecimal("90");
		assertThat(SlaMeasureKind.TOUCHED_WITHIN_CADENCE.status(target, new BigDecimal("90.0")))
			.isEqualTo(SlaStatus.GREEN);
		assertThat(SlaMeasureKind.TOUCHED_WITHIN_CADENCE.status(target, new BigDecimal("89.9")))
			.isEqualTo(SlaStatus.AMBER);
		assertThat(SlaMeasureKind.TOUCHED_WITHIN_CADENCE.status(target, new BigDecimal("80.0")))
			.isEqualTo(SlaStatus.AMBER);
		assertThat(SlaMeasureKind.TOUCHED_WITHIN_CADENCE.status(target, new BigDecimal("79.9")))
			.isEqualTo(SlaStatus.RED);
		assertThat(SlaMeasureKind.TOUCHED_WITHIN_CADENCE.rule(target))
			.isEqualTo("GREEN at least 90 %, AMBER down to 80 %, RED below");
	}

	@Test
	void overdueAndDenialTouchAreAmberUpToTwiceTheTarget() {
		assertThat(SlaMeasureKind.OVERDUE_NEXT_ACTIONS.status(new BigDecimal("5"), new BigDecimal("10.0")))
			.isEqualTo(SlaStatus.AMBER);
		assertThat(SlaMeasureKind.OVERDUE_NEXT_ACTIONS.status(new BigDecimal("5"), new BigDecimal("10.1")))
			.isEqualTo(SlaStatus.RED);
		assertThat(SlaMeasureKind.DENIAL_FIRST_TOUCH_DAYS.status(new BigDecimal("3"), new BigDecimal("3.0")))
			.isEqualTo(SlaStatus.GREEN);
		assertThat(SlaMeasureKind.DENIAL_FIRST_TOUCH_DAYS.status(new BigDecimal("3"), new BigDecimal("6.1")))
			.isEqualTo(SlaStatus.RED);
	}

	@Test
	void nothingToMeasureIsNotMeasuredRatherThanGreen() {
		assertThat(SlaMeasureKind.ESCALATION_RESOLVE_DAYS.status(new BigDecimal("3"), null))
			.isEqualTo(SlaStatus.NOT_MEASURED);
	}

}
