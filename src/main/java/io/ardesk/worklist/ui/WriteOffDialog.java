package io.ardesk.worklist.ui;

import java.math.BigDecimal;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import io.ardesk.claims.ResponsibleParty;
import io.ardesk.shared.problem.InvalidInputException;
import io.ardesk.worklist.ClaimActions;
import io.ardesk.worklist.TransferDirection;
import io.ardesk.tenancy.ClientId;

/**
 * Asks for a write-off (decided later by a manager) or moves a balance between payer and
 * patient: both take an amount from one side of the claim and a reason.
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
		WriteOffDialog dialog = new WriteOffDialog("Request write-off", "Request approval", done, (d) -> actions
			.requestWriteOff(client, claimNumber, d.from.getValue(), d.amountValue(), d.reason.getValue()));
		dialog.from.setLabel("Write off from");
		dialog.from.setItems(ResponsibleParty.values());
		dialog.from.setItemLabelGenerator(
				(party) -> (party == ResponsibleParty.PATIENT) ? "Patient balance" : "Insurance balance");
		dialog.from.setValue(ResponsibleParty.INSURANCE);
		dialog.fields(dialog.from, dialog.amount, dialog.reason);
		return dialog;
	}

	static WriteOffDialog transfer(ClaimActions actions, ClientId client, String claimNumber, Runnable done) {
		WriteOffDialog dialog = new WriteOffDialog("Transfer balance", "Transfer", done, (d) -> actions
			.transferBalance(client, claimNumber, d.direction.getValue(), d.amountValue(), d.reason.getValue()));
		dialog.direction.setLabel("Direction");
		dialog.direction.setItems(TransferDirection.values());
		dialog.direction.setItemLabelGenerator((direction) -> (direction == TransferDirection.TO_PATIENT)
				? "Insurance → patient" : "Patient → insurance");
		dialog.direction.setValue(TransferDirection.TO_PATIENT);
		dialog.fields(dialog.direction, dialog.amount, dialog.reason);
		return dialog;
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
