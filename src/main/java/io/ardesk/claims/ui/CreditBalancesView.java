package io.ardesk.claims.ui;

import java.math.BigDecimal;
import java.time.ZoneId;

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
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.theme.lumo.LumoUtility;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.ardesk.shared.ui.TableDownloads;
import io.ardesk.claims.CreditBalanceTable;
import io.ardesk.claims.ClaimBalanceChanges;
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
 * since when and why. Staff record a refund once it is made.
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

	private final ClaimBalanceChanges changes;

	public CreditBalancesView(ActiveClient activeClient, ClaimLedger ledger, ClaimBalanceChanges changes,
			ClientProfiles profiles) {
		this.ledger = ledger;
		this.changes = changes;
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
			.addComponentColumn((credit) -> new RouterLink(credit.claimNumber(), ClaimView.class,
					new RouteParameters("claimNumber", credit.claimNumber())))
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
				Button refund = new Button("Record refund…", (click) -> refund(client, credit));
				refund.addThemeVariants(ButtonVariant.LUMO_SMALL);
				return refund;
			}).setAutoWidth(true).setFlexGrow(0);
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
		this.grid.setItems(credits);
		BigDecimal sum = credits.stream().map(CreditBalance::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
		this.total.setText(Formats.count(credits.size()) + " credit balances, " + Formats.money(sum) + " owed back");
	}

	private void refund(ClientId client, CreditBalance credit) {
		Dialog dialog = new Dialog();
		dialog.setHeaderTitle("Record a refund of claim " + credit.claimNumber());
		BigDecimalField amount = new BigDecimalField("Amount refunded");
		amount.setValue(credit.amount());
		TextField reference = new TextField("Check number or EFT trace");
		reference.setMaxLength(100);
		dialog.add(new VerticalLayout(amount, reference));
		Button save = new Button("Record refund", (click) -> {
			amount.setInvalid(false);
			reference.setInvalid(false);
			try {
				this.changes.recordRefund(client, credit.claimNumber(), credit.owedTo(),
						(amount.getValue() != null) ? amount.getValue() : BigDecimal.ZERO, reference.getValue());
				dialog.close();
				refresh(client);
				Notification.show("Refund recorded", 3000, Notification.Position.BOTTOM_START)
					.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
			}
			catch (DomainException ex) {
				var field = "reference".equals(ex.field()) ? reference : amount;
				field.setErrorMessage(ex.getMessage());
				field.setInvalid(true);
			}
		});
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		dialog.getFooter().add(new Button("Cancel", (click) -> dialog.close()), save);
		dialog.open();
	}

}
