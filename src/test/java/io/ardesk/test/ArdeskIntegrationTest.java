package io.ardesk.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A Spring Boot test of the whole portal on a real PostgreSQL, with the demo clients of
 * {@code tenant-config/} and the demo users. Extend {@link IntegrationTestSupport} for
 * the database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "jobrunr.background-job-server.poll-interval-in-seconds=5", "ardesk.tenant-config=tenant-config",
				"ardesk.demo-data.enabled=false" })
@ActiveProfiles("demo")
public @interface ArdeskIntegrationTest {

}
