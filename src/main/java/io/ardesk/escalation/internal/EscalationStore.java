package io.ardesk.escalation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import io.ardesk.escalation.Escalation;
import io.ardesk.escalation.EscalationReason;
import io.ardesk.escalation.EscalationStatus;
import io.ardesk.escalation.LadderStep;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** SQL of the escalation table, on the bound client's schema. */
@Component
class EscalationStore {

	private static final String SELECT = """
			select e.*, c.claim_number
			from escalation e join claim c on c.id = e.claim_id""";

	private final JdbcClient jdbc;

	EscalationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record ClaimRef(long id, @Nullable String owner) {
	}

	/** An open escalation with the two late deadlines the watch needs. */
	record Watched(Escalation escalation, Instant acknowledgeLateBy, Instant resolveLateBy) {
	}

	Optional<ClaimRef> claim(String claimNumber) {
		return this.jdbc.sql("""
				select c.id, w.owner from claim c left join claim_work w on w.claim_id = c.id
				where c.claim_number = :number""")
			.param("number", claimNumber)
			.query((rs, n) -> new ClaimRef(rs.getLong(1), rs.getString(2)))
			.optional();
	}

	Optional<String> ownerOf(long escalationId) {
		return this.jdbc.sql("""
				select w.owner from escalation e join claim_work w on w.claim_id = e.claim_id
				where e.id = :id and w.owner is not null""").param("id", escalationId).query(String.class).optional();
	}

	long insert(long claimId, EscalationReason reason, @Nullable String comment, String raisedBy, Instant raisedAt,
			SlaDeadlines deadlines) {
		return this.jdbc
			.sql("""
					insert into escalation (claim_id, status, reason, comment, raised_by, raised_at, acknowledge_by,
					  acknowledge_late_by, resolve_by, resolve_late_by)
					values (:claim, 'OPEN', :reason, :comment, :raisedBy, :raisedAt, :ackBy, :ackLate, :resolveBy, :resolveLate)
					returning id""")
			.param("claim", claimId)
			.param("reason", reason.name())
			.param("comment", comment)
			.param("raisedBy", raisedBy)
			.param("raisedAt", ts(raisedAt))
			.param("ackBy", ts(deadlines.acknowledgeBy()))
			.param("ackLate", ts(deadlines.acknowledgeLateBy()))
			.param("resolveBy", ts(deadlines.resolveBy()))
			.param("resolveLate", ts(deadlines.resolveLateBy()))
			.query(Long.class)
			.single();
	}

	Optional<Escalation> find(long id) {
		return this.jdbc.sql(SELECT + " where e.id = :id")
			.param("id", id)
			.query(EscalationStore::escalation)
			.optional();
	}

