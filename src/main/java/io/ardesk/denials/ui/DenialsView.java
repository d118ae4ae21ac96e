package io.ardesk.denials.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.ardesk.codes.DenialCategory;
import io.ardesk.denials.DenialAnalytics;
import io.ardesk.denials.DenialDimension;
import io.ardesk.denials.DenialFigure;
import io.ardesk.denials.DenialFilter;
import io.ardesk.denials.DeniedClaim;
import io.ardesk.denials.FirstTouch;
import io.ardesk.denials.RecoveryHistory;
import io.ardesk.denials.RecoveryRate;
import io.ardesk.denials.api.DenialTables;
import io.ardesk.portal.ActiveClient;
import io.ardesk.shared.ui.EChart;
import io.ardesk.shared.ui.Formats;
import io.ardesk.shared.ui.TableDownloads;
import io.ardesk.tenancy.ClientId;
import jakarta.annotation.security.RolesAllowed;

/**
 * The active client's denials: totals and first touch, charts by category and by payer
 * over the months, the table by category, payer and reason, recovery rates, and the
 * claims behind any bar or row.
 */
@Route("denials")
@PageTitle("Denials · ARdesk")
@Menu(order = 6, title = "Denials", icon = "BAN")
@RolesAllowed({ "FIRM_ADMIN", "ACCOUNT_MANAGER", "AR_SPECIALIST" })
public class DenialsView extends VerticalLayout {

	private static final Set<DenialDimension> TABLE = EnumSet.of(DenialDimension.CATEGORY, DenialDimension.PAYER,
			DenialDimension.REASON);

	private final DenialAnalytics analytics;

	private final RecoveryHistory recovery;

	private final DatePicker from = usDate("From");

	private final DatePicker to = usDate("To");

	private final Paragraph totals = new Paragraph();

	private final EChart byCategory = new EChart();

	private final EChart byPayer = new EChart();

	private final Grid<DenialFigure> table = new Grid<>();

	private final TableDownloads tableDownloads = new TableDownloads();

	private final H3 drillTitle = new H3();

	private final Grid<DeniedClaim> claims = new Grid<>();

	private final TableDownloads claimDownloads = new TableDownloads();

	private final Grid<RecoveryRate> rates = new Grid<>();

	public DenialsView(ActiveClient activeClient, DenialAnalytics analytics, RecoveryHistory recovery) {
		this.analytics = analytics;
		this.recovery = recovery;
		setPadding(true);
		activeClient.current().ifPresentOrElse((client) -> {
			add(new H2("Denials · " + client.name()));
			build(client.id());
		}, () -> add(new H2("No client yet"), new Paragraph("You are not assigned to any client practice.")));
	}

