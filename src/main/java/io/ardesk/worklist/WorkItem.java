package io.ardesk.worklist;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.ardesk.claims.ClaimStatus;
import io.ardesk.tenancy.ClientId;
import org.jspecify.annotations.Nullable;

/** One claim in a work queue, with the reasons for its place. */
public record WorkItem(ClientId client, String clientName, String claimNumber, ClaimStatus status, String payer,
		BigDecimal balance, long ageDays, @Nullable Deadline deadline, BigDecimal score, List<String> reasons,
		@Nullable String owner, LocalDate nextActionDate, @Nullable String denialCategory, WorkStatus workStatus) {
}
