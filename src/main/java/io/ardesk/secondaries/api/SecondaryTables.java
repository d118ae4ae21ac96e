package io.ardesk.secondaries.api;

import java.util.ArrayList;
import java.util.List;

import io.ardesk.secondaries.SecondaryWorklist;
import io.ardesk.secondaries.UnaddressedSecondary;
import io.ardesk.shared.export.TableFile;
import org.jspecify.annotations.Nullable;

/** The secondary worklist as an exportable table (REST files and the page). */
public final class SecondaryTables {

	private SecondaryTables() {
	}

	public static TableFile of(SecondaryWorklist worklist) {
		List<List<@Nullable Object>> rows = new ArrayList<>();
		for (UnaddressedSecondary claim : worklist.claims()) {
			rows.add(java.util.Arrays.asList(claim.claimNumber(), claim.primaryPayer(), claim.secondaryPayer(),
					claim.serviceDate(), claim.primaryAdjudicatedOn(), claim.daysWaiting(),
					claim.patientResponsibility(), claim.insuranceBalance()));
		}
		return new TableFile("Unaddressed secondaries", List.of("Claim", "Primary payer", "Secondary payer",
				"Date of service", "Primary paid on", "Days waiting", "Patient responsibility", "Insurance balance"),
				rows);
	}

}
