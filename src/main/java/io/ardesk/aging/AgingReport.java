package io.ardesk.aging;

import java.time.LocalDate;
import java.util.List;

import io.ardesk.claims.ResponsibleParty;
import io.ardesk.tenancy.AgingBasis;
import io.ardesk.tenancy.ClientId;

/**
 * A client's open accounts receivable aged as of a date. Insurance and patient balances
 * are kept apart: a claim with both counts once in each.
 *
 * @param basis the date ages are counted from, as the client is configured
 * @param rows one per group with an open balance or a credit balance, largest insurance
 * total first
 * @param credits credit balances (money owed back), counted apart and never netted
 */
public record AgingReport(ClientId client, LocalDate asOf, AgingBasis basis, AgingGrouping grouping,
		AgingTotals insurance, AgingTotals patient, AgingCredits credits, List<AgingRow> rows) {

	public AgingReport {
		rows = List.copyOf(rows);
	}

	public AgingTotals owedBy(ResponsibleParty party) {
		return (party == ResponsibleParty.INSURANCE) ? this.insurance : this.patient;
	}

	/** Whether nothing at all is owed, either way, as of the date. */
	public boolean isEmpty() {
		return this.insurance.claims() == 0 && this.patient.claims() == 0 && this.credits.isEmpty();
	}

}
