package io.ardesk.security.ui;

import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import io.ardesk.security.Role;
import io.ardesk.security.UserAdministration;
import io.ardesk.security.UserAdministration.UserSummary;
import io.ardesk.shared.problem.DomainException;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientProfile;
import org.jspecify.annotations.Nullable;

/** Creates a user, or edits an existing one's assignments and password. */
class UserDialog extends Dialog {

	private final TextField username = new TextField("User name");

	private final TextField displayName = new TextField("Full name");

	private final Select<Role> role = new Select<>();

	private final PasswordField password = new PasswordField();

	private final ComboBox<ClientProfile> homeClient = new ComboBox<>("Practice (client viewers)");

	private final MultiSelectComboBox<ClientProfile> assigned = new MultiSelectComboBox<>("Assigned clients");

	UserDialog(UserAdministration users, ClientDirectory directory, @Nullable UserSummary existing, Runnable saved) {
		setHeaderTitle((existing == null) ? "New user" : "Edit " + existing.username());
		this.role.setLabel("Role");
		this.role.setItems(Role.values());
		this.role.setItemLabelGenerator(Role::label);
		this.role.setValue(Role.AR_SPECIALIST);
		this.homeClient.setItems(directory.activeClients());
		this.homeClient.setItemLabelGenerator(ClientProfile::name);
		this.assigned.setItems(directory.activeClients());
		this.assigned.setItemLabelGenerator(ClientProfile::name);
		this.password.setLabel((existing == null) ? "Password" : "New password (leave empty to keep)");
		this.password.setHelperText("At least " + UserAdministration.MIN_PASSWORD_LENGTH
				+ " characters, not a common password; e.g. three or four unrelated words");
		this.password.setId("user-password");
		this.username.setId("user-username");
		this.role.addValueChangeListener((change) -> updateFields());
		if (existing != null) {
			this.username.setValue(existing.username());
			this.username.setReadOnly(true);
			this.displayName.setValue(existing.displayName());
			this.displayName.setReadOnly(true);
			this.role.setValue(existing.role());
			this.role.setReadOnly(true);
			this.homeClient.setReadOnly(true);
			this.assigned.setValue(directory.activeClients()
				.stream()
				.filter((client) -> existing.assignedClients().contains(client.id()))
				.collect(Collectors.toSet()));
		}
		updateFields();
		FormLayout form = new FormLayout(this.username, this.displayName, this.role, this.password, this.homeClient,
				this.assigned);
		form.setColspan(this.assigned, 2);
		add(form);
		Button save = new Button("Save", (click) -> {
			clearErrors();
			try {
				save(users, existing);
				close();
				saved.run();
				Notification.show("Saved", 3000, Notification.Position.BOTTOM_START)
					.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
			}
			catch (DomainException ex) {
				showError(ex);
			}
		});
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		save.setId("save-user");
		getFooter().add(new Button("Cancel", (click) -> close()), save);
	}

	/** The message next to the field it is about; otherwise as a notification. */
	private void showError(DomainException ex) {
		String field = (ex.field() != null) ? ex.field() : "";
		switch (field) {
			case "username" -> {
				this.username.setErrorMessage(ex.getMessage());
				this.username.setInvalid(true);
			}
			case "password" -> {
				this.password.setErrorMessage(ex.getMessage());
				this.password.setInvalid(true);
			}
			case "homeClient" -> {
				this.homeClient.setErrorMessage(ex.getMessage());
				this.homeClient.setInvalid(true);
			}
			default -> Notification.show(ex.getMessage(), 5000, Notification.Position.MIDDLE)
				.addThemeVariants(NotificationVariant.LUMO_ERROR);
		}
	}

	private void clearErrors() {
		this.username.setInvalid(false);
		this.password.setInvalid(false);
		this.homeClient.setInvalid(false);
	}

	private void updateFields() {
		boolean viewer = this.role.getValue() == Role.CLIENT_VIEWER;
		boolean admin = this.role.getValue() == Role.FIRM_ADMIN;
		this.homeClient.setVisible(viewer);
		this.assigned.setVisible(!viewer && !admin);
	}

	private void save(UserAdministration users, @Nullable UserSummary existing) {
		Set<io.ardesk.tenancy.ClientId> clients = this.assigned.getValue()
			.stream()
			.map(ClientProfile::id)
			.collect(Collectors.toSet());
		if (existing == null) {
			users.create(new UserAdministration.NewUser(this.username.getValue(), this.displayName.getValue(),
					this.role.getValue(), this.password.getValue(),
					(this.homeClient.getValue() != null) ? this.homeClient.getValue().id() : null, clients));
			return;
		}
		if (existing.role() != Role.CLIENT_VIEWER && existing.role() != Role.FIRM_ADMIN) {
			users.assign(existing.username(), clients);
		}
		if (!this.password.getValue().isEmpty()) {
			users.resetPassword(existing.username(), this.password.getValue());
		}
	}

}
