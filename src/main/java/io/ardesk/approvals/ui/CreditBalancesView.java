package io.ardesk.approvals.ui;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.time.ZoneId;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.ardesk.shared.ui.TableDownloads;
import io.ardesk.approvals.MoneyMove;
import io.ardesk.approvals.MoneyMoveApprovals;
import io.ardesk.approvals.MoneyMoveKind;
import io.ardesk.approvals.MoneyMoveRequest;
import io.ardesk.claims.CreditBalanceTable;
import io.ardesk.claims.ClaimLedger;
import io.ardesk.claims.CreditBalance;
import io.ardesk.claims.ResponsibleParty;
import io.ardesk.portal.ActiveClient;
import io.ardesk.portal.ClientProfiles;
import io.ardesk.shared.problem.DomainException;
import io.ardesk.shared.ui.Formats;
import io.ardesk.tenancy.ClientId;
import jakarta.annotation.security.RolesAllowed;

/**
 * Claims of the active client owing money back, for refund review: to whom, how much,
 * since when and why. Staff record a refund once it is made; it is posted to the claim
 * only when an account manager or firm administrator other than them approves it (the
 * Approvals page), and until then the row says so.
 */
@Route("claims/credit-balances")
@PageTitle("Credit balances · ARdesk")
@Menu(order = 12, title = "Credit balances", icon = "MONEY_EXCHANGE")
@RolesAllowed({ "FIRM_ADMIN", "ACCOUNT_MANAGER", "AR_SPECIALIST" })
public class CreditBalancesView extends VerticalLayout {

	private final Grid<CreditBalance> grid = new Grid<>();

	private final Span total = new Span();

	private final TableDownloads downloads = new TableDownloads();

	private final ClaimLedger ledger;

	private final MoneyMoveApprovals approvals;

	/** Claims with a refund waiting for approval, by claim number: its description. */
	private Map<String, String> pendingRefunds = Map.of();

	public CreditBalancesView(ActiveClient activeClient, ClaimLedger ledger, MoneyMoveApprovals approvals,
			ClientProfiles profiles) {
		this.ledger = ledger;
		this.approvals = approvals;
		setPadding(true);
		setSizeFull();
		add(new H2("Credit balances"));
		activeClient.id()
			.ifPresentOrElse((client) -> show(client, activeClient.mayChange(), profiles.profile(client).timeZone()),
					() -> add(new Paragraph("You are not assigned to any client practice.")));
	}

	private void show(ClientId client, boolean mayChange, ZoneId zone) {
		Paragraph explanation = new Paragraph("Money owed back: a payer paid more than it owed, or the patient paid "
				+ "a share a payer then covered. These balances are below zero; aging lists them on their own line "
				+ "and never nets them against what is owed. Review each and refund it.");
		explanation.addClassNames(LumoUtility.TextColor.SECONDARY);
		this.grid.setId("credit-balances");
		this.grid
			.addComponentColumn((credit) -> new Anchor(
					"claims/" + URLEncoder.encode(credit.claimNumber(), StandardCharsets.UTF_8).replace("+", "%20"),
					credit.claimNumber()))
			.setHeader("Claim")
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn(CreditBalance::payer)
			.setHeader("Payer")
			.setAutoWidth(true)
			.setTooltipGenerator(CreditBalance::payer);
		this.grid.addColumn((credit) -> (credit.owedTo() == ResponsibleParty.INSURANCE) ? "Payer" : "Patient")
			.setHeader("Owed back to")
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn((credit) -> Formats.money(credit.amount()))
			.setHeader("Amount")
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn((credit) -> Formats.dateTime(credit.flaggedAt(), zone))
			.setHeader("Since")
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn(CreditBalance::reason)
			.setHeader("Why")
			.setFlexGrow(1)
			.setTooltipGenerator(CreditBalance::reason);
		if (mayChange) {
			this.grid.addComponentColumn((credit) -> {
				String pending = this.pendingRefunds.get(credit.claimNumber());
				if (pending != null) {
					Span waiting = new Span("Approval pending");
					waiting.getElement().getThemeList().add("badge contrast small");
					waiting.getElement().setAttribute("title", pending);
					return waiting;
				}
				Button refund = new Button("Record refund…", (click) -> refund(client, credit));
				refund.setId("refund-" + credit.claimNumber());
				refund.addThemeVariants(ButtonVariant.LUMO_SMALL);
				return refund;
			}).setHeader("Refund").setKey("refund").setAutoWidth(true).setFlexGrow(0);
		}
		this.grid.setEmptyStateComponent(new Span("No credit balances: nothing is owed back."));
		this.grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
		this.grid.setSizeFull();
		this.total.setId("credit-balances-total");
		this.downloads.stream("credit-balances-" + client.value(), "Credit balances", CreditBalanceTable.HEADER,
				(writer) -> CreditBalanceTable.write(this.ledger.creditBalances(client), zone, writer));
		HorizontalLayout bar = new HorizontalLayout(this.total, this.downloads);
		bar.setAlignItems(Alignment.BASELINE);
		add(explanation, bar, this.grid);
		refresh(client);
	}

