package io.ardesk.security.ui;

import java.util.List;
import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import io.ardesk.security.ApiTokens;
import io.ardesk.security.ApiTokens.ApiTokenStatus;
import io.ardesk.security.ApiTokens.ApiTokenSummary;
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.AsUser;
import io.ardesk.test.BrowserlessUi;
import io.ardesk.test.IntegrationTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

@ArdeskIntegrationTest
class ApiTokensViewIntegrationTest extends IntegrationTestSupport {

	@Autowired
	ApplicationContext context;

	@Autowired
	ApiTokens tokens;

	@AfterEach
	void close() {
		BrowserlessUi.close();
	}

	@Test
	void aSpecialistCreatesATokenSeesItOnceAndRevokesIt() {
		BrowserlessUi.openAs(this.context, "specialist2", "AR_SPECIALIST");
		UI.getCurrent().navigate("api-tokens");
		assertThat(NavigatorKt.getCurrentView()).isEqualTo(ApiTokensView.class);
		assertThat(_find(ComboBox.class, (spec) -> spec.withId("token-user"))).as("no user choice for a specialist")
			.isEmpty();

		_click(_get(Button.class, (spec) -> spec.withId("new-token")));
		Dialog dialog = _get(Dialog.class);
		_setValue(_get(dialog, TextField.class, (spec) -> spec.withId("token-name")), "Power dialer");
		_setValue(_get(dialog, Checkbox.class, (spec) -> spec.withId("token-read-only")), true);
		_setValue(_get(dialog, IntegerField.class, (spec) -> spec.withId("token-expires")), 30);
		_click(_get(dialog, Button.class, (spec) -> spec.withId("create-token")));

		String shown = _get(dialog, TextField.class, (spec) -> spec.withId("new-token-value")).getValue();
		assertThat(shown).startsWith("ardk_").hasSizeGreaterThan(40);
		assertThat(_find(dialog, Button.class, (spec) -> spec.withId("copy-token"))).hasSize(1);
		_click(_get(dialog, Button.class, (spec) -> spec.withId("token-done")));
		assertThat(_find(Dialog.class)).isEmpty();

		Grid<ApiTokenSummary> grid = grid();
		int row = rowNamed("Power dialer");
		assertThat(GridKt._getFormattedRow(grid, row)).contains("Power dialer", shown.substring(0, 12) + "…",
				"Read-only", "Never");
		assertThat(GridKt._getFormattedRow(grid, row)).as("the token itself is never listed").doesNotContain(shown);
		assertThat(statusOf(row)).isEqualTo("Active");
		ApiTokenSummary stored = mine("specialist2").stream()
			.filter((token) -> token.name().equals("Power dialer"))
			.findFirst()
			.orElseThrow();
		assertThat(stored.readOnly()).isTrue();

		_click(_get(GridKt._getCellComponent(grid, row, "actions"), Button.class, (spec) -> spec.withText("Revoke")));

		assertThat(statusOf(rowNamed("Power dialer"))).isEqualTo("Revoked");
		assertThat(mine("specialist2")).filteredOn((token) -> token.id() == stored.id())
			.singleElement()
			.extracting(ApiTokenSummary::status)
			.isEqualTo(ApiTokenStatus.REVOKED);
	}

	@Test
	void aTokenWithoutANameIsRefusedNextToTheNameField() {
		BrowserlessUi.openAs(this.context, "specialist2", "AR_SPECIALIST");
		UI.getCurrent().navigate("api-tokens");

		_click(_get(Button.class, (spec) -> spec.withId("new-token")));
		Dialog dialog = _get(Dialog.class);
		_click(_get(dialog, Button.class, (spec) -> spec.withId("create-token")));

		TextField name = _get(dialog, TextField.class, (spec) -> spec.withId("token-name"));
		assertThat(name.isInvalid()).isTrue();
		assertThat(name.getErrorMessage()).contains("name");
		assertThat(_find(dialog, TextField.class, (spec) -> spec.withId("new-token-value"))).isEmpty();
	}

	@Test
	void theAdministratorSeesEveryUsersTokensAndRevokesOne() {
		ApiTokens.IssuedApiToken issued = AsUser.call("manager", "ACCOUNT_MANAGER",
				() -> this.tokens.issueForMe(new ApiTokens.NewApiToken("Manager's BI", true, null)));
		BrowserlessUi.openAs(this.context, "admin", "FIRM_ADMIN");
		UI.getCurrent().navigate("api-tokens");

		int row = rowNamed("Manager's BI");
		assertThat(GridKt._getFormattedRow(grid(), row)).contains("manager", "Manager's BI");
		_setValue(_get(ComboBox.class, (spec) -> spec.withId("token-user")), "manager");
		assertThat(names()).contains("Manager's BI");
		_setValue(_get(ComboBox.class, (spec) -> spec.withId("token-user")), "specialist2");
		assertThat(names()).doesNotContain("Manager's BI");
		_setValue(_get(ComboBox.class, (spec) -> spec.withId("token-user")), "manager");

		_click(_get(GridKt._getCellComponent(grid(), rowNamed("Manager's BI"), "actions"), Button.class,
				(spec) -> spec.withText("Revoke")));

		assertThat(mine("manager")).filteredOn((token) -> token.id() == issued.summary().id())
			.singleElement()
			.extracting(ApiTokenSummary::status)
			.isEqualTo(ApiTokenStatus.REVOKED);
	}

	private List<ApiTokenSummary> mine(String username) {
		String role = username.equals("manager") ? "ACCOUNT_MANAGER" : "AR_SPECIALIST";
		return AsUser.call(username, role, () -> this.tokens.mine());
	}

	@SuppressWarnings("unchecked")
	private static Grid<ApiTokenSummary> grid() {
		return _get(Grid.class, (spec) -> spec.withId("tokens-grid"));
	}

	private static List<String> names() {
		Grid<ApiTokenSummary> grid = grid();
		return IntStream.range(0, GridKt._size(grid)).mapToObj((row) -> GridKt._get(grid, row).name()).toList();
	}

	private static int rowNamed(String name) {
		int row = names().indexOf(name);
		assertThat(row).as("row of %s", name).isNotNegative();
		return row;
	}

	private static String statusOf(int row) {
		Component cell = GridKt._getCellComponent(grid(), row, "status");
		return ((Span) cell).getText();
	}

}
