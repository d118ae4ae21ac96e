package io.ardesk.test;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Points the portal at a fresh database of the test PostgreSQL server. */
public abstract class IntegrationTestSupport {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.Database database = TestDatabase.fresh();
		registry.add("spring.datasource.url", database::url);
		registry.add("spring.datasource.username", database::username);
		registry.add("spring.datasource.password", database::password);
	}

}
