package io.ardesk.demodata.internal;

import java.util.List;

import io.ardesk.demodata.PracticeProfile;

/**
 * Names and addresses the profile does not carry: the rendering providers' names and the
 * street addresses of the practice and its locations (all fictitious).
 */
final class ProviderDirectory {

	private static final List<String[]> PROVIDER_NAMES = List.of(new String[] { "CARTER", "ELLEN" },
			new String[] { "OKAFOR", "DANIEL" }, new String[] { "LINDQVIST", "MAREN" },
			new String[] { "RAMOS", "VICTOR" }, new String[] { "CHEN", "GRACE" }, new String[] { "BECKER", "PAUL" },
			new String[] { "HOLLOWAY", "NINA" }, new String[] { "DESAI", "ARJUN" });

	static final String CITY = "SPRINGFIELD";

	static final String STATE = "IL";

	private ProviderDirectory() {
	}

	static String[] renderingName(PracticeProfile profile, String npi) {
		int index = Math.max(0, profile.renderingNpis().indexOf(npi));
		return PROVIDER_NAMES.get(index % PROVIDER_NAMES.size());
	}

	static String billingStreet() {
		return "1200 MEDICAL PARK DR";
	}

	static String locationStreet(PracticeProfile profile, String location) {
		return (1400 + 200 * Math.max(0, profile.locations().indexOf(location))) + " HEALTHWAY BLVD";
	}

	/** 837 billing and facility addresses need the nine-digit ZIP. */
	static String zip9() {
		return "627041234";
	}

}
