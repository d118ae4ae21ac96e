package io.ardesk.dashboards.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.ardesk.aging.AgingBucket;
import io.ardesk.dashboards.CashRecoveryDashboard;
import io.ardesk.dashboards.RecoveryWeek;
import io.ardesk.tenancy.ClientProfile;

import org.springframework.stereotype.Component;

/**
 * Computes the weeks of the cash-recovery dashboard of the bound client from the journal.
 */
@Component
class CashRecoveryWeeks {

	private final CashRecoveryQuery query;

	private final Clock clock;

	CashRecoveryWeeks(CashRecoveryQuery query, Clock clock) {
		this.query = query;
		this.clock = clock;
	}

	/**
	 * The {@link CashRecoveryDashboard#WEEKS} weeks ending {@code today}, oldest first.
	 */
	CashRecoveryDashboard.CashRecovery weeks(ClientProfile profile, LocalDate today) {
		LocalDate from = today.minusDays(7L * CashRecoveryDashboard.WEEKS - 1);
		List<CashRecoveryQuery.Payment> payments = this.query.payments(from, today, profile.agingBasis());
		List<RecoveryWeek> weeks = new ArrayList<>();
		for (int back = CashRecoveryDashboard.WEEKS - 1; back >= 0; back--) {
			weeks.add(week(profile, today.minusDays(7L * back), back, payments));
		}
		return new CashRecoveryDashboard.CashRecovery(profile.id(), this.clock.instant(), weeks);
	}

	/** The one week ending {@code weekEnd}. */
	RecoveryWeek week(ClientProfile profile, LocalDate weekEnd) {
		return week(profile, weekEnd, 0, this.query.payments(weekEnd.minusDays(6), weekEnd, profile.agingBasis()));
	}

	private RecoveryWeek week(ClientProfile profile, LocalDate end, int back,
			List<CashRecoveryQuery.Payment> payments) {
		Map<String, BigDecimal> byPayer = new LinkedHashMap<>();
		Map<AgingBucket, BigDecimal> recovered = new EnumMap<>(AgingBucket.class);
		for (CashRecoveryQuery.Payment payment : payments) {
			if (payment.weeksBack() == back) {
				byPayer.merge(payment.payer(), payment.amount(), BigDecimal::add);
				if (payment.worked()) {
					recovered.merge(payment.bucket(), payment.amount(), BigDecimal::add);
				}
			}
		}
		Map<AgingBucket, BigDecimal> aging = new EnumMap<>(AgingBucket.class);
		Map<AgingBucket, BigDecimal> rolledFrom = new EnumMap<>(AgingBucket.class);
		long rolled60To90 = 0;
		for (CashRecoveryQuery.BucketAtWeekEnd bucket : this.query.agingAndRolls(end.minusDays(7), end,
				profile.agingBasis())) {
			aging.put(bucket.bucket(), bucket.owed());
			if (bucket.bucket().ordinal() > 0) {
				rolledFrom.put(AgingBucket.values()[bucket.bucket().ordinal() - 1], bucket.rolledIn());
			}
			if (bucket.bucket() == AgingBucket.B91_120) {
				rolled60To90 = bucket.claimsRolledIn();
			}
		}
		return new RecoveryWeek(end, byPayer, recovered, aging, rolledFrom, rolled60To90);
	}

}
