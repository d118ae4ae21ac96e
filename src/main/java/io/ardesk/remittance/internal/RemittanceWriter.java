package io.ardesk.remittance.internal;

import java.util.ArrayList;
import java.util.List;

import io.ardesk.edi.ClaimPayment;
import io.ardesk.edi.ProviderAdjustment;
import io.ardesk.edi.RemittanceAdvice;
import io.ardesk.edi.ServicePayment;
import io.ardesk.shared.jdbc.BulkCopy;
import io.ardesk.shared.jdbc.SequenceIds;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Collects the rows of one file's remittances and writes them with {@code COPY} (JDBC
 * batches for the few remittance rows); ids are reserved up front so that child rows can
 * point at their parents before anything is written, and a claim payment's claim and
 * outcome can be settled after the ledger has answered.
 */
final class RemittanceWriter {

	private final JdbcTemplate jdbc;

	private final SequenceIds ids;

	private final long importBatchId;

	private final List<Object[]> remittances = new ArrayList<>();

	private final List<PaymentRow> payments = new ArrayList<>();

	private final List<Object[]> adjustments = new ArrayList<>();

	private final List<Object[]> services = new ArrayList<>();

	private final List<Object[]> remarks = new ArrayList<>();

	private final List<Object[]> plbs = new ArrayList<>();

	private long[] paymentIds = new long[0];

	private int nextPayment;

	RemittanceWriter(JdbcTemplate jdbc, SequenceIds ids, long importBatchId) {
		this.jdbc = jdbc;
		this.ids = ids;
		this.importBatchId = importBatchId;
	}

	/** A claim payment row whose claim, outcome and payer place are settled late. */
	static final class PaymentRow {

		final long id;

		private final Object[] values;

		PaymentRow(long id, Object[] values) {
			this.id = id;
			this.values = values;
		}

		void settle(@Nullable Long claimId, String outcome) {
			this.values[2] = claimId;
			this.values[9] = outcome;
		}

		void sequence(@Nullable String sequence) {
			this.values[11] = sequence;
		}

	}

	long remittance(RemittanceAdvice advice, long payerId) {
		long id = this.ids.next("remittance", 1)[0];
		this.paymentIds = this.ids.next("claim_payment", advice.claims().size());
		this.nextPayment = 0;
		this.remittances
			.add(new Object[] { id, payerId, advice.traceNumber(), RemittancePostingService.date(advice.paymentDate()),
					advice.totalPayment(), advice.paymentMethod(), this.importBatchId, advice.position() });
		// Parents first: the batch of remittances must be written before their payments.
		flushRemittances();
		return id;
	}

	PaymentRow claimPayment(long remittanceId, ClaimPayment payment) {
		long id = this.paymentIds[this.nextPayment++];
		PaymentRow row = new PaymentRow(id,
				new Object[] { id, remittanceId, null, payment.patientControlNumber(),
						payment.payerClaimControlNumber(), payment.statusCode(), payment.charge(), payment.paid(),
						payment.patientResponsibility(), "UNMATCHED", payment.position(), null, null });
		this.payments.add(row);
		return row;
	}

	void adjustment(long paymentId, PaymentFacts.Classified adjustment) {
		this.adjustments.add(new Object[] { paymentId, adjustment.lineNumber(), adjustment.procedureCode(),
				adjustment.group(), adjustment.reason(), adjustment.amount(), adjustment.quantity(),
				adjustment.adjustmentClass().name() });
	}

	void servicePayment(long paymentId, int lineNumber, ServicePayment line) {
		this.services.add(new Object[] { paymentId, lineNumber, line.procedureCode(),
				line.modifiers().isEmpty() ? null : String.join(":", line.modifiers()), line.charge(), line.paid(),
				line.allowedAmount(), RemittancePostingService.date(line.serviceDate()), line.units() });
	}

	void remark(long paymentId, @Nullable Integer lineNumber, String code) {
		this.remarks.add(new Object[] { paymentId, lineNumber, code });
	}

	void providerAdjustment(long remittanceId, ProviderAdjustment plb) {
		this.plbs
			.add(new Object[] { remittanceId, plb.providerId(), RemittancePostingService.date(plb.fiscalPeriodEnd()),
					plb.reasonCode(), plb.reference(), plb.amount() });
	}

	private void flushRemittances() {
		this.jdbc.batchUpdate("insert into remittance (id, payer_id, trace_number, payment_date, amount, method, "
				+ "import_batch_id, position) values (?, ?, ?, ?, ?, ?, ?, ?)", this.remittances);
		this.remittances.clear();
	}

	void flush() {
		flushRemittances();
		BulkCopy.copy(this.jdbc, "claim_payment",
				List.of("id", "remittance_id", "claim_id", "patient_control_number", "payer_claim_number",
						"status_code", "charge", "paid", "patient_responsibility", "outcome", "position",
						"payer_sequence", "reversed_by_id"),
				this.payments.stream().map((row) -> row.values).toList());
		BulkCopy.copy(this.jdbc, "claim_adjustment", List.of("claim_payment_id", "line_number", "procedure_code",
				"group_code", "reason_code", "amount", "quantity", "adjustment_class"), this.adjustments);
		BulkCopy.copy(this.jdbc, "service_payment", List.of("claim_payment_id", "line_number", "procedure_code",
				"modifiers", "charge", "paid", "allowed", "service_date", "units"), this.services);
		BulkCopy.copy(this.jdbc, "remark", List.of("claim_payment_id", "line_number", "code"), this.remarks);
		BulkCopy.copy(this.jdbc, "provider_adjustment",
				List.of("remittance_id", "provider_id", "fiscal_period_end", "reason_code", "reference", "amount"),
				this.plbs);
		this.payments.clear();
		this.adjustments.clear();
		this.services.clear();
		this.remarks.clear();
		this.plbs.clear();
	}

}
