package io.ardesk.worklist.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import io.ardesk.claims.ClaimEvents;
import io.ardesk.security.ChangesClient;
import io.ardesk.security.ClientAccess;
import io.ardesk.security.ClientAccessDeniedException;
import io.ardesk.security.CurrentUser;
import io.ardesk.security.ReadsClient;
import io.ardesk.security.Role;
import io.ardesk.shared.problem.Inputs;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.ClientProfile;
import io.ardesk.tenancy.UnknownClientException;
import io.ardesk.worklist.ClaimActionNotFoundException;
import io.ardesk.worklist.HighValueFlags;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class HighValueFlagsService implements HighValueFlags {

	private final JdbcTemplate jdbc;

	private final ClientAccess access;

	private final WorkProgress progress;

	private final ClientDirectory directory;

	private final ClaimEvents events;

	private final Clock clock;

	HighValueFlagsService(JdbcTemplate jdbc, ClientAccess access, WorkProgress progress, ClientDirectory directory,
			ClaimEvents events, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.progress = progress;
		this.directory = directory;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@ChangesClient
	@Transactional
	public HighValueFlag flag(ClientId client, String claimNumber, @Nullable String note) {
		String actor = manager();
		String text = Inputs.optional(note, "note", "The note", MAX_NOTE);
		long claimId = claimId(claimNumber);
		ClientProfile profile = profile(client);
		this.progress.lock();
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.update("insert into claim_work (claim_id, next_action_date, high_value, high_value_note, "
				+ "high_value_by, high_value_at, version) values (?, ?, true, ?, ?, ?, 1) on conflict (claim_id) do update "
				+ "set high_value = true, high_value_note = excluded.high_value_note, high_value_by = excluded.high_value_by, "
				+ "high_value_at = excluded.high_value_at, version = claim_work.version + 1", claimId,
				java.sql.Date.valueOf(this.progress.today(profile)), text, actor, now);
		this.events.record(client, claimId, "HIGH_VALUE_FLAGGED",
				"Flagged high-value by " + actor + ((text != null) ? ": " + text : ""));
		this.progress.rescore(profile, List.of(claimId));
		return new HighValueFlag(claimNumber, text, actor, now.toInstant());
	}

	@Override
	@ChangesClient
	@Transactional
	public void unflag(ClientId client, String claimNumber) {
		String actor = manager();
		long claimId = claimId(claimNumber);
		this.progress.lock();
		int changed = this.jdbc.update("update claim_work set high_value = false, high_value_note = null, "
				+ "high_value_by = null, high_value_at = null, version = version + 1 where claim_id = ? and high_value",
				claimId);
		if (changed > 0) {
			this.events.record(client, claimId, "HIGH_VALUE_UNFLAGGED", "High-value flag removed by " + actor);
			this.progress.rescore(profile(client), List.of(claimId));
		}
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public Optional<HighValueFlag> flagOf(ClientId client, String claimNumber) {
		return this.jdbc
			.query("select c.claim_number, w.high_value_note, w.high_value_by, w.high_value_at from claim_work w "
					+ "join claim c on c.id = w.claim_id where c.claim_number = ? and w.high_value",
					(rs, n) -> new HighValueFlag(rs.getString("claim_number"), rs.getString("high_value_note"),
							rs.getString("high_value_by"), rs.getTimestamp("high_value_at").toInstant()),
					claimNumber)
			.stream()
			.findFirst();
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public HighValueClaims openHighValue(ClientId client, int limit) {
		ClientProfile profile = profile(client);
		String where = " from claim c join payer p on p.id = c.payer_id left join claim_work w on w.claim_id = c.id "
				+ "where c.status not in ('PAID', 'CLOSED', 'VOIDED') and c.insurance_balance > 0 "
				+ "and (coalesce(w.high_value, false) or coalesce(w.escalated, false) or c.insurance_balance >= ?)";
		java.util.Map<String, Object> totals = this.jdbc.queryForMap(
				"select count(*) as claims, coalesce(sum(c.insurance_balance), 0) as balance" + where,
				profile.highValueThreshold());
		List<HighValueClaim> largest = this.jdbc.query("select c.claim_number, p.name as payer, c.insurance_balance, "
				+ "w.owner, coalesce(w.high_value, false) as high_value, coalesce(w.escalated, false) as escalated"
				+ where + " order by c.insurance_balance desc, c.claim_number limit ?",
				(rs, n) -> new HighValueClaim(rs.getString("claim_number"), rs.getString("payer"),
						rs.getBigDecimal("insurance_balance"), rs.getString("owner"), rs.getBoolean("high_value"),
						rs.getBoolean("escalated")),
				profile.highValueThreshold(), Math.max(0, Math.min(limit, 500)));
		return new HighValueClaims(((Number) totals.get("claims")).longValue(),
				(java.math.BigDecimal) totals.get("balance"), largest);
	}

	private String manager() {
		CurrentUser user = this.access.currentUser()
			.orElseThrow(() -> new ClientAccessDeniedException("Sign in to flag claims"));
		if (user.role() != Role.ACCOUNT_MANAGER && user.role() != Role.FIRM_ADMIN) {
			throw new ClientAccessDeniedException("Only account managers flag claims high-value");
		}
		return user.username();
	}

	private long claimId(String claimNumber) {
		return this.jdbc.queryForList("select id from claim where claim_number = ?", Long.class, claimNumber)
			.stream()
			.findFirst()
			.orElseThrow(() -> new ClaimActionNotFoundException("No claim " + claimNumber + " for this client."));
	}

	private ClientProfile profile(ClientId client) {
		return this.directory.find(client).orElseThrow(() -> new UnknownClientException(client));
	}

}
