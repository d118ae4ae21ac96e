package io.ardesk.routing;

import org.jspecify.annotations.Nullable;

/**
 * Which of the claim's payers a rule listens to, by its place (CLP02 or the claim's
 * payers).
 */
public enum PayerOrder {

	PRIMARY("Primary", "P"), SECONDARY("Secondary", "S"), ANY("Any payer", null);

	private final String label;

	private final @Nullable String sequence;

	PayerOrder(String label, @Nullable String sequence) {
		this.label = label;
		this.sequence = sequence;
	}

	public String label() {
		return this.label;
	}

	/** Whether a payment posted as this payer sequence (P, S or T) matches. */
	public boolean matches(String sequence) {
		return this.sequence == null || this.sequence.equals(sequence);
	}

}
