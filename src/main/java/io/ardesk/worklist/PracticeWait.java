package io.ardesk.worklist;

import java.math.BigDecimal;

/**
 * Claims of one practice waiting on it for documents (an open document request).
 *
 * @param clientId the client's id (as in the REST paths)
 * @param claims how many claims wait
 * @param balance their insurance balance
 * @param oldestDays how long the oldest has waited (0 when none)
 * @param overDays how many have waited longer than the trend rule's
 * {@code documentWaitDays} (default 14)
 */
public record PracticeWait(String clientId, String clientName, int claims, BigDecimal balance, int oldestDays,
		int overDays) {
}
