package io.ardesk.dashboards.ui;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import io.ardesk.dashboards.DashboardSnapshot;
import io.ardesk.dashboards.DashboardSnapshots;
import io.ardesk.dashboards.Kpi;
import io.ardesk.dashboards.KpiReport;
import io.ardesk.dashboards.KpiClaim;
import io.ardesk.dashboards.KpiClaims;
import io.ardesk.dashboards.KpiDrillDown;
import io.ardesk.dashboards.RecoveryWeek;
import io.ardesk.dashboards.ServiceLevels;
import io.ardesk.dashboards.SlaMeasure;
import io.ardesk.portal.ActiveClient;
import io.ardesk.security.ClientAccess;
import io.ardesk.security.Role;
import io.ardesk.portal.ClientProfiles;
import io.ardesk.shared.ui.EChart;
import io.ardesk.shared.ui.Formats;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.ClientSummary;
import org.jspecify.annotations.Nullable;

/**
 * The active client at a glance: whether the firm keeps its promises (SLA panel), the
 * KPIs of the trailing 90 days with their benchmarks, and twelve weeks of cash recovery.
 */
@Route("dashboard")
@PageTitle("Dashboard · ARdesk")
@Menu(order = 2, title = "Dashboard", icon = "DASHBOARD")
@RolesAllowed({ "FIRM_ADMIN", "ACCOUNT_MANAGER", "AR_SPECIALIST" })
public class ClientDashboardView extends VerticalLayout {

	private final DashboardSnapshots snapshots;

	private final KpiClaims kpiClaims;

	private final boolean manager;

	public ClientDashboardView(ActiveClient activeClient, ClientProfiles profiles, DashboardSnapshots snapshots,
			KpiClaims kpiClaims, ClientAccess access) {
		this.snapshots = snapshots;
		this.kpiClaims = kpiClaims;
		this.manager = access.currentUser()
			.map((user) -> user.role() == Role.ACCOUNT_MANAGER || user.role() == Role.FIRM_ADMIN)
			.orElse(false);
		setPadding(true);
		setSpacing(false);
		activeClient.current()
			.ifPresentOrElse(
					(client) -> show(client, profiles.profile(client.id()).timeZone(),
							this.snapshots.current(client.id())),
					() -> add(new H2("No client yet"), new Paragraph("You are not assigned to any client practice.")));
	}

	/** The default view from the read model: trailing 90 days ending today. */
	private void show(ClientSummary client, ZoneId zone, DashboardSnapshot snapshot) {
		removeAll();
		H2 title = new H2("Dashboard · " + client.name());
		title.setId("dashboard-title");
		ServiceLevels.SlaPanel panel = snapshot.sla();
		KpiReport report = snapshot.kpis();
		this.shown = report;
		Paragraph computed = new Paragraph("Figures as of " + Formats.dateTime(snapshot.computedAt(), zone)
				+ ", computed from the posting journal (refreshed after postings and hourly) · balances as of "
				+ Formats.date(report.asOf()));
		computed.setId("computed-at");
		computed.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-top", "0");
		HorizontalLayout header = new HorizontalLayout(computed);
		header.setAlignItems(FlexComponent.Alignment.BASELINE);
		if (this.manager) {
			Button refresh = new Button("Refresh now",
					(click) -> show(client, zone, this.snapshots.refresh(client.id())));
			refresh.setId("refresh-dashboard");
			refresh.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
			refresh.setTooltipText("Recompute this client's figures from the ledger now");
			header.add(refresh);
		}
		List<RecoveryWeek> weeks = snapshot.recovery().weeks();
		add(title, header, new H3("Service levels (" + panel.reds() + " red)"), slaGrid(panel.measures()),
				new H3("KPIs · " + Formats.date(report.from()) + " – " + Formats.date(report.to())
						+ " (trailing 90 days)"),
				kpiTiles(report), basis(report), new H3("Cash recovery · last 12 weeks"), rollCallout(weeks),
				charts(client.id(), weeks));
	}

