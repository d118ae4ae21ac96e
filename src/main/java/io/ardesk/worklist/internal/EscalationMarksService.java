package io.ardesk.worklist.internal;

import io.ardesk.security.ClientAccess;
import io.ardesk.security.ClientTeam;
import io.ardesk.security.ReadsClient;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.ClientProfile;
import io.ardesk.tenancy.UnknownClientException;
import io.ardesk.worklist.EscalationMarks;

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

	private final QueueRefresher refresher;

	private final ClientDirectory directory;

	private final ClientTeam team;

	private final ClientAccess access;

	EscalationMarksService(JdbcClient jdbc, QueueRefresher refresher, ClientDirectory directory, ClientTeam team,
			ClientAccess access) {
		this.jdbc = jdbc;
		this.refresher = refresher;
		this.directory = directory;
		this.team = team;
		this.access = access;
	}

	@Override
	@ReadsClient
	@Transactional
	public boolean mark(ClientId client, long claimId, boolean escalated) {
		this.access.requireRaiseEscalation(client);
		ClientProfile profile = this.directory.find(client).orElseThrow(() -> new UnknownClientException(client));
		if (update(claimId, escalated) == 0) {
			// A claim imported moments ago may not have its queue row yet: make it now.
			this.refresher.refresh(profile, false, this.team.specialistsOf(client));
			if (update(claimId, escalated) == 0) {
				return false;
			}
		}
		this.refresher.refresh(profile, false, this.team.specialistsOf(client));
		return true;
	}

	/**
	 * Sets the flag and makes scored_at older than the claim's last change, which puts
	 * the claim among the "changed" ones that the refresh rescores.
	 */
	private int update(long claimId, boolean escalated) {
		return this.jdbc.sql("""
				update claim_work w set escalated = :escalated,
				  scored_at = (select c.updated_at - interval '1 millisecond' from claim c where c.id = w.claim_id)
				where w.claim_id = :claimId""").param("escalated", escalated).param("claimId", claimId).update();
	}

}
