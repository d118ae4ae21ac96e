package io.ardesk.dashboards;

import java.util.Arrays;
import java.util.List;

import io.ardesk.shared.export.TableWriter;

/**
 * The claims behind a KPI as a table, the same in the REST file and on the dashboard: the
 * age column is the claim's age on the period end (its charge lag for
 * {@link KpiDrillDown#CHARGE_LAG}), the last column what it adds to the numerator.
 */
public interface KpiClaimTable {

	static String title(KpiDrillDown kpi) {
		return "Claims behind " + kpi.field();
	}

	static List<String> header(KpiDrillDown kpi) {
		return List.of("Claim", "Payer", "Service date", "Submitted", kpi.daysLabel(), "Billed", kpi.amountLabel());
	}

	static void write(KpiClaims.Page page, TableWriter writer) {
		for (KpiClaim claim : page.claims()) {
			writer.row(Arrays.asList(claim.claimNumber(), claim.payer(), claim.serviceDate(), claim.submittedOn(),
					claim.ageDays(), claim.billed(), claim.amount()));
		}
	}

}
