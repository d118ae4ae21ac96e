package io.ardesk.dashboards.ui;

import java.math.BigDecimal;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.ardesk.dashboards.Portfolio;
import io.ardesk.dashboards.PortfolioEntry;
import io.ardesk.dashboards.PortfolioTable;
import io.ardesk.portal.ActiveClient;
import io.ardesk.shared.ui.Formats;
import io.ardesk.shared.ui.TableDownloads;
import io.ardesk.tenancy.ClientDirectory;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * Every client the user may see, riskiest first, with totals; a click opens that client's
 * dashboard.
 */
@Route("portfolio")
@PageTitle("Portfolio · ARdesk")
@Menu(order = 3, title = "Portfolio", icon = "GRID_BIG")
@RolesAllowed({ "FIRM_ADMIN", "ACCOUNT_MANAGER", "AR_SPECIALIST" })
public class PortfolioView extends VerticalLayout {

	public PortfolioView(Portfolio portfolio, ActiveClient activeClient, ClientDirectory directory) {
		setPadding(true);
		setSpacing(false);
		Portfolio.Ranked ranked = portfolio.ranked();
		add(new H2("Firm portfolio"));
		if (ranked.clients().isEmpty()) {
			add(new Paragraph("You are not assigned to any client practice."));
			return;
		}
		java.time.Instant oldest = ranked.clients()
			.stream()
			.map(PortfolioEntry::computedAt)
			.min(java.util.Comparator.naturalOrder())
			.orElseThrow();
		Paragraph computed = new Paragraph("Figures as of " + Formats.dateTime(oldest, directory.firm().timeZone())
				+ " (firm time; each client's dashboard is refreshed after postings and hourly) · ranked by risk: 10 per red SLA measure, 3 per amber, "
				+ "1 per point A/R over 90 rose in 4 weeks, 2 per deadline at risk (at most 20), 5 per open escalation. "
				+ "Click a client to open its dashboard.");
		computed.setId("computed-at");
		computed.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-top", "0");
		Portfolio.Totals totals = ranked.totals();
		add(computed,
				Tiles.wrap(Tiles.tile("Clients", Formats.count(totals.clients()), "", "Clients you may see"),
						Tiles.tile("Red SLA measures", Formats.count(totals.slaReds()), "across clients",
								"Sum of RED measures of every client's SLA panel"),
						Tiles.tile("A/R owed", Formats.money(totals.totalAr()), "today",
								"Insurance and patient balances above zero"),
						Tiles.tile("Deadlines at risk", Formats.count(totals.deadlinesAtRisk()), "within 14 days",
								"Open claims whose filing or appeal deadline is within 14 days"),
						Tiles.tile("Open escalations", Formats.count(totals.openEscalations()), "",
								"From the escalations module, when installed")));
		Grid<PortfolioEntry> grid = new Grid<>();
		grid.setId("portfolio-grid");
		grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		grid.addColumn(PortfolioEntry::name)
			.setHeader("Client")
			.setAutoWidth(true)
			.setFlexGrow(1)
			.setTooltipGenerator((e) -> e.name() + ((e.specialty() != null) ? " · " + e.specialty() : ""));
		grid.addComponentColumn((e) -> Tiles.status(e.status())).setHeader("SLA").setAutoWidth(true).setFlexGrow(0);
		rightAligned(grid.addColumn(PortfolioEntry::risk).setHeader("Risk"));
		rightAligned(grid.addColumn((e) -> number(e.daysInAr())).setHeader("Days in A/R"));
		rightAligned(grid.addColumn((e) -> number(e.arOver90Percent())).setHeader("A/R > 90 %"));
		rightAligned(grid.addColumn((e) -> signed(e.arOver90Change())).setHeader("4-week change"));
		rightAligned(grid.addColumn(PortfolioEntry::slaReds).setHeader("Reds"));
		rightAligned(grid.addColumn(PortfolioEntry::deadlinesAtRisk).setHeader("Deadlines"));
		rightAligned(grid.addColumn(PortfolioEntry::openEscalations).setHeader("Escalations"));
		rightAligned(grid.addColumn((e) -> Formats.money(e.totalAr())).setHeader("A/R owed"));
		grid.addColumn((e) -> (e.peers() != null)
				? e.peers().rank() + " of " + e.peers().of() + " (median " + e.peers().medianDaysInAr() + " days)"
				: "under 5 peers")
			.setHeader("Peer rank")
			.setAutoWidth(true)
			.setFlexGrow(0)
			.setTooltipGenerator((e) -> "Rank by days in A/R among the firm's clients of the same specialty "
					+ "(shown when at least 5 exist)");
		grid.setItems(ranked.clients());
		TableDownloads downloads = new TableDownloads();
		downloads.stream("portfolio", "Portfolio", PortfolioTable.HEADER,
				(writer) -> PortfolioTable.write(portfolio.ranked(), writer));
		add(downloads);
		grid.setAllRowsVisible(true);
		grid.addItemClickListener((event) -> {
			activeClient.switchTo(event.getItem().clientId());
			getUI().ifPresent((ui) -> ui.navigate(ClientDashboardView.class));
		});
		add(grid);
	}

	private static String number(@Nullable BigDecimal value) {
		return (value == null) ? "—" : value.toPlainString();
	}

	private static String signed(@Nullable BigDecimal value) {
		return (value == null) ? "—" : ((value.signum() > 0) ? "+" : "") + value.toPlainString();
	}

	/** A right-aligned figure column as wide as its widest figure. */
	private static void rightAligned(Grid.Column<PortfolioEntry> column) {
		column.setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
	}

}
