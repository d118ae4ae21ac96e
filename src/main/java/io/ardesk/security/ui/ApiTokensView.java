package io.ardesk.security.ui;

import java.time.ZoneId;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.ardesk.security.ApiTokens;
import io.ardesk.security.ApiTokens.ApiTokenStatus;
import io.ardesk.security.ApiTokens.ApiTokenSummary;
import io.ardesk.security.ClientAccess;
import io.ardesk.security.Role;
import io.ardesk.security.UserAdministration;
import io.ardesk.shared.ui.Formats;
import io.ardesk.tenancy.ClientDirectory;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;

/**
 * API tokens for integrations: each user creates and revokes their own; firm
 * administrators see every user's and create or revoke them for anyone. A new token is
 * shown once, with a copy button.
 */
@Route("api-tokens")
@PageTitle("API tokens · ARdesk")
@Menu(order = 95, title = "API tokens", icon = "KEY")
@PermitAll
public class ApiTokensView extends VerticalLayout {

	static final String ALL_USERS = "All users";

	private final ApiTokens tokens;

	private final ZoneId zone;

	private final boolean admin;

	private final String me;

	private final Grid<ApiTokenSummary> grid = new Grid<>(ApiTokenSummary.class, false);

	private final ComboBox<String> user = new ComboBox<>("User");

	private final Span empty = new Span();

	public ApiTokensView(ApiTokens tokens, ClientAccess access, UserAdministration users, ClientDirectory directory) {
		this.tokens = tokens;
		this.zone = directory.firm().timeZone();
		this.me = access.currentUser().map((current) -> current.username()).orElse("");
		this.admin = access.currentUser().map((current) -> current.role() == Role.FIRM_ADMIN).orElse(false);
		setSizeFull();
		Button create = new Button("New token", VaadinIcon.PLUS.create(),
				(click) -> new NewTokenDialog(tokens, this.admin ? selectedUser() : null, this.me, this::refresh)
					.open());
		create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		create.setId("new-token");
		HorizontalLayout header = new HorizontalLayout(new H2("API tokens"), create);
		header.setWidthFull();
		header.setAlignItems(Alignment.BASELINE);
		header.setJustifyContentMode(JustifyContentMode.BETWEEN);
		Paragraph about = new Paragraph("Integrations such as dialers, bots and BI tools call the REST API with a "
				+ "token in the header 'Authorization: Bearer <token>'. A token acts as its user and reaches only "
				+ "that user's clients; a read-only token changes nothing. Revoke a token as soon as it is no "
				+ "longer needed.");
		about.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
		add(header, about);
		if (this.admin) {
			this.user.setId("token-user");
			this.user.setItems(withAll(users.users().stream().map(UserAdministration.UserSummary::username).toList()));
			this.user.setValue(ALL_USERS);
			this.user.addValueChangeListener((change) -> refresh());
			add(this.user);
		}
		configureGrid();
		this.empty.setId("no-tokens");
		this.empty.getStyle().set("color", "var(--lumo-secondary-text-color)");
		add(this.empty, this.grid);
		refresh();
	}

	private void configureGrid() {
		this.grid.setId("tokens-grid");
		if (this.admin) {
			this.grid.addColumn(ApiTokenSummary::username).setKey("user").setHeader("User").setAutoWidth(true);
		}
		this.grid.addColumn(ApiTokenSummary::name)
			.setKey("name")
			.setHeader("Name")
			.setFlexGrow(1)
			.setTooltipGenerator(ApiTokenSummary::name);
		this.grid.addColumn((token) -> token.prefix() + "…").setKey("prefix").setHeader("Token").setAutoWidth(true);
		this.grid.addColumn((token) -> token.readOnly() ? "Read-only" : "Read and write")
			.setKey("access")
			.setHeader("Access")
			.setAutoWidth(true);
		this.grid.addColumn((token) -> Formats.date(token.createdAt().atZone(this.zone).toLocalDate()))
			.setKey("created")
			.setHeader("Created")
			.setTooltipGenerator((token) -> "By " + token.createdBy())
			.setAutoWidth(true);
		this.grid.addColumn((token) -> Formats.date(token.expiresAt().atZone(this.zone).toLocalDate()))
			.setKey("expires")
			.setHeader("Expires")
			.setAutoWidth(true);
		this.grid
			.addColumn(
					(token) -> (token.lastUsedAt() != null) ? Formats.dateTime(token.lastUsedAt(), this.zone) : "Never")
			.setKey("lastUsed")
			.setHeader("Last used")
			.setAutoWidth(true);
		this.grid.addComponentColumn(ApiTokensView::status).setKey("status").setHeader("Status").setAutoWidth(true);
		this.grid.addComponentColumn(this::revokeButton).setKey("actions").setHeader("").setAutoWidth(true);
		this.grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
		this.grid.setSizeFull();
	}

	private void refresh() {
		List<ApiTokenSummary> shown;
		if (!this.admin) {
			shown = this.tokens.mine();
		}
		else {
			String selected = selectedUser();
			shown = (selected == null) ? this.tokens.everyone() : this.tokens.of(selected);
		}
		this.grid.setItems(shown);
		long active = shown.stream().filter((token) -> token.status() == ApiTokenStatus.ACTIVE).count();
		this.empty.setText(shown.isEmpty() ? "No API tokens yet. Create one for each integration."
				: Formats.count(shown.size()) + " tokens, " + Formats.count(active) + " active");
	}

	private @Nullable String selectedUser() {
		String selected = this.user.getValue();
		return (selected == null || ALL_USERS.equals(selected)) ? null : selected;
	}

	private Span revokeButton(ApiTokenSummary token) {
		Span cell = new Span();
		if (token.status() != ApiTokenStatus.ACTIVE) {
			return cell;
		}
		Button revoke = new Button("Revoke", (click) -> {
			if (this.admin && !token.username().equals(this.me)) {
				this.tokens.revoke(token.username(), token.id());
			}
			else {
				this.tokens.revokeMine(token.id());
			}
			Notification.show("Revoked " + token.name(), 3000, Notification.Position.BOTTOM_START)
				.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
			refresh();
		});
		revoke.setId("revoke-" + token.id());
		revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
		cell.add(revoke);
		return cell;
	}

	private static Span status(ApiTokenSummary token) {
		Span badge = new Span(token.status().label());
		badge.getElement().getThemeList().add("badge " + switch (token.status()) {
			case ACTIVE -> "success";
			case EXPIRED -> "contrast";
			case REVOKED -> "error";
		});
		return badge;
	}

	private static List<String> withAll(List<String> usernames) {
		java.util.ArrayList<String> items = new java.util.ArrayList<>(usernames.size() + 1);
		items.add(ALL_USERS);
		items.addAll(usernames);
		return items;
	}

}
