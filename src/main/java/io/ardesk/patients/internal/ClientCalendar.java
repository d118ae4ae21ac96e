package io.ardesk.patients.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.UnknownClientException;

import org.springframework.stereotype.Component;

/** "Today" where the practice is: balances age by the practice's calendar. */
@Component
class ClientCalendar {

	private final ClientDirectory directory;

	private final Clock clock;

	ClientCalendar(ClientDirectory directory, Clock clock) {
		this.directory = directory;
		this.clock = clock;
	}

	LocalDate today(ClientId client) {
		return LocalDate.now(this.clock.withZone(zone(client)));
	}

	ZoneId zone(ClientId client) {
		return this.directory.find(client).orElseThrow(() -> new UnknownClientException(client)).timeZone();
	}

	Instant now() {
		return this.clock.instant();
	}

}
