package io.ardesk.worklist.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import io.ardesk.shared.problem.InvalidInputException;
import io.ardesk.tenancy.ClientId;
import io.ardesk.worklist.ClaimActions;
import io.ardesk.worklist.LateAppeal;

/**
 * Starts an appeal; the letter is written from the claim's facts, so the user only gives
 * the level and why the denial is wrong.
 */
class AppealDialog extends ActionDialog {

	private final IntegerField level = new IntegerField("Appeal level");

	private final TextArea reason = new TextArea("Why the claim should be paid");

	private final Select<LateAppeal.Reason> late = new Select<>();

	private final TextArea lateExplanation = new TextArea("Late reason");

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
		this.late.setId("appeal-late");
		this.late.setLabel("After the appeal deadline?");
		this.late.setItems(LateAppeal.Reason.values());
		this.late.setItemLabelGenerator((reason) -> (reason != null) ? reason.label() : "No, on time");
		this.late.setEmptySelectionAllowed(true);
		this.late.setEmptySelectionCaption("No, on time");
		this.late.setHelperText("Required once the deadline has passed: the letter asks for late acceptance");
		this.lateExplanation.setId("appeal-late-explanation");
		this.lateExplanation.setMaxLength(LateAppeal.MAX_EXPLANATION);
		named("late", this.late);
		named("late.explanation", this.lateExplanation);
		fields(this.level, this.reason, this.late, this.lateExplanation);
	}

	@Override
	protected void apply() {
		if (this.level.getValue() == null) {
			throw new InvalidInputException("level", "Enter the appeal level.");
		}
		LateAppeal lateAppeal = (this.late.getValue() != null)
				? new LateAppeal(this.late.getValue(), this.lateExplanation.getValue()) : null;
		this.actions.startAppeal(this.client, this.claimNumber, this.level.getValue(), this.reason.getValue(),
				lateAppeal);
	}

}
