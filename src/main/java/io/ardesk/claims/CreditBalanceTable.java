package io.ardesk.claims;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import io.ardesk.shared.export.TableWriter;
import io.ardesk.shared.ui.Formats;
import org.jspecify.annotations.Nullable;

/**
 * The credit balances (money owed back) as a table, the same in the REST file and the
 * view's; times in the client's time zone. Firm-internal.
 */
public interface CreditBalanceTable {

	List<String> HEADER = List.of("Claim", "Payer", "Owed back to", "Amount", "Since", "Why", "Note");

	static void write(List<CreditBalance> credits, ZoneId zone, TableWriter writer) {
		for (CreditBalance credit : credits) {
			List<@Nullable Object> cells = new ArrayList<>();
			cells.add(credit.claimNumber());
			cells.add(credit.payer());
			cells.add(owedTo(credit));
			cells.add(credit.amount());
			cells.add(Formats.dateTime(credit.flaggedAt(), zone));
			cells.add(credit.reason());
			cells.add(credit.note());
			writer.row(cells);
		}
	}

	static String owedTo(CreditBalance credit) {
		return (credit.owedTo() == ResponsibleParty.INSURANCE) ? "Payer" : "Patient";
	}

}
