package io.ardesk.worklist.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.ardesk.worklist.FollowUpChannel;
import io.ardesk.worklist.FollowUpEntry;
import io.ardesk.worklist.FollowUpOutcome;
import org.jspecify.annotations.Nullable;

/**
 * Logs what a specialist found out from the payer and when to look again. A call needs
 * the payer's call reference: it is what an appeal quotes later.
 */
class FollowUpForm extends VerticalLayout {

	private final Select<FollowUpChannel> channel = new Select<>();

	private final TextField repName = new TextField("Rep name");

	private final TextField callReference = new TextField("Call reference number");

	private final Select<FollowUpOutcome> outcome = new Select<>();

	private final TextArea note = new TextArea("Note");

	private final Checkbox internal = new Checkbox("Internal note (the client practice does not see it)");

	private final DatePicker nextAction = new DatePicker("Next action");

	private final Div error = new Div();

	private final LocalDate defaultNextAction;

	/**
	 * @param saveAndNext logs the entry, then opens the next claim of the list the claim
	 * came from
	 */
	FollowUpForm(LocalDate today, LocalDate defaultNextAction, Consumer<FollowUpEntry> save,
			Consumer<FollowUpEntry> saveAndNext) {
		this.defaultNextAction = defaultNextAction;
		setPadding(false);
		this.channel.setId("follow-up-channel");
		this.channel.setLabel("Channel");
		this.channel.setItems(FollowUpChannel.values());
		this.channel.setItemLabelGenerator(FollowUpChannel::label);
		this.channel.addValueChangeListener(
				(event) -> this.callReference.setRequiredIndicatorVisible(event.getValue() == FollowUpChannel.CALL));
		this.outcome.setId("follow-up-outcome");
		this.outcome.setLabel("Outcome");
		this.outcome.setItems(FollowUpOutcome.values());
		this.outcome.setItemLabelGenerator(FollowUpOutcome::label);
		this.repName.setId("follow-up-rep");
		this.repName.setMaxLength(FollowUpEntry.MAX_REP_NAME);
		this.callReference.setId("follow-up-reference");
		this.callReference.setMaxLength(FollowUpEntry.MAX_CALL_REFERENCE);
		this.note.setId("follow-up-note");
		this.note.setMaxLength(FollowUpEntry.MAX_NOTE);
		this.internal.setId("follow-up-internal");
		this.nextAction.setId("follow-up-next-action");
		this.nextAction.setLocale(Locale.US);
		this.nextAction.setI18n(new DatePicker.DatePickerI18n().setDateFormat("MM/dd/yyyy"));
		this.nextAction.setMin(today);
		this.nextAction.setRequiredIndicatorVisible(true);
		this.error.setId("follow-up-error");
		this.error.getStyle().set("color", "var(--lumo-error-text-color, #c5221f)");
		Button saveButton = new Button("Save follow-up", (click) -> submit(save));
		saveButton.setId("save-follow-up");
		saveButton.addClickShortcut(Key.KEY_S, KeyModifier.ALT);
		saveButton.getElement().setAttribute("title", "Alt+S");
		Button nextButton = new Button("Save & next", (click) -> submit(saveAndNext));
		nextButton.setId("save-and-next");
		nextButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		nextButton.addClickShortcut(Key.KEY_N, KeyModifier.ALT);
		nextButton.getElement().setAttribute("title", "Alt+N: log and open the next claim of the list");
		// Alt+L: log a call, from anywhere on the page.
		Shortcuts.addShortcutListener(this, () -> {
			this.channel.setValue(FollowUpChannel.CALL);
			this.repName.focus();
		}, Key.KEY_L, KeyModifier.ALT);

		FormLayout fields = new FormLayout(this.channel, this.outcome, this.repName, this.callReference,
				this.nextAction, this.internal);
		fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
		fields.add(this.note, 2);
		add(new H3("Log follow-up"), fields, this.error, new HorizontalLayout(nextButton, saveButton));
		clear();
	}

	/**
	 * Ready for the next follow-up: a call, still in process, due again after the
	 * cadence.
	 */
	void clear() {
		this.channel.setValue(FollowUpChannel.CALL);
		this.outcome.setValue(FollowUpOutcome.IN_PROCESS);
		List.of(this.repName, this.callReference).forEach(TextField::clear);
		this.note.clear();
		this.internal.setValue(false);
		this.nextAction.setValue(this.defaultNextAction);
		this.error.setText("");
	}

	/** Shows why the service refused the entry next to the form. */
	void showError(String message) {
		this.error.setText(message);
	}

	/**
	 * Shows why the service refused the entry next to the field it names (below the form
	 * for anything else); everything typed stays.
	 */
	void showError(@Nullable String field, String message) {
		HasValidation component = (field != null) ? fields().get(field) : null;
		if (component == null) {
			showError(message);
			return;
		}
		component.setErrorMessage(message);
		component.setInvalid(true);
	}

	private Map<String, HasValidation> fields() {
		return Map.of("repName", this.repName, "callReference", this.callReference, "note", this.note, "nextActionDate",
				this.nextAction);
	}

	private void submit(Consumer<FollowUpEntry> save) {
		if (this.nextAction.isInvalid() || this.nextAction.getValue() == null) {
			showError("Choose the next action date (today or later).");
			return;
		}
		this.error.setText("");
		fields().values().forEach((field) -> field.setInvalid(false));
		save.accept(new FollowUpEntry(this.channel.getValue(), this.repName.getValue(), this.callReference.getValue(),
				this.outcome.getValue(), this.note.getValue(), this.internal.getValue(), this.nextAction.getValue()));
	}

}
