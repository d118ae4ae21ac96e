package io.ardesk.worklist.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.ardesk.worklist.Appeal;
import io.ardesk.worklist.ClaimActionNotFoundException;
import io.ardesk.worklist.ClaimNote;
import io.ardesk.worklist.DocumentRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The SQL behind claim actions, on the schema the caller's transaction is bound to. Every
 * query joins the claim for its number, so nothing is returned by id alone.
 */
@Component
class ClaimActionRows {

	private static final String APPEAL = "select a.*, c.claim_number from appeal a join claim c on c.id = a.claim_id ";

	private static final String DOCUMENTS = "select d.*, c.claim_number from document_request d "
			+ "join claim c on c.id = d.claim_id ";

	private static final String NOTE = "select n.*, c.claim_number from claim_note n join claim c on c.id = n.claim_id ";

	private final JdbcTemplate jdbc;

	ClaimActionRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	long claimId(String claimNumber) {
		return this.jdbc.queryForList("select id from claim where claim_number = ?", Long.class, claimNumber)
			.stream()
			.findFirst()
			.orElseThrow(() -> new ClaimActionNotFoundException("No claim " + claimNumber + " for this client."));
	}

	// Appeals

	long insertAppeal(long claimId, int level, LocalDate deadline, String reason, String letter, String actor,
			Instant at) {
		return key(this.jdbc.queryForObject(
				"insert into appeal (claim_id, level, deadline, reason, letter_text, created_by, created_at, status) "
						+ "values (?, ?, ?, ?, ?, ?, ?, 'OPEN') returning id",
				Long.class, claimId, level, Date.valueOf(deadline), reason, letter, actor, Timestamp.from(at)));
	}

	/** Closes an open appeal; false when it was already closed. */
	boolean closeAppeal(long id, String status) {
		return this.jdbc.update("update appeal set status = ? where id = ? and status = 'OPEN'", status, id) == 1;
	}

	Appeal appeal(long id) {
		return this.jdbc.query(APPEAL + "where a.id = ?", ClaimActionRows::appealRow, id)
			.stream()
			.findFirst()
			.orElseThrow(() -> new ClaimActionNotFoundException("No appeal " + id + " for this client."));
	}

	List<Appeal> appeals(long claimId) {
		return this.jdbc.query(APPEAL + "where a.claim_id = ? order by a.created_at desc, a.id desc",
				ClaimActionRows::appealRow, claimId);
	}

	// Document requests

	long insertDocumentRequest(long claimId, String actor, Instant at, String whatIsNeeded, LocalDate due) {
		return key(this.jdbc.queryForObject(
				"insert into document_request (claim_id, requested_by, requested_at, what_is_needed, due_date, status) "
						+ "values (?, ?, ?, ?, ?, 'OPEN') returning id",
				Long.class, claimId, actor, Timestamp.from(at), whatIsNeeded, Date.valueOf(due)));
	}

	/** Answers an open request; false when it was already answered. */
	boolean answerDocumentRequest(long id, String answer, String actor, Instant at) {
		return this.jdbc.update(
				"update document_request set status = 'ANSWERED', answer = ?, answered_by = ?, "
						+ "answered_at = ? where id = ? and status = 'OPEN'",
				answer, actor, Timestamp.from(at), id) == 1;
	}

	DocumentRequest documentRequest(long id) {
		return this.jdbc.query(DOCUMENTS + "where d.id = ?", ClaimActionRows::documentRow, id)
			.stream()
			.findFirst()
			.orElseThrow(() -> new ClaimActionNotFoundException("No document request " + id + " for this client."));
	}

	List<DocumentRequest> documentRequests(boolean openOnly) {
		return this.jdbc.query(DOCUMENTS + (openOnly ? "where d.status = 'OPEN' " : "") + "order by d.due_date, d.id",
				ClaimActionRows::documentRow);
	}

