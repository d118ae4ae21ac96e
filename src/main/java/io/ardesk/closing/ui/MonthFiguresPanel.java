package io.ardesk.closing.ui;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.ardesk.aging.AgingBucket;
import io.ardesk.closing.MonthAging;
import io.ardesk.closing.MonthFigures;
import io.ardesk.closing.MonthState;
import io.ardesk.dashboards.Kpi;
import io.ardesk.dashboards.KpiReport;
import io.ardesk.shared.ui.Formats;

/**
 * All the figures of one month: the KPIs as frozen at close (or computed now, marked as
 * such, for an open month) and the aging as of the last day per bucket, insurance and
 * patients apart.
 */
class MonthFiguresPanel extends VerticalLayout {

	/** One bucket of the aging, insurance and patients side by side. */
	record AgingLine(String bucket, BigDecimal insurance, long insuranceClaims, BigDecimal patient,
			long patientClaims) {
	}

	MonthFiguresPanel() {
		setId("month-figures");
		setPadding(false);
		setSpacing(true);
	}

	void clear() {
		removeAll();
	}

	void notEnded(YearMonth month) {
		removeAll();
		Paragraph text = new Paragraph(MonthCloseView.MONTH.format(month)
				+ " is under way: it has figures to close once it has ended. The dashboard shows today's.");
		text.addClassNames(LumoUtility.TextColor.SECONDARY);
		add(text);
	}

	void show(MonthFigures figures, ZoneId zone) {
		show(figures, zone, false);
	}

	/**
	 * @param closedLater whether a later month is closed: then nothing can change this
	 * open month's figures any more either
	 */
	void show(MonthFigures figures, ZoneId zone, boolean closedLater) {
		removeAll();
		KpiReport report = figures.kpis();
		KpiReport.KpiFigures f = report.figures();
		H3 title = new H3(MonthCloseView.MONTH.format(figures.month()) + " · " + Formats.date(report.from()) + "–"
				+ Formats.date(report.to()));
		Span basis = new Span((figures.status() == MonthState.CLOSED)
				? "Frozen when " + figures.closedBy() + " closed the month on "
						+ Formats.dateTime(figures.closedAt(), zone)
				: "Open month: computed now (" + Formats.dateTime(report.computedAt(), zone) + "); "
						+ (closedLater ? "a later month is closed, so no posting can change these figures any more"
								: "these figures may still change until the month is closed"));
		basis.setId("month-figures-basis");
		basis.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
		HorizontalLayout tiles = new HorizontalLayout(tile(Kpi.DAYS_IN_AR, MonthCloseView.days(f.daysInAr())),
				tile(Kpi.AR_OVER_90_PERCENT, Formats.percent(f.arOver90Percent())),
				tile(Kpi.AR_OVER_120_PERCENT, Formats.percent(f.arOver120Percent())),
				tile(Kpi.NET_COLLECTION_RATE, Formats.percent(f.netCollectionRate())),
				tile(Kpi.INITIAL_DENIAL_RATE, Formats.percent(f.initialDenialRate())),
				tile(Kpi.CASH_COLLECTED, Formats.money(f.cashCollected())),
				tile(Kpi.CASH_RECOVERED, Formats.money(f.cashRecovered())));
		tiles.setWrap(true);
		tiles.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.START);
		Span totals = new Span(
				"Total A/R on " + Formats.date(report.to()) + ": " + Formats.money(report.basis().totalAr())
						+ " · charges with dates of service in the month: " + Formats.money(report.basis().charges())
						+ " · contractual adjustments: " + Formats.money(report.basis().contractual()));
		totals.addClassNames(LumoUtility.FontSize.SMALL);
		add(title, basis, tiles, totals, agingGrid(figures.aging()));
	}

	private static Div tile(Kpi kpi, String value) {
		Span label = new Span(kpi.label());
		label.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
		Span figure = new Span(value.isEmpty() ? "—" : value);
		figure.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.FontWeight.SEMIBOLD);
		Div tile = new Div(label, new Div(figure));
		tile.setTitle(kpi.formula());
		tile.addClassNames(LumoUtility.Padding.SMALL, LumoUtility.Border.ALL, LumoUtility.BorderRadius.MEDIUM,
				LumoUtility.BorderColor.CONTRAST_10);
		tile.setMinWidth("9em");
		return tile;
	}

	private static Grid<AgingLine> agingGrid(MonthAging aging) {
		List<AgingLine> lines = new ArrayList<>();
		for (AgingBucket bucket : AgingBucket.values()) {
			var insurance = aging.insurance().bucket(bucket);
			var patient = aging.patient().bucket(bucket);
			lines.add(new AgingLine(bucket.label(), insurance.amount(), insurance.claims(), patient.amount(),
					patient.claims()));
		}
		lines.add(new AgingLine("Total", aging.insurance().total(), aging.insurance().claims(), aging.patient().total(),
				aging.patient().claims()));
		Grid<AgingLine> grid = new Grid<>();
		grid.setId("month-aging");
		grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		grid.setAllRowsVisible(true);
		grid.setWidth("44em");
		grid.addColumn(AgingLine::bucket).setHeader("Aging on " + Formats.date(aging.asOf()));
		grid.addColumn((line) -> Formats.money(line.insurance()))
			.setHeader("Insurance")
			.setTextAlign(ColumnTextAlign.END);
		grid.addColumn((line) -> Formats.count(line.insuranceClaims()))
			.setHeader("Claims")
			.setTextAlign(ColumnTextAlign.END);
		grid.addColumn((line) -> Formats.money(line.patient())).setHeader("Patient").setTextAlign(ColumnTextAlign.END);
		grid.addColumn((line) -> Formats.count(line.patientClaims()))
			.setHeader("Claims")
			.setTextAlign(ColumnTextAlign.END);
		grid.setItems(lines);
		return grid;
	}

}
