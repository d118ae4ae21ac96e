package io.ardesk.contracts.ui;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.ardesk.contracts.FeeSchedule;
import io.ardesk.contracts.FeeScheduleChange;
import io.ardesk.contracts.FeeScheduleImport;
import io.ardesk.contracts.FeeSchedules;
import io.ardesk.contracts.Underpayment;
import io.ardesk.contracts.Underpayments;
import io.ardesk.contracts.api.ContractTables;
import io.ardesk.portal.ActiveClient;
import io.ardesk.shared.ArdeskSettings;
import io.ardesk.shared.problem.DomainException;
import io.ardesk.shared.ui.Formats;
import io.ardesk.shared.ui.TableDownloads;
import io.ardesk.shared.upload.UploadLimit;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.ClientProfile;
import jakarta.annotation.security.RolesAllowed;

/**
 * The active client's contracts: the fee schedules (imported from CSV or edited row by
 * row by managers), the lines paid below them, and the audit trail of every change. Firm
 * staff only.
 */
@Route("contracts")
@PageTitle("Contracts · ARdesk")
@Menu(order = 8, title = "Contracts", icon = "HANDSHAKE")
@RolesAllowed({ "FIRM_ADMIN", "ACCOUNT_MANAGER", "AR_SPECIALIST" })
public class ContractsView extends VerticalLayout {

	private final FeeSchedules schedules;

	private final Underpayments underpayments;

	private final UploadLimit limit;

	private final Grid<FeeSchedule> scheduleGrid = new Grid<>();

	private final Grid<Underpayment> underpaymentGrid = new Grid<>();

	private final Grid<FeeScheduleChange> changeGrid = new Grid<>();

	private final Paragraph scheduleSummary = new Paragraph();

	private final Paragraph underpaymentSummary = new Paragraph();

	private final Paragraph importResult = new Paragraph();

	private final TableDownloads scheduleDownloads = new TableDownloads();

	private final TableDownloads underpaymentDownloads = new TableDownloads();

	private final TabSheet tabs = new TabSheet();

	private final ZoneId zone;

	public ContractsView(ActiveClient activeClient, FeeSchedules schedules, Underpayments underpayments,
			ArdeskSettings settings, ClientDirectory directory) {
		this.schedules = schedules;
		this.zone = activeClient.id()
			.flatMap(directory::find)
			.map(ClientProfile::timeZone)
			.orElse(ZoneId.systemDefault());
		this.underpayments = underpayments;
		this.limit = new UploadLimit(settings.uploads().maxFeeScheduleSize(), "fee schedule");
		setPadding(true);
		activeClient.current().ifPresentOrElse((current) -> {
			add(new H2("Contracts · " + current.name()));
			build(current.id());
		}, () -> add(new H2("No client yet"), new Paragraph("You are not assigned to any client practice.")));
	}

	private void build(ClientId client) {
		boolean mayChange = this.schedules.mayChange(client);
		ScheduleEditor editor = new ScheduleEditor(this.schedules, client, () -> refresh(client));
		VerticalLayout schedulesTab = new VerticalLayout();
		schedulesTab.setPadding(false);
		HorizontalLayout controls = new HorizontalLayout();
		controls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		if (mayChange) {
			Button addRow = new Button("Add row", (click) -> editor.edit(null));
			addRow.setId("schedule-add");
			controls.add(upload(client), addRow);
		}
		controls.add(this.scheduleDownloads);
		this.importResult.setId("schedule-import-result");
		this.scheduleSummary.addClassNames(LumoUtility.TextColor.SECONDARY);
		scheduleGrid(mayChange, editor);
		schedulesTab.add(controls, this.importResult, this.scheduleSummary, this.scheduleGrid, editor);

		VerticalLayout underpaymentTab = new VerticalLayout(
				new HorizontalLayout(this.underpaymentSummary, this.underpaymentDownloads), this.underpaymentGrid);
		underpaymentTab.setPadding(false);
		underpaymentGrid();

		changeGrid();
		this.tabs.add("Fee schedules", schedulesTab);
		this.tabs.add("Underpayments", underpaymentTab);
		this.tabs.add("Change history", this.changeGrid);
		this.tabs.setWidthFull();
		add(this.tabs);
		refresh(client);
	}

