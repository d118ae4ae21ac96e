package io.ardesk.security;

import java.net.http.HttpResponse;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import io.ardesk.test.BrowserlessUi;
import io.ardesk.test.IntegrationTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real deployment (no {@code demo} profile) shows an anonymous visitor nothing about
 * its API or its inner workings.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ardesk.tenant-config=tenant-config", "ardesk.demo-data.enabled=false",
				"ardesk.admin-password=" + ExposureOutsideTheDemoIntegrationTest.ADMIN_PASSWORD,
				"jobrunr.background-job-server.enabled=false" })
@ActiveProfiles("staging")
class ExposureOutsideTheDemoIntegrationTest extends IntegrationTestSupport {

	static final String ADMIN_PASSWORD = "Granite-Lantern-42";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void theOpenApiDocumentAndSwaggerUiAreClosedEvenToTheAdministrator() {
		LoopbackCaller caller = LoopbackCaller.fresh(this.port);
		for (String path : new String[] { "/v3/api-docs", "/v3/api-docs/swagger-config", "/swagger-ui.html",
				"/swagger-ui/index.html" }) {
			for (HttpResponse<String> answer : List.of(caller.send(caller.request(path).GET()),
					caller.basic("admin", ADMIN_PASSWORD, path))) {
				assertThat(answer.statusCode()).as(path).isEqualTo(404);
				assertThat(answer.headers().firstValue("Content-Type")).as(path)
					.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
				assertThat(answer.body()).as(path).doesNotContain("\"openapi\"", "/api/v1/clients", "SwaggerUIBundle");
			}
		}
	}

	@Test
	void healthTellsAnAnonymousCallerOnlyUpOrDown() {
		LoopbackCaller caller = LoopbackCaller.fresh(this.port);

		HttpResponse<String> health = caller.send(caller.request("/actuator/health").GET());

		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components", "details", "db");
	}

	@Test
	void theSessionCookieIsHttpOnlyAndSameSiteLax() {
		LoopbackCaller caller = LoopbackCaller.fresh(this.port);

		HttpResponse<String> login = caller.send(caller.request("/login").GET());

		assertThat(login.headers().allValues("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("JSESSIONID=")
				.containsIgnoringCase("HttpOnly")
				.containsIgnoringCase("SameSite=Lax"));
	}

	@Test
	void theSignInPageSaysNothingAboutDemoUsers() {
		BrowserlessUi.openAnonymous(this.context);
		try {
			UI.getCurrent().navigate("login");

			assertThat(_find(Div.class, (spec) -> spec.withId("demo-note"))).isEmpty();
		}
		finally {
			BrowserlessUi.close();
		}
	}

}
