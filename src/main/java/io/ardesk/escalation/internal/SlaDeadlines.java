package io.ardesk.escalation.internal;

import java.time.Instant;

import io.ardesk.tenancy.FirmProfile;
import io.ardesk.tenancy.SlaTargets;

/**
 * The four deadlines of an escalation raised at a moment: acknowledge within the SLA's
 * business hours (and twice that), resolve within its business days (and twice that), a
 * business day being the firm's opening hours.
 */
record SlaDeadlines(Instant acknowledgeBy, Instant acknowledgeLateBy, Instant resolveBy, Instant resolveLateBy) {

	static SlaDeadlines of(Instant raisedAt, SlaTargets sla, FirmProfile firm) {
		long acknowledge = sla.escalationAcknowledgeHours() * 60L;
		long resolve = sla.escalationResolveDays() * BusinessTime.minutesPerDay(firm);
		return new SlaDeadlines(BusinessTime.plus(raisedAt, acknowledge, firm),
				BusinessTime.plus(raisedAt, 2 * acknowledge, firm), BusinessTime.plus(raisedAt, resolve, firm),
				BusinessTime.plus(raisedAt, 2 * resolve, firm));
	}

}
