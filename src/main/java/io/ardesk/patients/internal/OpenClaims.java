package io.ardesk.patients.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.ardesk.patients.OpenPatientClaim;
import io.ardesk.patients.UnknownPatientException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A patient's claims with a patient balance, oldest first. Ages run from the last
 * adjudication (when the patient's share became known), else from the date of service.
 */
@Component
class OpenClaims {

	/** The date a patient balance starts to age. */
	static final String BALANCE_SINCE = "coalesce(c.last_adjudicated_on, c.service_date_from)";

	private final JdbcClient jdbc;

	OpenClaims(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<OpenPatientClaim> of(long patientId, LocalDate today) {
		return this.jdbc
			.sql("select c.claim_number, c.service_date_from, c.billed, c.payer_paid, c.patient_balance, "
					+ BALANCE_SINCE + " as since from claim c where c.patient_id = :patient "
					+ "and c.patient_balance > 0 and c.status <> 'VOIDED' order by since, c.service_date_from, c.id")
			.param("patient", patientId)
			.query((rs, n) -> new OpenPatientClaim(rs.getString("claim_number"),
					rs.getDate("service_date_from").toLocalDate(), rs.getBigDecimal("billed"),
					rs.getBigDecimal("payer_paid"), rs.getBigDecimal("patient_balance"),
					ChronoUnit.DAYS.between(rs.getDate("since").toLocalDate(), today)))
			.list();
	}

	/**
	 * Locks the patient for this transaction, so that two payments (or a payment and a
	 * plan) for one patient never work from the same balances.
	 * @throws UnknownPatientException when the client has no such patient
	 */
	void lockPatient(long patientId) {
		if (this.jdbc.sql("select id from patient where id = :patient for update")
			.param("patient", patientId)
			.query(Long.class)
			.optional()
			.isEmpty()) {
			throw new UnknownPatientException(patientId);
		}
	}

	void requirePatient(long patientId) {
		if (this.jdbc.sql("select count(*) from patient where id = :patient")
			.param("patient", patientId)
			.query(Long.class)
			.single() == 0) {
			throw new UnknownPatientException(patientId);
		}
	}

	static Date sqlDate(LocalDate date) {
		return Date.valueOf(date);
	}

}
