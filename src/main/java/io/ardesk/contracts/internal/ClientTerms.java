package io.ardesk.contracts.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.TrendRules;

import org.springframework.stereotype.Component;

/** The client's underpayment tolerance and today in its time zone. */
@Component
class ClientTerms {

	private final ClientDirectory directory;

	private final Clock clock;

	ClientTerms(ClientDirectory directory, Clock clock) {
		this.directory = directory;
		this.clock = clock;
	}

	BigDecimal tolerance(ClientId client) {
		return this.directory.find(client)
			.map((profile) -> profile.rules().trends().underpaymentTolerance())
			.orElse(TrendRules.defaults().underpaymentTolerance());
	}

	LocalDate today(ClientId client) {
		return this.directory.find(client)
			.map((profile) -> LocalDate.now(this.clock.withZone(profile.timeZone())))
			.orElse(LocalDate.now(this.clock));
	}

}
