package io.ardesk.claims.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.ClientProfile;

import org.springframework.stereotype.Component;

/** What the ledger needs from a client's configuration: its calendar and its rules. */
@Component
class ClientSettings {

	private final ClientDirectory directory;

	private final Clock clock;

	ClientSettings(ClientDirectory directory, Clock clock) {
		this.directory = directory;
		this.clock = clock;
	}

	/** Today in the client's time zone: the latest date a change can take effect. */
	LocalDate today(ClientId client) {
		ZoneId zone = this.directory.find(client).map(ClientProfile::timeZone).orElse(ZoneId.of("UTC"));
		return LocalDate.now(this.clock.withZone(zone));
	}

	/**
	 * Whether the firm bills secondary payers for the client (tenant-config followUp).
	 */
	boolean billsSecondary(ClientId client) {
		return this.directory.find(client).map((profile) -> profile.rules().followUp().billsSecondary()).orElse(true);
	}

}