	private void build(ClientId client) {
		LocalDate today = this.analytics.today(client);
		this.to.setValue(today);
		this.to.setMax(today);
		this.from.setValue(today.minusMonths(6).withDayOfMonth(1));
		Anchor trends = new Anchor("trend-issues", "Trend issues →");
		trends.setId("to-trend-issues");
		HorizontalLayout controls = new HorizontalLayout(this.from, this.to, this.tableDownloads, trends);
		controls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		controls.setWrap(true);
		this.totals.setId("denial-totals");
		this.totals.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.NONE);
		this.byCategory.setId("denials-by-category");
		this.byPayer.setId("denials-by-payer");
		HorizontalLayout charts = new HorizontalLayout(this.byCategory, this.byPayer);
		charts.setWidthFull();
		this.byCategory.addItemClickListener((click) -> drill(client, Map.of(DenialDimension.CATEGORY,
				DenialCharts.categoryOf(click.seriesName()).name(), DenialDimension.MONTH, click.name()),
				click.seriesName() + " · " + click.name()));
		this.byPayer.addItemClickListener((click) -> drill(client,
				Map.of(DenialDimension.PAYER, click.seriesName(), DenialDimension.MONTH, click.name()),
				click.seriesName() + " · " + click.name()));
		configureTable(client);
		configureClaims();
		configureRates();
		this.drillTitle.setVisible(false);
		this.claims.setVisible(false);
		this.claimDownloads.setVisible(false);
		add(controls, this.totals, charts, this.table, this.drillTitle, this.claimDownloads, this.claims,
				new H3("Recovery rates"),
				new Paragraph("Share of denied dollars later paid, from this client's denials "
						+ RecoveryHistory.MINIMUM_AGE_DAYS + " to " + RecoveryHistory.MAXIMUM_AGE_DAYS
						+ " days old. A category's own rate replaces the typical rate in the work queue from "
						+ RecoveryHistory.MINIMUM_DENIALS + " denials on."),
				this.rates);
		this.from.addValueChangeListener((change) -> refresh(client));
		this.to.addValueChangeListener((change) -> refresh(client));
		refresh(client);
	}

	private void configureTable(ClientId client) {
		this.table.setId("denials-table");
		this.table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		this.table.setAllRowsVisible(false);
		this.table.setHeight("320px");
		this.table.addColumn((f) -> DenialCategory.valueOf(f.key(DenialDimension.CATEGORY)).label())
			.setHeader("Category")
			.setAutoWidth(true);
		this.table.addColumn((f) -> f.key(DenialDimension.PAYER)).setHeader("Payer").setAutoWidth(true);
		this.table.addColumn((f) -> f.key(DenialDimension.REASON)).setHeader("Reason").setAutoWidth(true);
		this.table.addColumn((f) -> Formats.count(f.claims())).setHeader("Claims").setTextAlign(ColumnTextAlign.END);
		this.table.addColumn((f) -> Formats.money(f.amount())).setHeader("Denied").setTextAlign(ColumnTextAlign.END);
		this.table.addItemClickListener((click) -> {
			DenialFigure f = click.getItem();
			Map<DenialDimension, String> filter = new EnumMap<>(DenialDimension.class);
			TABLE.forEach((d) -> filter.put(d, f.key(d)));
			drill(client, filter, f.key(DenialDimension.PAYER) + " · " + f.key(DenialDimension.REASON));
		});
	}

	private void configureClaims() {
		this.claims.setId("denied-claims");
		this.claims.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		this.claims.setHeight("300px");
		this.claims.addComponentColumn((c) -> new Anchor("workspace/" + c.claimNumber(), c.claimNumber()))
			.setHeader("Claim")
			.setAutoWidth(true);
		this.claims.addColumn(DeniedClaim::payer).setHeader("Payer").setAutoWidth(true);
		this.claims.addColumn((c) -> Formats.date(c.deniedOn())).setHeader("Denied on").setAutoWidth(true);
		this.claims.addColumn(DeniedClaim::reason).setHeader("Reason").setAutoWidth(true);
		this.claims.addColumn((c) -> DenialCategory.valueOf(c.category()).label()).setHeader("Category");
		this.claims.addColumn((c) -> Formats.money(c.denied())).setHeader("Denied").setTextAlign(ColumnTextAlign.END);
		this.claims.addColumn((c) -> Formats.money(c.insuranceBalance()))
			.setHeader("Insurance balance")
			.setTextAlign(ColumnTextAlign.END);
		this.claims.addColumn(DeniedClaim::status).setHeader("Status").setAutoWidth(true);
	}

	private void configureRates() {
		this.rates.setId("recovery-rates");
		this.rates.addThemeVariants(GridVariant.LUMO_COMPACT);
		this.rates.setAllRowsVisible(true);
		this.rates.addColumn((r) -> r.category().label()).setHeader("Category").setAutoWidth(true);
		this.rates.addColumn((r) -> Formats.count(r.denials()))
			.setHeader("Denials judged")
			.setTextAlign(ColumnTextAlign.END);
		this.rates.addColumn((r) -> Formats.money(r.denied())).setHeader("Denied").setTextAlign(ColumnTextAlign.END);
		this.rates.addColumn((r) -> Formats.money(r.recovered()))
			.setHeader("Later paid")
			.setTextAlign(ColumnTextAlign.END);
		this.rates.addColumn((r) -> r.rate().movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP) + "%")
			.setHeader("Rate")
			.setTextAlign(ColumnTextAlign.END);
		this.rates.addColumn((r) -> r.learned() ? "Learned (used in the queue)" : "Too little history: typical rate")
			.setHeader("Used")
			.setAutoWidth(true);
	}

	private void refresh(ClientId client) {
		LocalDate start = this.from.getValue();
		LocalDate end = this.to.getValue();
		if (start == null || end == null || start.isAfter(end)) {
			this.from.setInvalid(start != null && end != null);
			this.from.setErrorMessage("From must be on or before To");
			return;
		}
		this.from.setInvalid(false);
		List<DenialFigure> rows = this.analytics.summary(client, start, end, TABLE);
		long claimsDenied = this.analytics.summary(client, start, end, EnumSet.of(DenialDimension.MONTH))
			.stream()
			.mapToLong(DenialFigure::claims)
			.sum();
		BigDecimal dollars = rows.stream().map(DenialFigure::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
		FirstTouch touch = this.analytics.firstTouch(client, start, end);
		this.totals
			.setText(rows.isEmpty() ? "No denials between " + Formats.date(start) + " and " + Formats.date(end) + "."
					: Formats.money(dollars) + " denied on " + Formats.count(claimsDenied)
							+ " claim denials · first touch: "
							+ ((touch.medianHours() != null) ? "median " + touch.medianHours() + " h, " : "")
							+ Formats.count(touch.touched()) + " of " + Formats.count(touch.denials()) + " worked");
		this.table.setItems(rows);
		this.table.setVisible(!rows.isEmpty());
		this.byCategory.setVisible(!rows.isEmpty());
		this.byPayer.setVisible(!rows.isEmpty());
		if (!rows.isEmpty()) {
			this.byCategory.setOption(DenialCharts.overTime(
					this.analytics.summary(client, start, end,
							EnumSet.of(DenialDimension.MONTH, DenialDimension.CATEGORY)),
					DenialDimension.MONTH, DenialDimension.CATEGORY, "Denied dollars by category"));
			this.byPayer.setOption(DenialCharts.overTime(
					this.analytics.summary(client, start, end,
							EnumSet.of(DenialDimension.MONTH, DenialDimension.PAYER)),
					DenialDimension.MONTH, DenialDimension.PAYER, "Denied dollars by payer"));
		}
		this.tableDownloads.show("denials-" + client.value() + "-" + start + "-" + end,
				() -> DenialTables.summary(this.analytics.summary(client, start, end, TABLE), TABLE));
		this.rates.setItems(this.recovery.rates(client));
		this.drillTitle.setVisible(false);
		this.claims.setVisible(false);
		this.claimDownloads.setVisible(false);
	}

	private void drill(ClientId client, Map<DenialDimension, String> filter, String title) {
		LocalDate start = this.from.getValue();
		LocalDate end = this.to.getValue();
		if (start == null || end == null) {
			return;
		}
		DenialFilter denialFilter = new DenialFilter(Map.copyOf(filter));
		List<DeniedClaim> found = this.analytics.claims(client, start, end, denialFilter, 1000);
		this.drillTitle.setText("Claims · " + title + " (" + Formats.count(found.size()) + ")");
		this.claims.setItems(found);
		this.claimDownloads.show("denied-claims-" + client.value(),
				() -> DenialTables.claims(this.analytics.claims(client, start, end, denialFilter, 1000)));
		this.drillTitle.setVisible(true);
		this.claims.setVisible(true);
		this.claimDownloads.setVisible(true);
	}

	private static DatePicker usDate(String label) {
		DatePicker picker = new DatePicker(label);
		picker.setLocale(Locale.US);
		picker.setI18n(new DatePicker.DatePickerI18n().setDateFormat("MM/dd/yyyy"));
		return picker;
	}

	static Span muted(String text) {
		Span span = new Span(text);
		span.addClassName(LumoUtility.TextColor.SECONDARY);
		return span;
	}

}
