package io.ardesk.worklist.ui;

import java.time.LocalDate;
import java.util.Locale;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import io.ardesk.shared.problem.InvalidInputException;
import io.ardesk.tenancy.ClientId;
import io.ardesk.worklist.ClaimActions;

/** Asks the client practice for records the payer wants, by a due date. */
class DocumentRequestDialog extends ActionDialog {

	private final TextArea what = new TextArea("What is needed");

	private final DatePicker due = new DatePicker("Due date");

	private final ClaimActions actions;

	private final ClientId client;

	private final String claimNumber;

	DocumentRequestDialog(ClaimActions actions, ClientId client, String claimNumber, LocalDate today, Runnable done) {
		super("Request documents", "Send request", done);
		this.actions = actions;
		this.client = client;
		this.claimNumber = claimNumber;
		this.what.setId("documents-what");
		this.what.setMaxLength(ClaimActions.MAX_WHAT_IS_NEEDED);
		named("whatIsNeeded", this.what);
		named("dueDate", this.due);
		this.due.setId("documents-due");
		this.due.setLocale(Locale.US);
		this.due.setMin(today);
		this.due.setValue(today.plusDays(7));
		fields(this.what, this.due);
	}

	@Override
	protected void apply() {
		if (this.due.getValue() == null) {
			throw new InvalidInputException("dueDate", "Choose the due date (today or later).");
		}
		this.actions.requestDocuments(this.client, this.claimNumber, this.what.getValue(), this.due.getValue());
	}

}