	private static Grid<SlaMeasure> slaGrid(List<SlaMeasure> measures) {
		Grid<SlaMeasure> grid = new Grid<>();
		grid.setId("sla-panel");
		grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		grid.addColumn((m) -> m.measure().label()).setHeader("Measure").setFlexGrow(3);
		grid.addColumn((m) -> figure(m.target(), m.measure().unit()))
			.setHeader("Target")
			.setTextAlign(ColumnTextAlign.END);
		grid.addColumn((m) -> figure(m.actual(), m.measure().unit()))
			.setHeader("Actual")
			.setTextAlign(ColumnTextAlign.END);
		grid.addComponentColumn((m) -> Tiles.status(m.status())).setHeader("Status");
		grid.addColumn(SlaMeasure::rule).setHeader("Rule").setFlexGrow(4).setTooltipGenerator(SlaMeasure::rule);
		grid.setItems(measures);
		grid.setAllRowsVisible(true);
		return grid;
	}

	private Component kpiTiles(KpiReport report) {
		KpiReport.KpiFigures f = report.figures();
		return Tiles.wrap(tile(Kpi.DAYS_IN_AR, days(f.daysInAr())), tile(Kpi.DAYS_IN_AR_GROSS, days(f.daysInArGross())),
				tile(Kpi.AR_OVER_90_PERCENT, percent(f.arOver90Percent())),
				tile(Kpi.AR_OVER_120_PERCENT, percent(f.arOver120Percent())),
				tile(Kpi.NET_COLLECTION_RATE, percent(f.netCollectionRate())),
				tile(Kpi.INITIAL_DENIAL_RATE, percent(f.initialDenialRate())),
				tile(Kpi.INITIAL_DENIAL_RATE_DOLLARS, percent(f.initialDenialRateDollars())),
				tile(Kpi.CLEAN_CLAIM_RATE, percent(f.cleanClaimRate())),
				tile(Kpi.CASH_COLLECTED, Formats.money(f.cashCollected())),
				tile(Kpi.CASH_RECOVERED, Formats.money(f.cashRecovered())),
				tile(Kpi.CASH_RECOVERED_OVER_90, Formats.money(f.cashRecoveredOver90())),
				tile(Kpi.CHARGE_LAG, days(report.chargeLag().median()) + " / p90 " + days(report.chargeLag().p90())));
	}

