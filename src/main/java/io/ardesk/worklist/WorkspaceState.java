package io.ardesk.worklist;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The work side of one claim: who owns it, when it is due, its deadline and score, and
 * its follow-ups (newest first; internal ones left out for client viewers).
 *
 * @param version pass back when logging a follow-up, so that two people never overwrite
 * each other
 */
public record WorkspaceState(String claimNumber, @Nullable String owner, LocalDate nextActionDate,
		@Nullable Deadline deadline, BigDecimal score, List<String> reasons, long version,
		List<FollowUpRecord> followUps, WorkStatus workStatus) {
}
