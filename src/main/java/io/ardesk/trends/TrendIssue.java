package io.ardesk.trends;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A systemic problem of one client.
 *
 * @param patternKey what makes two detections the same pattern (unique per client)
 * @param what what was detected, in words
 * @param claims affected claims at the last detection
 * @param atStake dollars of those claims at stake
 * @param reopened how often the pattern returned after the issue was resolved
 */
public record TrendIssue(long id, TrendIssueKind kind, String patternKey, String what, TrendIssueStatus status,
		int claims, BigDecimal atStake, @Nullable String owner, LocalDate dueDate, @Nullable String rootCause,
		@Nullable String preventiveAction, Instant detectedAt, Instant lastSeenAt, @Nullable Instant resolvedAt,
		int reopened, long version) {
}
