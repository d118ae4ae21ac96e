package io.ardesk.demodata;

import java.time.LocalDate;

/**
 * A piece of the firm's work that a generated history assumes: on {@code date} a
 * specialist called the payer about the claim or appealed its denial, and (when
 * {@code recovered}) the payer paid afterwards.
 */
public record FirmWork(LocalDate date, String claimNumber, FirmWorkKind kind, boolean recovered) {

	/** What the specialist did. */
	public enum FirmWorkKind {

		/** Called about a claim the payer never answered. */
		NO_RESPONSE_CALL,
		/** Called about a denied service. */
		DENIAL_CALL,
		/** Appealed a denied claim. */
		APPEAL

	}

}