	private Upload upload(ClientId client) {
		Upload upload = new Upload((event) -> receive(client, event));
		upload.setId("schedule-upload");
		upload.setAcceptedFileTypes(".csv", "text/csv");
		upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, this.limit.limit().toBytes()));
		upload.setUploadButton(new Button("Import CSV…"));
		upload.setDropLabel(new com.vaadin.flow.component.html.Span(
				"payer_id, procedure_code, modifier, allowed_amount, effective_from, effective_to"));
		upload.addFileRejectedListener((rejected) -> showImport(rejected.getErrorMessage(), true));
		return upload;
	}

	/**
	 * Runs in the upload request's thread with the user bound; the service binds the
	 * client.
	 */
	private void receive(ClientId client, UploadEvent event) throws IOException {
		UI ui = event.getUI();
		String message;
		boolean failed;
		try (InputStream in = event.getInputStream()) {
			this.limit.checkDeclared(event.getFileSize());
			FeeScheduleImport result = this.schedules.importCsv(client, this.limit.read(in));
			message = "Imported " + result.rows() + " rows: " + result.added() + " added, " + result.changed()
					+ " changed, " + result.unchanged() + " already on file. Underpayments now: "
					+ result.underpayments() + ".";
			failed = false;
		}
		catch (DomainException ex) {
			message = ex.getMessage();
			failed = true;
		}
		String shown = message;
		boolean bad = failed;
		ui.access(() -> {
			showImport(shown, bad);
			refresh(client);
		});
	}

	private void showImport(String message, boolean failed) {
		this.importResult.setText(message);
		this.importResult.removeClassNames(LumoUtility.TextColor.ERROR, LumoUtility.TextColor.SUCCESS);
		this.importResult.addClassNames(failed ? LumoUtility.TextColor.ERROR : LumoUtility.TextColor.SUCCESS);
	}

	private void scheduleGrid(boolean mayChange, ScheduleEditor editor) {
		Grid<FeeSchedule> grid = this.scheduleGrid;
		grid.setId("fee-schedules");
		grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		grid.setHeight("360px");
		grid.addColumn(FeeSchedule::payerName)
			.setHeader("Payer")
			.setAutoWidth(true)
			.setTooltipGenerator((f) -> f.payerName() + " (" + f.payerId() + ")");
		grid.addColumn(FeeSchedule::payerId).setHeader("Payer id").setAutoWidth(true);
		grid.addColumn(FeeSchedule::procedureCode).setHeader("Procedure").setAutoWidth(true);
		grid.addColumn((f) -> (f.modifier() != null) ? f.modifier() : "any").setHeader("Modifier").setAutoWidth(true);
		grid.addColumn((f) -> Formats.money(f.allowedAmount()))
			.setHeader("Allowed")
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true);
		grid.addColumn((f) -> Formats.date(f.effectiveFrom())).setHeader("From").setAutoWidth(true);
		grid.addColumn((f) -> (f.effectiveTo() != null) ? Formats.date(f.effectiveTo()) : "open-ended")
			.setHeader("To")
			.setAutoWidth(true);
		if (mayChange) {
			grid.addItemClickListener((click) -> editor.edit(click.getItem()));
		}
	}

	private void underpaymentGrid() {
		Grid<Underpayment> grid = this.underpaymentGrid;
		grid.setId("underpayments");
		grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		grid.setHeight("420px");
		grid.addColumn(Underpayment::claimNumber).setHeader("Claim").setAutoWidth(true);
		grid.addColumn(Underpayment::lineNumber).setHeader("Line").setTextAlign(ColumnTextAlign.END);
		grid.addColumn((u) -> u.procedureCode() + ((u.modifiers() != null) ? "-" + u.modifiers() : ""))
			.setHeader("Procedure")
			.setAutoWidth(true);
		grid.addColumn(Underpayment::payer)
			.setHeader("Payer")
			.setAutoWidth(true)
			.setTooltipGenerator(Underpayment::payer);
		grid.addColumn((u) -> Formats.date(u.serviceDate())).setHeader("Served").setAutoWidth(true);
		grid.addColumn((u) -> Formats.date(u.paidOn())).setHeader("Paid").setAutoWidth(true);
		grid.addColumn((u) -> Formats.money(u.expected())).setHeader("Expected").setTextAlign(ColumnTextAlign.END);
		grid.addColumn((u) -> Formats.money(u.allowed())).setHeader("Allowed").setTextAlign(ColumnTextAlign.END);
		grid.addColumn((u) -> Formats.money(u.variance())).setHeader("Variance").setTextAlign(ColumnTextAlign.END);
	}

	private void changeGrid() {
		Grid<FeeScheduleChange> grid = this.changeGrid;
		grid.setId("fee-schedule-changes");
		grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		grid.setHeight("420px");
		grid.addColumn((c) -> Formats.dateTime(c.changedAt(), this.zone))
			.setHeader("When")
			.setAutoWidth(true)
			.setFlexGrow(0);
		grid.addColumn(FeeScheduleChange::changedBy).setHeader("Who").setAutoWidth(true).setFlexGrow(0);
		grid.addColumn((c) -> c.action().name().toLowerCase(java.util.Locale.ROOT))
			.setHeader("Change")
			.setAutoWidth(true)
			.setFlexGrow(0);
		grid.addColumn((c) -> (c.oldValue() != null) ? c.oldValue() : "")
			.setHeader("Old value")
			.setFlexGrow(1)
			.setTooltipGenerator((c) -> (c.oldValue() != null) ? c.oldValue() : "");
		grid.addColumn((c) -> (c.newValue() != null) ? c.newValue() : "")
			.setHeader("New value")
			.setFlexGrow(1)
			.setTooltipGenerator((c) -> (c.newValue() != null) ? c.newValue() : "");
	}

	private void refresh(ClientId client) {
		List<FeeSchedule> rows = this.schedules.list(client);
		this.scheduleGrid.setItems(rows);
		this.scheduleGrid.setVisible(!rows.isEmpty());
		this.scheduleSummary
			.setText(rows.isEmpty()
					? "No fee schedule yet: import a CSV (payer_id, procedure_code, modifier, allowed_amount, "
							+ "effective_from, effective_to) or add rows."
					: Formats.count(rows.size()) + " schedule rows");
		this.scheduleDownloads.show("fee-schedules-" + client.value(),
				() -> ContractTables.schedules(this.schedules.list(client)));
		List<Underpayment> found = this.underpayments.list(client, null);
		this.underpaymentGrid.setItems(found);
		this.underpaymentGrid.setVisible(!found.isEmpty());
		BigDecimal total = found.stream().map(Underpayment::variance).reduce(BigDecimal.ZERO, BigDecimal::add);
		this.underpaymentSummary.setText(found.isEmpty()
				? "No underpayments: every posted line with a schedule was allowed at least the contract amount "
						+ "(less the tolerance)."
				: Formats.count(found.size()) + ((found.size() == 1) ? " underpaid line, " : " underpaid lines, ")
						+ Formats.money(total) + " below the contracts");
		this.underpaymentDownloads.show("underpayments",
				() -> ContractTables.underpayments(this.underpayments.list(client, null)));
		this.changeGrid.setItems(this.schedules.changes(client, 500));
		this.tabs.getTabAt(1).setLabel("Underpayments (" + Formats.count(found.size()) + ")");
	}

}
