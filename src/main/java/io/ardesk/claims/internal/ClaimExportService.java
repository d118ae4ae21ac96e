package io.ardesk.claims.internal;

import java.util.ArrayList;
import java.util.List;

import io.ardesk.claims.ClaimExport;
import io.ardesk.claims.ClaimFilter;
import io.ardesk.claims.ClaimLedger;
import io.ardesk.claims.ClaimRow;
import io.ardesk.security.ClientAccess;
import io.ardesk.security.ReadsClient;
import io.ardesk.shared.export.TableWriter;
import io.ardesk.tenancy.ClientId;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Pages through the ledger's list (each page checked and bound by the ledger), so only
 * one page is held at a time.
 */
@Service
class ClaimExportService implements ClaimExport {

	static final int PAGE = 500;

	static final List<String> COLUMNS = List.of("Claim", "Status", "Payer", "Patient", "Service date", "Submitted",
			"Billed", "Paid", "Insurance balance", "Patient balance");

	static final List<String> STAFF_COLUMNS = List.of("Denial category", "Deadline", "Deadline kind");

	private final ClaimLedger ledger;

	private final ClientAccess access;

	ClaimExportService(ClaimLedger ledger, ClientAccess access) {
		this.ledger = ledger;
		this.access = access;
	}

	@Override
	@ReadsClient
	public List<String> header(ClientId client) {
		if (!staff()) {
			return COLUMNS;
		}
		List<String> header = new ArrayList<>(COLUMNS);
		header.addAll(STAFF_COLUMNS);
		return header;
	}

	@Override
	@ReadsClient
	public void write(ClientId client, ClaimFilter filter, TableWriter writer) {
		boolean staff = staff();
		String after = null;
		while (true) {
			List<ClaimRow> page = this.ledger.claims(client, filter, after, PAGE);
			for (ClaimRow row : page) {
				writer.row(cells(row, staff));
			}
			if (page.size() < PAGE) {
				return;
			}
			after = page.getLast().claimNumber();
		}
	}

	private boolean staff() {
		return this.access.currentUser().map((user) -> user.role().isStaff()).orElse(false);
	}

	static List<@Nullable Object> cells(ClaimRow row, boolean staff) {
		List<@Nullable Object> cells = new ArrayList<>(
				List.of(row.claimNumber(), row.status().label(), row.payer(), row.patient(), row.serviceDateFrom(),
						row.billed(), row.paid(), row.insuranceBalance(), row.patientBalance()));
		cells.add(5, row.submittedOn());
		if (staff) {
			cells.add(row.denialCategory());
			cells.add(row.deadline());
			cells.add("APPEAL".equals(row.deadlineKind()) ? "Appeal"
					: (row.deadlineKind() != null) ? "Timely filing" : null);
		}
		return cells;
	}

}
