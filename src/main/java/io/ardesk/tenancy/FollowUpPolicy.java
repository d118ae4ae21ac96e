package io.ardesk.tenancy;

/**
 * How the firm follows up a client's claims (tenant-config {@code followUp:}).
 *
 * @param deadlineGraceDays a claim whose every deadline passed more than this many days
 * ago leaves the main queue order for the "Deadline missed" list (default 7)
 * @param deadlineAlertDays timely-filing and appeal deadlines this close raise an alert
 * (default 14)
 * @param noResponseDays a submitted claim with no remittance and no touch for this long
 * enters the queue with the reason "no response" (default 21; per payer in
 * {@code payerOverrides[].noResponseDays})
 * @param secondaryAfterDays a primary adjudication with patient responsibility and a
 * secondary on file, not billed to the secondary after this many days, is an unaddressed
 * secondary (default 30)
 * @param billsSecondary whether the firm bills secondary payers for this client: then a
 * primary's patient responsibility waits for the secondary instead of going to the
 * patient (default true)
 */
public record FollowUpPolicy(int deadlineGraceDays, int deadlineAlertDays, int noResponseDays, int secondaryAfterDays,
		boolean billsSecondary) {

	public static FollowUpPolicy defaults() {
		return new FollowUpPolicy(7, 14, 21, 30, true);
	}

}
