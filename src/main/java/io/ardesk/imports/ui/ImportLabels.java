package io.ardesk.imports.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import io.ardesk.edi.FileFormat;
import io.ardesk.imports.ImportResult;
import io.ardesk.imports.ImportStatus;
import org.jspecify.annotations.Nullable;

/** How imports read on screen: file types, status badges and a short count summary. */
final class ImportLabels {

	private ImportLabels() {
	}

	static String type(@Nullable FileFormat format) {
		if (format == null) {
			return "Unknown";
		}
		return switch (format) {
			case X12_837P -> "837P professional claims";
			case X12_837I -> "837I institutional claims";
			case X12_835 -> "835 remittance";
			case CSV_CLAIMS -> "CSV claims";
		};
	}

	static Badge status(ImportStatus status) {
		Badge badge = new Badge(switch (status) {
			case POSTED -> "Posted";
			case DUPLICATE -> "Duplicate";
			case REJECTED -> "Rejected";
		});
		badge.addClassName("import-status");
		badge.getElement().setAttribute("data-status", status.name());
		badge.addThemeVariants(switch (status) {
			case POSTED -> BadgeVariant.SUCCESS;
			case DUPLICATE -> BadgeVariant.CONTRAST;
			case REJECTED -> BadgeVariant.ERROR;
		});
		return badge;
	}

	/** "3 claims created · 12 payments posted"; only the counts that are not zero. */
	static String counts(ImportResult result) {
		List<String> parts = new ArrayList<>();
		add(parts, result.claimsCreated(), "claim created", "claims created");
		add(parts, result.claimsUpdated(), "claim updated", "claims updated");
		add(parts, result.paymentsPosted(), "payment posted", "payments posted");
		add(parts, result.denials(), "denial", "denials");
		add(parts, result.reversals(), "reversal", "reversals");
		add(parts, result.unmatched(), "unmatched payment", "unmatched payments");
		return parts.isEmpty() ? "Nothing posted" : String.join(" · ", parts);
	}

	private static void add(List<String> parts, int count, String one, String many) {
		if (count != 0) {
			parts.add(count + " " + ((count == 1) ? one : many));
		}
	}

}
