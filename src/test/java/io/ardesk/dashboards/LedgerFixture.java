package io.ardesk.dashboards;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;

import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.TenantContext;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a small, hand-made ledger into a client's schema: claims with their dated
 * journal rows (deltas, as the ledger records them) and follow-ups, so that every KPI of
 * a period can be computed by hand. Claims keep their final balances in sync with the
 * journal.
 */
public final class LedgerFixture {

	private final ClientId client;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	public LedgerFixture(ClientId client, JdbcClient jdbc, TransactionTemplate transaction) {
		this.client = client;
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	public long payer(String key, String name) {
		return inSchema(() -> this.jdbc.sql("""
				insert into payer (payer_key, name, category, timely_filing_days, appeal_days)
				values (:key, :name, 'COMMERCIAL', 180, 180) returning id""")
			.param("key", key)
			.param("name", name)
			.query(Long.class)
			.single());
	}

	public long claim(String number, long payerId, LocalDate serviceDate, LocalDate submittedOn, String billed) {
		return inSchema(() -> {
			long patient = this.jdbc
				.sql("insert into patient (patient_key, last_name) values (:key, 'Fixture') returning id")
				.param("key", "fixture-" + number)
				.query(Long.class)
				.single();
			long id = this.jdbc.sql("""
					insert into claim (claim_number, form, frequency_code, payer_id, patient_id, responsibility,
					  service_date_from, service_date_to, submitted_on, opened_on, status, billed, insurance_balance)
					values (:number, 'PROFESSIONAL', '1', :payer, :patient, 'P', :dos, :dos, :sent, :sent,
					  'SUBMITTED', :billed, :billed) returning id""")
				.param("number", number)
				.param("payer", payerId)
				.param("patient", patient)
				.param("dos", serviceDate)
				.param("sent", submittedOn)
				.param("billed", new BigDecimal(billed))
				.query(Long.class)
				.single();
			journal(id, "OPENED", submittedOn, new BigDecimal(billed), "0", "0", "0", new BigDecimal(billed).toString(),
					"0", "0");
			return id;
		});
	}

	/**
	 * A journal row, recorded at noon UTC of its effective date, and the claim's balances
	 * moved by the same deltas.
	 */
	public void post(long claimId, String kind, LocalDate on, String payerPaid, String patientPaid, String contractual,
			String insurance, String patient, String deniedOpen) {
		inSchema(() -> {
			journal(claimId, kind, on, BigDecimal.ZERO, payerPaid, patientPaid, contractual, insurance, patient,
					deniedOpen);
			this.jdbc.sql("""
					update claim set payer_paid = payer_paid + :pp, patient_paid = patient_paid + :pt,
					  contractual = contractual + :co, insurance_balance = insurance_balance + :ins,
					  patient_balance = patient_balance + :pat, denied_open = denied_open + :den where id = :id""")
				.param("pp", new BigDecimal(payerPaid))
				.param("pt", new BigDecimal(patientPaid))
				.param("co", new BigDecimal(contractual))
				.param("ins", new BigDecimal(insurance))
				.param("pat", new BigDecimal(patient))
				.param("den", new BigDecimal(deniedOpen))
				.param("id", claimId)
				.update();
			return null;
		});
	}

	/** A follow-up call logged at noon UTC of the date. */
	public void followUp(long claimId, LocalDate on) {
		inSchema(() -> this.jdbc.sql("""
				insert into follow_up (claim_id, logged_at, logged_by, channel, outcome, next_action_date)
				values (:claim, :at, 'specialist', 'CALL', 'IN_PROCESS', :next)""")
			.param("claim", claimId)
			.param("at", noon(on))
			.param("next", on.plusDays(14))
			.update());
	}

	private void journal(long claimId, String kind, LocalDate on, BigDecimal billed, String payerPaid,
			String patientPaid, String contractual, String insurance, String patient, String deniedOpen) {
		this.jdbc.sql("""
				insert into claim_journal (claim_id, effective_date, recorded_at, kind, actor, billed, payer_paid,
				  patient_paid, contractual, other_adjusted, written_off, insurance_balance, patient_balance,
				  denied_open, awaiting_next_payer)
				values (:claim, :on, :at, :kind, 'fixture', :billed, :pp, :pt, :co, 0, 0, :ins, :pat, :den, 0)""")
			.param("claim", claimId)
			.param("on", on)
			.param("at", noon(on))
			.param("kind", kind)
			.param("billed", billed)
			.param("pp", new BigDecimal(payerPaid))
			.param("pt", new BigDecimal(patientPaid))
			.param("co", new BigDecimal(contractual))
			.param("ins", new BigDecimal(insurance))
			.param("pat", new BigDecimal(patient))
			.param("den", new BigDecimal(deniedOpen))
			.update();
	}

	private static Timestamp noon(LocalDate on) {
		return Timestamp.from(on.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC));
	}

	private <T> T inSchema(java.util.function.Supplier<T> work) {
		return TenantContext.callAs(this.client, () -> this.transaction.execute((status) -> work.get()));
	}

}
