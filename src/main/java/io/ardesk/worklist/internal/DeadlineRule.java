package io.ardesk.worklist.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import io.ardesk.claims.ClaimStatus;
import io.ardesk.worklist.Deadline;
import org.jspecify.annotations.Nullable;

/**
 * Which deadline a claim faces. A claim the payer never adjudicated must be filed within
 * the payer's timely-filing window from the date of service (Medicare: 12 months); a
 * denied claim must be appealed within the appeal window from the remittance (Medicare
 * redetermination: 120 days).
 */
final class DeadlineRule {

	private DeadlineRule() {
	}

	static @Nullable Deadline of(ClaimFacts claim, LocalDate today) {
		if (claim.status() == ClaimStatus.DENIED && claim.lastAdjudicatedOn() != null && claim.appealDays() > 0) {
			return deadline(Deadline.Kind.APPEAL, claim.lastAdjudicatedOn().plusDays(claim.appealDays()), today);
		}
		if (claim.status() == ClaimStatus.SUBMITTED || claim.status() == ClaimStatus.IN_PROCESS) {
			return deadline(Deadline.Kind.TIMELY_FILING, claim.serviceDate().plusDays(claim.timelyFilingDays()), today);
		}
		return null;
	}

	private static Deadline deadline(Deadline.Kind kind, LocalDate date, LocalDate today) {
		return new Deadline(kind, date, ChronoUnit.DAYS.between(today, date));
	}

}
