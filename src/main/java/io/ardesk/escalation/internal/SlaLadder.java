package io.ardesk.escalation.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.ardesk.escalation.EscalationStatus;
import io.ardesk.escalation.LadderStep;

/** Which ladder steps are due for an open escalation at a moment, and not yet taken. */
final class SlaLadder {

	private SlaLadder() {
	}

	static List<LadderStep> due(EscalationStore.Watched watched, Instant now) {
		var escalation = watched.escalation();
		List<LadderStep> due = new ArrayList<>();
		if (escalation.status() == EscalationStatus.OPEN) {
			if (!now.isBefore(escalation.acknowledgeBy())) {
				due.add(LadderStep.ACKNOWLEDGE_LATE);
			}
			if (!now.isBefore(watched.acknowledgeLateBy())) {
				due.add(LadderStep.ACKNOWLEDGE_TWICE_LATE);
			}
		}
		if (escalation.status().isOpen()) {
			if (!now.isBefore(escalation.resolveBy())) {
				due.add(LadderStep.RESOLVE_LATE);
			}
			if (!now.isBefore(watched.resolveLateBy())) {
				due.add(LadderStep.RESOLVE_TWICE_LATE);
			}
		}
		LadderStep taken = escalation.ladderStep();
		return due.stream().filter((step) -> taken == null || step.ordinal() > taken.ordinal()).toList();
	}

}
