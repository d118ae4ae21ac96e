package io.ardesk.escalation.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.ardesk.escalation.Escalation;
import io.ardesk.escalation.EscalationNotFoundException;
import io.ardesk.escalation.EscalationReason;
import io.ardesk.escalation.Escalations;
import io.ardesk.shared.problem.DomainException;
import io.ardesk.tenancy.ClientId;

/** Flags a claim: claim number, reason from the list, comment. Errors by the field. */
class FlagDialog extends Dialog {

	FlagDialog(Escalations escalations, ClientId client, String claimNumber, String promise,
			Consumer<Escalation> raised) {
		setHeaderTitle("Flag a claim for escalation");
		TextField claim = new TextField("Claim number");
		claim.setId("flag-claim-number");
		claim.setValue(claimNumber);
		claim.setRequired(true);
		Select<EscalationReason> reason = new Select<>();
		reason.setId("flag-reason");
		reason.setLabel("Reason");
		reason.setItems(EscalationReason.values());
		reason.setItemLabelGenerator(EscalationReason::label);
		TextArea comment = new TextArea("Comment");
		comment.setId("flag-comment");
		comment.setMaxLength(Escalations.MAX_TEXT);
		comment.setWidth("28em");
		Span error = new Span();
		error.setId("flag-error");
		error.getStyle().set("color", "var(--lumo-error-text-color)");
		Button save = new Button("Flag for escalation", (click) -> {
			claim.setInvalid(false);
			reason.setInvalid(false);
			comment.setInvalid(false);
			error.setText("");
			if (reason.getValue() == null) {
				reason.setErrorMessage("Choose a reason");
				reason.setInvalid(true);
				return;
			}
			try {
				Escalation escalation = escalations.raise(client, claim.getValue().strip(), reason.getValue(),
						comment.getValue());
				close();
				raised.accept(escalation);
			}
			catch (DomainException ex) {
				if ("comment".equals(ex.field())) {
					comment.setErrorMessage(ex.getMessage());
					comment.setInvalid(true);
				}
				else if (ex instanceof EscalationNotFoundException) {
					claim.setErrorMessage(ex.getMessage());
					claim.setInvalid(true);
				}
				else {
					error.setText(ex.getMessage());
				}
			}
		});
		save.setId("flag-save");
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Span sla = new Span(promise);
		sla.setId("flag-sla");
		sla.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
		add(new com.vaadin.flow.component.orderedlayout.VerticalLayout(claim, reason, comment, sla, error));
		getFooter().add(new Button("Cancel", (click) -> close()), save);
	}

}
