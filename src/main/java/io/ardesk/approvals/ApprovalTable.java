package io.ardesk.approvals;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.ardesk.claims.ResponsibleParty;
import io.ardesk.shared.export.TableWriter;
import io.ardesk.shared.ui.Formats;
import org.jspecify.annotations.Nullable;

/**
 * The money moves waiting for a decision as a table, the same in the REST file and the
 * view's; times in the client's time zone.
 */
public interface ApprovalTable {

	List<String> HEADER = List.of("Kind", "Claim or account", "Amount", "What", "Requested by", "Requested");

	static void write(List<MoneyMoveRequest> requests, ZoneId zone, TableWriter writer) {
		for (MoneyMoveRequest request : requests) {
			List<@Nullable Object> cells = new ArrayList<>();
			cells.add(request.move().kind().label());
			cells.add(request.subject());
			cells.add(request.move().amount());
			cells.add(what(request));
			cells.add(request.requestedBy());
			cells.add(Formats.dateTime(request.requestedAt(), zone));
			writer.row(cells);
		}
	}

	/**
	 * What the move is, in a sentence: the payment's date and reference, or the reason.
	 */
	static String what(MoneyMoveRequest request) {
		if (request.move().kind() == MoneyMoveKind.PATIENT_PAYMENT) {
			return "Paid " + Formats.date(request.move().paidOn()) + ", reference " + request.move().reference();
		}
		if (request.move().kind() == MoneyMoveKind.REFUND) {
			return "Back to the " + ((request.move().from() == ResponsibleParty.PATIENT) ? "patient" : "payer")
					+ ", reference " + request.move().reference()
					+ ((request.move().reason() != null) ? ": " + request.move().reason() : "");
		}
		return (request.move().kind() == MoneyMoveKind.WRITE_OFF) ? "From the "
				+ request.move().from().name().toLowerCase(Locale.ROOT) + " balance: " + request.move().reason()
				: request.move().reason();
	}

}