	private Div tile(Kpi kpi, String figure) {
		String note = kpi.benchmark().equals("—") ? "Basis: the posting journal"
				: "Benchmark " + kpi.benchmark() + " (" + kpi.source() + ")";
		Div tile = Tiles.tile(kpi.label(), figure, note, kpi.formula());
		tile.setId("kpi-" + kpi.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
		KpiDrillDown target = KpiDrillDown.of(kpi);
		tile.getStyle().set("cursor", "pointer");
		tile.getElement().setAttribute("title", "Click for the claims behind it");
		tile.addClickListener((click) -> this.drillDownTo(target, kpi.label()));
		return tile;
	}

	private @Nullable KpiReport shown;

	/** A dialog listing the claims behind the KPI, with their count and total. */
	private void drillDownTo(KpiDrillDown kpi, String label) {
		KpiReport report = this.shown;
		if (report == null) {
			return;
		}
		KpiClaims.Page page = this.kpiClaims.claims(report.client(), kpi, report.from(), report.to(),
				KpiClaims.MAX_ROWS);
		String amountHeader = kpi.amountLabel();
		Grid<KpiClaim> grid = new Grid<>();
		grid.setId("kpi-claims");
		grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		grid.addColumn(KpiClaim::claimNumber).setHeader("Claim").setSortable(true);
		grid.addColumn((c) -> (c.payer() != null) ? c.payer() : "").setHeader("Payer").setFlexGrow(2);
		grid.addColumn((c) -> Formats.date(c.serviceDate())).setHeader("Service date");
		grid.addColumn((c) -> Formats.date(c.submittedOn())).setHeader("Submitted");
		grid.addColumn(KpiClaim::ageDays).setHeader(kpi.daysLabel()).setTextAlign(ColumnTextAlign.END);
		grid.addColumn((c) -> Formats.money(c.billed())).setHeader("Billed").setTextAlign(ColumnTextAlign.END);
		grid.addColumn((c) -> Formats.money(c.amount())).setHeader(amountHeader).setTextAlign(ColumnTextAlign.END);
		grid.setItems(page.claims());
		grid.setEmptyStateText("No claims behind this figure in the period.");
		grid.setWidth("64em");
		grid.setHeight("28em");
		Paragraph summary = new Paragraph(Formats.count(page.count()) + " claims, total " + Formats.money(page.total())
				+ " · " + Formats.date(page.from()) + " – " + Formats.date(page.to())
				+ ((page.claims().size() < page.count()) ? " · the " + page.claims().size() + " largest listed" : ""));
		summary.setId("kpi-claims-summary");
		com.vaadin.flow.component.dialog.Dialog dialog = new com.vaadin.flow.component.dialog.Dialog();
		dialog.setHeaderTitle(label + " · the claims behind it");
		dialog.add(summary, grid);
		dialog.getFooter().add(new com.vaadin.flow.component.button.Button("Close", (click) -> dialog.close()));
		dialog.open();
	}

	private static Paragraph basis(KpiReport report) {
		var b = report.basis();
		Paragraph basis = new Paragraph("Basis: A/R owed " + Formats.money(b.totalAr()) + " (over 90 days "
				+ Formats.money(b.arOver90()) + ") as of " + Formats.date(report.asOf()) + "; charges with dates of "
				+ "service in the period " + Formats.money(b.charges()) + "; contractual adjustments "
				+ Formats.money(b.contractual()) + "; " + b.days() + " days; " + b.claimsFirstAdjudicated()
				+ " claims first adjudicated (" + b.claimsDenied() + " denied, " + b.claimsClean() + " clean). "
				+ "Hover a figure for its formula; docs/kpis.md explains each.");
		basis.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
		return basis;
	}

	private static Paragraph rollCallout(List<RecoveryWeek> weeks) {
		RecoveryWeek last = weeks.getLast();
		Paragraph callout = new Paragraph(last.claimsRolled60To90() + " claims (" + Formats.money(last.rolled60To90())
				+ ") rolled from 61-90 into 91-120 days in the week ending " + Formats.date(last.weekEnd())
				+ ". If an account keeps rolling, it is not being worked.");
		callout.setId("roll-callout");
		if (last.claimsRolled60To90() > 0) {
			callout.getStyle().set("color", "var(--lumo-error-text-color)");
		}
		return callout;
	}

	private Component charts(ClientId client, List<RecoveryWeek> weeks) {
		EChart collections = chart("chart-collections", RecoveryCharts.collectionsByPayer(weeks));
		EChart recovered = chart("chart-recovered", RecoveryCharts.recoveredByBucket(weeks));
		EChart aging = chart("chart-aging", RecoveryCharts.agingDistribution(weeks));
		aging.addItemClickListener((event) -> aging.getUI().ifPresent((ui) -> ui.navigate("aging")));
		EChart rolls = chart("chart-rolls", RecoveryCharts.rolls(weeks));
		Div grid = new Div(collections, recovered, aging, rolls);
		grid.getStyle()
			.set("display", "grid")
			.set("grid-template-columns", "repeat(auto-fit, minmax(460px, 1fr))")
			.set("gap", "var(--lumo-space-m)")
			.set("width", "100%");
		return grid;
	}

	private static EChart chart(String id, Map<String, Object> option) {
		EChart chart = new EChart();
		chart.setId(id);
		chart.setHeight("300px");
		chart.setOption(option);
		return chart;
	}

	private static String figure(@Nullable BigDecimal value, String unit) {
		return (value == null) ? "—" : value.stripTrailingZeros().toPlainString() + " " + unit;
	}

	private static String days(@Nullable BigDecimal value) {
		return (value == null) ? "—" : value.toPlainString() + " days";
	}

	private static String percent(@Nullable BigDecimal value) {
		return (value == null) ? "—" : value.toPlainString() + " %";
	}

}
