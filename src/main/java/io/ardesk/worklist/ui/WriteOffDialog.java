package io.ardesk.worklist.ui;

import java.math.BigDecimal;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.notification.Notification;
import io.ardesk.claims.ResponsibleParty;
import io.ardesk.shared.problem.InvalidInputException;
import io.ardesk.worklist.ClaimActions;
import io.ardesk.worklist.TransferDirection;
import io.ardesk.worklist.WriteOffRequest;
import io.ardesk.tenancy.ClientId;

/**
 * Asks for a write-off or a transfer to the patient (decided later by a manager, or, for
 * a small patient adjustment, posted at once) or moves a patient balance back to
 * insurance: each takes an amount from one side of the claim and a reason.
 */
class WriteOffDialog extends ActionDialog {

	private final Select<ResponsibleParty> from = new Select<>();

	private final Select<TransferDirection> direction = new Select<>();

	private final BigDecimalField amount = new BigDecimalField("Amount");

	private final TextArea reason = new TextArea("Reason");

	private final Runnable action;

	private WriteOffDialog(String title, String confirm, Runnable done, Action action) {
		super(title, confirm, done);
		this.action = () -> action.apply(this);
		this.amount.setId("action-amount");
		this.amount.setPrefixComponent(new com.vaadin.flow.component.html.Span("$"));
		this.reason.setId("action-reason");
		this.reason.setMaxLength(ClaimActions.MAX_REASON);
		named("amount", this.amount);
		named("reason", this.reason);
	}

	static WriteOffDialog writeOff(ClaimActions actions, ClientId client, String claimNumber, Runnable done) {
		WriteOffDialog dialog = new WriteOffDialog("Request write-off", "Request approval", done, (d) -> {
			WriteOffRequest request = actions.requestWriteOff(client, claimNumber, d.from.getValue(), d.amountValue(),
					d.reason.getValue());
			notify(request.status() == WriteOffRequest.Status.PENDING,
					"The write-off waits for a manager's approval (request " + request.id() + ")",
					"Written off: within the small-balance limit");
		});
		dialog.from.setLabel("Write off from");
		dialog.from.setItems(ResponsibleParty.values());
		dialog.from.setItemLabelGenerator(
				(party) -> (party == ResponsibleParty.PATIENT) ? "Patient balance" : "Insurance balance");
		dialog.from.setValue(ResponsibleParty.INSURANCE);
		dialog.fields(dialog.from, dialog.amount, dialog.reason);
		return dialog;
	}

	static WriteOffDialog transfer(ClaimActions actions, ClientId client, String claimNumber, Runnable done) {
		WriteOffDialog dialog = new WriteOffDialog("Transfer balance", "Transfer", done,
				(d) -> actions
					.transferBalance(client, claimNumber, d.direction.getValue(), d.amountValue(), d.reason.getValue())
					.ifPresent((request) -> notify(true,
							"The transfer to the patient waits for a manager's approval (request " + request.id() + ")",
							"")));
		dialog.direction.setLabel("Direction");
		dialog.direction.setItems(TransferDirection.values());
		dialog.direction.setItemLabelGenerator((direction) -> (direction == TransferDirection.TO_PATIENT)
				? "Insurance → patient" : "Patient → insurance");
		dialog.direction.setValue(TransferDirection.TO_PATIENT);
		dialog.fields(dialog.direction, dialog.amount, dialog.reason);
		return dialog;
	}

	private static void notify(boolean pending, String pendingText, String postedText) {
		Notification notification = Notification.show(pending ? pendingText : postedText, 6000,
				Notification.Position.MIDDLE);
		notification.setId("money-move-outcome");
	}

	@Override
	protected void apply() {
		this.action.run();
	}

	private BigDecimal amountValue() {
		if (this.amount.getValue() == null) {
			throw new InvalidInputException("amount", "Enter the amount.");
		}
		return this.amount.getValue();
	}

	@FunctionalInterface
	private interface Action {

		void apply(WriteOffDialog dialog);

	}

}
