package io.ardesk.productivity;

import java.time.LocalDate;
import java.util.List;

/**
 * Productivity for a period: a row per specialist and client, a total per client and for
 * the firm (over the rows the caller may see).
 *
 * @param workingDays Monday to Friday in the period, the divisor of touches per day
 */
public record ProductivityReport(LocalDate from, LocalDate to, int workingDays, List<Row> rows, List<Row> clients,
		ProductivityFigures firm) {

	/**
	 * @param user the specialist's user name, or null on a client's total
	 */
	public record Row(String clientId, String clientName, @org.jspecify.annotations.Nullable String user,
			@org.jspecify.annotations.Nullable String userName, ProductivityFigures figures) {
	}

}
