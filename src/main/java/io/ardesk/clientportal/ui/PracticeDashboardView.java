package io.ardesk.clientportal.ui;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.ardesk.clientportal.PracticeDashboard;
import io.ardesk.clientportal.PracticeFigures;
import io.ardesk.portal.ActiveClient;
import io.ardesk.shared.ui.EChart;
import io.ardesk.shared.ui.Formats;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientSummary;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;

/**
 * A client practice's landing page: what the firm collected and recovered for it, its A/R
 * and days in A/R against its targets, denials by category, its escalations and the
 * documents the firm is waiting for. The same figures as {@code GET
 * /api/v1/clients/{id}/dashboard}; the firm's staff see it as the practice does.
 */
@Route("practice")
@PageTitle("Dashboard · ARdesk")
@PermitAll
public class PracticeDashboardView extends VerticalLayout {

	public PracticeDashboardView(ActiveClient activeClient, PracticeDashboard dashboard, ClientDirectory directory) {
		setPadding(true);
		setSpacing(false);
		ClientSummary client = activeClient.current().orElse(null);
		if (client == null) {
			add(new H2("No practice yet"), new Paragraph("Your user is not linked to a client practice."));
			return;
		}
		ZoneId zone = directory.find(client.id()).map((p) -> p.timeZone()).orElse(directory.firm().timeZone());
		PracticeFigures figures = dashboard.figures(client.id());
		H2 title = new H2(client.name());
		title.setId("practice-title");
		Paragraph period = new Paragraph("Your billing firm's results · " + Formats.date(figures.period().from())
				+ " – " + Formats.date(figures.period().to()) + " (trailing 90 days) · figures as of "
				+ Formats.dateTime(figures.computedAt(), zone));
		period.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-top", "0");
		add(title, period, tiles(figures), cashChart(figures.weeks()), new H3("Denials by category"),
				denials(figures.denialsByCategory()), new H3("Escalations"), escalations(figures, zone),
				new H3("Documents we are waiting for"), documents(figures.openDocumentRequests()));
	}

	private static Component tiles(PracticeFigures f) {
		PracticeFigures.Receivables ar = f.ar();
		FlexLayout row = new FlexLayout(
				tile("tile-collected", "Cash collected · 12 weeks", Formats.money(f.cash().collected12Weeks()),
						Formats.money(f.cash().collected()) + " in the last 90 days", null),
				tile("tile-recovered", "Cash recovered · 12 weeks", Formats.money(f.cash().recovered12Weeks()),
						"on claims the firm worked; " + Formats.money(f.cash().recoveredOver90())
								+ " from over 90 days",
						null),
				tile("tile-ar", "A/R", Formats.money(ar.total()), Formats.money(ar.over90()) + " over 90 days", null),
				tile("tile-days-in-ar", "Days in A/R", (ar.daysInAr() == null) ? "—" : ar.daysInAr() + " days",
						"target " + ar.daysInArTarget() + " days · " + trend(f.daysInArTrend()), ar.daysInArOnTarget()),
				tile("tile-over-90", "A/R over 90 days",
						(ar.percentOver90() == null) ? "—" : ar.percentOver90().toPlainString() + " %",
						"at most " + Formats.percent(ar.maxPercentOver90()), ar.over90OnTarget()));
		row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
		row.getStyle().set("gap", "var(--lumo-space-s)");
		row.setId("practice-tiles");
		return row;
	}

	private static String trend(List<PracticeFigures.DaysInArPoint> points) {
		BigDecimal first = points.getFirst().daysInAr();
		BigDecimal last = points.getLast().daysInAr();
		if (first == null || last == null) {
			return "no trend yet";
		}
		int direction = last.compareTo(first);
		return ((direction < 0) ? "↓ down " : (direction > 0) ? "↑ up " : "→ flat ")
				+ last.subtract(first).abs().toPlainString() + " in 3 weeks";
	}

	private static Div tile(String id, String caption, String figure, String note, @Nullable Boolean onTarget) {
		Span label = new Span(caption);
		label.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
		Span value = new Span(figure);
		value.addClassName("tile-figure");
		value.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600");
		if (onTarget != null) {
			value.getStyle().set("color", onTarget ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
		}
		Span small = new Span(note);
		small.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-xs)");
		Div tile = new Div(label, new Div(value), new Div(small));
		tile.setId(id);
		tile.getStyle()
			.set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
			.set("border", "1px solid var(--lumo-contrast-10pct)")
			.set("border-radius", "var(--lumo-border-radius-l)")
			.set("min-width", "13em")
			.set("max-width", "19em");
		return tile;
	}