	long claimIdOf(long id) {
		return this.jdbc.sql("select claim_id from escalation where id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
	}

	List<Escalation> list(boolean openOnly) {
		return this.jdbc.sql(SELECT + (openOnly ? " where e.status <> 'RESOLVED'" : "") + " order by e.id desc")
			.query(EscalationStore::escalation)
			.list();
	}

	/** Moves the status only from the given ones; false when it stood elsewhere. */
	boolean acknowledge(long id, String by, Instant at, @Nullable String internalNote) {
		return this.jdbc.sql("""
				update escalation set status = 'ACKNOWLEDGED', acknowledged_at = :at, acknowledged_by = :by,
				  internal_note = coalesce(:note, internal_note), version = version + 1
				where id = :id and status = 'OPEN'""")
			.param("at", ts(at))
			.param("by", by)
			.param("note", internalNote)
			.param("id", id)
			.update() == 1;
	}

	boolean start(long id, String by, Instant at, @Nullable String internalNote) {
		return this.jdbc.sql("""
				update escalation set status = 'IN_PROGRESS', started_at = :at,
				  acknowledged_at = coalesce(acknowledged_at, :at), acknowledged_by = coalesce(acknowledged_by, :by),
				  internal_note = coalesce(:note, internal_note), version = version + 1
				where id = :id and status in ('OPEN', 'ACKNOWLEDGED')""")
			.param("at", ts(at))
			.param("by", by)
			.param("note", internalNote)
			.param("id", id)
			.update() == 1;
	}

	boolean resolve(long id, String by, Instant at, String resolution, @Nullable String internalNote) {
		return this.jdbc
			.sql("""
					update escalation set status = 'RESOLVED', resolved_at = :at, resolved_by = :by, resolution = :resolution,
					  acknowledged_at = coalesce(acknowledged_at, :at), acknowledged_by = coalesce(acknowledged_by, :by),
					  internal_note = coalesce(:note, internal_note), version = version + 1
					where id = :id and status <> 'RESOLVED'""")
			.param("at", ts(at))
			.param("by", by)
			.param("resolution", resolution)
			.param("note", internalNote)
			.param("id", id)
			.update() == 1;
	}

	/**
	 * Open escalations whose next ladder deadline has passed, by id after
	 * {@code afterId}: the watch's bounded batch.
	 */
	List<Watched> overdue(Instant now, long afterId, int limit) {
		return this.jdbc.sql(SELECT + """
				 where e.status <> 'RESOLVED' and e.id > :after
				  and ((e.status = 'OPEN' and e.acknowledge_by <= :now) or e.resolve_by <= :now)
				order by e.id limit :limit""")
			.param("now", ts(now))
			.param("after", afterId)
			.param("limit", limit)
			.query((rs, n) -> new Watched(escalation(rs, n), rs.getTimestamp("acknowledge_late_by").toInstant(),
					rs.getTimestamp("resolve_late_by").toInstant()))
			.list();
	}

	/** Records a ladder step unless a later (or the same) one was taken. */
	/** A ladder step an escalation climbs. */
	record Climb(long escalationId, LadderStep step) {
	}

	/**
	 * Records the highest of each escalation's steps in one statement, never a step below
	 * the one it has (a step is never taken twice); returns how many escalations moved.
	 */
	int recordSteps(List<Climb> climbs) {
		if (climbs.isEmpty()) {
			return 0;
		}
		String ladder = Arrays.stream(LadderStep.values())
			.map((step) -> "'" + step.name() + "'")
			.collect(Collectors.joining(", ", "array[", "]"));
		return this.jdbc
			.sql("""
					update escalation e set ladder_step = (%1$s)[s.ordinal + 1]
					from (select id, max(ordinal) as ordinal
					      from unnest(cast(:ids as bigint[]), cast(:ordinals as int[])) as u(id, ordinal) group by id) s
					where e.id = s.id
					  and (e.ladder_step is null or array_position(%1$s, e.ladder_step::text) < s.ordinal + 1)"""
				.formatted(ladder))
			.param("ids", climbs.stream().map(Climb::escalationId).toArray(Long[]::new))
			.param("ordinals", climbs.stream().map((c) -> c.step().ordinal()).toArray(Integer[]::new))
			.update();
	}

	private static Escalation escalation(ResultSet rs, int row) throws SQLException {
		String step = rs.getString("ladder_step");
		return new Escalation(rs.getLong("id"), rs.getString("claim_number"),
				EscalationStatus.valueOf(rs.getString("status")), EscalationReason.valueOf(rs.getString("reason")),
				rs.getString("comment"), rs.getString("raised_by"), instant(rs, "raised_at"),
				instant(rs, "acknowledge_by"), instant(rs, "resolve_by"), nullable(rs, "acknowledged_at"),
				rs.getString("acknowledged_by"), nullable(rs, "resolved_at"), rs.getString("resolved_by"),
				rs.getString("resolution"), rs.getString("internal_note"),
				(step != null) ? LadderStep.valueOf(step) : null);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getTimestamp(column).toInstant();
	}

	private static @Nullable Instant nullable(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

	private static Timestamp ts(Instant instant) {
		return Timestamp.from(instant);
	}

}
