package io.ardesk.patients.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.ardesk.approvals.MoneyMoveApprovals;
import io.ardesk.patients.PatientAccount;
import io.ardesk.patients.PatientAccountFilter;
import io.ardesk.patients.PatientReceivables;
import io.ardesk.portal.ActiveClient;
import io.ardesk.shared.ui.Formats;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import jakarta.annotation.security.PermitAll;

/**
 * Patients of the active client who owe a balance, oldest first, with how firmly to
 * remind them. A click opens the account.
 */
@Route("patients")
@PageTitle("Patient balances · ARdesk")
@Menu(order = 15, title = "Patient balances", icon = "USER_CARD")
@PermitAll
public class PatientBalancesView extends VerticalLayout {

	/** The desk works the oldest balances first; a capped list keeps the page quick. */
	private static final int LIMIT = PatientAccountFilter.MAX_LIMIT;

	private final PatientReceivables receivables;

	private final ActiveClient activeClient;

	private final Grid<PatientAccount> grid = new Grid<>();

	private final Span count = new Span();

	private final MoneyMoveApprovals approvals;

	private final ClientDirectory directory;

	public PatientBalancesView(ActiveClient activeClient, PatientReceivables receivables, MoneyMoveApprovals approvals,
			ClientDirectory directory) {
		this.receivables = receivables;
		this.approvals = approvals;
		this.directory = directory;
		this.activeClient = activeClient;
		setPadding(true);
		setSizeFull();
		add(new H2("Patient balances"));
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
		this.grid.addColumn(PatientAccount::name).setHeader("Patient").setWidth("10em").setFlexGrow(1);
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
		// Auto width cannot measure badges rendered later: wide enough for "Second
		// notice".
		this.grid.addComponentColumn((account) -> AccountBadges.reminder(account.reminderDue()))
			.setHeader("Reminder due")
			.setWidth("9em")
			.setFlexGrow(0);
		this.grid.addColumn((account) -> Formats.date(account.lastStatementDate()))
			.setHeader("Last statement")
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addComponentColumn(AccountBadges::status).setHeader("Status").setWidth("16em").setFlexGrow(0);
		this.grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
		this.grid.setSizeFull();
		this.grid.setEmptyStateText("No patient balances");
		this.grid.addItemClickListener((click) -> open(client, click.getItem()));
		add(this.count, this.grid);
		load(client);
	}

	private void money(String header, Function<PatientAccount, BigDecimal> amount) {
		this.grid.addColumn((account) -> Formats.money(amount.apply(account)))
			.setHeader(header)
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true)
			.setFlexGrow(0);
	}

	private void load(ClientId client) {
		List<PatientAccount> accounts = this.receivables.accounts(client, PatientAccountFilter.all(LIMIT));
		this.grid.setItems(accounts);
		this.count.setText((accounts.size() >= LIMIT) ? "the " + Formats.count(LIMIT) + " oldest patient balances"
				: Formats.count(accounts.size()) + ((accounts.size() == 1) ? " patient" : " patients"));
	}

	private void open(ClientId client, PatientAccount account) {
		LocalDate today = LocalDate.now();
		BigDecimal limit = this.directory.find(client)
			.map((profile) -> profile.rules().smallBalanceLimit())
			.orElse(BigDecimal.ZERO);
		new PatientAccountDialog(this.receivables, this.approvals, client, account, today,
				this.activeClient.mayChange(), limit, () -> load(client))
			.open();
	}

}