	private static EChart cashChart(List<PracticeFigures.WeekCash> weeks) {
		EChart chart = new EChart();
		chart.setId("chart-practice-cash");
		chart.setHeight("300px");
		chart.setWidthFull();
		List<String> labels = weeks.stream().map((w) -> Formats.date(w.weekEnd()).substring(0, 5)).toList();
		chart.setOption(Map.of("title",
				Map.of("text", "Cash per week and A/R at each week's end", "textStyle", Map.of("fontSize", 14)),
				"tooltip", Map.of("trigger", "axis"), "legend", Map.of("top", 24), "grid",
				Map.of("top", 64, "left", 80, "right", 80, "bottom", 30), "xAxis",
				Map.of("type", "category", "data", labels), "yAxis",
				List.of(Map.of("type", "value", "name", "Cash"), Map.of("type", "value", "name", "A/R")), "series",
				List.of(Map.of("name", "Collected", "type", "bar", "data",
						weeks.stream().map(PracticeFigures.WeekCash::collected).toList()),
						Map.of("name", "Recovered", "type", "bar", "data",
								weeks.stream().map(PracticeFigures.WeekCash::recovered).toList()),
						Map.of("name", "A/R", "type", "line", "yAxisIndex", 1, "data",
								weeks.stream().map(PracticeFigures.WeekCash::ar).toList()))));
		return chart;
	}

	private static Grid<PracticeFigures.DenialCategory> denials(List<PracticeFigures.DenialCategory> categories) {
		Grid<PracticeFigures.DenialCategory> grid = new Grid<>();
		grid.setId("practice-denials");
		grid.addColumn(PracticeFigures.DenialCategory::category).setHeader("Category").setFlexGrow(2);
		grid.addColumn((d) -> Formats.count(d.claims()))
			.setHeader("Claims")
			.setTextAlign(ColumnTextAlign.END)
			.setFlexGrow(1);
		grid.addColumn((d) -> Formats.money(d.amount()))
			.setHeader("Denied")
			.setTextAlign(ColumnTextAlign.END)
			.setFlexGrow(1);
		grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		grid.setEmptyStateComponent(new Span("No denials in the last 90 days."));
		grid.setItems(categories);
		grid.setAllRowsVisible(true);
		grid.setMaxWidth("48em");
		return grid;
	}

	private static Component escalations(PracticeFigures f, ZoneId zone) {
		Span counts = new Span(String.join(" · ",
				f.escalationsByStatus().entrySet().stream().map((e) -> e.getKey() + " " + e.getValue()).toList()));
		counts.setId("practice-escalation-counts");
		Grid<PracticeFigures.OpenEscalation> grid = new Grid<>();
		grid.setId("practice-escalations");
		grid.addColumn(PracticeFigures.OpenEscalation::claimNumber).setHeader("Claim").setAutoWidth(true);
		grid.addColumn(PracticeFigures.OpenEscalation::status).setHeader("Status").setAutoWidth(true);
		grid.addColumn((e) -> Formats.dateTime(e.raisedAt(), zone)).setHeader("Raised").setAutoWidth(true);
		grid.addColumn((e) -> Formats.dateTime(e.acknowledgeBy(), zone)).setHeader("Acknowledge by").setAutoWidth(true);
		grid.addColumn((e) -> Formats.dateTime(e.resolveBy(), zone)).setHeader("Resolve by").setAutoWidth(true);
		grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		grid.setEmptyStateComponent(new Span("No open escalations. Flag a claim from its page."));
		grid.setItems(f.openEscalations());
		grid.setAllRowsVisible(true);
		grid.addItemClickListener(
				(click) -> grid.getUI().ifPresent((ui) -> ui.navigate("escalations/" + click.getItem().id())));
		VerticalLayout box = new VerticalLayout(counts, grid);
		box.setPadding(false);
		return box;
	}

	private static Grid<PracticeFigures.OpenDocumentRequest> documents(
			List<PracticeFigures.OpenDocumentRequest> requests) {
		Grid<PracticeFigures.OpenDocumentRequest> grid = new Grid<>();
		grid.setId("practice-documents");
		grid.addColumn(PracticeFigures.OpenDocumentRequest::claimNumber).setHeader("Claim").setAutoWidth(true);
		grid.addColumn(PracticeFigures.OpenDocumentRequest::whatIsNeeded).setHeader("What is needed").setFlexGrow(1);
		grid.addColumn((r) -> Formats.date(r.dueDate()) + (r.overdue() ? " (overdue)" : ""))
			.setHeader("Due")
			.setAutoWidth(true);
		grid.addColumn((r) -> r.ageDays() + " days")
			.setHeader("Age")
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true);
		grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		grid.setEmptyStateComponent(new Span("Nothing is waiting for you."));
		grid.setItems(requests);
		grid.setAllRowsVisible(true);
		grid.addItemClickListener((click) -> grid.getUI().ifPresent((ui) -> ui.navigate("documents")));
		return grid;
	}

}
