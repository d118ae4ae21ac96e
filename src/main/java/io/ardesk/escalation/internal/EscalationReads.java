package io.ardesk.escalation.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

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

	/**
	 * In one transaction of the client: its open escalations overdue at {@code now} after
	 * {@code afterId} (at most {@code limit}), the steps {@code climb} makes them take
	 * (writing their notifications, which join the transaction), and those steps; a
	 * failure records neither. Returns the batch read.
	 */
	@ChangesClient
	@Transactional
	public List<EscalationStore.Watched> watch(ClientId client, Instant now, long afterId, int limit,
			Function<List<EscalationStore.Watched>, List<EscalationStore.Climb>> climb) {
		List<EscalationStore.Watched> batch = this.store.overdue(now, afterId, limit);
		this.store.recordSteps(climb.apply(batch));
		return batch;
	}

}
