package io.ardesk.patients.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.ardesk.patients.RunCounts;
import io.ardesk.patients.RunTrigger;
import io.ardesk.patients.SkipReason;
import io.ardesk.patients.SkippedAccount;
import io.ardesk.patients.StatementRun;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Statement runs with their counts and the patients each one skipped. */
@Component
class StatementRunStore {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	StatementRunStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/**
	 * Waits until no other run of this client's schema is working, for the rest of the
	 * transaction: two runs at once would judge the same patients from the same letters.
	 */
	void lockRuns() {
		this.jdbc.sql("select pg_advisory_xact_lock(hashtext(current_schema() || ':statement-run'))")
			.query((rs, n) -> 1)
			.list();
	}

	long start(YearMonth cycle, LocalDate runOn, RunTrigger trigger, String startedBy, Instant startedAt) {
		return this.jdbc
			.sql("""
					insert into statement_run (cycle_month, run_on, run_trigger, started_by, started_at, accounts, sent, total_due)
					values (:cycle, :on, :trigger, :by, :at, 0, 0, 0) returning id""")
			.param("cycle", cycle.toString())
			.param("on", OpenClaims.sqlDate(runOn))
			.param("trigger", trigger.name())
			.param("by", startedBy)
			.param("at", Timestamp.from(startedAt))
			.query(Long.class)
			.single();
	}

	/** A patient the run did not print. */
	record Skip(long patientId, BigDecimal balance, SkipReason reason, String detail) {
	}

	void finish(long runId, int accounts, int sent, BigDecimal totalDue, List<Skip> skipped) {
		this.jdbc.sql("update statement_run set accounts = :accounts, sent = :sent, total_due = :total where id = :id")
			.param("accounts", accounts)
			.param("sent", sent)
			.param("total", totalDue)
			.param("id", runId)
			.update();
		List<Object[]> rows = new ArrayList<>(skipped.size());
		for (Skip skip : skipped) {
			String detail = (skip.detail().length() > 300) ? skip.detail().substring(0, 300) : skip.detail();
			rows.add(new Object[] { runId, skip.patientId(), skip.balance(), skip.reason().name(), detail });
		}
		this.template.batchUpdate(
				"insert into statement_run_skip (run_id, patient_id, balance, reason, detail) values (?, ?, ?, ?, ?)",
				rows);
	}

	boolean scheduledRunExists(YearMonth cycle) {
		return this.jdbc
			.sql("select count(*) from statement_run where cycle_month = :cycle and run_trigger = 'SCHEDULED'")
			.param("cycle", cycle.toString())
			.query(Long.class)
			.single() > 0;
	}

	List<StatementRun> newest(int limit) {
		List<RunRow> rows = this.jdbc.sql("select * from statement_run order by id desc limit :limit")
			.param("limit", limit)
			.query((rs, n) -> row(rs))
			.list();
		return withSkipCounts(rows);
	}

	Optional<StatementRun> find(long runId) {
		return this.jdbc.sql("select * from statement_run where id = :id")
			.param("id", runId)
			.query((rs, n) -> row(rs))
			.optional()
			.map((row) -> withSkipCounts(List.of(row)).getFirst());
	}

	/** The reasons in the enum's order: address missing (to act on) first. */
	private static final String REASON_ORDER = java.util.Arrays.stream(SkipReason.values())
		.map((reason) -> "when '" + reason.name() + "' then " + reason.ordinal())
		.collect(java.util.stream.Collectors.joining(" ", "case k.reason ", " end"));

	List<SkippedAccount> skipped(long runId) {
		return this.jdbc.sql("""
				select k.patient_id, p.account_number, p.last_name, p.first_name, k.balance, k.reason, k.detail
				from statement_run_skip k join patient p on p.id = k.patient_id
				where k.run_id = :run order by %s, p.last_name, p.first_name, k.id""".formatted(REASON_ORDER))
			.param("run", runId)
			.query((rs, n) -> new SkippedAccount(rs.getLong("patient_id"), rs.getString("account_number"),
					AccountQuery.name(rs.getString("last_name"), rs.getString("first_name")),
					rs.getBigDecimal("balance"), SkipReason.valueOf(rs.getString("reason")), rs.getString("detail")))
			.list();
	}

	/** Name and account number of each patient the run printed, by patient id. */
	Map<Long, String[]> printedNames(long runId) {
		Map<Long, String[]> names = new HashMap<>();
		this.jdbc
			.sql("select p.id, p.account_number, p.last_name, p.first_name from patient_statement s "
					+ "join patient p on p.id = s.patient_id where s.run_id = :run")
			.param("run", runId)
			.query((rs, n) -> names.put(rs.getLong("id"),
					new String[] { AccountQuery.name(rs.getString("last_name"), rs.getString("first_name")),
							(rs.getString("account_number") != null) ? rs.getString("account_number") : "" }))
			.list();
		return names;
	}

	private List<StatementRun> withSkipCounts(List<RunRow> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, Map<SkipReason, Integer>> counts = new HashMap<>();
		this.jdbc
			.sql("select run_id, reason, count(*) as n from statement_run_skip where run_id in (:runs) "
					+ "group by run_id, reason")
			.param("runs", rows.stream().map(RunRow::id).toList())
			.query((rs, n) -> {
				counts.computeIfAbsent(rs.getLong("run_id"), (id) -> new EnumMap<>(SkipReason.class))
					.put(SkipReason.valueOf(rs.getString("reason")), rs.getInt("n"));
				return n;
			})
			.list();
		return rows.stream()
			.map((row) -> new StatementRun(row.id(), row.cycle(), row.runOn(), row.trigger(), row.startedBy(),
					row.startedAt(),
					new RunCounts(row.accounts(), row.sent(), row.totalDue(), counts.getOrDefault(row.id(), Map.of()))))
			.toList();
	}

	private static RunRow row(ResultSet rs) throws SQLException {
		return new RunRow(rs.getLong("id"), YearMonth.parse(rs.getString("cycle_month")),
				rs.getObject("run_on", LocalDate.class), RunTrigger.valueOf(rs.getString("run_trigger")),
				rs.getString("started_by"), rs.getTimestamp("started_at").toInstant(), rs.getInt("accounts"),
				rs.getInt("sent"), rs.getBigDecimal("total_due"));
	}

	private record RunRow(long id, YearMonth cycle, LocalDate runOn, RunTrigger trigger, String startedBy,
			Instant startedAt, int accounts, int sent, BigDecimal totalDue) {
	}

}
