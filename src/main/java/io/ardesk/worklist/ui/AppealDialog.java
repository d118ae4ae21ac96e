package io.ardesk.worklist.ui;

import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import io.ardesk.shared.problem.InvalidInputException;
import io.ardesk.tenancy.ClientId;
import io.ardesk.worklist.ClaimActions;

/**
 * Starts an appeal; the letter is written from the claim's facts, so the user only gives
 * the level and why the denial is wrong.
 */
class AppealDialog extends ActionDialog {

	private final IntegerField level = new IntegerField("Appeal level");

	private final TextArea reason = new TextArea("Why the claim should be paid");

	private final ClaimActions actions;

	private final ClientId client;

	private final String claimNumber;

	AppealDialog(ClaimActions actions, ClientId client, String claimNumber, Runnable done) {
		super("Start appeal", "Start appeal", done);
		this.actions = actions;
		this.client = client;
		this.claimNumber = claimNumber;
		this.level.setId("appeal-level");
		named("level", this.level);
		named("reason", this.reason);
		this.reason.setMaxLength(ClaimActions.MAX_REASON);
		this.level.setMin(1);
		this.level.setMax(ClaimActions.MAX_APPEAL_LEVEL);
		this.level.setStepButtonsVisible(true);
		this.level.setValue(1);
		this.reason.setId("appeal-reason");
		this.reason.setHelperText("Quoted in the letter: authorization numbers, medical necessity, corrected facts");
		fields(this.level, this.reason);
	}

	@Override
	protected void apply() {
		if (this.level.getValue() == null) {
			throw new InvalidInputException("level", "Enter the appeal level.");
		}
		this.actions.startAppeal(this.client, this.claimNumber, this.level.getValue(), this.reason.getValue());
	}

}
