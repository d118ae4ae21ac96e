package io.ardesk.portal.ui;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import io.ardesk.clientportal.ui.PracticeDashboardView;
import io.ardesk.documents.ui.DocumentsView;
import com.vaadin.flow.component.select.Select;
import io.ardesk.portal.ActiveClient;
import io.ardesk.security.ClientAccessDeniedException;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.ClientSummary;
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.BrowserlessUi;
import io.ardesk.test.IntegrationTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The portal frame and the overview, browserless, as different demo users. */
@ArdeskIntegrationTest
class PortalViewsIntegrationTest extends IntegrationTestSupport {

	@Autowired
	ApplicationContext context;

	@AfterEach
	void close() {
		BrowserlessUi.close();
	}

	@Test
	void theClientSwitcherListsExactlyTheSpecialistsTwoClients() {
		BrowserlessUi.openAs(this.context, "specialist", "AR_SPECIALIST");
		UI.getCurrent().navigate(OverviewView.class);

		Select<ClientSummary> select = switcher();

		assertThat(select.getListDataView().getItems().map(ClientSummary::name)).containsExactly("Lakeview Orthopedics",
				"Northside Family Medicine");
		assertThat(select.getValue().name()).isEqualTo("Lakeview Orthopedics");
	}

	@Test
	void selectingTheOtherClientSwitchesTheActiveClientAndTheOverview() {
		BrowserlessUi.openAs(this.context, "specialist", "AR_SPECIALIST");
		UI.getCurrent().navigate(OverviewView.class);
		assertThat(_get(H2.class, (spec) -> spec.withId("client-name")).getText()).isEqualTo("Lakeview Orthopedics");
		Select<ClientSummary> select = switcher();
		ClientSummary northside = select.getListDataView()
			.getItems()
			.filter((client) -> client.id().value().equals("northside-family"))
			.findFirst()
			.orElseThrow();

		_setValue(select, northside);

		assertThat(activeClient().id()).hasValue(ClientId.of("northside-family"));
		// the browser reloads the page; here the route is built again
		UI.getCurrent().refreshCurrentRoute(true);
		assertThat(_get(H2.class, (spec) -> spec.withId("client-name")).getText())
			.isEqualTo("Northside Family Medicine");
	}

	@Test
	void theSpecialistCannotSwitchToAnUnassignedClient() {
		BrowserlessUi.openAs(this.context, "specialist", "AR_SPECIALIST");
		UI.getCurrent().navigate(OverviewView.class);
		ActiveClient active = activeClient();

		assertThatThrownBy(() -> active.switchTo(ClientId.of("riverside-cardiology")))
			.isInstanceOf(ClientAccessDeniedException.class);

		assertThat(active.id()).hasValue(ClientId.of("lakeview-ortho"));
		assertThat(switcher().getListDataView().getItems().map((client) -> client.id().value()))
			.doesNotContain("riverside-cardiology");
	}

	@Test
	void aViewerSeesJustTheirPracticeNameAndNoSelect() {
		BrowserlessUi.openAs(this.context, "viewer.riverside-cardiology", "CLIENT_VIEWER");
		UI.getCurrent().navigate(OverviewView.class);

		assertThat(NavigatorKt.getCurrentView()).as("a practice lands on its own dashboard")
			.isAssignableTo(PracticeDashboardView.class);
		_assertNone(Select.class);
		assertThat(_get(Span.class, (spec) -> spec.withClasses("active-client")).getText())
			.isEqualTo("Riverside Cardiology Associates");
		assertThat(_get(H2.class, (spec) -> spec.withId("practice-title")).getText())
			.isEqualTo("Riverside Cardiology Associates");
		assertThat(_get(SideNav.class, (spec) -> spec.withId("practice-navigation")).getItems())
			.extracting(SideNavItem::getLabel)
			.containsExactly("Dashboard", "Claims", "Aging", "Escalations", "Documents", "Reports");
	}

	@Test
	void aViewerCannotOpenAnyOfTheFirmsPages() {
		BrowserlessUi.openAs(this.context, "viewer.riverside-cardiology", "CLIENT_VIEWER");
		for (String firmPage : new String[] { "work", "portfolio", "denials", "trend-issues", "imports",
				"remittance/unmatched", "remittance/exceptions", "claims/credit-balances", "patients/statement-runs",
				"approvals", "admin/reason-codes", "admin/jobs", "admin/mail-outbox", "admin/users", "dashboard",
				"workspace/X-1" }) {
			assertThatThrownBy(() -> UI.getCurrent().navigate(firmPage)).as(firmPage)
				.isInstanceOf(MockAccessDeniedException.class);
		}
		UI.getCurrent().navigate("documents");
		assertThat(NavigatorKt.getCurrentView()).isAssignableTo(DocumentsView.class);
	}

	@Test
	void theOverviewShowsTheActiveClientsName() {
		BrowserlessUi.openAs(this.context, "specialist2", "AR_SPECIALIST");
		UI.getCurrent().navigate(OverviewView.class);

		assertThat(_get(H2.class, (spec) -> spec.withId("client-name")).getText())
			.isEqualTo(activeClient().current().orElseThrow().name());
		assertThat(activeClient().id()).hasValue(ClientId.of("northside-family"));
	}

	@SuppressWarnings("unchecked")
	private static Select<ClientSummary> switcher() {
		ClientSwitcher switcher = _get(ClientSwitcher.class);
		return _get(switcher, Select.class);
	}

	private ActiveClient activeClient() {
		return this.context.getBean(ActiveClient.class);
	}

}
