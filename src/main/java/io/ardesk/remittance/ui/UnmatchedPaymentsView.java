package io.ardesk.remittance.ui;

import java.math.BigDecimal;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import io.ardesk.shared.ui.TableDownloads;
import io.ardesk.remittance.UnmatchedPaymentTable;
import io.ardesk.remittance.UnmatchedPayments;
import io.ardesk.shared.problem.DomainException;
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
import io.ardesk.portal.ActiveClient;
import io.ardesk.remittance.RemittanceQueries;
import io.ardesk.remittance.UnmatchedPayment;
import io.ardesk.shared.problem.DomainException;
import io.ardesk.shared.ui.Formats;
import io.ardesk.tenancy.ClientId;
import jakarta.annotation.security.RolesAllowed;

/**
 * Claim payments from 835 files that matched none of the active client's claims: money
 * received that nobody can post until a person finds the claim.
 */
@Route("remittance/unmatched")
@PageTitle("Unmatched payments · ARdesk")
@Menu(order = 30, title = "Unmatched payments", icon = "WARNING")
@RolesAllowed({ "FIRM_ADMIN", "ACCOUNT_MANAGER", "AR_SPECIALIST" })
public class UnmatchedPaymentsView extends VerticalLayout {

	private final Grid<UnmatchedPayment> grid = new Grid<>();

	private final UnmatchedPayments resolutions;

	private final boolean mayChange;

	private final TableDownloads downloads = new TableDownloads();

	public UnmatchedPaymentsView(ActiveClient activeClient, RemittanceQueries remittances,
			UnmatchedPayments resolutions) {
		this.resolutions = resolutions;
		this.mayChange = activeClient.mayChange();
		setPadding(true);
		setSizeFull();
		add(new H2("Unmatched payments"));
		activeClient.id()
			.ifPresentOrElse((client) -> show(client, remittances), () -> add(new Paragraph(
					"You are not assigned to any client practice. Ask your firm administrator to assign you.")));
	}

	private void show(ClientId client, RemittanceQueries remittances) {
		Paragraph explanation = new Paragraph("Payments in posted remittances whose patient control number matched "
				+ "no claim of this client. Match each to the right claim (its amounts are then posted to it), or "
				+ "dismiss it with a reason, for example a patient of another practice.");
		explanation.getStyle().set("color", "var(--lumo-secondary-text-color, #5c6470)");
		this.grid.setId("unmatched-payments");
		this.grid.addColumn((payment) -> Formats.date(payment.paymentDate()))
			.setHeader("Payment date")
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn(UnmatchedPayment::payer).setHeader("Payer").setFlexGrow(1);
		this.grid.addColumn(UnmatchedPayment::traceNumber).setHeader("Trace number").setAutoWidth(true);
		this.grid.addColumn(UnmatchedPayment::patientControlNumber).setHeader("Claim number sent").setAutoWidth(true);
		this.grid.addColumn((payment) -> (payment.payerClaimNumber() != null) ? payment.payerClaimNumber() : "")
			.setHeader("Payer claim number")
			.setAutoWidth(true);
		this.grid.addColumn(UnmatchedPayment::statusCode).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
		moneyColumn("Charge", UnmatchedPayment::charge);
		moneyColumn("Paid", UnmatchedPayment::paid);
		if (this.mayChange) {
			this.grid.addComponentColumn((payment) -> actions(client, remittances, payment))
				.setHeader("")
				.setAutoWidth(true)
				.setFlexGrow(0);
		}
		this.grid.setEmptyStateComponent(new Span("No unmatched payments: every posted payment found its claim."));
		this.grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
		this.grid.setSizeFull();
		this.grid.setItems(remittances.unmatchedPayments(client));
		this.downloads.stream("unmatched-payments-" + client.value(), "Unmatched payments",
				UnmatchedPaymentTable.HEADER,
				(writer) -> UnmatchedPaymentTable.write(remittances.unmatchedPayments(client), writer));
		add(explanation, this.downloads, this.grid);
	}

	private HorizontalLayout actions(ClientId client, RemittanceQueries remittances, UnmatchedPayment payment) {
		Button match = new Button("Match…",
				(click) -> ask("Match payment to a claim", "Claim number", 80, (claimNumber) -> {
					UnmatchedPayments.Matched matched = this.resolutions.match(client, payment.id(), claimNumber);
					return matched.posted() ? "Posted to claim " + claimNumber
							: "Held under Posting exceptions: " + matched.heldBecause();
				}, client, remittances));
		Button dismiss = new Button("Dismiss…",
				(click) -> ask("Dismiss payment", "Reason", UnmatchedPayments.MAX_DISMISS_REASON, (reason) -> {
					this.resolutions.dismiss(client, payment.id(), reason);
					return "Dismissed";
				}, client, remittances));
		match.addThemeVariants(ButtonVariant.LUMO_SMALL);
		dismiss.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
		return new HorizontalLayout(match, dismiss);
	}

	private void ask(String title, String label, int maxLength, java.util.function.UnaryOperator<String> action,
			ClientId client, RemittanceQueries remittances) {
		Dialog dialog = new Dialog();
		dialog.setHeaderTitle(title);
		TextField answer = new TextField(label);
		answer.setWidthFull();
		answer.setMaxLength(maxLength);
		dialog.add(answer);
		Button confirm = new Button("Confirm", (click) -> {
			try {
				String done = action.apply(answer.getValue().trim());
				dialog.close();
				this.grid.setItems(remittances.unmatchedPayments(client));
				Notification.show(done, 5000, Notification.Position.BOTTOM_START)
					.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
			}
			catch (DomainException ex) {
				// The one field of the dialog: whatever the service names, it is this.
				answer.setErrorMessage(ex.getMessage());
				answer.setInvalid(true);
			}
		});
		confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		dialog.getFooter().add(new Button("Cancel", (click) -> dialog.close()), confirm);
		dialog.open();
		answer.focus();
	}

	private void moneyColumn(String header, Function<UnmatchedPayment, BigDecimal> amount) {
		this.grid.addColumn((payment) -> Formats.money(amount.apply(payment)))
			.setHeader(header)
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true)
			.setFlexGrow(0);
	}

}
