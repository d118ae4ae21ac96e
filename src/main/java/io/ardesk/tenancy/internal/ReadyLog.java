package io.ardesk.tenancy.internal;

import io.ardesk.tenancy.ClientDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Says when the portal is usable. Spring's "Started" line comes before the application
 * runners (the demo AR load among them); readiness, and this line, come after them.
 */
@Component
class ReadyLog {

	private static final Logger log = LoggerFactory.getLogger(ReadyLog.class);

	private final ClientDirectory directory;

	ReadyLog(ClientDirectory directory) {
		this.directory = directory;
	}

	@EventListener
	void ready(ApplicationReadyEvent event) {
		Environment environment = event.getApplicationContext().getEnvironment();
		String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
		String[] profiles = environment.getActiveProfiles();
		log.info("ARdesk is ready: http://localhost:{} ({} active clients, profile {}, {} s since the JVM started)",
				port, this.directory.activeClients().size(),
				(profiles.length == 0) ? "default" : String.join(",", profiles), event.getTimeTaken().toSeconds());
	}

}
