package io.ardesk.worklist.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import io.ardesk.claims.ClaimStatus;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The queue's order and the reasons it gives, on plain claim facts. */
class PriorityScoreTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	static final BigDecimal HIGH_VALUE = new BigDecimal("5000.00");

	static final QueueWeights DEFAULT = QueueWeights.of(Map.of());

	@Test
	void aDeadlineComingCloseOutranksAnOlderClaimOfTheSameBalance() {
		// Denied 115 days ago: the 120-day appeal window closes in 5 days.
		ClaimFacts appeal = claim(ClaimStatus.DENIED, "1000.00", 60, TODAY.minusDays(115), null);
		ClaimFacts older = claim(ClaimStatus.PARTIALLY_PAID, "1000.00", 170, TODAY.minusDays(100), null);

		PriorityScore.Result appealScore = PriorityScore.of(appeal, TODAY, HIGH_VALUE, DEFAULT);
		PriorityScore.Result olderScore = PriorityScore.of(older, TODAY, HIGH_VALUE, DEFAULT);

		assertThat(appealScore.score()).isGreaterThan(olderScore.score());
		assertThat(appealScore.reasons()).contains("appeal deadline in 5 days");
		assertThat(appealScore.deadline()).isNotNull();
		assertThat(olderScore.deadline()).isNull();
		assertThat(olderScore.reasons()).noneMatch((reason) -> reason.contains("deadline"));
	}

	@Test
	void aCreditBalanceScoresWithoutFailingAndBelowAnOpenBalance() {
		// A duplicate payment left the payer owed 80.00 back: insurance balance -80.00.
		ClaimFacts credit = claim(ClaimStatus.PAID, "-80.00", 60, TODAY.minusDays(30), null);
		ClaimFacts open = claim(ClaimStatus.PARTIALLY_PAID, "80.00", 60, TODAY.minusDays(30), null);

		PriorityScore.Result creditScore = PriorityScore.of(credit, TODAY, HIGH_VALUE, DEFAULT);

		assertThat(creditScore.score()).isLessThan(PriorityScore.of(open, TODAY, HIGH_VALUE, DEFAULT).score());
		assertThat(creditScore.reasons()).contains("-$80.00 open");
	}

	@Test
	void aDeadlineLongPassedCountsLessThanOneAboutToClose() {
		// Same balance and age: one appeal window closes in 5 days, the other closed 100
		// days ago.
		ClaimFacts closing = claim(ClaimStatus.DENIED, "1000.00", 200, TODAY.minusDays(115), null);
		ClaimFacts lost = claim(ClaimStatus.DENIED, "1000.00", 200, TODAY.minusDays(220), null);

		PriorityScore.Result closingScore = PriorityScore.of(closing, TODAY, HIGH_VALUE, DEFAULT);
		PriorityScore.Result lostScore = PriorityScore.of(lost, TODAY, HIGH_VALUE, DEFAULT);

		assertThat(closingScore.score()).isGreaterThan(lostScore.score());
		assertThat(lostScore.deadline().daysLeft()).isEqualTo(-100);
	}

	@Test
	void valueOutranksAge() {
		ClaimFacts large = claim(ClaimStatus.PARTIALLY_PAID, "20000.00", 30, TODAY.minusDays(10), null);
		ClaimFacts small = claim(ClaimStatus.PARTIALLY_PAID, "50.00", 170, TODAY.minusDays(10), null);

		PriorityScore.Result largeScore = PriorityScore.of(large, TODAY, HIGH_VALUE, DEFAULT);

		assertThat(largeScore.score()).isGreaterThan(PriorityScore.of(small, TODAY, HIGH_VALUE, DEFAULT).score());
		assertThat(largeScore.reasons()).contains("$20,000.00 open", "30 days old", "high-value claim");
	}

	@Test
	void reasonsNameDenialRecoveryAndOverdueNextAction() {
		ClaimFacts denied = claim(ClaimStatus.DENIED, "800.00", 40, TODAY.minusDays(20), "MISSING_INFORMATION");
		ClaimFacts overdue = new ClaimFacts(2, ClaimStatus.IN_PROCESS, new BigDecimal("300.00"), TODAY.minusDays(50),
				TODAY.minusDays(50), null, null, "COMMERCIAL", 180, 180, null, TODAY.minusDays(7), true);

		assertThat(PriorityScore.of(denied, TODAY, HIGH_VALUE, DEFAULT).reasons())
			.contains("missing information denial, usually recovered (85%, typical rate)");
		assertThat(PriorityScore.of(overdue, TODAY, HIGH_VALUE, DEFAULT).reasons())
			.contains("next action overdue by 7 days", "flagged by the client");
	}

	@Test
	void weightsFromTheTenantConfigurationChangeTheOrder() {
		ClaimFacts large = claim(ClaimStatus.PARTIALLY_PAID, "20000.00", 30, TODAY.minusDays(10), null);
		ClaimFacts small = claim(ClaimStatus.PARTIALLY_PAID, "50.00", 170, TODAY.minusDays(10), null);
		QueueWeights ageFirst = QueueWeights.of(Map.of("age", new BigDecimal("5"), "highValue", BigDecimal.ZERO));

		assertThat(PriorityScore.of(small, TODAY, HIGH_VALUE, ageFirst).score())
			.isGreaterThan(PriorityScore.of(large, TODAY, HIGH_VALUE, ageFirst).score());
	}

	/** A commercial claim with a 120-day appeal window, aged from its date of service. */
	static ClaimFacts claim(ClaimStatus status, String balance, int ageDays, LocalDate adjudicated,
			@Nullable String denialCategory) {
		LocalDate service = TODAY.minusDays(ageDays);
		return new ClaimFacts(1, status, new BigDecimal(balance), service, service, adjudicated, denialCategory,
				"COMMERCIAL", 180, 120, null, null, false);
	}

}
