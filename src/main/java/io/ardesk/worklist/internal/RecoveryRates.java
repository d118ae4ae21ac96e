package io.ardesk.worklist.internal;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * How often a denial of each category is overturned when worked: typical figures for
 * professional claims, used until a client has enough history of its own. Timely-filing
 * and duplicate denials are rarely recovered, missing information almost always.
 */
final class RecoveryRates {

	private static final Map<String, Double> TYPICAL = Map.ofEntries(Map.entry("MISSING_INFORMATION", 0.85),
			Map.entry("CODING_BUNDLING", 0.65), Map.entry("COORDINATION_OF_BENEFITS", 0.7),
			Map.entry("AUTHORIZATION", 0.55), Map.entry("MEDICAL_NECESSITY", 0.45), Map.entry("ELIGIBILITY", 0.4),
			Map.entry("DUPLICATE", 0.15), Map.entry("TIMELY_FILING", 0.1), Map.entry("CONTRACTUAL", 0.2),
			Map.entry("PATIENT_RESPONSIBILITY", 0.3), Map.entry("OTHER", 0.35));

	private RecoveryRates() {
	}

	static double of(@Nullable String category) {
		return (category != null) ? TYPICAL.getOrDefault(category, 0.35) : 0.0;
	}

	static String label(String category) {
		return category.toLowerCase().replace('_', ' ');
	}

}
