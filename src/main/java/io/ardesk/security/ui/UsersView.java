package io.ardesk.security.ui;

import java.time.Instant;
import java.time.ZoneId;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.ardesk.security.UserAdministration;
import io.ardesk.security.UserAdministration.UserSummary;
import io.ardesk.shared.ui.Formats;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import jakarta.annotation.security.RolesAllowed;

/**
 * Firm administrators create, disable, unlock and reset users and edit their client
 * assignments; the grid shows each user's last sign-in and whether they are locked out.
 */
@Route("admin/users")
@PageTitle("Users · ARdesk")
@Menu(order = 90, title = "Users", icon = "USERS")
@RolesAllowed("FIRM_ADMIN")
public class UsersView extends VerticalLayout {

	private final UserAdministration users;

	private final ClientDirectory clients;

	private final Grid<UserSummary> grid = new Grid<>(UserSummary.class, false);

	public UsersView(UserAdministration users, ClientDirectory clients) {
		this.users = users;
		this.clients = clients;
		setSizeFull();
		Button create = new Button("New user", VaadinIcon.PLUS.create(),
				(click) -> new UserDialog(users, clients, null, this::refresh).open());
		create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		create.setId("new-user");
		HorizontalLayout header = new HorizontalLayout(new H2("Users"), create);
		header.setWidthFull();
		header.setAlignItems(Alignment.BASELINE);
		header.setJustifyContentMode(JustifyContentMode.BETWEEN);

		// Seven columns must fit a laptop screen without a horizontal scroll bar: fixed
		// widths, long values wrapped or in a tooltip.
		this.grid.addColumn(UserSummary::username)
			.setKey("username")
			.setHeader("User name")
			.setSortable(true)
			.setWidth("7em")
			.setFlexGrow(1)
			.setTooltipGenerator(UserSummary::username);
		this.grid.addColumn(UserSummary::displayName)
			.setHeader("Name")
			.setSortable(true)
			.setWidth("7.5em")
			.setFlexGrow(1);
		this.grid.addColumn((user) -> user.role().label()).setHeader("Role").setSortable(true).setWidth("8em");
		// The clients are what an administrator checks here: wrapped, never cut off.
		this.grid.addColumn(this::clientsOf)
			.setKey("clients")
			.setHeader("Clients")
			.setWidth("8em")
			.setFlexGrow(2)
			.setTooltipGenerator(this::clientsOf);
		ZoneId zone = clients.firm().timeZone();
		this.grid
			.addColumn((user) -> (user.lastSignInAt() != null)
					? Formats.date(user.lastSignInAt().atZone(zone).toLocalDate()) : "Never")
			.setKey("lastSignIn")
			.setHeader("Last sign-in")
			.setSortable(true)
			.setComparator((user) -> (user.lastSignInAt() != null) ? user.lastSignInAt() : Instant.EPOCH)
			.setTooltipGenerator((user) -> (user.lastSignInAt() != null)
					? "Last sign-in " + Formats.dateTime(user.lastSignInAt(), zone) : "Never signed in")
			.setWidth("8.5em")
			.setFlexGrow(0);
		this.grid.addComponentColumn(UsersView::status).setKey("status").setHeader("Status").setAutoWidth(true);
		this.grid.addComponentColumn(this::actions).setKey("actions").setHeader("").setAutoWidth(true);
		this.grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.grid.setSizeFull();
		add(header, this.grid);
		refresh();
	}

	private void refresh() {
		this.grid.setItems(this.users.users());
	}

	private String clientsOf(UserSummary user) {
		return switch (user.role()) {
			case FIRM_ADMIN -> "All clients";
			case CLIENT_VIEWER -> (user.homeClient() != null) ? name(user.homeClient()) + " (read-only)" : "";
			default -> user.assignedClients().isEmpty() ? "None assigned"
					: String.join(", ", user.assignedClients().stream().map(this::name).sorted().toList());
		};
	}

	private String name(ClientId id) {
		return this.clients.find(id).map((client) -> client.name()).orElse(id.value());
	}

	private static Span status(UserSummary user) {
		Span badge = new Span(!user.enabled() ? "Disabled" : user.locked() ? "Locked" : "Active");
		badge.getElement()
			.getThemeList()
			.add("badge " + (!user.enabled() ? "contrast" : user.locked() ? "error" : "success"));
		return badge;
	}

	private HorizontalLayout actions(UserSummary user) {
		Button edit = new Button("Edit",
				(click) -> new UserDialog(this.users, this.clients, user, this::refresh).open());
		Button toggle = new Button(user.enabled() ? "Disable" : "Enable", (click) -> {
			this.users.setEnabled(user.username(), !user.enabled());
			notify((user.enabled() ? "Disabled " : "Enabled ") + user.username());
			refresh();
		});
		edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
		toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
		HorizontalLayout actions = new HorizontalLayout(edit, toggle);
		if (user.locked()) {
			Button unlock = new Button("Unlock", (click) -> {
				this.users.unlock(user.username());
				notify("Unlocked " + user.username());
				refresh();
			});
			unlock.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
			actions.add(unlock);
		}
		return actions;
	}

	private static void notify(String text) {
		Notification.show(text, 3000, Notification.Position.BOTTOM_START)
			.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
	}

}
