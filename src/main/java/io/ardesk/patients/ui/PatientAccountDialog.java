package io.ardesk.patients.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.ardesk.approvals.MoneyMoveApprovals;
import io.ardesk.approvals.MoneyMoveRequest;
import io.ardesk.patients.OpenPatientClaim;
import io.ardesk.patients.PatientAccount;
import io.ardesk.patients.PatientReceivables;
import io.ardesk.patients.PaymentOutcome;
import io.ardesk.patients.ReminderLevel;
import io.ardesk.patients.PatientStatements;
import io.ardesk.shared.problem.DomainException;
import io.ardesk.shared.ui.Formats;
import io.ardesk.tenancy.ClientId;
import org.jspecify.annotations.Nullable;

/**
 * One patient's account: the open claims, the letters sent with their PDFs and what comes
 * next and, for those who may change the client, the next letter, a payment, a plan and
 * the hand-off to collections.
 */
class PatientAccountDialog extends Dialog {

	private final PatientReceivables receivables;

	private final ClientId client;

	private final PatientAccount account;

	private final Runnable changed;

	private final MoneyMoveApprovals approvals;

	private final BigDecimal smallBalanceLimit;

	PatientAccountDialog(PatientReceivables receivables, PatientStatements statements, MoneyMoveApprovals approvals,
			ClientId client, PatientAccount account, LocalDate today, boolean mayChange, BigDecimal smallBalanceLimit,
			Runnable changed) {
		this.receivables = receivables;
		this.approvals = approvals;
		this.client = client;
		this.account = account;
		this.smallBalanceLimit = smallBalanceLimit;
		this.changed = changed;
		setId("patient-account-dialog");
		setHeaderTitle(account.name() + ((account.accountNumber() != null) ? " · " + account.accountNumber() : ""));
		setWidth("min(60em, 95vw)");
		VerticalLayout content = new VerticalLayout(summary(), new H4("Open claims"), claimsGrid(),
				new LettersPanel(statements, client, account.patientId(), mayChange, changed));
		content.setPadding(false);
		if (mayChange) {
			// the firm's pending requests, for those who could post the payment twice
			pendingPayments().ifPresent(content::add);
			content.add(actions(), payments(today), plans(today));
		}
		add(content);
		getFooter().add(new Button("Close", (click) -> close()));
	}

	private HorizontalLayout summary() {
		HorizontalLayout summary = new HorizontalLayout(
				new Paragraph("Balance " + Formats.money(this.account.balance()) + ", oldest "
						+ this.account.oldestAgeDays() + " days"),
				AccountBadges.next(this.account.letters()), AccountBadges.status(this.account));
		summary.setAlignItems(FlexComponent.Alignment.BASELINE);
		return summary;
	}

	private Grid<OpenPatientClaim> claimsGrid() {
		Grid<OpenPatientClaim> grid = new Grid<>();
		grid.setId("patient-claims-grid");
		grid.addColumn((claim) -> Formats.date(claim.serviceDate())).setHeader("Date of service").setAutoWidth(true);
		grid.addColumn(OpenPatientClaim::claimNumber).setHeader("Claim").setAutoWidth(true);
		money(grid, "Billed", OpenPatientClaim::billed);
		money(grid, "Insurance paid", OpenPatientClaim::insurancePaid);
		money(grid, "Patient balance", OpenPatientClaim::patientBalance);
		grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		grid.setAllRowsVisible(true);
		grid.setItems(this.receivables.openClaims(this.client, this.account.patientId()));
		return grid;
	}

	private HorizontalLayout actions() {
		ClientId client = this.client;
		long patientId = this.account.patientId();
		TextField agency = new TextField();
		agency.setId("collections-agency");
		agency.setPlaceholder("Collection agency");
		agency.setMaxLength(200);
		Button handOff = new Button("Hand off to collections", (click) -> act(() -> {
			this.receivables.handOffToCollections(client, patientId, agency.getValue(), null);
			Notification.show("Handed off to collections");
		}, null));
		handOff.setId("hand-off-collections");
		handOff.addThemeVariants(ButtonVariant.LUMO_ERROR);
		// Only once the final notice and the waiting period after it are over; the
		// service
		// checks it again.
		handOff.setEnabled(this.account.letters().collectionsPossible());
		agency.setEnabled(handOff.isEnabled());
		HorizontalLayout actions = new HorizontalLayout(agency, handOff);
		actions.setAlignItems(FlexComponent.Alignment.BASELINE);
		return actions;
	}

	private PaymentForm payments(LocalDate today) {
		PaymentForm[] form = new PaymentForm[1];
		form[0] = new PaymentForm(today, this.smallBalanceLimit, (amount, paidOn, reference) -> act(() -> {
			PaymentOutcome outcome = this.receivables.postPayment(this.client, this.account.patientId(), amount, paidOn,
					reference);
			if (outcome.pending()) {
				Notification.show(
						"The payment of " + Formats.money(amount) + " is above the small-balance limit of "
								+ Formats.money(this.smallBalanceLimit)
								+ ": it waits for a manager's approval (request " + outcome.pendingRequestId() + ")",
						8000, Notification.Position.MIDDLE);
			}
			else {
				Notification.show("Payment of " + Formats.money(amount) + " posted");
			}
		}, form[0]::showError));
		return form[0];
	}

	/** Payments of this patient waiting for a manager, so nobody posts them twice. */
	private java.util.Optional<Paragraph> pendingPayments() {
		List<MoneyMoveRequest> pending = this.approvals.ofPatient(this.client, this.account.patientId())
			.stream()
			.filter(MoneyMoveRequest::pending)
			.toList();
		if (pending.isEmpty()) {
			return java.util.Optional.empty();
		}
		Paragraph waiting = new Paragraph("Waiting for a manager's approval: " + pending.stream()
			.map((request) -> request.move().describe() + " by " + request.requestedBy() + " (request " + request.id()
					+ ")")
			.collect(Collectors.joining("; ")));
		waiting.setId("pending-payments");
		return java.util.Optional.of(waiting);
	}

	private PaymentPlanForm plans(LocalDate today) {
		PaymentPlanForm[] form = new PaymentPlanForm[1];
		form[0] = new PaymentPlanForm(today, (installment, frequency, firstDue) -> act(() -> {
			this.receivables.createPlan(this.client, this.account.patientId(), installment, frequency, firstDue);
			Notification.show("Payment plan created");
		}, (field, message) -> form[0].showError(message)));
		return form[0];
	}

	/**
	 * Runs a change; a refusal is shown where it was asked for (next to the field it
	 * names), success closes.
	 */
	private void act(Runnable change, @Nullable BiConsumer<@Nullable String, String> error) {
		try {
			change.run();
			close();
			this.changed.run();
		}
		catch (DomainException ex) {
			show(error, ex.field(), ex.getMessage());
		}
	}

	private static void show(@Nullable BiConsumer<@Nullable String, String> error, @Nullable String field,
			String message) {
		if (error != null) {
			error.accept(field, message);
		}
		else {
			Notification.show(message);
		}
	}

	private static void money(Grid<OpenPatientClaim> grid, String header,
			Function<OpenPatientClaim, BigDecimal> amount) {
		grid.addColumn((claim) -> Formats.money(amount.apply(claim)))
			.setHeader(header)
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true);
	}

}
