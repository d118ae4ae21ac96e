package io.ardesk.patients.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.ardesk.patients.ReminderLevel;
import io.ardesk.patients.StatementLetter;
import io.ardesk.shared.jdbc.SequenceIds;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The letters sent to patients, each with the PDF that was printed. */
@Component
class StatementLetterStore {

	private static final String COLUMNS = "s.id, s.patient_id, s.statement_number, s.letter_level, s.statement_date, "
			+ "s.due_date, s.amount_due, s.created_by, s.run_id, (s.pdf is not null) as has_pdf";

	/** Print order of a run: by ZIP code (postal presort), then name. */
	private static final String PRINT_ORDER = " order by p.zip, p.last_name, p.first_name, s.id";

	private final JdbcClient jdbc;

	private final SequenceIds ids;

	StatementLetterStore(JdbcClient jdbc, SequenceIds ids) {
		this.jdbc = jdbc;
		this.ids = ids;
	}

	/** A fresh letter id, so that its number can be printed before it is stored. */
	long nextId() {
		return this.ids.next("patient_statement", 1)[0];
	}

	static String number(long id) {
		return "ST-" + String.format("%06d", id);
	}

	/** A letter to store, with the PDF printed for it. */
	record NewLetter(long id, long patientId, ReminderLevel level, LocalDate date, LocalDate dueDate,
			BigDecimal amountDue, String sentBy, Instant sentAt, @Nullable YearMonth cycle, @Nullable Long runId,
			byte[] pdf) {
	}

	/**
	 * Stores the letter; false when the patient already has one in the same cycle (a
	 * concurrent or repeated run), in which case nothing is stored.
	 */
	boolean insert(NewLetter letter) {
		return this.jdbc.sql("""
				insert into patient_statement (id, patient_id, statement_number, letter_level, statement_date, due_date,
				  amount_due, created_by, sent_at, cycle_month, run_id, pdf)
				values (:id, :patient, :number, :level, :date, :due, :amount, :by, :at, :cycle, :run, :pdf)
				on conflict (patient_id, cycle_month) where cycle_month is not null do nothing""")
			.param("id", letter.id())
			.param("patient", letter.patientId())
			.param("number", number(letter.id()))
			.param("level", letter.level().name())
			.param("date", OpenClaims.sqlDate(letter.date()))
			.param("due", OpenClaims.sqlDate(letter.dueDate()))
			.param("amount", letter.amountDue())
			.param("by", letter.sentBy())
			.param("at", Timestamp.from(letter.sentAt()))
			.param("cycle", (letter.cycle() != null) ? letter.cycle().toString() : null)
			.param("run", letter.runId())
			.param("pdf", letter.pdf())
			.update() == 1;
	}

	List<StatementLetter> ofPatient(long patientId) {
		return this.jdbc
			.sql("select " + COLUMNS + " from patient_statement s where s.patient_id = :patient "
					+ "order by s.statement_date desc, s.id desc")
			.param("patient", patientId)
			.query((rs, n) -> letter(rs))
			.list();
	}

	Optional<StatementLetter> find(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from patient_statement s where s.id = :id")
			.param("id", id)
			.query((rs, n) -> letter(rs))
			.optional();
	}

	Optional<byte[]> pdf(long patientId, long statementId) {
		return this.jdbc.sql("select pdf from patient_statement where id = :id and patient_id = :patient")
			.param("id", statementId)
			.param("patient", patientId)
			.query((rs, n) -> Optional.ofNullable(rs.getBytes("pdf")))
			.optional()
			.flatMap((pdf) -> pdf);
	}

	List<StatementLetter> ofRun(long runId) {
		return this.jdbc
			.sql("select " + COLUMNS + " from patient_statement s join patient p on p.id = s.patient_id "
					+ "where s.run_id = :run" + PRINT_ORDER)
			.param("run", runId)
			.query((rs, n) -> letter(rs))
			.list();
	}

	List<byte[]> pdfsOfRun(long runId) {
		return this.jdbc
			.sql("select s.pdf from patient_statement s join patient p on p.id = s.patient_id "
					+ "where s.run_id = :run and s.pdf is not null" + PRINT_ORDER)
			.param("run", runId)
			.query((rs, n) -> rs.getBytes(1))
			.list();
	}

	Set<Long> patientsSentIn(YearMonth cycle) {
		return new HashSet<>(this.jdbc.sql("select patient_id from patient_statement where cycle_month = :cycle")
			.param("cycle", cycle.toString())
			.query(Long.class)
			.list());
	}

	private static StatementLetter letter(ResultSet rs) throws SQLException {
		Long run = rs.getObject("run_id", Long.class);
		return new StatementLetter(rs.getLong("id"), rs.getLong("patient_id"), rs.getString("statement_number"),
				ReminderLevel.valueOf(rs.getString("letter_level")), rs.getObject("statement_date", LocalDate.class),
				rs.getObject("due_date", LocalDate.class), rs.getBigDecimal("amount_due"), rs.getString("created_by"),
				run, rs.getBoolean("has_pdf"));
	}

}
