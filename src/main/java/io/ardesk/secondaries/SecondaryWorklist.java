package io.ardesk.secondaries;

import java.math.BigDecimal;
import java.util.List;

/**
 * The unaddressed secondaries of a client, oldest first, with their true count and the
 * patient responsibility they leave unbilled.
 */
public record SecondaryWorklist(int afterDays, List<UnaddressedSecondary> claims, int count, BigDecimal total) {

	public SecondaryWorklist {
		claims = List.copyOf(claims);
	}

	public static SecondaryWorklist of(int afterDays, List<UnaddressedSecondary> claims) {
		return new SecondaryWorklist(afterDays, claims, claims.size(),
				claims.stream()
					.map(UnaddressedSecondary::patientResponsibility)
					.reduce(BigDecimal.ZERO, BigDecimal::add));
	}

}
