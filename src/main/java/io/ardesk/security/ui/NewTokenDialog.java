package io.ardesk.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import io.ardesk.security.ApiTokens;
import io.ardesk.security.ApiTokens.IssuedApiToken;
import io.ardesk.security.ApiTokens.NewApiToken;
import io.ardesk.shared.problem.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * Creates a token, then shows it once with a copy button: after this dialog closes it
 * cannot be seen again, only revoked.
 */
class NewTokenDialog extends Dialog {

	private final TextField name = new TextField("Name");

	private final Checkbox readOnly = new Checkbox("Read-only (can read, never change anything)");

	private final IntegerField expiresInDays = new IntegerField("Expires in (days)");

	/**
	 * @param forUser the user to issue the token to (administrators), or {@code null} for
	 * the signed-in user
	 */
	NewTokenDialog(ApiTokens tokens, @Nullable String forUser, String me, Runnable issued) {
		setHeaderTitle((forUser == null || forUser.equals(me)) ? "New API token" : "New API token for " + forUser);
		this.name.setId("token-name");
		this.name.setPlaceholder("e.g. Dialer, RPA bot, BI export");
		this.name.setMaxLength(100);
		this.name.setRequired(true);
		this.readOnly.setId("token-read-only");
		this.expiresInDays.setId("token-expires");
		this.expiresInDays.setValue(90);
		this.expiresInDays.setMin(1);
		this.expiresInDays.setMax(365);
		this.expiresInDays.setHelperText("1 to 365 days");
		add(new FormLayout(this.name, this.expiresInDays, this.readOnly));
		Button create = new Button("Create token", (click) -> {
			this.name.setInvalid(false);
			this.expiresInDays.setInvalid(false);
			try {
				NewApiToken request = new NewApiToken(this.name.getValue(), this.readOnly.getValue(),
						this.expiresInDays.getValue());
				IssuedApiToken token = (forUser == null || forUser.equals(me)) ? tokens.issueForMe(request)
						: tokens.issueFor(forUser, request);
				issued.run();
				showOnce(token);
			}
			catch (DomainException ex) {
				showError(ex);
			}
		});
		create.setId("create-token");
		create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		getFooter().add(new Button("Cancel", (click) -> close()), create);
	}

	private void showOnce(IssuedApiToken issued) {
		removeAll();
		getFooter().removeAll();
		setHeaderTitle("Copy your new token now");
		TextField value = new TextField("Token for " + issued.summary().name());
		value.setId("new-token-value");
		value.setValue(issued.token());
		value.setReadOnly(true);
		value.setWidthFull();
		Button copy = new Button("Copy", VaadinIcon.COPY.create(), (click) -> {
			value.getElement().executeJs("navigator.clipboard.writeText($0)", issued.token());
			Notification.show("Copied", 2000, Notification.Position.BOTTOM_START)
				.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
		});
		copy.setId("copy-token");
		Paragraph warning = new Paragraph("This is the only time the token is shown: ARdesk keeps only a hash of it. "
				+ "Store it in your integration's secret store. Send it as 'Authorization: Bearer <token>'.");
		warning.getStyle().set("color", "var(--lumo-secondary-text-color)");
		add(value, copy, warning);
		setWidth("36rem");
		Button done = new Button("Done", (click) -> close());
		done.setId("token-done");
		done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		getFooter().add(done);
	}

	private void showError(DomainException ex) {
		if ("name".equals(ex.field())) {
			this.name.setErrorMessage(ex.getMessage());
			this.name.setInvalid(true);
		}
		else if ("expiresInDays".equals(ex.field())) {
			this.expiresInDays.setErrorMessage(ex.getMessage());
			this.expiresInDays.setInvalid(true);
		}
		else {
			Notification.show(ex.getMessage(), 5000, Notification.Position.MIDDLE)
				.addThemeVariants(NotificationVariant.LUMO_ERROR);
		}
	}

}
