package io.ardesk.productivity.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.shared.Tooltip;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.ardesk.productivity.Productivity;
import io.ardesk.productivity.ProductivityFigures;
import io.ardesk.productivity.ProductivityReport;
import io.ardesk.productivity.ProductivityTable;
import io.ardesk.shared.problem.InvalidInputException;
import io.ardesk.shared.ui.Formats;
import io.ardesk.shared.ui.TableDownloads;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * Productivity by outcomes for the clients the user may reach: a row per specialist and
 * client, each client's total and the firm's in the footer. An AR specialist sees their
 * own rows only. The formulas are in the column tooltips and in {@code docs/kpis.md}.
 */
@Route("productivity")
@PageTitle("Productivity · ARdesk")
@Menu(order = 4, title = "Productivity", icon = "USER_CLOCK")
@RolesAllowed({ "FIRM_ADMIN", "ACCOUNT_MANAGER", "AR_SPECIALIST" })
public class ProductivityView extends VerticalLayout {

	private final Productivity productivity;

	private final Grid<ProductivityReport.Row> grid = new Grid<>();

	private final FooterRow footer;

	private final List<Grid.Column<ProductivityReport.Row>> figureColumns = new ArrayList<>();

	private final Span period = new Span();

	private final TableDownloads downloads = new TableDownloads();