	List<DocumentRequest> documentRequests(long claimId) {
		return this.jdbc.query(DOCUMENTS + "where d.claim_id = ? order by d.requested_at desc, d.id desc",
				ClaimActionRows::documentRow, claimId);
	}

	// Notes

	long insertNote(long claimId, String actor, Instant at, String text, boolean internal, @Nullable Long replaces) {
		return key(this.jdbc.queryForObject(
				"insert into claim_note (claim_id, author, written_at, text, internal, replaces_id) "
						+ "values (?, ?, ?, ?, ?, ?) returning id",
				Long.class, claimId, actor, Timestamp.from(at), text, internal, replaces));
	}

	Optional<NoteRow> note(long id) {
		return this.jdbc.query(NOTE + "where n.id = ?", ClaimActionRows::noteRow, id).stream().findFirst();
	}

	boolean isReplaced(long id) {
		Integer count = this.jdbc.queryForObject("select count(*) from claim_note where replaces_id = ?", Integer.class,
				id);
		return count != null && count > 0;
	}

	/**
	 * The current version of each note with its earlier versions, newest first; internal
	 * notes only when asked for.
	 */
	List<ClaimNote> notes(long claimId, boolean withInternal) {
		List<NoteRow> rows = this.jdbc.query(NOTE + "where n.claim_id = ?" + (withInternal ? "" : " and not n.internal")
				+ " order by n.written_at desc, n.id desc", ClaimActionRows::noteRow, claimId);
		Map<Long, NoteRow> byId = new HashMap<>();
		Map<Long, Long> replacedBy = new HashMap<>();
		for (NoteRow row : rows) {
			byId.put(row.id(), row);
			if (row.replacesId() != null) {
				replacedBy.put(row.replacesId(), row.id());
			}
		}
		List<ClaimNote> notes = new ArrayList<>();
		for (NoteRow row : rows) {
			if (replacedBy.containsKey(row.id())) {
				continue;
			}
			List<ClaimNote.Version> earlier = new ArrayList<>();
			Long previous = row.replacesId();
			while (previous != null && byId.containsKey(previous)) {
				NoteRow old = byId.get(previous);
				earlier.add(new ClaimNote.Version(old.id(), old.author(), old.writtenAt(), old.text()));
				previous = old.replacesId();
			}
			notes.add(new ClaimNote(row.id(), row.claimNumber(), row.author(), row.writtenAt(), row.text(),
					row.internal(), row.replacesId(), List.copyOf(earlier)));
		}
		return notes;
	}

	record NoteRow(long id, long claimId, String claimNumber, String author, Instant writtenAt, String text,
			boolean internal, @Nullable Long replacesId) {
	}

	private static long key(@Nullable Long id) {
		if (id == null) {
			throw new IllegalStateException("The database returned no id");
		}
		return id;
	}

	private static Appeal appealRow(ResultSet rs, int n) throws SQLException {
		return new Appeal(rs.getLong("id"), rs.getString("claim_number"), rs.getInt("level"),
				rs.getDate("deadline").toLocalDate(), rs.getString("reason"), rs.getString("letter_text"),
				rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), rs.getString("status"));
	}

	private static DocumentRequest documentRow(ResultSet rs, int n) throws SQLException {
		return new DocumentRequest(rs.getLong("id"), rs.getString("claim_number"), rs.getString("requested_by"),
				rs.getTimestamp("requested_at").toInstant(), rs.getString("what_is_needed"),
				rs.getDate("due_date").toLocalDate(), DocumentRequest.Status.valueOf(rs.getString("status")),
				rs.getString("answer"), rs.getString("answered_by"), instant(rs.getTimestamp("answered_at")));
	}

	private static NoteRow noteRow(ResultSet rs, int n) throws SQLException {
		return new NoteRow(rs.getLong("id"), rs.getLong("claim_id"), rs.getString("claim_number"),
				rs.getString("author"), rs.getTimestamp("written_at").toInstant(), rs.getString("text"),
				rs.getBoolean("internal"), (Long) rs.getObject("replaces_id"));
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
