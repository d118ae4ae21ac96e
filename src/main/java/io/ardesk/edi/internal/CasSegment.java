package io.ardesk.edi.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.ardesk.edi.Adjustment;
import io.ardesk.edi.FileIssue;
import io.ardesk.edi.MalformedFileException;

/**
 * Reads a CAS segment: the group code (CAS01), then up to six triplets of reason, amount
 * and quantity. Every triplet is an adjustment of its own.
 */
final class CasSegment {

	private static final int MAX_TRIPLETS = 6;

	private CasSegment() {
	}

	static List<Adjustment> adjustments(Segment cas) {
		String group = ElementValues.required(cas, 1, "adjustment group code");
		List<Adjustment> adjustments = new ArrayList<>();
		for (int triplet = 0; triplet < MAX_TRIPLETS; triplet++) {
			int reasonElement = 2 + triplet * 3;
			String reason = cas.element(reasonElement).strip();
			String amount = cas.element(reasonElement + 1).strip();
			if (reason.isEmpty() && amount.isEmpty()) {
				continue;
			}
			if (reason.isEmpty() || amount.isEmpty()) {
				throw new MalformedFileException(
						new FileIssue("CAS triplet " + (triplet + 1) + " needs both a reason code and an amount",
								cas.id(), cas.position()));
			}
			adjustments.add(new Adjustment(group, reason,
					ElementValues.amount(cas, reasonElement + 1, amount, "adjustment amount"),
					ElementValues.optionalQuantity(cas, reasonElement + 2, "adjustment quantity")));
		}
		if (adjustments.isEmpty()) {
			throw ElementValues.missing(cas, 2, "adjustment reason code");
		}
		return adjustments;
	}

	static BigDecimal total(List<Adjustment> adjustments) {
		return adjustments.stream().map(Adjustment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
