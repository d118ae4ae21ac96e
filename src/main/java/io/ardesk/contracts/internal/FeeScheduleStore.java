package io.ardesk.contracts.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.ardesk.contracts.FeeSchedule;
import io.ardesk.contracts.FeeScheduleChange;
import io.ardesk.contracts.FeeScheduleEntry;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of fee schedule rows and their audit trail, in the bound client's schema. */
@Component
class FeeScheduleStore {

	private static final String SELECT = """
			select f.id, p.external_id, p.name, f.procedure_code, f.modifier, f.allowed_amount, f.effective_from,
			  f.effective_to, f.version, f.payer_id
			from fee_schedule f join payer p on p.id = f.payer_id
			""";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	FeeScheduleStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** A payer of the client, found by the id its files carry. */
	record Payer(long id, String externalId, String name) {
	}

	/** A stored row with its payer's row id, for overlap checks. */
	record Stored(FeeSchedule row, long payerRowId) {

		boolean sameKey(long payerRowId, String procedureCode, @Nullable String modifier) {
			return this.payerRowId == payerRowId && this.row.procedureCode().equals(procedureCode)
					&& java.util.Objects.equals(this.row.modifier(), modifier);
		}

	}

	/** Serializes changes of the client's fee schedules (overlap checks, then writes). */
	void lock() {
		this.jdbc.sql("select pg_advisory_xact_lock(hashtext('fee-schedule:' || current_schema()))")
			.query()
			.singleRow();
	}

	/** Payers by their upper-cased file id; ids unknown to the client are absent. */
	Map<String, Payer> payers(Collection<String> externalIds) {
		if (externalIds.isEmpty()) {
			return Map.of();
		}
		List<String> keys = externalIds.stream().map(FeeScheduleStore::key).distinct().toList();
		return this.jdbc.sql("select id, external_id, name from payer where payer_key in (:keys)")
			.param("keys", keys)
			.query((rs, n) -> new Payer(rs.getLong("id"), rs.getString("external_id"), rs.getString("name")))
			.list()
			.stream()
			.collect(
					Collectors.toMap((p) -> p.externalId().toUpperCase(Locale.ROOT), Function.identity(), (a, b) -> a));
	}

	static String key(String externalId) {
		return "ID:" + externalId.trim().toUpperCase(Locale.ROOT);
	}

	List<FeeSchedule> all() {
		return this.jdbc.sql(SELECT + " order by p.name, f.procedure_code, f.modifier nulls first, f.effective_from")
			.query((rs, n) -> row(rs))
			.list();
	}

	List<Stored> ofPayers(Collection<Long> payerIds) {
		if (payerIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(SELECT + " where f.payer_id in (:payers)")
			.param("payers", List.copyOf(payerIds))
			.query((rs, n) -> new Stored(row(rs), rs.getLong("payer_id")))
			.list();
	}

	Optional<Stored> find(long id) {
		return this.jdbc.sql(SELECT + " where f.id = :id")
			.param("id", id)
			.query((rs, n) -> new Stored(row(rs), rs.getLong("payer_id")))
			.optional();
	}

	/** Inserts rows; returns their ids in order. */
	long insert(long payerId, FeeScheduleEntry entry) {
		return this.jdbc
			.sql("""
					insert into fee_schedule (payer_id, procedure_code, modifier, allowed_amount, effective_from, effective_to)
					values (:payer, :code, :modifier, :amount, :from, :to) returning id
					""")
			.param("payer", payerId)
			.param("code", entry.procedureCode())
			.param("modifier", entry.modifier())
			.param("amount", entry.allowedAmount())
			.param("from", Date.valueOf(entry.effectiveFrom()))
			.param("to", date(entry.effectiveTo()))
			.query(Long.class)
			.single();
	}

	/**
	 * @return whether the row was at the expected version
	 */
	boolean update(long id, long payerId, FeeScheduleEntry entry, long expectedVersion) {
		return this.jdbc.sql("""
				update fee_schedule set payer_id = :payer, procedure_code = :code, modifier = :modifier,
				  allowed_amount = :amount, effective_from = :from, effective_to = :to, version = version + 1
				where id = :id and version = :version
				""")
			.param("payer", payerId)
			.param("code", entry.procedureCode())
			.param("modifier", entry.modifier())
			.param("amount", entry.allowedAmount())
			.param("from", Date.valueOf(entry.effectiveFrom()))
			.param("to", date(entry.effectiveTo()))
			.param("id", id)
			.param("version", expectedVersion)
			.update() == 1;
	}

	void delete(long id) {
		this.jdbc.sql("delete from fee_schedule where id = :id").param("id", id).update();
	}

	/** Audit rows: {@code fee_schedule_id, action, changed_by, changed_at, old, new}. */
	void audit(List<Object[]> changes) {
		this.template.batchUpdate("insert into fee_schedule_change (fee_schedule_id, action, changed_by, changed_at, "
				+ "old_value, new_value) values (?, ?, ?, ?, ?, ?)", changes);
	}

	static Object[] change(@Nullable Long id, FeeScheduleChange.Action action, String by, Instant at,
			@Nullable String oldValue, @Nullable String newValue) {
		return new Object[] { id, action.name(), by, Timestamp.from(at), oldValue, newValue };
	}

	List<FeeScheduleChange> changes(int limit) {
		return this.jdbc.sql("""
				select id, fee_schedule_id, action, changed_by, changed_at, old_value, new_value
				from fee_schedule_change order by changed_at desc, id desc limit :limit
				""")
			.param("limit", limit)
			.query((rs, n) -> new FeeScheduleChange(rs.getLong("id"), rs.getObject("fee_schedule_id", Long.class),
					FeeScheduleChange.Action.valueOf(rs.getString("action")), rs.getString("changed_by"),
					rs.getTimestamp("changed_at").toInstant(), rs.getString("old_value"), rs.getString("new_value")))
			.list();
	}

	private static FeeSchedule row(ResultSet rs) throws SQLException {
		String externalId = rs.getString("external_id");
		return new FeeSchedule(rs.getLong("id"), (externalId != null) ? externalId : "", rs.getString("name"),
				rs.getString("procedure_code"), rs.getString("modifier"), rs.getBigDecimal("allowed_amount"),
				rs.getObject("effective_from", LocalDate.class), rs.getObject("effective_to", LocalDate.class),
				rs.getLong("version"));
	}

	private static @Nullable Date date(@Nullable LocalDate date) {
		return (date != null) ? Date.valueOf(date) : null;
	}

}
