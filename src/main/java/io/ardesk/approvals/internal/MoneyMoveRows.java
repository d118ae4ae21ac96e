package io.ardesk.approvals.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.ardesk.approvals.MoneyMove;
import io.ardesk.approvals.MoneyMoveKind;
import io.ardesk.approvals.MoneyMoveRequest;
import io.ardesk.claims.ResponsibleParty;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of money-move requests, on the schema the caller's transaction is bound to. */
@Component
class MoneyMoveRows {

	private static final String SELECT = """
			select r.*, c.claim_number, coalesce(c.claim_number, p.account_number, 'patient ' || p.id) as subject
			from money_move_request r
			left join claim c on c.id = r.claim_id
			left join patient p on p.id = r.patient_id
			""";

	private final JdbcClient jdbc;

	MoneyMoveRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Long> claimId(String claimNumber) {
		return this.jdbc.sql("select id from claim where claim_number = :number")
			.param("number", claimNumber)
			.query(Long.class)
			.optional();
	}

	long insert(MoneyMove move, @Nullable Long claimId, String actor, Instant at, MoneyMoveRequest.Status status) {
		return this.jdbc.sql("""
				insert into money_move_request (kind, claim_id, patient_id, amount, from_party, paid_on, reference,
				    reason, requested_by, requested_at, status, decided_by, decided_at)
				values (:kind, :claim, :patient, :amount, :from, :paidOn, :reference, :reason, :actor, :at, :status,
				    :decidedBy, :decidedAt)
				returning id
				""")
			.param("kind", move.kind().name())
			.param("claim", claimId)
			.param("patient", move.patientId())
			.param("amount", move.amount())
			.param("from", (move.from() != null) ? move.from().name() : null)
			.param("paidOn", (move.paidOn() != null) ? java.sql.Date.valueOf(move.paidOn()) : null)
			.param("reference", move.reference())
			.param("reason", move.reason())
			.param("actor", actor)
			.param("at", Timestamp.from(at))
			.param("status", status.name())
			// a move within the limit is "decided" by its own poster, at once
			.param("decidedBy", (status == MoneyMoveRequest.Status.POSTED) ? actor : null)
			.param("decidedAt", (status == MoneyMoveRequest.Status.POSTED) ? Timestamp.from(at) : null)
			.query(Long.class)
			.single();
	}

	/** Decides a pending request; false when it was not pending any more. */
	boolean decide(long id, MoneyMoveRequest.Status status, String actor, Instant at, @Nullable String note) {
		return this.jdbc.sql("""
				update money_move_request set status = :status, decided_by = :actor, decided_at = :at,
				    decision_note = :note
				where id = :id and status = 'PENDING'
				""")
			.param("status", status.name())
			.param("actor", actor)
			.param("at", Timestamp.from(at))
			.param("note", note)
			.param("id", id)
			.update() == 1;
	}

	Optional<MoneyMoveRequest> find(long id) {
		return this.jdbc.sql(SELECT + "where r.id = :id").param("id", id).query(MoneyMoveRows::row).optional();
	}

	List<MoneyMoveRequest> pending() {
		return this.jdbc.sql(SELECT + "where r.status = 'PENDING' order by r.requested_at, r.id")
			.query(MoneyMoveRows::row)
			.list();
	}

	List<MoneyMoveRequest> pending(MoneyMoveKind kind) {
		return this.jdbc.sql(SELECT + "where r.status = 'PENDING' and r.kind = :kind order by r.requested_at, r.id")
			.param("kind", kind.name())
			.query(MoneyMoveRows::row)
			.list();
	}

	List<MoneyMoveRequest> ofClaim(long claimId) {
		return this.jdbc.sql(SELECT + "where r.claim_id = :claim order by r.requested_at desc, r.id desc")
			.param("claim", claimId)
			.query(MoneyMoveRows::row)
			.list();
	}

	List<MoneyMoveRequest> ofPatient(long patientId) {
		return this.jdbc.sql(SELECT + "where r.patient_id = :patient order by r.requested_at desc, r.id desc")
			.param("patient", patientId)
			.query(MoneyMoveRows::row)
			.list();
	}

	/** What was posted without approval for this patient since the instant. */
	BigDecimal postedDirectlyForPatientSince(long patientId, MoneyMoveKind kind, Instant since) {
		return this.jdbc.sql("""
				select coalesce(sum(amount), 0) from money_move_request
				where patient_id = :patient and kind = :kind and status = 'POSTED' and requested_at >= :since
				""")
			.param("patient", patientId)
			.param("kind", kind.name())
			.param("since", Timestamp.from(since))
			.query(BigDecimal.class)
			.single();
	}

	/** What was posted without approval on this claim, ever. */
	BigDecimal postedDirectlyOnClaim(long claimId, MoneyMoveKind kind) {
		return this.jdbc.sql("""
				select coalesce(sum(amount), 0) from money_move_request
				where claim_id = :claim and kind = :kind and status = 'POSTED'
				""").param("claim", claimId).param("kind", kind.name()).query(BigDecimal.class).single();
	}

	/** Serialises the limit check of concurrent moves on the same claim or patient. */
	void lock(String key) {
		this.jdbc.sql("select pg_advisory_xact_lock(hashtext(current_schema() || :key))")
			.param("key", key)
			.query(Object.class)
			.single();
	}

	private static MoneyMoveRequest row(ResultSet rs, int rowNum) throws SQLException {
		String from = rs.getString("from_party");
		MoneyMove move = new MoneyMove(MoneyMoveKind.valueOf(rs.getString("kind")), rs.getString("claim_number"),
				(Long) rs.getObject("patient_id", Long.class), rs.getBigDecimal("amount"),
				(from != null) ? ResponsibleParty.valueOf(from) : null, rs.getObject("paid_on", LocalDate.class),
				rs.getString("reference"), rs.getString("reason"));
		Timestamp decidedAt = rs.getTimestamp("decided_at");
		return new MoneyMoveRequest(rs.getLong("id"), move, rs.getString("subject"), rs.getString("requested_by"),
				rs.getTimestamp("requested_at").toInstant(), MoneyMoveRequest.Status.valueOf(rs.getString("status")),
				rs.getString("decided_by"), (decidedAt != null) ? decidedAt.toInstant() : null,
				rs.getString("decision_note"));
	}

}
