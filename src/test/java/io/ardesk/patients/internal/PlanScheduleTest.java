package io.ardesk.patients.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.ardesk.patients.AppliedPayment;
import io.ardesk.patients.OpenPatientClaim;
import io.ardesk.shared.problem.InvalidInputException;
import io.ardesk.shared.problem.RuleViolationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PlanScheduleTest {

	static final LocalDate FIRST_DUE = LocalDate.of(2026, 3, 1);

	final PlanSchedule schedule = new PlanSchedule(new BigDecimal("100.00"), new BigDecimal("30.00"), 30, FIRST_DUE);

	@Test
	void nothingIsDueBeforeTheFirstDueDate() {
		assertThat(this.schedule.dueBy(FIRST_DUE.minusDays(1))).isEqualByComparingTo("0");
		assertThat(this.schedule.missed(BigDecimal.ZERO, FIRST_DUE.minusDays(1))).isFalse();
	}

	@Test
	void oneInstallmentPerPeriodFromTheFirstDueDate() {
		assertThat(this.schedule.dueBy(FIRST_DUE)).isEqualByComparingTo("30.00");
		assertThat(this.schedule.dueBy(FIRST_DUE.plusDays(29))).isEqualByComparingTo("30.00");
		assertThat(this.schedule.dueBy(FIRST_DUE.plusDays(30))).isEqualByComparingTo("60.00");
		assertThat(this.schedule.missed(new BigDecimal("30.00"), FIRST_DUE.plusDays(30))).isTrue();
		assertThat(this.schedule.missed(new BigDecimal("60.00"), FIRST_DUE.plusDays(30))).isFalse();
	}

	@Test
	void theLastInstallmentIsOnlyWhatIsLeft() {
		assertThat(this.schedule.dueBy(FIRST_DUE.plusDays(365))).isEqualByComparingTo("100.00");
	}

	@Test
	void paymentsGoToTheOldestClaimFirst() {
		List<OpenPatientClaim> claims = List.of(claim("OLD", "30.00"), claim("MID", "30.00"), claim("NEW", "30.00"));
		assertThat(PaymentAllocation.oldestFirst(claims, new BigDecimal("45.00"))).containsExactly(
				new AppliedPayment("OLD", new BigDecimal("30.00")), new AppliedPayment("MID", new BigDecimal("15.00")));
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> PaymentAllocation.oldestFirst(claims, new BigDecimal("90.01")))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("amount"));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> PaymentAllocation.oldestFirst(claims, BigDecimal.ZERO));
	}

	private static OpenPatientClaim claim(String number, String balance) {
		return new OpenPatientClaim(number, FIRST_DUE, new BigDecimal("100.00"), new BigDecimal("50.00"),
				new BigDecimal(balance), 10);
	}

}
