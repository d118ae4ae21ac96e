package io.ardesk.worklist.internal;

import io.ardesk.security.ReadsClient;
import io.ardesk.tenancy.ClientId;
import io.ardesk.worklist.EscalationMarks;
import io.ardesk.worklist.QueueSignals;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets {@code claim_work.escalated} and rescores the claim at once, so that the owner's
 * queue shows it first with "escalated by the client". The right is the narrow one of
 * raising an escalation (a client viewer of the practice has it), checked here again.
 */
@Service
class EscalationMarksService implements EscalationMarks {

	private final JdbcClient jdbc;

	private final QueueSignals signals;

	EscalationMarksService(JdbcClient jdbc, QueueSignals signals) {
		this.jdbc = jdbc;
		this.signals = signals;
	}

	/**
	 * The queue's own marking ({@link QueueSignals#markEscalated}): due today, first in
	 * the owner's queue, recorded in the claim's history, rescored at once.
	 */
	@Override
	@ReadsClient
	@Transactional
	public boolean mark(ClientId client, long claimId, boolean escalated) {
		String claimNumber = this.jdbc.sql("select claim_number from claim where id = :id")
			.param("id", claimId)
			.query(String.class)
			.optional()
			.orElse(null);
		if (claimNumber == null) {
			return false;
		}
		this.signals.markEscalated(client, claimNumber, escalated);
		return true;
	}

}
