package io.ardesk.denials.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.ardesk.codes.DenialCategory;
import io.ardesk.denials.DenialDimension;
import io.ardesk.denials.DenialFigure;
import io.ardesk.denials.DeniedClaim;
import io.ardesk.shared.export.TableFile;
import org.jspecify.annotations.Nullable;

/**
 * Denial figures and claims as exportable tables (used by the REST files and the page).
 */
public final class DenialTables {

	private DenialTables() {
	}

	public static TableFile summary(List<DenialFigure> figures, Set<DenialDimension> dimensions) {
		List<DenialDimension> ordered = dimensions.stream().sorted().toList();
		List<String> header = new ArrayList<>(ordered.stream().map(DenialTables::title).toList());
		header.add("Claims");
		header.add("Denied");
		List<List<@Nullable Object>> rows = new ArrayList<>();
		for (DenialFigure figure : figures) {
			List<@Nullable Object> row = new ArrayList<>();
			for (DenialDimension dimension : ordered) {
				String value = figure.key(dimension);
				row.add((dimension == DenialDimension.CATEGORY && value != null) ? DenialCategory.valueOf(value).label()
						: value);
			}
			row.add(figure.claims());
			row.add(figure.amount());
			rows.add(row);
		}
		return new TableFile("Denials", header, rows);
	}

	public static TableFile claims(List<DeniedClaim> claims) {
		List<List<@Nullable Object>> rows = new ArrayList<>();
		for (DeniedClaim claim : claims) {
			rows.add(List.of(claim.claimNumber(), claim.payer(), claim.deniedOn(), claim.reason(),
					DenialCategory.valueOf(claim.category()).label(), claim.denied(), claim.insuranceBalance(),
					claim.status()));
		}
		return new TableFile("Denied claims",
				List.of("Claim", "Payer", "Denied on", "Reason", "Category", "Denied", "Insurance balance", "Status"),
				rows);
	}

	static String title(DenialDimension dimension) {
		return switch (dimension) {
			case CATEGORY -> "Category";
			case PAYER -> "Payer";
			case REASON -> "Reason";
			case RARC -> "Remark";
			case PROCEDURE -> "Procedure";
			case PROVIDER -> "Rendering provider";
			case LOCATION -> "Location";
			case WEEK -> "Week of";
			case MONTH -> "Month";
		};
	}

}
