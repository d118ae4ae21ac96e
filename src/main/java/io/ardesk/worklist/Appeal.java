package io.ardesk.worklist;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An appeal of a claim to its payer, with the letter generated from the claim's facts.
 *
 * @param level 1 for the first appeal (reconsideration), higher for each further level
 * @param deadline the date the appeal must reach the payer
 */
public record Appeal(long id, String claimNumber, int level, LocalDate deadline, String reason, String letterText,
		String createdBy, Instant createdAt, String status) {

}
