package io.ardesk.patients;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A patient's balance handed to a collection agency. Nothing is written off: the agency
 * collects the balance, which stays on the claims.
 */
public record CollectionsHandoff(long id, long patientId, BigDecimal amount, Instant handedOffAt, String handedOffBy,
		String agency, @Nullable String note) {

}
