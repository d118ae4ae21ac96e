package io.ardesk.worklist.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import io.ardesk.shared.problem.DomainException;

import org.springframework.security.access.AccessDeniedException;

/**
 * A dialog for one claim action: its fields, a confirm button and the service's refusal
 * shown next to the field it is about (or below the fields), so the user can correct the
 * entry without retyping it.
 */
abstract class ActionDialog extends Dialog {

	private final Div error = new Div();

	private final Runnable done;

	private final Map<String, HasValidation> fieldsByName = new LinkedHashMap<>();

	ActionDialog(String title, String confirmLabel, Runnable done) {
		this.done = done;
		setHeaderTitle(title);
		setWidth("32em");
		this.error.addClassName("action-error");
		this.error.getStyle().set("color", "var(--lumo-error-text-color, #c5221f)");
		Button confirm = new Button(confirmLabel, (click) -> submit());
		confirm.addClassName("action-confirm");
		confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Button cancel = new Button("Cancel", (click) -> close());
		cancel.addClassName("action-cancel");
		getFooter().add(cancel, confirm);
	}

	/** Lays the fields out one per row, with the error below them. */
	protected final void fields(Component... fields) {
		FormLayout form = new FormLayout(fields);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
		add(form, this.error);
	}

	/**
	 * Shows the service's refusals about {@code field} (as the service names it, e.g.
	 * {@code reason}) on this component.
	 */
	protected final <C extends HasValidation> C named(String field, C component) {
		this.fieldsByName.put(field, component);
		return component;
	}

	/** Calls the service; a {@link DomainException} is shown and the dialog stays. */
	protected abstract void apply();

	private void submit() {
		this.fieldsByName.values().forEach((field) -> field.setInvalid(false));
		this.error.setText("");
		try {
			apply();
			close();
			this.done.run();
		}
		catch (DomainException ex) {
			HasValidation field = (ex.field() != null) ? this.fieldsByName.get(ex.field()) : null;
			if (field != null) {
				field.setErrorMessage(ex.getMessage());
				field.setInvalid(true);
			}
			else {
				this.error.setText(ex.getMessage());
			}
		}
		catch (AccessDeniedException ex) {
			this.error.setText(ex.getMessage());
		}
	}

}
