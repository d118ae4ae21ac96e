package io.ardesk.claims.ui;

import java.math.BigDecimal;
import java.util.function.Function;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.ardesk.claims.ClaimExport;
import io.ardesk.claims.ClaimFilter;
import io.ardesk.claims.ClaimLedger;
import io.ardesk.claims.ClaimRow;
import io.ardesk.portal.ActiveClient;
import io.ardesk.security.ClientAccess;
import io.ardesk.shared.ui.Formats;
import io.ardesk.shared.ui.TableDownloads;
import io.ardesk.tenancy.ClientId;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;

/**
 * The active client's claims, filtered and paged lazily in claim-number order. Enter or a
 * double click opens a claim.
 */
@Route("claims")
@PageTitle("Claims · ARdesk")
@Menu(order = 10, title = "Claims", icon = "FILE_TEXT_O")
@PermitAll
public class ClaimsView extends VerticalLayout {

	/**
	 * Counting stops here: exact counts of large ledgers cost a full scan. One more than
	 * the shown limit tells "exactly 10,000" from "more".
	 */
	private static final long COUNT_CAP = 10_001;

	private final ClaimLedger ledger;

	private final Grid<ClaimRow> grid = new Grid<>();

	private final Span count = new Span();

	private final Div emptyState = new Div();

	private @Nullable ClaimRow focused;

	private final boolean staff;

	private final ClaimExport export;

	private final TableDownloads downloads = new TableDownloads();

	public ClaimsView(ActiveClient activeClient, ClaimLedger ledger, ClaimExport export, ClientAccess access) {
		this.ledger = ledger;
		this.export = export;
		this.staff = access.currentUser().map((user) -> user.role().isStaff()).orElse(false);
		setPadding(true);
		setSizeFull();
		add(new H2("Claims"));
		activeClient.id().ifPresentOrElse(this::show, this::showNoClient);
	}

	private void show(ClientId client) {
		ClaimFilters filters = new ClaimFilters(this.ledger.payers(client), (filter) -> load(client, filter));
		this.count.setId("claim-count");
		this.count.getStyle().set("color", "var(--lumo-secondary-text-color, #5c6470)");
		configureGrid();
		HorizontalLayout counted = new HorizontalLayout(this.count, this.downloads);
		counted.setAlignItems(Alignment.BASELINE);
		add(filters, counted, this.grid);
		load(client, filters.filter());
	}

	private void configureGrid() {
		this.grid.setId("claims-grid");
		this.grid.addColumn(ClaimRow::claimNumber).setHeader("Claim").setAutoWidth(true).setFlexGrow(0);
		// Auto width cannot measure badges rendered later: wide enough for "Forwarded to
		// secondary".
		this.grid.addComponentColumn((row) -> ClaimStatusBadge.of(row.status()))
			.setHeader("Status")
			.setWidth("12.5em")
			.setFlexGrow(0);
		// Names give way to the amounts, which must never be cut off.
		this.grid.addColumn(ClaimRow::payer).setHeader("Payer").setWidth("7em").setFlexGrow(1);
		this.grid.addColumn(ClaimRow::patient).setHeader("Patient").setWidth("7em").setFlexGrow(1);
		this.grid.addColumn((row) -> Formats.date(row.serviceDateFrom())).setHeader("Service date").setAutoWidth(true);
		this.grid.addColumn((row) -> Formats.date(row.submittedOn())).setHeader("Submitted").setAutoWidth(true);
		this.grid.addComponentColumn(ClaimsView::deadline).setHeader("Deadline").setAutoWidth(true).setFlexGrow(0);
		moneyColumn("Billed", ClaimRow::billed);
		moneyColumn("Paid", ClaimRow::paid);
		moneyColumn("Insurance balance", ClaimRow::insuranceBalance);
		moneyColumn("Patient balance", ClaimRow::patientBalance);
		this.grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
		this.grid.setSizeFull();
		this.grid.setEmptyStateComponent(this.emptyState);
		this.grid.addItemDoubleClickListener((click) -> open(click.getItem()));
		// The grid keeps keyboard focus on a cell; remember its row so that Enter opens
		// it.
		this.grid.addCellFocusListener((focus) -> this.focused = focus.getItem().orElse(null));
		Shortcuts.addShortcutListener(this.grid, () -> {
			if (this.focused != null) {
				open(this.focused);
			}
		}, Key.ENTER).listenOn(this.grid);
	}

	/**
	 * "Appeal in 9 days" / "Filing passed 3 days ago", red when two weeks or less remain.
	 */
	private static Span deadline(ClaimRow row) {
		if (row.deadline() == null) {
			return new Span();
		}
		long days = java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.now(), row.deadline());
		String kind = "APPEAL".equals(row.deadlineKind()) ? "Appeal" : "Filing";
		Span text = new Span((days >= 0) ? kind + " in " + days + " days" : kind + " passed " + (-days) + " days ago");
		text.setTitle(Formats.date(row.deadline()));
		if (days <= 14) {
			text.getStyle().set("color", "var(--lumo-error-text-color, #c5221f)");
		}
		return text;
	}

	private void moneyColumn(String header, Function<ClaimRow, BigDecimal> amount) {
		this.grid.addColumn((row) -> Formats.money(amount.apply(row)))
			.setHeader(header)
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true)
			.setFlexGrow(0);
	}

	private void load(ClientId client, ClaimFilter filter) {
		ClaimPages pages = new ClaimPages(this.ledger, client, filter);
		long matching = this.ledger.count(client, filter, COUNT_CAP);
		if (matching < COUNT_CAP) {
			// The exact size gives a true scroll bar, so a far jump lands on real rows.
			this.grid.setItems((query) -> pages.fetch(query.getOffset(), query.getLimit()), (query) -> (int) matching);
		}
		else {
			this.grid.setItems((query) -> pages.fetch(query.getOffset(), query.getLimit()));
			this.grid.getLazyDataView().setItemCountEstimate((int) COUNT_CAP);
		}
		this.count.setText(describeCount(matching));
		ClaimExport claims = this.export;
		this.downloads.stream("claims-" + client.value(), "Claims", claims.header(client),
				(writer) -> claims.write(client, filter, writer));
		this.emptyState.removeAll();
		if (filter.equals(ClaimFilter.all()) && !this.staff) {
			this.emptyState.add(new Span("No claims yet: your billing firm has not loaded any."));
		}
		else if (filter.equals(ClaimFilter.all())) {
			this.emptyState.add(new Span("No claims yet — import a claim file on the "),
					new Anchor("imports", "Imports page"), new Span("."));
		}
		else {
			this.emptyState.add(new Span("No claims match these filters."));
		}
	}

	static String describeCount(long matching) {
		if (matching >= COUNT_CAP) {
			return "more than " + Formats.count(COUNT_CAP - 1) + " claims";
		}
		return Formats.count(matching) + ((matching == 1) ? " claim" : " claims");
	}

	private void open(ClaimRow row) {
		UI.getCurrent().navigate(ClaimView.class, new RouteParameters("claimNumber", row.claimNumber()));
	}

	private void showNoClient() {
		add(new Paragraph("You are not assigned to any client practice, so there are no claims to show. "
				+ "Ask your firm administrator to assign you."));
	}

}
