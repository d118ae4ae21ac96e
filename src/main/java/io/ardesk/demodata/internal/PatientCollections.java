package io.ardesk.demodata.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.ardesk.approvals.MoneyMoveApprovals;
import io.ardesk.demodata.ArStory;
import io.ardesk.patients.PaymentOutcome;
import io.ardesk.patients.PatientReceivables;
import io.ardesk.tenancy.ClientId;

import org.springframework.stereotype.Component;

/**
 * The patients' side of a demo story: the story's share of patients paid what they owed
 * once it was old enough, posted at the desk by the account manager (and, above the
 * client's small-balance limit, approved by the firm administrator as the four-eyes rule
 * asks).
 */
@Component
class PatientCollections {

	private final PatientReceivables receivables;

	private final MoneyMoveApprovals approvals;

	private final DemoTimeline timeline;

	PatientCollections(PatientReceivables receivables, MoneyMoveApprovals approvals, DemoTimeline timeline) {
		this.receivables = receivables;
		this.approvals = approvals;
		this.timeline = timeline;
	}

	/** Posts the story's patient payments; answers how many patients paid. */
	int collect(ClientId client, ArStory story, LocalDate today) {
		if (story.patientPaidShare() <= 0) {
			return 0;
		}
		int paid = 0;
		for (DemoTimeline.PatientDue due : this.timeline.patientsOwing(client, today, story.patientPaidAfterDays())) {
			long patientId = due.patientId();
			int draw = (int) Math.floorMod(patientId * 7919 + story.name().hashCode(), 1000L);
			if (draw >= story.patientPaidShare() * 1000) {
				continue;
			}
			// the claims old enough (the oldest, as the payment is spread), paid when the
			// youngest of them came of age
			BigDecimal amount = due.amount();
			LocalDate cameOfAge = due.latestService().plusDays(story.patientPaidAfterDays() + draw % 10);
			LocalDate paidOn = cameOfAge.isAfter(today) ? today : cameOfAge;
			PaymentOutcome outcome = FirmWorkReplay.asUser("manager", "ACCOUNT_MANAGER",
					() -> this.receivables.postPayment(client, patientId, amount, paidOn, "DESK-" + patientId));
			Long request = outcome.pendingRequestId();
			if (request != null) {
				FirmWorkReplay.asUser("admin", "FIRM_ADMIN",
						() -> this.approvals.decide(client, request, true, "Card payment at the front desk"));
			}
			paid++;
		}
		return paid;
	}

}
