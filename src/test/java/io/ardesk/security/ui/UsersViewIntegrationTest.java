package io.ardesk.security.ui;

import java.util.List;
import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AccessDeniedException;
import io.ardesk.security.UserAdministration;
import io.ardesk.security.UserAdministration.UserSummary;
import io.ardesk.security.LoopbackCaller;
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.AsUser;
import io.ardesk.test.BrowserlessUi;
import io.ardesk.test.IntegrationTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ArdeskIntegrationTest
class UsersViewIntegrationTest extends IntegrationTestSupport {

	@Autowired
	ApplicationContext context;

	@Autowired
	UserAdministration users;

	@LocalServerPort
	int port;

	@AfterEach
	void close() {
		BrowserlessUi.close();
	}

	@Test
	void theUsersPageIsRefusedToASpecialist() {
		BrowserlessUi.openAs(this.context, "specialist", "AR_SPECIALIST");

		assertThatThrownBy(() -> UI.getCurrent().navigate("admin/users"))
			.as("Vaadin's access control reroutes to the access-denied error")
			.isInstanceOf(MockAccessDeniedException.class)
			.hasCauseInstanceOf(AccessDeniedException.class);

		assertThat(NavigatorKt.getCurrentView()).isNotEqualTo(UsersView.class);
		_assertNone(UsersView.class);
		_assertNone(Grid.class);
	}

	@Test
	void theUsersPageIsShownToTheAdminWithTheDemoUsers() {
		BrowserlessUi.openAs(this.context, "admin", "FIRM_ADMIN");

		UI.getCurrent().navigate("admin/users");

		assertThat(NavigatorKt.getCurrentView()).isAssignableTo(UsersView.class);
		assertThat(usernames()).contains("admin", "manager", "specialist", "viewer.lakeview-ortho");
	}

	@Test
	void theAdminCreatesAUserInTheDialogAndSeesItInTheGrid() {
		BrowserlessUi.openAs(this.context, "admin", "FIRM_ADMIN");
		UI.getCurrent().navigate("admin/users");

		_click(_get(Button.class, (spec) -> spec.withId("new-user")));
		Dialog dialog = _get(Dialog.class);
		_setValue(_get(dialog, TextField.class, (spec) -> spec.withLabel("User name")), "jordan.new");
		_setValue(_get(dialog, TextField.class, (spec) -> spec.withLabel("Full name")), "Jordan Newcomer");
		_setValue(_get(dialog, PasswordField.class, (spec) -> spec.withLabel("Password")), "Orchid-Lantern-58");
		_click(_get(dialog, Button.class, (spec) -> spec.withId("save-user")));

		assertThat(_find(Dialog.class)).isEmpty();
		int row = rowOf("jordan.new");
		assertThat(GridKt._getFormattedRow(grid(), row)).contains("jordan.new", "Jordan Newcomer", "AR specialist");
		assertThat(statusOf(row)).isEqualTo("Active");
		assertThat(AsUser.call("admin", "FIRM_ADMIN", () -> this.users.users())).extracting(UserSummary::username)
			.contains("jordan.new");
	}

	@Test
	void disablingAUserTogglesTheirStatus() {
		AsUser.run("admin", "FIRM_ADMIN", () -> this.users.create(new UserAdministration.NewUser("casey.toggle",
				"Casey Toggle", io.ardesk.security.Role.AR_SPECIALIST, "Maple-Thunder-31", null, java.util.Set.of())));
		BrowserlessUi.openAs(this.context, "admin", "FIRM_ADMIN");
		UI.getCurrent().navigate("admin/users");

		_click(actionButton(rowOf("casey.toggle"), "Disable"));

		assertThat(statusOf(rowOf("casey.toggle"))).isEqualTo("Disabled");
		assertThat(enabled("casey.toggle")).isFalse();

		_click(actionButton(rowOf("casey.toggle"), "Enable"));

		assertThat(statusOf(rowOf("casey.toggle"))).isEqualTo("Active");
		assertThat(enabled("casey.toggle")).isTrue();
	}

	@Test
	void aWeakPasswordIsRefusedNextToThePasswordFieldAndNothingIsCreated() {
		BrowserlessUi.openAs(this.context, "admin", "FIRM_ADMIN");
		UI.getCurrent().navigate("admin/users");

		_click(_get(Button.class, (spec) -> spec.withId("new-user")));
		Dialog dialog = _get(Dialog.class);
		_setValue(_get(dialog, TextField.class, (spec) -> spec.withLabel("User name")), "weak.pass");
		_setValue(_get(dialog, PasswordField.class, (spec) -> spec.withLabel("Password")), "Password2026!");
		_click(_get(dialog, Button.class, (spec) -> spec.withId("save-user")));

		PasswordField password = _get(dialog, PasswordField.class, (spec) -> spec.withLabel("Password"));
		assertThat(password.isInvalid()).isTrue();
		assertThat(password.getErrorMessage()).contains("too common");
		assertThat(_find(Dialog.class)).as("the dialog stays open with what was typed").hasSize(1);
		assertThat(_get(dialog, TextField.class, (spec) -> spec.withLabel("User name")).getValue())
			.isEqualTo("weak.pass");
		assertThat(AsUser.call("admin", "FIRM_ADMIN", () -> this.users.users())).extracting(UserSummary::username)
			.doesNotContain("weak.pass");
	}

