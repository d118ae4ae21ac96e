package io.ardesk.worklist;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A follow-up as a specialist logs it.
 *
 * @param callReference the payer's call reference number, when the channel is a call
 * @param internal whether the client practice must not see the note
 * @param nextActionDate required: when the claim is due again
 */
public record FollowUpEntry(FollowUpChannel channel, @Nullable String repName, @Nullable String callReference,
		FollowUpOutcome outcome, @Nullable String note, boolean internal, LocalDate nextActionDate) {

	/** The longest rep name kept. */
	public static final int MAX_REP_NAME = 100;

	/** The longest call reference kept. */
	public static final int MAX_CALL_REFERENCE = 100;

	/** The longest note kept. */
	public static final int MAX_NOTE = 4000;

}
