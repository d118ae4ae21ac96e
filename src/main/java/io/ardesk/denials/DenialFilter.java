package io.ardesk.denials;

import java.util.Map;

/**
 * Narrows denials to those whose dimensions have the given values (as in
 * {@link DenialFigure#keys()}); an empty filter takes every denial of the period.
 */
public record DenialFilter(Map<DenialDimension, String> equal) {

	public static DenialFilter none() {
		return new DenialFilter(Map.of());
	}

}
