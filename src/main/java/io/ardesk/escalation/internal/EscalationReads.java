package io.ardesk.escalation.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.ardesk.escalation.Escalation;
import io.ardesk.escalation.LadderStep;
import io.ardesk.security.ChangesClient;
import io.ardesk.security.ReadsClient;
import io.ardesk.tenancy.ClientId;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the escalation jobs read and record in one client's schema. */
@Component
class EscalationReads {

	private final EscalationStore store;

	EscalationReads(EscalationStore store) {
		this.store = store;
	}

	record Subject(Escalation escalation, @Nullable String owner) {
	}

	@ReadsClient
	@Transactional(readOnly = true)
	public Optional<Subject> subject(ClientId client, long id) {
		return this.store.find(id).map((e) -> new Subject(e, this.store.ownerOf(id).orElse(null)));
	}

	@ReadsClient
	@Transactional(readOnly = true)
	public List<EscalationStore.Watched> overdue(ClientId client, Instant now, long afterId, int limit) {
		return this.store.overdue(now, afterId, limit);
	}

	/**
	 * In one transaction of the client: {@code announce} (the steps' notifications, which
	 * join it) and the steps; a failure records neither.
	 */
	@ChangesClient
	@Transactional
	public int climb(ClientId client, List<EscalationStore.Climb> climbs, Runnable announce) {
		announce.run();
		return this.store.recordSteps(climbs);
	}

}
