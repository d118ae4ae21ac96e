package io.ardesk.review.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.ardesk.reports.ReportPeriod;
import io.ardesk.review.ReviewItem;
import io.ardesk.review.ReviewItemKind;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The decisions and action items of the bound client's weekly reviews. */
@Component
class ReviewItemStore {

	private static final String COLUMNS = "select id, week_key, week_start, kind, text, owner, due, created_by, "
			+ "created_at, done_by, done_at, version from review_item ";

	/**
	 * The week's own items, then the action items of earlier weeks still open: those are
	 * carried until done.
	 */
	private static final String SHOWN_IN_WEEK = "(week_start = :start or (kind = 'ACTION' and week_start < :start "
			+ "and done_at is null))";

	private final JdbcClient jdbc;

	ReviewItemStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(ReportPeriod week, ReviewItemKind kind, String text, String owner, LocalDate due, String by,
			Instant at) {
		return this.jdbc.sql("""
				insert into review_item (week_key, week_start, kind, text, owner, due, created_by, created_at, version)
				values (:week, :start, :kind, :text, :owner, :due, :by, :at, 0) returning id""")
			.param("week", week.key())
			.param("start", Date.valueOf(week.from()))
			.param("kind", kind.name())
			.param("text", text)
			.param("owner", owner)
			.param("due", Date.valueOf(due))
			.param("by", by)
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	/**
	 * The items the week's review shows: its own first, then carried ones, by due date.
	 */
	List<ReviewItem> shownIn(ReportPeriod week) {
		return this.jdbc.sql(COLUMNS + "where " + SHOWN_IN_WEEK + " order by (week_start = :start) desc, due, id")
			.param("start", Date.valueOf(week.from()))
			.query((rs, n) -> row(rs, week))
			.list();
	}

	Optional<ReviewItem> shownIn(ReportPeriod week, long id) {
		return this.jdbc.sql(COLUMNS + "where id = :id and " + SHOWN_IN_WEEK)
			.param("id", id)
			.param("start", Date.valueOf(week.from()))
			.query((rs, n) -> row(rs, week))
			.optional();
	}

	/**
	 * Writes the item's fields if it is still at {@code version}.
	 * @return whether it was
	 */
	boolean update(long id, long version, String text, String owner, LocalDate due, @Nullable String doneBy,
			@Nullable Instant doneAt) {
		return this.jdbc.sql("""
				update review_item set text = :text, owner = :owner, due = :due, done_by = :doneBy, done_at = :doneAt,
				  version = version + 1 where id = :id and version = :version""")
			.param("text", text)
			.param("owner", owner)
			.param("due", Date.valueOf(due))
			.param("doneBy", doneBy)
			.param("doneAt", (doneAt != null) ? Timestamp.from(doneAt) : null, java.sql.Types.TIMESTAMP)
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	private static ReviewItem row(java.sql.ResultSet rs, ReportPeriod shownIn) throws java.sql.SQLException {
		String week = rs.getString("week_key");
		Timestamp doneAt = rs.getTimestamp("done_at");
		return new ReviewItem(rs.getLong("id"), ReviewItemKind.valueOf(rs.getString("kind")), rs.getString("text"),
				rs.getString("owner"), rs.getObject("due", LocalDate.class), week,
				week.equals(shownIn.key()) ? null : week, doneAt != null, rs.getString("done_by"),
				(doneAt != null) ? doneAt.toInstant() : null, rs.getString("created_by"),
				rs.getTimestamp("created_at").toInstant(), rs.getLong("version"));
	}

}