	@Test
	void aLockedUserIsShownLockedWithTheLastSignInAndTheAdminUnlocksThem() {
		AsUser.run("admin", "FIRM_ADMIN", () -> this.users.create(new UserAdministration.NewUser("robin.locked",
				"Robin Locked", io.ardesk.security.Role.AR_SPECIALIST, "Cobalt-Meadow-77", null, java.util.Set.of())));
		AsUser.run("admin", "FIRM_ADMIN", () -> this.users.create(new UserAdministration.NewUser("robin.never",
				"Robin Never", io.ardesk.security.Role.AR_SPECIALIST, "Cobalt-Meadow-78", null, java.util.Set.of())));
		LoopbackCaller api = LoopbackCaller.fresh(this.port);
		assertThat(api.basic("robin.locked", "Cobalt-Meadow-77", "/api/v1/me").statusCode()).isEqualTo(200);
		for (int attempt = 1; attempt <= 5; attempt++) {
			api.basic("robin.locked", "wrong-guess-" + attempt, "/api/v1/me");
		}
		BrowserlessUi.openAs(this.context, "admin", "FIRM_ADMIN");
		UI.getCurrent().navigate("admin/users");

		int row = rowOf("robin.locked");
		assertThat(statusOf(row)).isEqualTo("Locked");
		assertThat(GridKt._getFormattedRow(grid(), row)).as("last sign-in, MM/dd/yyyy")
			.anySatisfy((cell) -> assertThat(cell).matches("\\d{2}/\\d{2}/\\d{4}"));
		assertThat(GridKt._getFormattedRow(grid(), rowOf("robin.never"))).as("never signed in").contains("Never");

		_click(actionButton(row, "Unlock"));

		assertThat(statusOf(rowOf("robin.locked"))).isEqualTo("Active");
		assertThat(api.basic("robin.locked", "Cobalt-Meadow-77", "/api/v1/me").statusCode()).isEqualTo(200);
	}

	@Test
	void theAdminResetsAPasswordInTheEditDialogAndTheUserSignsInWithIt() {
		AsUser.run("admin", "FIRM_ADMIN", () -> this.users.create(new UserAdministration.NewUser("kim.reset",
				"Kim Reset", io.ardesk.security.Role.AR_SPECIALIST, "Saffron-Bridge-19", null, java.util.Set.of())));
		BrowserlessUi.openAs(this.context, "admin", "FIRM_ADMIN");
		UI.getCurrent().navigate("admin/users");

		_click(actionButton(rowOf("kim.reset"), "Edit"));
		Dialog dialog = _get(Dialog.class);
		PasswordField password = _get(dialog, PasswordField.class, (spec) -> spec.withId("user-password"));
		_setValue(password, "short");
		_click(_get(dialog, Button.class, (spec) -> spec.withId("save-user")));
		assertThat(password.isInvalid()).isTrue();
		assertThat(password.getErrorMessage()).contains("at least 12 characters");

		_setValue(password, "Violet-Anchor-64");
		_click(_get(dialog, Button.class, (spec) -> spec.withId("save-user")));

		assertThat(_find(Dialog.class)).isEmpty();
		LoopbackCaller api = LoopbackCaller.fresh(this.port);
		assertThat(api.basic("kim.reset", "Violet-Anchor-64", "/api/v1/me").statusCode()).isEqualTo(200);
		assertThat(api.basic("kim.reset", "Saffron-Bridge-19", "/api/v1/me").statusCode()).isEqualTo(401);
	}

	private boolean enabled(String username) {
		return AsUser.call("admin", "FIRM_ADMIN", () -> this.users.users())
			.stream()
			.filter((user) -> user.username().equals(username))
			.findFirst()
			.orElseThrow()
			.enabled();
	}

	@SuppressWarnings("unchecked")
	private static Grid<UserSummary> grid() {
		return _get(Grid.class);
	}

	private static List<String> usernames() {
		Grid<UserSummary> grid = grid();
		return IntStream.range(0, GridKt._size(grid)).mapToObj((row) -> GridKt._get(grid, row).username()).toList();
	}

	private static int rowOf(String username) {
		int row = usernames().indexOf(username);
		assertThat(row).as("row of %s in the users grid", username).isNotNegative();
		return row;
	}

	private static String statusOf(int row) {
		Component cell = GridKt._getCellComponent(grid(), row, "status");
		return ((Span) cell).getText();
	}

	private static Button actionButton(int row, String caption) {
		Component cell = GridKt._getCellComponent(grid(), row, "actions");
		return _get(cell, Button.class, (spec) -> spec.withText(caption));
	}

}
