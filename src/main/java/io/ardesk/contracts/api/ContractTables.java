package io.ardesk.contracts.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.ardesk.contracts.FeeSchedule;
import io.ardesk.contracts.Underpayment;
import io.ardesk.shared.export.TableFile;
import org.jspecify.annotations.Nullable;

/** The Contracts page's tables as files, for the REST export and the page's buttons. */
public final class ContractTables {

	private ContractTables() {
	}

	public static TableFile underpayments(List<Underpayment> underpayments) {
		List<List<@Nullable Object>> rows = new ArrayList<>();
		for (Underpayment u : underpayments) {
			rows.add(Arrays.asList(u.claimNumber(), u.lineNumber(), u.procedureCode(), u.modifiers(), u.payer(),
					u.serviceDate(), u.paidOn(), u.expected(), u.allowed(), u.variance()));
		}
		return new TableFile("Underpayments", List.of("Claim", "Line", "Procedure", "Modifiers", "Payer",
				"Date of service", "Paid on", "Expected", "Allowed", "Variance"), rows);
	}

	public static TableFile schedules(List<FeeSchedule> schedules) {
		List<List<@Nullable Object>> rows = new ArrayList<>();
		for (FeeSchedule f : schedules) {
			rows.add(Arrays.asList(f.payerId(), f.procedureCode(), f.modifier(), f.allowedAmount(), f.effectiveFrom(),
					f.effectiveTo()));
		}
		return new TableFile("Fee schedules",
				List.of("payer_id", "procedure_code", "modifier", "allowed_amount", "effective_from", "effective_to"),
				rows);
	}

}
