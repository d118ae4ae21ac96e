package io.ardesk.escalation;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * A claim the client practice flagged. Deadlines are in business time of the firm.
 *
 * @param acknowledgeBy acknowledged by then, or the account manager hears
 * @param resolveBy resolved by then, or the account manager hears
 * @param resolution the note the practice sees
 * @param internalNote the firm's own note; never shown to the practice (absent for
 * viewers)
 * @param ladderStep the last SLA ladder step taken, if any
 */
public record Escalation(long id, String claimNumber, EscalationStatus status, EscalationReason reason,
		@Nullable String comment, String raisedBy, Instant raisedAt, Instant acknowledgeBy, Instant resolveBy,
		@Nullable Instant acknowledgedAt, @Nullable String acknowledgedBy, @Nullable Instant resolvedAt,
		@Nullable String resolvedBy, @Nullable String resolution,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String internalNote,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable LadderStep ladderStep) {

	/** The same escalation as the client practice sees it: without the firm's note. */
	/**
	 * How the practice sees who at the firm acted: the firm, never a staff member's name.
	 */
	static final String FIRM = "Billing firm";

	public Escalation forPractice() {
		return new Escalation(this.id, this.claimNumber, this.status, this.reason, this.comment, this.raisedBy,
				this.raisedAt, this.acknowledgeBy, this.resolveBy, this.acknowledgedAt,
				(this.acknowledgedBy != null) ? FIRM : null, this.resolvedAt, (this.resolvedBy != null) ? FIRM : null,
				this.resolution, null, null);
	}

}
