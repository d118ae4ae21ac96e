package io.ardesk.secondaries.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import io.ardesk.secondaries.SecondaryWorklist;
import io.ardesk.secondaries.UnaddressedSecondaries;
import io.ardesk.secondaries.UnaddressedSecondary;
import io.ardesk.security.ClientAccess;
import io.ardesk.security.ClientAccessDeniedException;
import io.ardesk.security.ReadsClient;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.ClientProfile;
import io.ardesk.tenancy.UnknownClientException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The secondary rule over the bound client's ledger, with its day threshold. */
@Service
class UnaddressedSecondaryService implements UnaddressedSecondaries {

	private final SecondaryQuery query;

	private final ClientDirectory directory;

	private final ClientAccess access;

	private final Clock clock;

	UnaddressedSecondaryService(SecondaryQuery query, ClientDirectory directory, ClientAccess access, Clock clock) {
		this.query = query;
		this.directory = directory;
		this.access = access;
		this.clock = clock;
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public SecondaryWorklist worklist(ClientId client) {
		if (this.access.currentUser().map((user) -> !user.role().isStaff()).orElse(false)) {
			throw new ClientAccessDeniedException("Only the firm's staff work unaddressed secondaries");
		}
		ClientProfile profile = profile(client);
		int days = profile.rules().followUp().secondaryAfterDays();
		return SecondaryWorklist.of(days, this.query.unaddressed(today(profile), days));
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public Map<Long, UnaddressedSecondary> byClaim(ClientId client) {
		ClientProfile profile = profile(client);
		Map<Long, UnaddressedSecondary> result = new LinkedHashMap<>();
		this.query.unaddressed(today(profile), profile.rules().followUp().secondaryAfterDays())
			.forEach((claim) -> result.put(claim.claimId(), claim));
		return result;
	}

	private LocalDate today(ClientProfile profile) {
		return LocalDate.now(this.clock.withZone(profile.timeZone()));
	}

	private ClientProfile profile(ClientId client) {
		return this.directory.find(client).orElseThrow(() -> new UnknownClientException(client));
	}

}
