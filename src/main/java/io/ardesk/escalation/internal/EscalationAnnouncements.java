package io.ardesk.escalation.internal;

import io.ardesk.escalation.EscalationStatus;
import io.ardesk.shared.jdbc.AfterCommit;
import io.ardesk.tenancy.ClientId;
import org.jobrunr.scheduling.JobScheduler;

import org.springframework.stereotype.Component;

/**
 * Enqueues the job that tells people about a change of an escalation, once the change is
 * committed (a rolled-back change tells nobody; a job is retried until it told everyone,
 * and the idempotency keys keep it from telling anyone twice).
 */
@Component
class EscalationAnnouncements {

	private final JobScheduler scheduler;

	EscalationAnnouncements(JobScheduler scheduler) {
		this.scheduler = scheduler;
	}

	void afterCommit(ClientId client, long escalationId, EscalationStatus status) {
		String clientId = client.value();
		String state = status.name();
		Runnable enqueue = () -> this.scheduler
			.<EscalationJobs>enqueue((jobs) -> jobs.announce(clientId, escalationId, state));
		AfterCommit.run(enqueue);
	}

}
