package io.ardesk.reports.internal;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What the firm did for a client in a period, and what waits on the practice at its end.
 *
 * @param touches follow-ups logged in the period (calls, portal checks, letters)
 * @param claimsTouched distinct claims they were on
 * @param appeals appeals written in the period
 * @param correctedClaims corrected claims (frequency 7) sent in the period
 * @param documentRequests documents asked of the practice in the period
 * @param documentRequestsOpen requests still open at the period end
 * @param collectedByPayer payments dated in the period by payer ("Patient" for patients),
 * largest first
 */
record FirmActivity(long touches, long claimsTouched, long appeals, long correctedClaims, long documentRequests,
		long documentRequestsOpen, Map<String, BigDecimal> collectedByPayer) {
}
