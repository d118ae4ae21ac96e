package io.ardesk.patients.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.ardesk.patients.MailingAddress;
import io.ardesk.patients.UnknownPatientException;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads what a patient's letter shows: the patient and their address, each visit with a
 * patient balance, and the movements since the previous letter.
 */
@Component
class StatementContentQuery {

	/** A visit lists at most this many services; the rest are summed up in words. */
	static final int MAX_SERVICES = 4;

	private final JdbcClient jdbc;

	StatementContentQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The patient as letters address them. PHI: never log. */
	record Addressee(long patientId, String accountNumber, String mailingName, @Nullable MailingAddress address) {

		@Override
		public String toString() {
			return "Addressee[" + this.patientId + ", redacted]";
		}

	}

	Addressee addressee(long patientId) {
		return this.jdbc.sql("""
				select id, account_number, last_name, first_name, address_line1, address_line2, city, state, zip
				from patient where id = :patient""")
			.param("patient", patientId)
			.query((rs, n) -> addressee(rs))
			.optional()
			.orElseThrow(() -> new UnknownPatientException(patientId));
	}

	private static Addressee addressee(ResultSet rs) throws SQLException {
		String line1 = rs.getString("address_line1");
		String city = rs.getString("city");
		String state = rs.getString("state");
		String zip = rs.getString("zip");
		MailingAddress address = (line1 != null && city != null && state != null && zip != null)
				? new MailingAddress(line1, rs.getString("address_line2"), city, state, zip) : null;
		String first = rs.getString("first_name");
		String last = rs.getString("last_name");
		String account = rs.getString("account_number");
		return new Addressee(rs.getLong("id"), (account != null) ? account : "P" + rs.getLong("id"),
				(first != null && !first.isBlank()) ? first.strip() + " " + last.strip() : last.strip(), address);
	}

	/** The visits with a patient balance, oldest service first. */
	List<StatementContent.Visit> visits(long patientId, String practiceName) {
		return this.jdbc.sql("""
				select c.service_date_from, c.location, c.billed, c.payer_paid, c.contractual, c.other_adjusted,
				  c.patient_paid, c.insurance_balance, c.written_off, c.patient_balance,
				  (select string_agg(l.procedure_code, ',' order by l.line_number) from claim_line l
				    where l.claim_id = c.id) as codes
				from claim c where c.patient_id = :patient and c.patient_balance > 0 and c.status <> 'VOIDED'
				order by c.service_date_from, c.id""")
			.param("patient", patientId)
			.query((rs, n) -> new StatementContent.Visit(rs.getObject("service_date_from", LocalDate.class),
					provider(rs.getString("location"), practiceName), services(rs.getString("codes")),
					rs.getBigDecimal("billed"), rs.getBigDecimal("payer_paid"),
					rs.getBigDecimal("contractual").add(rs.getBigDecimal("other_adjusted")),
					rs.getBigDecimal("patient_paid"), rs.getBigDecimal("insurance_balance"),
					rs.getBigDecimal("written_off"), rs.getBigDecimal("patient_balance")))
			.list();
	}

	/** The patient balance by age on the statement date: 0-30, 31-60, 61-90, over 90. */
	StatementContent.Aging aging(long patientId, LocalDate on) {
		BigDecimal[] buckets = { BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO };
		this.jdbc
			.sql("select c.patient_balance, " + OpenClaims.BALANCE_SINCE + " as since from claim c "
					+ "where c.patient_id = :patient and c.patient_balance > 0 and c.status <> 'VOIDED'")
			.param("patient", patientId)
			.query((rs, n) -> {
				long age = ChronoUnit.DAYS.between(rs.getObject("since", LocalDate.class), on);
				int bucket = (age <= 30) ? 0 : (age <= 60) ? 1 : (age <= 90) ? 2 : 3;
				buckets[bucket] = buckets[bucket].add(rs.getBigDecimal("patient_balance"));
				return bucket;
			})
			.list();
		return new StatementContent.Aging(buckets[0], buckets[1], buckets[2], buckets[3]);
	}

	/**
	 * What changed since the previous letter. Without one, everything on the visits is
	 * new: their patient share as new charges, what the patient paid on them as payments.
	 */
	StatementContent.Summary summary(long patientId, List<StatementContent.Visit> visits) {
		BigDecimal due = sum(visits.stream().map(StatementContent.Visit::patientBalance).toList());
		Optional<Previous> previous = previous(patientId);
		if (previous.isEmpty()) {
			BigDecimal paid = sum(visits.stream().map(StatementContent.Visit::patientPayments).toList());
			return new StatementContent.Summary(BigDecimal.ZERO, due.add(paid), paid, BigDecimal.ZERO, due);
		}
		Previous last = previous.get();
		BigDecimal payments = this.jdbc
			.sql("select coalesce(sum(amount), 0) from patient_payment where patient_id = :patient and posted_at > :at")
			.param("patient", patientId)
			.param("at", Timestamp.from(last.sentAt()))
			.query(BigDecimal.class)
			.single();
		BigDecimal newCharges = this.jdbc
			.sql("select coalesce(sum(c.patient_paid + c.patient_balance), 0) from claim c "
					+ "where c.patient_id = :patient and c.status <> 'VOIDED' and " + OpenClaims.BALANCE_SINCE
					+ " > :on")
			.param("patient", patientId)
			.param("on", OpenClaims.sqlDate(last.on()))
			.query(BigDecimal.class)
			.single();
		BigDecimal adjustments = due.subtract(last.amountDue()).subtract(newCharges).add(payments);
		return new StatementContent.Summary(last.amountDue(), newCharges, payments, adjustments, due);
	}

	private Optional<Previous> previous(long patientId) {
		return this.jdbc.sql("""
				select statement_date, sent_at, amount_due from patient_statement where patient_id = :patient
				order by statement_date desc, id desc limit 1""")
			.param("patient", patientId)
			.query((rs, n) -> new Previous(rs.getObject("statement_date", LocalDate.class),
					rs.getTimestamp("sent_at").toInstant(), rs.getBigDecimal("amount_due")))
			.optional();
	}

	private record Previous(LocalDate on, Instant sentAt, BigDecimal amountDue) {
	}

	static List<String> services(@Nullable String codes) {
		if (codes == null || codes.isBlank()) {
			return List.of("Medical service");
		}
		List<String> distinct = Arrays.stream(codes.split(",")).map(String::strip).distinct().toList();
		List<String> services = new ArrayList<>();
		for (String code : distinct.subList(0, Math.min(MAX_SERVICES, distinct.size()))) {
			services.add(code + " " + ProcedureLabels.label(code));
		}
		if (distinct.size() > MAX_SERVICES) {
			int more = distinct.size() - MAX_SERVICES;
			services.add("and " + more + ((more == 1) ? " more service" : " more services"));
		}
		return services;
	}

	/** The service location as people write it (files often shout in capitals). */
	static String provider(@Nullable String location, String practiceName) {
		String name = (location != null && !location.isBlank()) ? location.strip() : practiceName;
		if (!name.equals(name.toUpperCase(Locale.ROOT))) {
			return name;
		}
		StringBuilder words = new StringBuilder();
		for (String word : name.toLowerCase(Locale.ROOT).split(" ")) {
			if (!word.isEmpty()) {
				words.append((words.length() > 0) ? " " : "")
					.append(Character.toUpperCase(word.charAt(0)))
					.append(word.substring(1));
			}
		}
		return words.toString();
	}

	private static BigDecimal sum(List<BigDecimal> amounts) {
		return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
