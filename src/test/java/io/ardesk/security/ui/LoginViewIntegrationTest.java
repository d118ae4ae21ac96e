package io.ardesk.security.ui;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
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
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
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

	@Test
	void afterAnIdleSignOutTheLoginPageSaysWhy() {
		BrowserlessUi.openAnonymous(this.context);

		UI.getCurrent().navigate("login", QueryParameters.of("idle", ""));

		Paragraph notice = _get(Paragraph.class, (spec) -> spec.withId("login-notice"));
		assertThat(notice.isVisible()).isTrue();
		assertThat(notice.getText())
			.isEqualTo("You were signed out after 30 minutes without activity. Sign in again to continue.");
		assertThat(_get(LoginForm.class).isError()).isFalse();
	}

	@Test
	void aThrottledAddressIsToldToWait() {
		BrowserlessUi.openAnonymous(this.context);

		UI.getCurrent().navigate("login", QueryParameters.of("throttled", ""));

		assertThat(_get(LoginForm.class).isError()).isTrue();
		LoginView view = _get(LoginView.class);
		assertThat(view.texts().getErrorMessage().getTitle()).isEqualTo("Too many failed sign-ins");
		assertThat(view.texts().getErrorMessage().getMessage()).contains("15 minutes");
	}

	@Test
	void theDemoSignInPageSaysItIsADemoAndWhoToSignInAs() {
		BrowserlessUi.openAnonymous(this.context);

		UI.getCurrent().navigate("login");

		assertThat(_get(Div.class, (spec) -> spec.withId("demo-note")).getElement().getTextRecursively())
			.contains("demo", "admin", "specialist", "viewer.lakeview-ortho", "password is demo");
		assertThat(_find(Paragraph.class, (spec) -> spec.withId("login-notice"))).as("no notice shown").isEmpty();
	}

}
