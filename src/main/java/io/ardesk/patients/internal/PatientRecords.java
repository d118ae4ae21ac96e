package io.ardesk.patients.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import io.ardesk.patients.CollectionsHandoff;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What the desk did for a patient: payments taken, hand-offs. */
@Component
class PatientRecords {

	private final JdbcClient jdbc;

	PatientRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void paymentTaken(long patientId, BigDecimal amount, LocalDate paidOn, String reference, String by, Instant at) {
		this.jdbc
			.sql("insert into patient_payment (patient_id, amount, paid_on, reference, posted_by, posted_at) "
					+ "values (:patient, :amount, :paidOn, :reference, :by, :at)")
			.param("patient", patientId)
			.param("amount", amount)
			.param("paidOn", OpenClaims.sqlDate(paidOn))
			.param("reference", reference)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.update();
	}

	boolean inCollections(long patientId) {
		return this.jdbc.sql("select count(*) from collections_handoff where patient_id = :patient")
			.param("patient", patientId)
			.query(Long.class)
			.single() > 0;
	}

	CollectionsHandoff handedOff(long patientId, BigDecimal amount, String agency, @Nullable String note, String by,
			Instant at) {
		long id = this.jdbc
			.sql("insert into collections_handoff (patient_id, amount, handed_off_at, handed_off_by, agency, note) "
					+ "values (:patient, :amount, :at, :by, :agency, :note) returning id")
			.param("patient", patientId)
			.param("amount", amount)
			.param("at", Timestamp.from(at))
			.param("by", by)
			.param("agency", agency)
			.param("note", note)
			.query(Long.class)
			.single();
		return new CollectionsHandoff(id, patientId, amount, at, by, agency, note);
	}

}
