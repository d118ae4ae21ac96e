package io.ardesk.shared;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole portal, so that tests can fix "today"; and the portal's
 * settings.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ArdeskSettings.class)
class ClockConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemDefaultZone();
	}

}
