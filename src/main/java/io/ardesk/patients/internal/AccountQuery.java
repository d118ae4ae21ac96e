package io.ardesk.patients.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.ardesk.patients.PatientAccount;
import io.ardesk.patients.PatientAccountFilter;
import io.ardesk.patients.PaymentPlan;
import io.ardesk.patients.ReminderLevel;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Patients who owe a balance, one row each, oldest balance first. The reminder-level
 * filter becomes a range of "balance since" dates, so the database does the cutting.
 */
@Component
class AccountQuery {

	private final JdbcClient jdbc;

	private final PaymentPlanStore plans;

	AccountQuery(JdbcClient jdbc, PaymentPlanStore plans) {
		this.jdbc = jdbc;
		this.plans = plans;
	}

	List<PatientAccount> accounts(PatientAccountFilter filter, LocalDate today) {
		StringBuilder where = new StringBuilder(" where true");
		Map<String, Object> params = new HashMap<>();
		if (filter.reminderDue() != null) {
			ReminderLevel level = filter.reminderDue();
			// Level n is due from 30·n days; the final notice has no upper end.
			where.append(" and o.since <= :latest");
			params.put("latest", OpenClaims.sqlDate(today.minusDays(30L * level.level())));
			if (level != ReminderLevel.FINAL_NOTICE) {
				where.append(" and o.since > :earliest");
				params.put("earliest", OpenClaims.sqlDate(today.minusDays(30L * (level.level() + 1))));
			}
		}
		if (filter.inCollections() != null) {
			where.append(filter.inCollections() ? " and" : " and not").append(" h.patient_id is not null");
		}
		params.put("limit", filter.limit());
		List<Row> rows = this.jdbc.sql("with o as (select c.patient_id, sum(c.patient_balance) as balance, "
				+ "count(*) as claims, min(" + OpenClaims.BALANCE_SINCE + ") as since from claim c "
				+ "where c.patient_balance > 0 and c.status <> 'VOIDED' group by c.patient_id), "
				+ "s as (select patient_id, max(statement_date) as last_date, max(reminder_level) as top_level "
				+ "from patient_statement group by patient_id), "
				+ "h as (select distinct patient_id from collections_handoff) "
				+ "select p.id, p.account_number, p.last_name, p.first_name, o.balance, o.claims, o.since, "
				+ "s.last_date, s.top_level, h.patient_id as handed_off from o join patient p on p.id = o.patient_id "
				+ "left join s on s.patient_id = o.patient_id left join h on h.patient_id = o.patient_id" + where
				+ " order by o.since, p.id limit :limit")
			.params(params)
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("account_number"),
					name(rs.getString("last_name"), rs.getString("first_name")), rs.getBigDecimal("balance"),
					rs.getInt("claims"), rs.getDate("since").toLocalDate(), rs.getDate("last_date"),
					(Integer) rs.getObject("top_level", Integer.class), rs.getObject("handed_off") != null))
			.list();
		Map<Long, PaymentPlan> active = this.plans.activeOf(rows.stream().map(Row::patientId).toList(), today);
		List<PatientAccount> accounts = new ArrayList<>(rows.size());
		for (Row row : rows) {
			long age = ChronoUnit.DAYS.between(row.since(), today);
			accounts.add(new PatientAccount(row.patientId(), row.accountNumber(), row.name(), row.balance(),
					row.claims(), age, ReminderLevel.forAgeInDays(age),
					(row.topLevel() != null) ? ReminderLevel.of(row.topLevel()) : null,
					(row.lastStatement() != null) ? row.lastStatement().toLocalDate() : null,
					active.get(row.patientId()), row.inCollections()));
		}
		return accounts;
	}

	static String name(String lastName, @Nullable String firstName) {
		return (firstName == null || firstName.isBlank()) ? lastName : lastName + ", " + firstName;
	}

	private record Row(long patientId, @Nullable String accountNumber, String name, BigDecimal balance, int claims,
			LocalDate since, @Nullable Date lastStatement, @Nullable Integer topLevel, boolean inCollections) {
	}

}
