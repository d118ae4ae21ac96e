package io.ardesk.denials;

import java.math.BigDecimal;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Denied claims and dollars of one combination of the requested dimensions.
 *
 * @param keys the value of each requested dimension (category as its enum name)
 * @param claims distinct claims denied
 * @param amount denied dollars
 */
public record DenialFigure(Map<DenialDimension, String> keys, long claims, BigDecimal amount) {

	public @Nullable String key(DenialDimension dimension) {
		return this.keys.get(dimension);
	}

}
