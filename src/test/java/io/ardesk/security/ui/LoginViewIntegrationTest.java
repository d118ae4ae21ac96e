package io.ardesk.security.ui;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import io.ardesk.portal.ui.OverviewView;
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.BrowserlessUi;
import io.ardesk.test.IntegrationTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

@ArdeskIntegrationTest
class LoginViewIntegrationTest extends IntegrationTestSupport {

	@Autowired
	ApplicationContext context;

	@AfterEach
	void close() {
		BrowserlessUi.close();
	}

	@Test
	void anAnonymousVisitorOfTheOverviewEndsAtTheLoginForm() {
		BrowserlessUi.openAnonymous(this.context);

		UI.getCurrent().navigate(OverviewView.class);

		assertThat(NavigatorKt.getCurrentView()).isEqualTo(LoginView.class);
		assertThat(NavigatorKt.getCurrentPath()).isEqualTo("login");
		LoginForm form = _get(LoginForm.class);
		assertThat(form.getAction()).isEqualTo("login");
		assertThat(form.isError()).isFalse();
		_assertNone(OverviewView.class);
	}

	@Test
	void anAnonymousVisitorOfTheUsersPageEndsAtTheLoginForm() {
		BrowserlessUi.openAnonymous(this.context);

		UI.getCurrent().navigate("admin/users");

		assertThat(NavigatorKt.getCurrentView()).isEqualTo(LoginView.class);
		_assertNone(UsersView.class);
	}

	@Test
	void aFailedSignInShowsTheError() {
		BrowserlessUi.openAnonymous(this.context);

		UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

		assertThat(_get(LoginForm.class).isError()).isTrue();
	}

}
