package io.ardesk.remittance;

import java.util.ArrayList;
import java.util.List;

import io.ardesk.shared.export.TableWriter;
import org.jspecify.annotations.Nullable;

/**
 * Unmatched payments as a table, the same in the REST file and the view's. Firm-internal.
 */
public interface UnmatchedPaymentTable {

	List<String> HEADER = List.of("Payment date", "Payer", "Trace number", "Claim number sent", "Payer claim number",
			"Status", "Charge", "Paid");

	static void write(List<UnmatchedPayment> payments, TableWriter writer) {
		for (UnmatchedPayment payment : payments) {
			List<@Nullable Object> cells = new ArrayList<>();
			cells.add(payment.paymentDate());
			cells.add(payment.payer());
			cells.add(payment.traceNumber());
			cells.add(payment.patientControlNumber());
			cells.add(payment.payerClaimNumber());
			cells.add(payment.statusCode());
			cells.add(payment.charge());
			cells.add(payment.paid());
			writer.row(cells);
		}
	}

}
