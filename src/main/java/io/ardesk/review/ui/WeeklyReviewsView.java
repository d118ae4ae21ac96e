package io.ardesk.review.ui;

import java.util.List;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.ardesk.portal.ActiveClient;
import io.ardesk.review.ReviewSummary;
import io.ardesk.review.WeeklyReviews;
import io.ardesk.shared.ui.Formats;
import io.ardesk.tenancy.ClientId;
import jakarta.annotation.security.RolesAllowed;

/**
 * The weekly review across the caller's clients: one line per client with the week's
 * headline changes; a click opens that client's review.
 */
@Route("reviews")
@PageTitle("Weekly reviews · ARdesk")
@Menu(order = 4.1, title = "All reviews", icon = "CALENDAR")
@RolesAllowed({ "FIRM_ADMIN", "ACCOUNT_MANAGER", "AR_SPECIALIST" })
public class WeeklyReviewsView extends com.vaadin.flow.component.orderedlayout.VerticalLayout {

	public WeeklyReviewsView(WeeklyReviews reviews, ActiveClient activeClient) {
		setPadding(true);
		setSpacing(false);
		add(new H2("Weekly reviews"));
		List<ReviewSummary> lines = reviews.summaries(null);
		if (lines.isEmpty()) {
			add(new Paragraph("You are not assigned to any client practice."));
			return;
		}
		Paragraph intro = new Paragraph(
				"Each client's last completed week against the week before. " + "Click a client to open its review.");
		intro.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Top.NONE);
		Grid<ReviewSummary> grid = ReviewGrids.grid("reviews-grid");
		grid.addColumn(ReviewSummary::clientName)
			.setHeader("Client")
			.setWidth("12em")
			.setFlexGrow(1)
			.setTooltipGenerator(ReviewSummary::clientName)
			.setFooter(Formats.count(lines.size()) + " clients");
		grid.addColumn(ReviewSummary::week).setHeader("Week").setAutoWidth(true);
		grid.addColumn((s) -> Formats.money(s.arThisWeek())).setHeader("A/R").setTextAlign(ColumnTextAlign.END);
		grid.addColumn((s) -> ReviewGrids.signedMoney(s.arChange()))
			.setHeader("A/R change")
			.setTextAlign(ColumnTextAlign.END);
		grid.addColumn((s) -> ReviewGrids.signedMoney(s.over90Change()))
			.setHeader("> 90 change")
			.setTextAlign(ColumnTextAlign.END);
		grid.addColumn((s) -> (s.rollRate60To90() != null) ? Formats.percent(s.rollRate60To90()) : "—")
			.setHeader("60 → 90 roll")
			.setTextAlign(ColumnTextAlign.END);
		count(grid, "High value", (s) -> s.highValueClaims());
		count(grid, "Deadlines", (s) -> s.deadlines());
		grid.addColumn((s) -> s.openEscalations()
				+ ((s.overdueEscalations() > 0) ? " (" + s.overdueEscalations() + " overdue)" : ""))
			.setHeader("Escalations")
			.setTextAlign(ColumnTextAlign.END);
		count(grid, "Blockers", (s) -> s.blockers());
		count(grid, "Open actions", (s) -> s.openActions());
		grid.getColumns().stream().skip(1).forEach((column) -> column.setAutoWidth(true).setFlexGrow(0));
		grid.setItems(lines);
		grid.addItemClickListener((event) -> {
			ReviewSummary line = event.getItem();
			activeClient.switchTo(ClientId.of(line.clientId()));
			getUI().ifPresent((ui) -> ui.navigate(WeeklyReviewView.class, new RouteParameters("week", line.week())));
		});
		add(intro, grid);
	}

	private static void count(Grid<ReviewSummary> grid, String header,
			java.util.function.ToLongFunction<ReviewSummary> value) {
		grid.addColumn((s) -> Formats.count(value.applyAsLong(s))).setHeader(header).setTextAlign(ColumnTextAlign.END);
	}

}
