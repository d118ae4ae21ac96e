package io.ardesk.dashboards.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The bound client's one row of {@code dashboard_snapshot}. */
@Component
class DashboardSnapshotStore {

	/**
	 * A pending refresh older than this is taken as lost (its job failed) and requested
	 * again.
	 */
	static final String LOST_REQUEST = "10 minutes";

	private final JdbcClient jdbc;

	DashboardSnapshotStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Row(LocalDate asOf, Instant computedAt, long journalMark, String figures) {
	}

	Optional<Row> find() {
		return this.jdbc.sql("select as_of, computed_at, journal_mark, figures::text from dashboard_snapshot")
			.query((rs, n) -> new Row(rs.getObject(1, LocalDate.class),
					rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getLong(3), rs.getString(4)))
			.optional();
	}

	/** The highest journal id: it moves with every posting, reversal or adjustment. */
	long journalMark() {
		return this.jdbc.sql("select coalesce(max(id), 0) from claim_journal").query(Long.class).single();
	}

	void save(LocalDate asOf, Instant computedAt, long journalMark, String figures) {
		this.jdbc.sql("""
				insert into dashboard_snapshot (id, as_of, computed_at, journal_mark, figures)
				values (1, :asOf, :computedAt, :mark, cast(:figures as jsonb))
				on conflict (id) do update set as_of = excluded.as_of, computed_at = excluded.computed_at,
				  journal_mark = excluded.journal_mark, figures = excluded.figures""")
			.param("asOf", Date.valueOf(asOf))
			.param("computedAt", Timestamp.from(computedAt))
			.param("mark", journalMark)
			.param("figures", figures)
			.update();
	}

	/**
	 * Marks a refresh as pending unless one already is: true when the caller should
	 * enqueue the job. Without a row there is nothing to refresh (the first reader
	 * computes it).
	 */
	boolean requestRefresh(Instant now) {
		return this.jdbc
			.sql("""
					update dashboard_snapshot set refresh_requested_at = :now
					where refresh_requested_at is null or refresh_requested_at < cast(:now as timestamptz) - cast(:lost as interval)""")
			.param("now", Timestamp.from(now))
			.param("lost", LOST_REQUEST)
			.update() > 0;
	}

	/** The pending refresh starts: postings from now on request another. */
	void clearRequest() {
		this.jdbc.sql("update dashboard_snapshot set refresh_requested_at = null").update();
	}

}