	public ProductivityView(Productivity productivity) {
		this.productivity = productivity;
		setPadding(true);
		setSpacing(false);
		setSizeFull();
		add(new H2("Productivity"));
		Paragraph about = new Paragraph("Outcomes, not clicks: what each specialist's touches (follow-ups, appeals, "
				+ "document requests) brought back. Hover a column header for its formula.");
		about.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Top.NONE);
		DatePicker from = usDate("From");
		DatePicker to = usDate("To");
		this.period.setId("productivity-period");
		this.period.addClassNames(LumoUtility.TextColor.SECONDARY);
		HorizontalLayout filters = new HorizontalLayout(from, to, this.period, this.downloads);
		filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		add(about, filters);
		configureGrid();
		this.footer = this.grid.appendFooterRow();
		add(this.grid);
		ProductivityReport initial = load(null, null);
		from.setValue(initial.from());
		to.setValue(initial.to());
		from.addValueChangeListener((change) -> reload(from, to));
		to.addValueChangeListener((change) -> reload(from, to));
	}

	private void configureGrid() {
		this.grid.setId("productivity-grid");
		this.grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		this.grid.setSizeFull();
		// Names give way to the figures, which must never be cut off.
		this.grid.addColumn(ProductivityReport.Row::clientName)
			.setHeader("Client")
			.setWidth("11em")
			.setFlexGrow(1)
			.setTooltipGenerator(ProductivityReport.Row::clientName);
		this.grid.addComponentColumn(ProductivityView::specialist)
			.setHeader("Specialist")
			.setWidth("9em")
			.setFlexGrow(1);
		figure("Touches", "Follow-ups logged, appeals created and document requests made in the period",
				(f) -> Formats.count(f.touches()));
		figure("Per day", "Touches ÷ working days (Monday to Friday, firm holidays excluded) in the period",
				(f) -> f.touchesPerDay().toPlainString());
		figure("First touches", "Claims whose first touch ever fell in the period",
				(f) -> Formats.count(f.firstTouches()));
		figure("Days to 1st touch",
				"Median days from a claim's entry into the A/R queue (its submission date; date of service if "
						+ "never submitted) to its first touch",
				(f) -> text(f.medianDaysToFirstTouch()));
		figure("Cash recovered",
				"Payments with payment dates in the period on claims touched before the payment was posted "
						+ "(the dashboards' cash recovered), credited to whoever touched the claim last before it",
				(f) -> Formats.money(f.cashRecovered()));
		figure("Cash per touch", "Cash recovered ÷ touches", (f) -> money(f.cashPerTouch()));
		figure("Avoidable",
				"Follow-ups logged before the payer's typical response time (client's payer override, "
						+ "else 60 days Medicare/workers' comp, 30 self-pay, 45 others) had passed since submission",
				(f) -> Formats.count(f.avoidableTouches()));
		figure("Avoidable %", "Avoidable touches ÷ touches × 100", (f) -> percent(f.avoidablePercent()));
		figure("Overdue",
				"Overdue next actions: open queued claims the specialist owns whose next action date is before today",
				(f) -> Formats.count(f.overdueNextActions()));
	}

	private void figure(String header, String formula, Function<ProductivityFigures, String> value) {
		Span title = new Span(header);
		Tooltip.forComponent(title).setText(formula);
		Grid.Column<ProductivityReport.Row> column = this.grid.addColumn((row) -> value.apply(row.figures()))
			.setHeader(title)
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true)
			.setFlexGrow(0)
			.setTooltipGenerator((row) -> header + ": " + formula);
		column.setKey(header);
		this.figureColumns.add(column);
	}

	/** A bad period is told next to the "From" field; the grid keeps the last report. */
	private void reload(DatePicker from, DatePicker to) {
		try {
			load(from.getValue(), to.getValue());
			from.setInvalid(false);
		}
		catch (InvalidInputException ex) {
			from.setErrorMessage(ex.getMessage());
			from.setInvalid(true);
		}
	}

	private ProductivityReport load(@Nullable LocalDate from, @Nullable LocalDate to) {
		ProductivityReport report = this.productivity.firm(from, to);
		List<ProductivityReport.Row> items = new ArrayList<>();
		for (ProductivityReport.Row total : report.clients()) {
			report.rows().stream().filter((row) -> row.clientId().equals(total.clientId())).forEach(items::add);
			items.add(total);
		}
		this.grid.setItems(items);
		Span empty = new Span("No touches, recoveries or overdue next actions in this period.");
		this.grid.setEmptyStateComponent(empty);
		this.footer.getCell(this.grid.getColumns().get(0)).setComponent(bold("Firm total"));
		ProductivityFigures firm = report.firm();
		List<String> totals = List.of(Formats.count(firm.touches()), firm.touchesPerDay().toPlainString(),
				Formats.count(firm.firstTouches()), text(firm.medianDaysToFirstTouch()),
				Formats.money(firm.cashRecovered()), money(firm.cashPerTouch()), Formats.count(firm.avoidableTouches()),
				percent(firm.avoidablePercent()), Formats.count(firm.overdueNextActions()));
		for (int i = 0; i < totals.size(); i++) {
			this.footer.getCell(this.figureColumns.get(i)).setComponent(bold(totals.get(i)));
		}
		this.period.setText(Formats.date(report.from()) + " – " + Formats.date(report.to()) + " · "
				+ report.workingDays() + " working days");
		LocalDate start = report.from();
		LocalDate end = report.to();
		Productivity source = this.productivity;
		this.downloads.stream("productivity-" + start + "-" + end, "Productivity", ProductivityTable.HEADER,
				(writer) -> ProductivityTable.write(source.firm(start, end), writer));
		return report;
	}

	private static Span specialist(ProductivityReport.Row row) {
		return (row.user() != null) ? new Span(String.valueOf(row.userName())) : bold("Client total");
	}

	private static Span bold(String text) {
		Span span = new Span(text);
		span.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
		return span;
	}

	private static DatePicker usDate(String label) {
		DatePicker picker = new DatePicker(label);
		picker.setI18n(new DatePicker.DatePickerI18n().setDateFormat("MM/dd/yyyy"));
		picker.setWidth("10em");
		return picker;
	}

	private static String text(@Nullable BigDecimal value) {
		return (value != null) ? value.toPlainString() : "–";
	}

	private static String money(@Nullable BigDecimal value) {
		return (value != null) ? Formats.money(value) : "–";
	}

	private static String percent(@Nullable BigDecimal value) {
		return (value != null) ? value.toPlainString() + " %" : "–";
	}

}
