package io.ardesk.patients.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.ardesk.patients.LetterSent;
import io.ardesk.patients.LetterSequence;
import io.ardesk.patients.PatientAccount;
import io.ardesk.patients.PatientAccountFilter;
import io.ardesk.patients.PaymentPlan;
import io.ardesk.patients.ReminderLevel;
import io.ardesk.tenancy.StatementPolicy;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Patients who owe a balance, one row each, oldest balance first, with what their letter
 * sequence is worked out from: the newest letter, the newest payment, the plan and the
 * hand-off to collections.
 */
@Component
class AccountQuery {

	private static final String SELECT = """
			with o as (select c.patient_id, sum(c.patient_balance) as balance, count(*) as claims,
			    min(%s) as since from claim c
			  where c.patient_balance > 0 and c.status <> 'VOIDED' %s group by c.patient_id),
			pay as (select patient_id, max(paid_on) as last_paid from patient_payment group by patient_id),
			h as (select distinct patient_id from collections_handoff)
			select p.id, p.account_number, p.last_name, p.first_name, o.balance, o.claims, o.since,
			  (p.address_line1 is null or p.city is null or p.state is null or p.zip is null) as address_missing,
			  pay.last_paid, l.letter_level, l.statement_date, h.patient_id as handed_off
			from o join patient p on p.id = o.patient_id
			left join pay on pay.patient_id = o.patient_id
			left join h on h.patient_id = o.patient_id
			left join lateral (select s.letter_level, s.statement_date from patient_statement s
			  where s.patient_id = o.patient_id order by s.statement_date desc, s.id desc limit 1) l on true
			""".formatted(OpenClaims.BALANCE_SINCE, "%s");

	private final JdbcClient jdbc;

	private final PaymentPlanStore plans;

	AccountQuery(JdbcClient jdbc, PaymentPlanStore plans) {
		this.jdbc = jdbc;
		this.plans = plans;
	}

	List<PatientAccount> accounts(PatientAccountFilter filter, StatementPolicy policy, LocalDate today) {
		StringBuilder where = new StringBuilder(" where true");
		Map<String, Object> params = new HashMap<>();
		if (filter.inCollections() != null) {
			where.append(filter.inCollections() ? " and" : " and not").append(" h.patient_id is not null");
		}
		if (filter.addressMissing() != null) {
			where.append(filter.addressMissing() ? " and" : " and not")
				.append(" (p.address_line1 is null or p.city is null or p.state is null or p.zip is null)");
		}
		// The letter due depends on each account's sequence: cut after working it out.
		String limit = "";
		if (filter.letterDue() == null) {
			limit = " limit :limit";
			params.put("limit", filter.limit());
		}
		List<Row> rows = this.jdbc.sql(SELECT.formatted("") + where + " order by o.since, p.id" + limit)
			.params(params)
			.query((rs, n) -> row(rs))
			.list();
		List<PatientAccount> accounts = accounts(rows, policy, today);
		if (filter.letterDue() != null) {
			return accounts.stream()
				.filter((account) -> account.letters().letterDue() && account.letters().next() == filter.letterDue())
				.limit(filter.limit())
				.toList();
		}
		return accounts;
	}

	/** Every patient owing a balance, oldest balance first (for statement runs). */
	List<PatientAccount> all(StatementPolicy policy, LocalDate today) {
		List<Row> rows = this.jdbc.sql(SELECT.formatted("") + " order by o.since, p.id")
			.query((rs, n) -> row(rs))
			.list();
		return accounts(rows, policy, today);
	}

	/** The patient's account, empty when they owe nothing. */
	Optional<PatientAccount> account(long patientId, StatementPolicy policy, LocalDate today) {
		List<Row> rows = this.jdbc.sql(SELECT.formatted("and c.patient_id = :patient"))
			.param("patient", patientId)
			.query((rs, n) -> row(rs))
			.list();
		return accounts(rows, policy, today).stream().findFirst();
	}

	private List<PatientAccount> accounts(List<Row> rows, StatementPolicy policy, LocalDate today) {
		Map<Long, PaymentPlan> active = this.plans.activeOf(rows.stream().map(Row::patientId).toList(), today);
		List<PatientAccount> accounts = new ArrayList<>(rows.size());
		for (Row row : rows) {
			PaymentPlan plan = active.get(row.patientId());
			SequenceFacts facts = new SequenceFacts(row.latestLetter(), row.lastPayment(), row.since(),
					plan != null && !plan.missed(), row.inCollections());
			LetterSequence letters = SequenceRule.of(facts, policy, today);
			accounts.add(new PatientAccount(row.patientId(), row.accountNumber(), row.name(), row.balance(),
					row.claims(), ChronoUnit.DAYS.between(row.since(), today), letters, plan, row.inCollections(),
					row.addressMissing()));
		}
		return accounts;
	}

	private static Row row(ResultSet rs) throws SQLException {
		String level = rs.getString("letter_level");
		LetterSent latest = (level != null)
				? new LetterSent(ReminderLevel.valueOf(level), rs.getObject("statement_date", LocalDate.class)) : null;
		return new Row(rs.getLong("id"), rs.getString("account_number"),
				name(rs.getString("last_name"), rs.getString("first_name")), rs.getBigDecimal("balance"),
				rs.getInt("claims"), rs.getObject("since", LocalDate.class), latest,
				rs.getObject("last_paid", LocalDate.class), rs.getObject("handed_off") != null,
				rs.getBoolean("address_missing"));
	}

	static String name(String lastName, @Nullable String firstName) {
		return (firstName == null || firstName.isBlank()) ? lastName : lastName + ", " + firstName;
	}

	private record Row(long patientId, @Nullable String accountNumber, String name, BigDecimal balance, int claims,
			LocalDate since, @Nullable LetterSent latestLetter, @Nullable LocalDate lastPayment, boolean inCollections,
			boolean addressMissing) {
	}

}
