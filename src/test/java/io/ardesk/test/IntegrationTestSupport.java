package io.ardesk.test;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;

/**
 * Points the portal at a fresh database of the test PostgreSQL server: every Spring
 * context the tests build (including one rebuilt after {@code @DirtiesContext}) gets its
 * own.
 */
@ContextConfiguration(initializers = IntegrationTestSupport.FreshDatabase.class)
public abstract class IntegrationTestSupport {

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