	private void refresh(ClientId client) {
		var credits = this.ledger.creditBalances(client);
		Map<String, String> pending = new HashMap<>();
		for (MoneyMoveRequest request : this.approvals.pending(client, MoneyMoveKind.REFUND)) {
			pending.putIfAbsent(request.subject(),
					request.move().describe() + ", requested by " + request.requestedBy());
		}
		this.pendingRefunds = pending;
		this.grid.setItems(credits);
		this.grid.recalculateColumnWidths();
		BigDecimal sum = credits.stream().map(CreditBalance::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
		this.total.setText(Formats.count(credits.size()) + " credit balances, " + Formats.money(sum) + " owed back");
	}

	private void refund(ClientId client, CreditBalance credit) {
		Dialog dialog = new Dialog();
		dialog.setHeaderTitle("Record a refund of claim " + credit.claimNumber());
		Paragraph rule = new Paragraph(
				"Owed back to the " + ((credit.owedTo() == ResponsibleParty.INSURANCE) ? "payer" : "patient") + ": "
						+ Formats.money(credit.amount()) + ". The refund is posted once an account manager or firm "
						+ "administrator other than you approves it.");
		rule.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
		BigDecimalField amount = new BigDecimalField("Amount refunded");
		amount.setId("refund-amount");
		amount.setValue(credit.amount());
		TextField reference = new TextField("Check number or EFT trace");
		reference.setId("refund-reference");
		reference.setMaxLength(100);
		reference.setRequired(true);
		TextArea reason = new TextArea("Note for the approver (optional)");
		reason.setId("refund-reason");
		reason.setMaxLength(2000);
		amount.setWidthFull();
		reference.setWidthFull();
		reason.setWidthFull();
		VerticalLayout fields = new VerticalLayout(rule, amount, reference, reason);
		fields.setPadding(false);
		fields.setWidth("32rem");
		dialog.add(fields);
		Button save = new Button("Send for approval", (click) -> {
			amount.setInvalid(false);
			reference.setInvalid(false);
			reason.setInvalid(false);
			try {
				MoneyMoveRequest request = this.approvals.submit(client,
						MoneyMove.refund(credit.claimNumber(), credit.owedTo(),
								(amount.getValue() != null) ? amount.getValue() : BigDecimal.ZERO, reference.getValue(),
								reason.getValue()));
				dialog.close();
				refresh(client);
				Notification
					.show("Refund of " + Formats.money(request.move().amount()) + " sent for approval (request "
							+ request.id() + ")", 4000, Notification.Position.BOTTOM_START)
					.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
			}
			catch (DomainException ex) {
				var field = "reference".equals(ex.field()) ? reference : "reason".equals(ex.field()) ? reason : amount;
				field.setErrorMessage(ex.getMessage());
				field.setInvalid(true);
			}
		});
		save.setId("refund-send");
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		dialog.getFooter().add(new Button("Cancel", (click) -> dialog.close()), save);
		dialog.open();
	}

}
