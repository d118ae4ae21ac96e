package io.ardesk.codes;

import java.util.Locale;
import java.util.Optional;

/** CAS01 group code: who bears an adjustment. */
public enum AdjustmentGroup {

	CO("Contractual obligation"), PR("Patient responsibility"), OA("Other adjustment"), PI("Payer initiated reduction"),
	CR("Correction and reversal");

	private final String description;

	AdjustmentGroup(String description) {
		this.description = description;
	}

	public String description() {
		return this.description;
	}

	/** The group for a code as it appears in a file; empty for anything else. */
	public static Optional<AdjustmentGroup> of(String code) {
		String normalized = code.strip().toUpperCase(Locale.ROOT);
		for (AdjustmentGroup group : values()) {
			if (group.name().equals(normalized)) {
				return Optional.of(group);
			}
		}
		return Optional.empty();
	}

}
