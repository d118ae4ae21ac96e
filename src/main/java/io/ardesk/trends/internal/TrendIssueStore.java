package io.ardesk.trends.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.ardesk.trends.AffectedClaim;
import io.ardesk.trends.TrendIssue;
import io.ardesk.trends.TrendIssueKind;
import io.ardesk.trends.TrendIssueStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Trend issues and their claims in the bound client's schema. */
@Component
class TrendIssueStore {

	private static final String COLUMNS = "id, kind, pattern_key, what, status, claim_count, at_stake, owner, due_date, "
			+ "root_cause, preventive_action, detected_at, last_seen_at, resolved_at, reopened, version";

	private final JdbcClient jdbc;

	TrendIssueStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Detection runs of a client wait for each other. */
	void lock() {
		this.jdbc.sql("select pg_advisory_xact_lock(hashtext('trends:' || current_schema()))").query().singleRow();
	}

	Optional<TrendIssue> byPattern(String key) {
		return this.jdbc.sql("select " + COLUMNS + " from trend_issue where pattern_key = :key")
			.param("key", key)
			.query(TrendIssueStore::issue)
			.optional();
	}

	Optional<TrendIssue> find(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from trend_issue where id = :id")
			.param("id", id)
			.query(TrendIssueStore::issue)
			.optional();
	}

	List<TrendIssue> list(@Nullable TrendIssueStatus status) {
		return this.jdbc
			.sql("select " + COLUMNS + " from trend_issue where (cast(:status as varchar) is null or status = :status) "
					+ "order by case status when 'RESOLVED' then 1 else 0 end, last_seen_at desc, id desc")
			.param("status", (status != null) ? status.name() : null, java.sql.Types.VARCHAR)
			.query(TrendIssueStore::issue)
			.list();
	}

	long open(Hit hit, Instant now, LocalDate due) {
		long id = this.jdbc.sql("""
				insert into trend_issue (pattern_key, kind, what, status, claim_count, at_stake, due_date, detected_at,
				  last_seen_at) values (:key, :kind, :what, 'OPEN', :claims, :atStake, :due, :now, :now) returning id
				""")
			.param("key", hit.key())
			.param("kind", hit.kind().name())
			.param("what", hit.what())
			.param("claims", hit.claims().size())
			.param("atStake", hit.atStake())
			.param("due", Date.valueOf(due))
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.single();
		replaceClaims(id, hit);
		return id;
	}

	void refresh(long id, Hit hit, Instant now) {
		this.jdbc
			.sql("update trend_issue set what = :what, claim_count = :claims, at_stake = :atStake, "
					+ "last_seen_at = :now, version = version + 1 where id = :id")
			.param("what", hit.what())
			.param("claims", hit.claims().size())
			.param("atStake", hit.atStake())
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update();
		replaceClaims(id, hit);
	}

	void reopen(long id, Hit hit, Instant now, LocalDate due) {
		this.jdbc
			.sql("update trend_issue set status = 'OPEN', resolved_at = null, resolved_by = null, "
					+ "reopened = reopened + 1, due_date = :due where id = :id")
			.param("due", Date.valueOf(due))
			.param("id", id)
			.update();
		refresh(id, hit, now);
	}

	/**
	 * One statement for all of an issue's claims, however many: a hit of a large client
	 * carries up to a thousand claims, and the document waits every waiting claim.
	 */
	private void replaceClaims(long id, Hit hit) {
		this.jdbc.sql("delete from trend_issue_claim where trend_issue_id = :id").param("id", id).update();
		List<Hit.Claim> claims = hit.claims();
		this.jdbc.sql("""
				insert into trend_issue_claim (trend_issue_id, claim_id, occurred_on, amount, reason)
				select :id, c.claim_id, c.occurred_on, c.amount, c.reason
				from unnest(cast(:claims as bigint[]), cast(:dates as date[]), cast(:amounts as numeric[]),
				  cast(:reasons as varchar[])) as c(claim_id, occurred_on, amount, reason)
				on conflict do nothing
				""")
			.param("id", id)
			.param("claims", claims.stream().map((claim) -> Long.toString(claim.claimId())).toArray(String[]::new))
			.param("dates", claims.stream().map((claim) -> claim.occurredOn().toString()).toArray(String[]::new))
			.param("amounts", claims.stream().map((claim) -> claim.amount().toPlainString()).toArray(String[]::new))
			.param("reasons", claims.stream().map(Hit.Claim::reason).toArray(String[]::new))
			.update();
	}

	java.util.Set<Long> claimIds(long id) {
		return new java.util.HashSet<>(
				this.jdbc.sql("select claim_id from trend_issue_claim where trend_issue_id = :id")
					.param("id", id)
					.query(Long.class)
					.list());
	}

	List<AffectedClaim> claims(long id) {
		return this.jdbc.sql("""
				select c.claim_number, p.name as payer, t.occurred_on, t.amount, t.reason, c.insurance_balance
				from trend_issue_claim t join claim c on c.id = t.claim_id join payer p on p.id = c.payer_id
				where t.trend_issue_id = :id order by t.amount desc, c.claim_number
				""")
			.param("id", id)
			.query((rs, n) -> new AffectedClaim(rs.getString("claim_number"), rs.getString("payer"),
					rs.getObject("occurred_on", LocalDate.class), rs.getBigDecimal("amount").setScale(2),
					rs.getString("reason"), rs.getBigDecimal("insurance_balance").setScale(2)))
			.list();
	}

	/**
	 * @return whether the row had the expected version
	 */
	boolean update(TrendIssue changed, @Nullable String resolvedBy, @Nullable Instant resolvedAt) {
		return this.jdbc.sql("""
				update trend_issue set owner = :owner, due_date = :due, root_cause = :rootCause,
				  preventive_action = :action, status = :status, resolved_at = :resolvedAt, resolved_by = :resolvedBy,
				  version = version + 1
				where id = :id and version = :version
				""")
			.param("owner", changed.owner(), java.sql.Types.VARCHAR)
			.param("due", Date.valueOf(changed.dueDate()))
			.param("rootCause", changed.rootCause(), java.sql.Types.VARCHAR)
			.param("action", changed.preventiveAction(), java.sql.Types.VARCHAR)
			.param("status", changed.status().name())
			.param("resolvedAt", (resolvedAt != null) ? Timestamp.from(resolvedAt) : null, java.sql.Types.TIMESTAMP)
			.param("resolvedBy", resolvedBy, java.sql.Types.VARCHAR)
			.param("id", changed.id())
			.param("version", changed.version())
			.update() == 1;
	}

	private static TrendIssue issue(ResultSet rs, int n) throws SQLException {
		Timestamp resolved = rs.getTimestamp("resolved_at");
		return new TrendIssue(rs.getLong("id"), TrendIssueKind.valueOf(rs.getString("kind")),
				rs.getString("pattern_key"), rs.getString("what"), TrendIssueStatus.valueOf(rs.getString("status")),
				rs.getInt("claim_count"), rs.getBigDecimal("at_stake").setScale(2), rs.getString("owner"),
				rs.getObject("due_date", LocalDate.class), rs.getString("root_cause"),
				rs.getString("preventive_action"), rs.getTimestamp("detected_at").toInstant(),
				rs.getTimestamp("last_seen_at").toInstant(), (resolved != null) ? resolved.toInstant() : null,
				rs.getInt("reopened"), rs.getLong("version"));
	}

}
