package io.ardesk.closing.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import io.ardesk.closing.MonthAging;
import io.ardesk.dashboards.KpiReport;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The bound client's closed months and their frozen figures ({@code month_close}). */
@Component
class MonthCloseStore {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	MonthCloseStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A closed month as stored. */
	record Closed(YearMonth month, String closedBy, Instant closedAt) {
	}

	/** The KPIs as frozen: everything of the report but its client and period. */
	record FrozenKpis(KpiReport.KpiFigures figures, io.ardesk.dashboards.KpiBasis basis,
			io.ardesk.dashboards.ChargeLag chargeLag, List<io.ardesk.dashboards.Recovery> recoveries) {
	}

	/** A closed month with its frozen figures. */
	record Frozen(Closed closed, FrozenKpis kpis, MonthAging aging) {
	}

	/**
	 * Waits for every posting under way and keeps new ones waiting until the close
	 * commits, so that the frozen figures are the ones the journal holds from then on.
	 */
	void lockForClose() {
		this.jdbc.sql("lock table month_close in exclusive mode").update();
		this.jdbc.sql("lock table claim_journal in share mode").update();
	}

	List<Closed> closed() {
		return this.jdbc.sql("select month, closed_by, closed_at from month_close order by month desc")
			.query((rs, n) -> new Closed(YearMonth.from(rs.getObject("month", LocalDate.class)),
					rs.getString("closed_by"), rs.getObject("closed_at", java.time.OffsetDateTime.class).toInstant()))
			.list();
	}

	Optional<YearMonth> lastClosed() {
		return this.jdbc.sql("select max(month) from month_close")
			.query((rs, n) -> Optional.ofNullable(rs.getObject(1, LocalDate.class)).map(YearMonth::from))
			.single();
	}

	Optional<Frozen> frozen(YearMonth month) {
		return this.jdbc.sql("select month, closed_by, closed_at, kpis, aging from month_close where month = :month")
			.param("month", Date.valueOf(month.atDay(1)))
			.query((rs, n) -> new Frozen(
					new Closed(month, rs.getString("closed_by"),
							rs.getObject("closed_at", java.time.OffsetDateTime.class).toInstant()),
					json.readValue(rs.getString("kpis"), FrozenKpis.class),
					json.readValue(rs.getString("aging"), MonthAging.class)))
			.optional();
	}

	void insert(YearMonth month, String closedBy, Instant closedAt, KpiReport kpis, MonthAging aging) {
		KpiReport.KpiFigures f = kpis.figures();
		this.jdbc.sql("""
				insert into month_close (month, last_day, closed_by, closed_at, days_in_ar, ar_over_90_percent,
				  net_collection_rate, cash_collected, total_ar, kpis, aging)
				values (:month, :lastDay, :closedBy, :closedAt, :daysInAr, :over90, :ncr, :cash, :totalAr,
				  cast(:kpis as jsonb), cast(:aging as jsonb))""")
			.param("month", Date.valueOf(month.atDay(1)))
			.param("lastDay", Date.valueOf(month.atEndOfMonth()))
			.param("closedBy", closedBy)
			.param("closedAt", Timestamp.from(closedAt))
			.param("daysInAr", f.daysInAr())
			.param("over90", f.arOver90Percent())
			.param("ncr", f.netCollectionRate())
			.param("cash", f.cashCollected())
			.param("totalAr", kpis.basis().totalAr())
			.param("kpis", json(new FrozenKpis(f, kpis.basis(), kpis.chargeLag(), kpis.recoveries())))
			.param("aging", json(aging))
			.update();
		guardJournal(month.atEndOfMonth());
	}

	/**
	 * (Re)creates the journal trigger that dates rows for a closed day into the open
	 * month, guarded by a {@code when} condition on the closed-through date: a posting
	 * into the open month (nearly every row) costs one date comparison, not a function
	 * call. Before the first close there is no trigger at all. Runs in the close's
	 * transaction, which holds the journal locked, so no row slips between the close and
	 * the guard.
	 */
	private void guardJournal(LocalDate closedThrough) {
		this.jdbc.sql("drop trigger if exists claim_journal_into_open_month on claim_journal").update();
		// The date is a LocalDate printed as ISO, never user text.
		this.jdbc
			.sql("create trigger claim_journal_into_open_month before insert or update of effective_date "
					+ "on claim_journal for each row when (new.effective_date <= date '" + closedThrough.toString()
					+ "') execute function claim_journal_into_open_month()")
			.update();
	}

	private static String json(@Nullable Object value) {
		return json.writeValueAsString(value);
	}

}
