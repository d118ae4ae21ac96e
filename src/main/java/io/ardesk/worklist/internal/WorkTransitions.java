package io.ardesk.worklist.internal;

import java.util.Map;

import io.ardesk.worklist.FollowUpOutcome;
import io.ardesk.worklist.WorkStatus;
import org.jspecify.annotations.Nullable;

/**
 * How each follow-up outcome and claim action moves a claim on: its work status and its
 * next action. After every touch the next action is also at most the shortest cadence
 * that applies ({@link Cadence}). The same table is in {@code docs/work-queue.md}.
 *
 * <table>
 * <tr>
 * <th>Outcome or action</th>
 * <th>Work status</th>
 * <th>Next action</th>
 * </tr>
 * <tr>
 * <td>call/portal: in process</td>
 * <td>waiting on payer</td>
 * <td>the date entered</td>
 * </tr>
 * <tr>
 * <td>paid, payment on the way</td>
 * <td>waiting on payer</td>
 * <td>the date entered</td>
 * </tr>
 * <tr>
 * <td>denied</td>
 * <td>in progress</td>
 * <td>the date entered</td>
 * </tr>
 * <tr>
 * <td>payer needs information</td>
 * <td>in progress</td>
 * <td>the date entered</td>
 * </tr>
 * <tr>
 * <td>no claim on file</td>
 * <td>in progress</td>
 * <td>the date entered</td>
 * </tr>
 * <tr>
 * <td>corrected claim sent</td>
 * <td>rebilled</td>
 * <td>the date entered</td>
 * </tr>
 * <tr>
 * <td>appeal submitted</td>
 * <td>appealed</td>
 * <td>the date entered</td>
 * </tr>
 * <tr>
 * <td>other</td>
 * <td>in progress</td>
 * <td>the date entered</td>
 * </tr>
 * <tr>
 * <td>appeal started</td>
 * <td>appealed</td>
 * <td>appeal date + payer response days</td>
 * </tr>
 * <tr>
 * <td>corrected claim marked sent</td>
 * <td>rebilled</td>
 * <td>today + payer response days</td>
 * </tr>
 * <tr>
 * <td>documents requested</td>
 * <td>waiting on client</td>
 * <td>the request's due date</td>
 * </tr>
 * <tr>
 * <td>documents answered</td>
 * <td>in progress</td>
 * <td>today</td>
 * </tr>
 * <tr>
 * <td>write-off or transfer asked for</td>
 * <td>unchanged</td>
 * <td>unchanged</td>
 * </tr>
 * </table>
 */
final class WorkTransitions {

	private static final Map<FollowUpOutcome, WorkStatus> BY_OUTCOME = Map.of(FollowUpOutcome.IN_PROCESS,
			WorkStatus.WAITING_ON_PAYER, FollowUpOutcome.PAID, WorkStatus.WAITING_ON_PAYER, FollowUpOutcome.DENIED,
			WorkStatus.IN_PROGRESS, FollowUpOutcome.NEEDS_INFORMATION, WorkStatus.IN_PROGRESS,
			FollowUpOutcome.NO_CLAIM_ON_FILE, WorkStatus.IN_PROGRESS, FollowUpOutcome.CORRECTED_CLAIM_SENT,
			WorkStatus.REBILLED, FollowUpOutcome.APPEAL_SUBMITTED, WorkStatus.APPEALED, FollowUpOutcome.OTHER,
			WorkStatus.IN_PROGRESS);

	/** The claim actions that move a claim on. */
	enum Action {

		APPEAL_STARTED(WorkStatus.APPEALED), CORRECTED_CLAIM_SENT(WorkStatus.REBILLED),
		DOCUMENTS_REQUESTED(WorkStatus.WAITING_ON_CLIENT), DOCUMENTS_ANSWERED(WorkStatus.IN_PROGRESS);

		private final WorkStatus status;

		Action(WorkStatus status) {
			this.status = status;
		}

		WorkStatus status() {
			return this.status;
		}

	}

	private WorkTransitions() {
	}

	static WorkStatus after(FollowUpOutcome outcome) {
		return BY_OUTCOME.get(outcome);
	}

	static WorkStatus after(Action action) {
		return action.status();
	}

	/**
	 * How long a payer usually takes to answer an appeal or a corrected claim, when the
	 * client's {@code payerOverrides[].responseDays} does not say: Medicare contractors
	 * decide redeterminations within 60 days, Medicaid and commercial plans mostly within
	 * 30 to 45, workers' comp carriers 60; self-pay is the practice's own follow-up.
	 */
	static int defaultResponseDays(@Nullable String payerCategory) {
		return io.ardesk.worklist.PayerResponseTime.typicalDays(payerCategory);
	}

}
