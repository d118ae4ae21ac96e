package io.ardesk.denials;

import java.util.Locale;
import java.util.Optional;

/** What denial figures can be broken down by. */
public enum DenialDimension {

	/** The catalogue's denial category of the reason code. */
	CATEGORY,
	/** The payer that denied. */
	PAYER,
	/** Group code and CARC, e.g. {@code CO-197}. */
	REASON,
	/** A remark code (RARC) sent with the denial; {@code none} when there was none. */
	RARC,
	/**
	 * The procedure code of the denied line; {@code claim level} for claim adjustments.
	 */
	PROCEDURE,
	/** The rendering provider's NPI. */
	PROVIDER,
	/** The claim's service location. */
	LOCATION,
	/** The Monday of the week the denial was paid on (ISO date). */
	WEEK,
	/** The month of the remittance, {@code yyyy-MM}. */
	MONTH;

	/** The JSON and query-parameter name, lower case. */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<DenialDimension> of(String value) {
		String normalized = value.strip().toUpperCase(Locale.ROOT);
		for (DenialDimension dimension : values()) {
			if (dimension.name().equals(normalized)) {
				return Optional.of(dimension);
			}
		}
		return Optional.empty();
	}

}
