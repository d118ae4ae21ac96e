package io.ardesk.edi.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.ardesk.edi.FileIssue;
import io.ardesk.edi.MalformedFileException;
import io.ardesk.edi.ProviderAdjustment;

/**
 * Reads a PLB segment: provider id, fiscal period date, then up to six pairs of a
 * composite reason (code:reference) and an amount.
 */
final class ProviderAdjustmentSegment {

	private static final int MAX_PAIRS = 6;

	private ProviderAdjustmentSegment() {
	}

	static List<ProviderAdjustment> adjustments(Segment plb, Warnings warnings) {
		String providerId = ElementValues.required(plb, 1, "provider identifier");
		LocalDate fiscalPeriodEnd = ElementValues.date(plb, plb.element(2), warnings);
		List<ProviderAdjustment> adjustments = new ArrayList<>();
		for (int pair = 0; pair < MAX_PAIRS; pair++) {
			int reasonElement = 3 + pair * 2;
			String reason = plb.component(reasonElement, 1).strip();
			String amount = plb.element(reasonElement + 1).strip();
			if (reason.isEmpty() && amount.isEmpty()) {
				continue;
			}
			if (reason.isEmpty() || amount.isEmpty()) {
				throw new MalformedFileException(
						new FileIssue("PLB adjustment " + (pair + 1) + " needs both a reason and an amount", plb.id(),
								plb.position()));
			}
			String reference = plb.component(reasonElement, 2).strip();
			adjustments
				.add(new ProviderAdjustment(providerId, fiscalPeriodEnd, reason, reference.isEmpty() ? null : reference,
						ElementValues.amount(plb, reasonElement + 1, amount, "provider adjustment amount")));
		}
		if (adjustments.isEmpty()) {
			throw ElementValues.missing(plb, 3, "adjustment reason");
		}
		return adjustments;
	}

}
