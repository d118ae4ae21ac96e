package io.ardesk.productivity;

import java.util.ArrayList;
import java.util.List;

import io.ardesk.shared.export.TableWriter;
import org.jspecify.annotations.Nullable;

/** The productivity report as a table, the same in the REST files and the view's. */
public interface ProductivityTable {

	List<String> HEADER = List.of("Client", "User", "Name", "Touches", "Touches per day", "First touches",
			"Median days to first touch", "Cash recovered", "Cash per touch", "Avoidable touches", "Avoidable %",
			"Overdue next actions");

	/** The specialists' rows, each client's total, and the firm's total last. */
	static void write(ProductivityReport report, TableWriter writer) {
		for (ProductivityReport.Row row : report.rows()) {
			writer.row(cells(row.clientName(), row.user(), row.userName(), row.figures()));
		}
		for (ProductivityReport.Row total : report.clients()) {
			writer.row(cells(total.clientName(), null, "Client total", total.figures()));
		}
		writer.row(cells("All clients", null, "Firm total", report.firm()));
	}

	private static List<@Nullable Object> cells(String client, @Nullable String user, @Nullable String name,
			ProductivityFigures figures) {
		List<@Nullable Object> cells = new ArrayList<>();
		cells.add(client);
		cells.add(user);
		cells.add(name);
		cells.add(figures.touches());
		cells.add(figures.touchesPerDay());
		cells.add(figures.firstTouches());
		cells.add(figures.medianDaysToFirstTouch());
		cells.add(figures.cashRecovered());
		cells.add(figures.cashPerTouch());
		cells.add(figures.avoidableTouches());
		cells.add(figures.avoidablePercent());
		cells.add(figures.overdueNextActions());
		return cells;
	}

}
