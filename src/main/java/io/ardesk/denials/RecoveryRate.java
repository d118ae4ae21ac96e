package io.ardesk.denials;

import java.math.BigDecimal;

import io.ardesk.codes.DenialCategory;

/**
 * The share of a category's denied dollars that the client was later paid.
 *
 * @param rate recovered / denied, 0 to 1, four decimals
 * @param denials claim denials of the category old enough to judge
 * @param learned whether {@code denials} reaches {@link RecoveryHistory#MINIMUM_DENIALS},
 * so that the rate may replace the typical one
 */
public record RecoveryRate(DenialCategory category, BigDecimal rate, int denials, BigDecimal denied,
		BigDecimal recovered, boolean learned) {
}
