package io.ardesk.worklist.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.ardesk.claims.ClaimStatus;
import io.ardesk.claims.PayerCategory;
import io.ardesk.worklist.Deadline;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which filing or appeal deadline a claim faces, and when. */
class DeadlineRuleTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	static final LocalDate SERVICE = LocalDate.of(2026, 3, 10);

	@Test
	void medicareTimelyFilingIs365DaysFromTheDateOfServiceForASubmittedClaim() {
		Deadline deadline = DeadlineRule.of(medicare(ClaimStatus.SUBMITTED, null), TODAY);

		assertThat(deadline).isNotNull();
		assertThat(deadline.kind()).isEqualTo(Deadline.Kind.TIMELY_FILING);
		assertThat(deadline.date()).isEqualTo(LocalDate.of(2027, 3, 10));
		assertThat(deadline.daysLeft()).isEqualTo(108);
	}

	@Test
	void deniedMedicareClaimMustBeAppealedWithin120DaysOfTheRemittance() {
		Deadline deadline = DeadlineRule.of(medicare(ClaimStatus.DENIED, LocalDate.of(2026, 8, 1)), TODAY);

		assertThat(deadline).isNotNull();
		assertThat(deadline.kind()).isEqualTo(Deadline.Kind.APPEAL);
		assertThat(deadline.date()).isEqualTo(LocalDate.of(2026, 11, 29));
		assertThat(deadline.daysLeft()).isEqualTo(7);
	}

	@Test
	void commercialWindowsComeFromThePayerRow() {
		// A contract with 90 days to file and 60 to appeal, as stored on the payer.
		ClaimFacts submitted = facts(ClaimStatus.IN_PROCESS, null, "COMMERCIAL", 90, 60);
		ClaimFacts denied = facts(ClaimStatus.DENIED, LocalDate.of(2026, 10, 1), "COMMERCIAL", 90, 60);

		assertThat(DeadlineRule.of(submitted, TODAY).date()).isEqualTo(SERVICE.plusDays(90));
		assertThat(DeadlineRule.of(submitted, TODAY).daysLeft()).isNegative();
		assertThat(DeadlineRule.of(denied, TODAY).date()).isEqualTo(LocalDate.of(2026, 11, 30));
	}

	@Test
	void paidClaimsHaveNoDeadline() {
		assertThat(DeadlineRule.of(medicare(ClaimStatus.PAID, LocalDate.of(2026, 4, 1)), TODAY)).isNull();
		assertThat(DeadlineRule.of(medicare(ClaimStatus.PARTIALLY_PAID, LocalDate.of(2026, 4, 1)), TODAY)).isNull();
	}

	static ClaimFacts medicare(ClaimStatus status, @Nullable LocalDate adjudicated) {
		return facts(status, adjudicated, PayerCategory.MEDICARE.name(),
				PayerCategory.MEDICARE.defaultTimelyFilingDays(), PayerCategory.MEDICARE.defaultAppealDays());
	}

	static ClaimFacts facts(ClaimStatus status, @Nullable LocalDate adjudicated, String category, int filingDays,
			int appealDays) {
		return new ClaimFacts(1, status, new BigDecimal("250.00"), SERVICE, SERVICE, adjudicated,
				(status == ClaimStatus.DENIED) ? "AUTHORIZATION" : null, category, filingDays, appealDays, null, null,
				false);
	}

}
