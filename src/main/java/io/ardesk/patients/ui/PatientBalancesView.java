package io.ardesk.patients.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.ardesk.shared.ui.TableDownloads;
import io.ardesk.patients.PatientAccountTable;
import io.ardesk.approvals.MoneyMoveApprovals;
import com.vaadin.flow.router.RouterLink;
import io.ardesk.patients.LetterSent;
import io.ardesk.patients.PatientAccount;
import io.ardesk.patients.PatientAccountFilter;
import io.ardesk.patients.PatientReceivables;
import io.ardesk.patients.PatientStatements;
import io.ardesk.portal.ActiveClient;
import io.ardesk.shared.ui.Formats;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import jakarta.annotation.security.PermitAll;

/**
 * Patients of the active client who owe a balance, oldest first, with the last letter and
 * the next step of their letter sequence; patients without a mailing address are marked.
 * A click opens the account.
 */
@Route("patients")
@PageTitle("Patient balances · ARdesk")
@Menu(order = 15, title = "Patient balances", icon = "USER_CARD")
@PermitAll
public class PatientBalancesView extends VerticalLayout {

	/** The desk works the oldest balances first; a capped list keeps the page quick. */
	private static final int LIMIT = PatientAccountFilter.MAX_LIMIT;

	private final PatientReceivables receivables;

	private final PatientStatements statements;

	private final ActiveClient activeClient;

	private final Grid<PatientAccount> grid = new Grid<>();

	private final Span count = new Span();

	private final TableDownloads downloads = new TableDownloads();

	private final MoneyMoveApprovals approvals;

	private final ClientDirectory directory;

	private final Checkbox addressMissing = new Checkbox("Only patients without a mailing address");

	public PatientBalancesView(ActiveClient activeClient, PatientReceivables receivables, PatientStatements statements,
			MoneyMoveApprovals approvals, ClientDirectory directory) {
		this.receivables = receivables;
		this.statements = statements;
		this.approvals = approvals;
		this.directory = directory;
		this.activeClient = activeClient;
		setPadding(true);
		setSizeFull();
		RouterLink runs = new RouterLink("Statement runs", StatementRunsView.class);
		runs.setId("statement-runs-link");
		HorizontalLayout header = new HorizontalLayout(new H2("Patient balances"), runs);
		header.setAlignItems(FlexComponent.Alignment.BASELINE);
		add(header);
		activeClient.id()
			.ifPresentOrElse(this::show, () -> add(new Paragraph(
					"You are not assigned to any client practice. Ask your firm administrator to assign you.")));
	}

	private void show(ClientId client) {
		this.count.setId("patient-account-count");
		this.count.getStyle().set("color", "var(--lumo-secondary-text-color, #5c6470)");
		this.grid.setId("patient-accounts-grid");
		this.grid.addColumn((account) -> (account.accountNumber() != null) ? account.accountNumber() : "")
			.setHeader("Account")
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn(PatientAccount::name)
			.setHeader("Patient")
			.setTooltipGenerator(PatientAccount::name)
			.setWidth("9em")
			.setFlexGrow(1);
		money("Patient balance", PatientAccount::balance);
		this.grid.addColumn(PatientAccount::claims)
			.setHeader("Claims")
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn(PatientAccount::oldestAgeDays)
			.setHeader("Oldest (days)")
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn(PatientBalancesView::lastLetter).setHeader("Last letter").setAutoWidth(true).setFlexGrow(0);
		// Auto width cannot measure badges rendered later: wide enough for "Final notice
		// 01/31/2027".
		this.grid.addComponentColumn((account) -> AccountBadges.next(account.letters()))
			.setHeader("Next letter")
			.setWidth("12.5em")
			.setFlexGrow(0);
		this.grid.addComponentColumn(AccountBadges::status).setHeader("Status").setWidth("10em").setFlexGrow(1);
		this.grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
		this.grid.setSizeFull();
		this.grid.setEmptyStateText("No patient balances");
		this.grid.addItemClickListener((click) -> open(client, click.getItem()));
		this.addressMissing.setId("address-missing-filter");
		this.addressMissing.addValueChangeListener((change) -> load(client));
		this.downloads.stream("patient-balances-" + client.value(), "Patient balances", PatientAccountTable.HEADER,
				(writer) -> PatientAccountTable.write(this.receivables.accounts(client, filter()), writer));
		HorizontalLayout bar = new HorizontalLayout(this.count, this.addressMissing, this.downloads);
		bar.setAlignItems(FlexComponent.Alignment.BASELINE);
		add(bar, this.grid);
		load(client);
	}

	private void money(String header, Function<PatientAccount, BigDecimal> amount) {
		this.grid.addColumn((account) -> Formats.money(amount.apply(account)))
			.setHeader(header)
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true)
			.setFlexGrow(0);
	}

	/** The filter on screen: every balance, or those without a mailing address. */
	private PatientAccountFilter filter() {
		return new PatientAccountFilter(null, null, this.addressMissing.getValue() ? Boolean.TRUE : null, LIMIT);
	}

	private void load(ClientId client) {
		boolean missingOnly = this.addressMissing.getValue();
		List<PatientAccount> accounts = this.receivables.accounts(client, filter());
		this.grid.setItems(accounts);
		this.grid.setEmptyStateText(
				missingOnly ? "Every patient owing a balance has a mailing address" : "No patient balances");
		this.count.setText((accounts.size() >= LIMIT) ? "the " + Formats.count(LIMIT) + " oldest patient balances"
				: Formats.count(accounts.size()) + ((accounts.size() == 1) ? " patient" : " patients"));
	}

	private void open(ClientId client, PatientAccount account) {
		LocalDate today = account.letters().asOf();
		BigDecimal limit = this.directory.find(client)
			.map((profile) -> profile.rules().smallBalanceLimit())
			.orElse(BigDecimal.ZERO);
		new PatientAccountDialog(this.receivables, this.statements, this.approvals, client, account, today,
				this.activeClient.mayChange(), limit, () -> load(client))
			.open();
	}

	/** The latest letter of the running sequence, e.g. "Reminder 12/05/2026". */
	static String lastLetter(PatientAccount account) {
		LetterSent last = account.letters().last();
		return (last != null) ? last.level().label() + " " + Formats.date(last.on()) : "";
	}

}
