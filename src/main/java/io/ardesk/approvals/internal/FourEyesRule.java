package io.ardesk.approvals.internal;

import java.math.BigDecimal;

import io.ardesk.approvals.MoneyMove;
import io.ardesk.claims.ResponsibleParty;

/**
 * Which money moves a second person must approve. Insurance write-offs, transfers to the
 * patient and refunds always; patient payments and patient-balance adjustments once what
 * was posted without approval (per patient and day, per claim) would pass the client's
 * small-balance limit.
 */
final class FourEyesRule {

	private FourEyesRule() {
	}

	/**
	 * @param postedDirectly what was already posted without approval in the same window
	 * (the patient's payments today, the claim's patient adjustments)
	 */
	static boolean needsApproval(MoneyMove move, BigDecimal smallBalanceLimit, BigDecimal postedDirectly) {
		return switch (move.kind()) {
			// money leaving the practice: always a second person
			case TRANSFER_TO_PATIENT, REFUND -> true;
			case WRITE_OFF -> move.from() != ResponsibleParty.PATIENT
					|| postedDirectly.add(move.amount()).compareTo(smallBalanceLimit) > 0;
			case PATIENT_PAYMENT -> postedDirectly.add(move.amount()).compareTo(smallBalanceLimit) > 0;
		};
	}

}
