package io.ardesk.remittance.ui;

import java.math.BigDecimal;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.formlayout.FormLayout;
import io.ardesk.remittance.PostingException;
import io.ardesk.remittance.PostingExceptions;
import io.ardesk.shared.problem.DomainException;
import io.ardesk.shared.ui.Formats;
import io.ardesk.tenancy.ClientId;

/**
 * The three ways to resolve a posting exception, each a small dialog that shows a refusal
 * next to the field it is about and keeps what was typed.
 */
final class ResolveDialog {

	private static final int MAX_NOTE = 2000;

	private ResolveDialog() {
	}

	static void postAsIs(PostingExceptions exceptions, ClientId client, PostingException exception, Runnable done) {
		Dialog dialog = dialog("Post as the remittance gave it", exception);
		TextArea note = note("Note (optional)");
		dialog.add(new Paragraph("The payment is posted with its amounts as they are. A balance it makes negative "
				+ "becomes a credit balance flagged for refund review."), note);
		confirm(dialog, "Post as is", () -> exceptions.postAsIs(client, exception.id(), note.getValue()), done,
				Map.of("note", note), note);
	}

	static void dismiss(PostingExceptions exceptions, ClientId client, PostingException exception, Runnable done) {
		Dialog dialog = dialog("Dismiss without posting", exception);
		TextArea reason = note("Reason");
		reason.setRequired(true);
		dialog.add(reason);
		confirm(dialog, "Dismiss", () -> exceptions.dismiss(client, exception.id(), reason.getValue()), done,
				Map.of("reason", reason), reason);
	}

	static void postCorrected(PostingExceptions exceptions, ClientId client, PostingException exception,
			Runnable done) {
		Dialog dialog = dialog("Post with corrected amounts", exception);
		BigDecimalField paid = amount("Paid", exception.payment().paid());
		BigDecimalField contractual = amount("Contractual adjustment", BigDecimal.ZERO);
		BigDecimalField other = amount("Other adjustment", BigDecimal.ZERO);
		BigDecimalField patient = amount("Patient responsibility", (exception.payment().patientResponsibility() != null)
				? exception.payment().patientResponsibility() : BigDecimal.ZERO);
		BigDecimalField denied = amount("Denied (stays open)", BigDecimal.ZERO);
		TextArea note = note("Note (optional)");
		FormLayout form = new FormLayout(paid, contractual, other, patient, denied);
		dialog.add(new Paragraph(
				"The amounts must account for the charge of " + Formats.money(exception.payment().charge())
						+ " (with what earlier payers covered, OA-23, which stays as recorded)."),
				form, note);
		confirm(dialog, "Post corrected",
				() -> exceptions.postCorrected(client, exception.id(),
						new PostingExceptions.CorrectedAmounts(value(paid), value(contractual), value(other),
								value(patient), value(denied)),
						note.getValue()),
				done, Map.of("paid", paid, "contractual", contractual, "otherAdjusted", other, "patientResponsibility",
						patient, "denied", denied, "note", note),
				paid);
	}

	private static Dialog dialog(String title, PostingException exception) {
		Dialog dialog = new Dialog();
		dialog.setHeaderTitle(title);
		dialog.setWidth("36rem");
		dialog.add(new Paragraph(exception.payment().payer()
				+ " · trace " + exception.payment().traceNumber() + " · claim " + ((exception.claimNumber() != null)
						? exception.claimNumber() : exception.payment().patientControlNumber())
				+ ": " + exception.problem()));
		return dialog;
	}

	private static TextArea note(String label) {
		TextArea note = new TextArea(label);
		note.setWidthFull();
		note.setMaxLength(MAX_NOTE);
		return note;
	}

	private static BigDecimalField amount(String label, BigDecimal value) {
		BigDecimalField field = new BigDecimalField(label);
		field.setValue(value);
		return field;
	}

	private static BigDecimal value(BigDecimalField field) {
		return (field.getValue() != null) ? field.getValue() : BigDecimal.ZERO;
	}

	/**
	 * Runs the action; a refusal is shown on the field it names (else on the main one),
	 * and the dialog stays open with what was typed.
	 */
	private static void confirm(Dialog dialog, String label, Runnable action, Runnable done,
			Map<String, ? extends HasValidation> fields, HasValidation main) {
		Button confirm = new Button(label, (click) -> {
			fields.values().forEach((field) -> field.setInvalid(false));
			try {
				action.run();
				dialog.close();
				done.run();
				Notification.show("Done", 3000, Notification.Position.BOTTOM_START)
					.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
			}
			catch (DomainException ex) {
				HasValidation target = (ex.field() != null && fields.containsKey(ex.field())) ? fields.get(ex.field())
						: main;
				target.setErrorMessage(ex.getMessage());
				target.setInvalid(true);
			}
		});
		confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		dialog.getFooter().add(new Button("Cancel", (click) -> dialog.close()), confirm);
		dialog.open();
	}

}
