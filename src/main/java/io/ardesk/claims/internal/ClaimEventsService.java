package io.ardesk.claims.internal;

import io.ardesk.claims.ClaimEvents;
import io.ardesk.security.ChangesClient;
import io.ardesk.security.ClientAccess;
import io.ardesk.security.CurrentUser;
import io.ardesk.security.ReadsClient;
import io.ardesk.security.SystemActor;
import io.ardesk.tenancy.ClientId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ClaimEventsService implements ClaimEvents {

	private final ClaimHistory history;

	private final ClientAccess access;

	ClaimEventsService(ClaimHistory history, ClientAccess access) {
		this.history = history;
		this.access = access;
	}

	@Override
	@ChangesClient
	@Transactional
	public void record(ClientId client, long claimId, String kind, String description) {
		write(claimId, kind, description);
	}

	@Override
	@ReadsClient
	@Transactional
	public void recordByReader(ClientId client, long claimId, String kind, String description) {
		write(claimId, kind, description);
	}

	private void write(long claimId, String kind, String description) {
		String actor = this.access.currentUser().map(CurrentUser::username).orElse(SystemActor.NAME);
		ClaimHistory.Batch batch = this.history.batch(actor, null);
		batch.add(claimId, kind, description);
		batch.write();
	}

}
