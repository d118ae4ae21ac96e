package io.ardesk.worklist.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import io.ardesk.shared.problem.DomainException;
import io.ardesk.worklist.ClaimActionNotFoundException;

/**
 * A dialog for one claim action: its fields, a confirm button and the service's refusal
 * shown inline, so the user can correct the entry without retyping it.
 */
abstract class ActionDialog extends Dialog {

	private final Div error = new Div();

	private final Runnable done;

	ActionDialog(String title, String confirmLabel, Runnable done) {
		this.done = done;
		setHeaderTitle(title);
		setWidth("32em");
		this.error.addClassName("action-error");
		this.error.getStyle().set("color", "var(--lumo-error-text-color, #c5221f)");
		Button confirm = new Button(confirmLabel, (click) -> submit());
		confirm.addClassName("action-confirm");
		confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		getFooter().add(new Button("Cancel", (click) -> close()), confirm);
	}

	/** Lays the fields out one per row, with the error below them. */
	protected final void fields(Component... fields) {
		FormLayout form = new FormLayout(fields);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
		add(form, this.error);
	}

	/** Calls the service; throws {@link IllegalArgumentException} for bad input. */
	protected abstract void apply();

	private void submit() {
		try {
			apply();
			close();
			this.done.run();
		}
		catch (IllegalArgumentException | IllegalStateException | ClaimActionNotFoundException | DomainException ex) {
			this.error.setText(ex.getMessage());
		}
	}

}
