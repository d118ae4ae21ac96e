package io.ardesk.closing.ui;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.ardesk.closing.MonthCloses;
import io.ardesk.closing.MonthFigures;
import io.ardesk.closing.MonthState;
import io.ardesk.closing.MonthStatus;
import io.ardesk.dashboards.KpiReport;
import io.ardesk.portal.ActiveClient;
import io.ardesk.portal.ClientProfiles;
import io.ardesk.security.ClientAccess;
import io.ardesk.security.ClientAccessDeniedException;
import io.ardesk.security.Role;
import io.ardesk.shared.problem.DomainException;
import io.ardesk.shared.ui.Formats;
import io.ardesk.tenancy.ClientId;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * The active client's months: status, who closed each and when, and the key figures
 * frozen at close; selecting a month shows all its figures (computed now for an open
 * month that has ended). Account managers and administrators close the next month after
 * confirming what closing means; specialists read.
 */
@Route("months")
@PageTitle("Month close · ARdesk")
@Menu(order = 8.5, title = "Month close", icon = "LOCK")
@RolesAllowed({ "FIRM_ADMIN", "ACCOUNT_MANAGER", "AR_SPECIALIST" })
public class MonthCloseView extends VerticalLayout {

	/** How the view names a month, e.g. "October 2026". */
	public static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.US);

	private final MonthCloses months;

	private final Grid<Row> grid = new Grid<>();

	private final MonthFiguresPanel details = new MonthFiguresPanel();

	private ZoneId zone = ZoneId.of("America/New_York");

	/** A month of the grid with its frozen figures when closed. */
	record Row(MonthStatus status, @Nullable MonthFigures figures) {

		KpiReport.@Nullable KpiFigures kpis() {
			return (this.figures != null) ? this.figures.kpis().figures() : null;
		}

	}

	public MonthCloseView(ActiveClient activeClient, MonthCloses months, ClientAccess access, ClientProfiles profiles) {
		this.months = months;
		setPadding(true);
		activeClient.current().ifPresentOrElse((client) -> {
			add(new H2("Month close · " + client.name()));
			this.zone = profiles.profile(client.id()).timeZone();
			Role role = access.currentUser().map((user) -> user.role()).orElse(Role.CLIENT_VIEWER);
			boolean closer = activeClient.mayChange() && (role == Role.ACCOUNT_MANAGER || role == Role.FIRM_ADMIN);
			show(client.id(), closer);
		}, () -> add(new H2("Month close"), new Paragraph("You are not assigned to any client practice.")));
	}

	private void show(ClientId client, boolean closer) {
		Paragraph explanation = new Paragraph("A closed month keeps the figures it had when it was closed. A payment, "
				+ "reversal or adjustment posted later for a date in a closed month counts on the first day of the "
				+ "open month and keeps the date it was posted for. Months close in order, once they have ended. Select a month to see all its figures (computed now for an "
				+ "open month).");
		explanation.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
		configureGrid(client, closer);
		this.grid.addSelectionListener((event) -> event.getFirstSelectedItem()
			.ifPresentOrElse((row) -> select(client, row), () -> this.details.clear()));
		add(explanation, this.grid, this.details);
		refresh(client);
	}

	private void configureGrid(ClientId client, boolean closer) {
		this.grid.setId("months-grid");
		this.grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		this.grid.setAllRowsVisible(true);
		this.grid.addColumn((row) -> MONTH.format(row.status().month()))
			.setHeader("Month")
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addComponentColumn(MonthCloseView::badge).setHeader("Status").setWidth("7em").setFlexGrow(0);
		this.grid.addColumn((row) -> (row.status().closedBy() != null) ? row.status().closedBy() : "")
			.setHeader("Closed by")
			.setAutoWidth(true);
		this.grid.addColumn((row) -> Formats.dateTime(row.status().closedAt(), this.zone))
			.setHeader("Closed at")
			.setWidth("10em")
			.setFlexGrow(0);
		figure("Days in A/R", (f) -> days(f.daysInAr()));
		figure("A/R over 90", (f) -> Formats.percent(f.arOver90Percent()));
		figure("Net collection rate", (f) -> Formats.percent(f.netCollectionRate()));
		figure("Cash collected", (f) -> Formats.money(f.cashCollected()));
		this.grid
			.addColumn((row) -> (row.figures() != null) ? Formats.money(row.figures().kpis().basis().totalAr()) : "—")
			.setHeader("Total A/R")
			.setTextAlign(ColumnTextAlign.END)
			.setWidth("9em")
			.setFlexGrow(0);
		if (closer) {
			this.grid.addComponentColumn((row) -> closeButton(client, row))
				.setKey("close")
				.setHeader("")
				.setWidth("7em")
				.setFlexGrow(0)
				// always in view, also when a narrow window scrolls the figures sideways
				.setFrozenToEnd(true);
		}
	}

	private void figure(String header, Function<KpiReport.KpiFigures, String> value) {
		this.grid.addColumn((row) -> (row.kpis() != null) ? value.apply(row.kpis()) : "—")
			.setHeader(header)
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true)
			.setFlexGrow(0);
	}

	static String days(@Nullable BigDecimal days) {
		return (days != null) ? days.setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() : "";
	}

	private static Component badge(Row row) {
		MonthStatus status = row.status();
		if (status.status() == MonthState.CLOSED) {
			Badge badge = new Badge("Closed");
			badge.addThemeVariants(BadgeVariant.SUCCESS);
			return badge;
		}
		return new Badge(status.ended() ? "Open" : "Under way");
	}

	private Component closeButton(ClientId client, Row row) {
		if (!row.status().closable()) {
			return new Span();
		}
		Button close = new Button("Close…", (click) -> confirm(client, row.status().month()));
		close.setId("close-" + row.status().month());
		close.addThemeVariants(ButtonVariant.LUMO_SMALL);
		return close;
	}

	private void confirm(ClientId client, YearMonth month) {
		Dialog dialog = new Dialog("Close " + MONTH.format(month) + "?");
		dialog.add(new Paragraph("Closing freezes the month's KPIs and its aging as of "
				+ Formats.date(month.atEndOfMonth()) + ". From then on, whatever is posted for a date in "
				+ MONTH.format(month) + " or before (a late payment, a reversal, an adjustment) counts on "
				+ Formats.date(month.plusMonths(1).atDay(1)) + " instead, keeping the date it was posted for, "
				+ "so the month's figures never change. Months close in order, and this cannot be undone here."));
		Button confirm = new Button("Close " + MONTH.format(month), (click) -> {
			dialog.close();
			close(client, month);
		});
		confirm.setId("confirm-close");
		confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		dialog.getFooter().add(new Button("Cancel", (click) -> dialog.close()), confirm);
		dialog.setWidth("34em");
		dialog.open();
	}

	private void close(ClientId client, YearMonth month) {
		try {
			MonthFigures figures = this.months.close(client, month);
			Notification.show("Closed " + MONTH.format(month) + ": its figures are frozen")
				.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
			refresh(client);
			this.details.show(figures, this.zone);
		}
		catch (DomainException | ClientAccessDeniedException ex) {
			Notification.show(ex.getMessage(), 6000, Notification.Position.MIDDLE)
				.addThemeVariants(NotificationVariant.LUMO_ERROR);
			refresh(client);
		}
	}

	private void select(ClientId client, Row row) {
		if (!row.status().ended()) {
			this.details.notEnded(row.status().month());
			return;
		}
		try {
			this.details.show(
					(row.figures() != null) ? row.figures() : this.months.figures(client, row.status().month()),
					this.zone);
		}
		catch (DomainException ex) {
			this.details.clear();
			Notification.show(ex.getMessage(), 6000, Notification.Position.MIDDLE)
				.addThemeVariants(NotificationVariant.LUMO_ERROR);
		}
	}

	private void refresh(ClientId client) {
		List<Row> rows = this.months.months(client)
			.stream()
			.map((status) -> new Row(status,
					(status.status() == MonthState.CLOSED) ? this.months.figures(client, status.month()) : null))
			.toList();
		this.grid.setItems(rows);
	}

}
