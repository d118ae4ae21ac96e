package io.ardesk.tenancy;

import java.util.List;

/**
 * Who receives a client's reports and how often (tenant-config {@code reports:}).
 *
 * @param recipients e-mail addresses; none means the reports are only kept in the archive
 * @param frequency weekly, monthly or both
 * @param delayDays a period's report is built this many days after the period ends, so
 * that late postings are in (default 2)
 */
public record ReportDelivery(List<String> recipients, Frequency frequency, int delayDays) {

	public ReportDelivery {
		recipients = List.copyOf(recipients);
	}

	public static ReportDelivery defaults() {
		return new ReportDelivery(List.of(), Frequency.WEEKLY, 2);
	}

	public enum Frequency {

		WEEKLY, MONTHLY, WEEKLY_AND_MONTHLY;

		public boolean weekly() {
			return this != MONTHLY;
		}

		public boolean monthly() {
			return this != WEEKLY;
		}

	}

}
