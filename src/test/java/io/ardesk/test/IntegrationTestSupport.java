package io.ardesk.test;

import java.time.Duration;
import java.util.Map;

import io.ardesk.demodata.DemoLoad;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Points the portal at a fresh database of the test PostgreSQL server: every Spring
 * context the tests build (including one rebuilt after {@code @DirtiesContext}) gets its
 * own. Before each test, makes this context's security context strategy the JVM-wide one:
 * every Vaadin application installs its own on start, so once a second context has
 * started, {@link AsUser} and the browserless UI would otherwise sign in to the other
 * one.
 */
@ContextConfiguration(initializers = IntegrationTestSupport.FreshDatabase.class)
public abstract class IntegrationTestSupport {

	@Autowired
	private ApplicationContext applicationUnderTest;

	@BeforeEach
	protected void securityContextsOfThisApplication() {
		SecurityContextHolderStrategy strategy = this.applicationUnderTest
			.getBeanProvider(SecurityContextHolderStrategy.class)
			.getIfAvailable();
		if (strategy != null && SecurityContextHolder.getContextHolderStrategy() != strategy) {
			SecurityContextHolder.setContextHolderStrategy(strategy);
		}
		demoDataLoaded();
	}

	/**
	 * Waits for the demo profile's load of demo AR, which runs in the background once the
	 * portal is ready: tests that switched it on read its data. Called before each test;
	 * a {@code @BeforeAll} that reads demo data calls it first.
	 */
	protected void demoDataLoaded() {
		DemoLoad load = this.applicationUnderTest.getBeanProvider(DemoLoad.class).getIfAvailable();
		if (load != null) {
			try {
				assertThat(load.awaitLoaded(Duration.ofMinutes(15))).as("the demo AR load finished").isTrue();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError("interrupted while waiting for the demo AR", ex);
			}
		}
	}

	static class FreshDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			TestDatabase.Database database = TestDatabase.fresh();
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("freshTestDatabase",
						Map.of("spring.datasource.url", database.url(), "spring.datasource.username",
								database.username(), "spring.datasource.password", database.password())));
		}

	}

}
