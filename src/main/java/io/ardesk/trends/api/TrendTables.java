package io.ardesk.trends.api;

import java.util.ArrayList;
import java.util.List;

import io.ardesk.shared.export.TableFile;
import io.ardesk.trends.AffectedClaim;
import io.ardesk.trends.TrendIssue;
import org.jspecify.annotations.Nullable;

/** Trend issues and their claims as exportable tables (REST files and the page). */
public final class TrendTables {

	private TrendTables() {
	}

	public static TableFile issues(List<TrendIssue> issues) {
		List<List<@Nullable Object>> rows = new ArrayList<>();
		for (TrendIssue issue : issues) {
			rows.add(java.util.Arrays.asList(issue.id(), issue.kind().label(), issue.what(), issue.status().label(),
					issue.claims(), issue.atStake(), issue.owner(), issue.dueDate(), issue.rootCause(),
					issue.preventiveAction(), issue.reopened()));
		}
		return new TableFile("Trend issues", List.of("Id", "Rule", "What", "Status", "Claims", "At stake", "Owner",
				"Due", "Root cause", "Preventive action", "Reopened"), rows);
	}

	public static TableFile claims(List<AffectedClaim> claims) {
		List<List<@Nullable Object>> rows = new ArrayList<>();
		for (AffectedClaim claim : claims) {
			rows.add(java.util.Arrays.asList(claim.claimNumber(), claim.payer(), claim.occurredOn(), claim.reason(),
					claim.amount(), claim.insuranceBalance()));
		}
		return new TableFile("Affected claims",
				List.of("Claim", "Payer", "On", "Reason", "At stake", "Insurance balance"), rows);
	}

}
