package io.ardesk.aging;

/** What the rows of an aging report stand for. */
public enum AgingGrouping {

	PAYER("Payer"), PAYER_CATEGORY("Payer category"), PROVIDER("Provider (rendering NPI)"), LOCATION("Location");

	private final String label;

	AgingGrouping(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
