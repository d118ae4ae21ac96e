package io.ardesk.denials.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.ardesk.codes.DenialCategory;
import io.ardesk.denials.DenialAnalytics;
import io.ardesk.denials.DenialDimension;
import io.ardesk.denials.DenialFigure;
import io.ardesk.denials.DenialFilter;
import io.ardesk.denials.DeniedClaim;
import io.ardesk.denials.FirstTouch;
import io.ardesk.denials.RecoveryHistory;
import io.ardesk.denials.RecoveryRate;
import io.ardesk.security.ReadsClient;
import io.ardesk.shared.problem.InvalidInputException;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.UnknownClientException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Denial analytics and recovery history of the bound client, through SQL read models. */
@Service
class DenialAnalyticsService implements DenialAnalytics, RecoveryHistory {

	private static final int MAX_CLAIMS = 1000;

	private final DenialSummaryQuery summary;

	private final DeniedClaimsQuery claims;

	private final FirstTouchQuery firstTouch;

	private final RecoveryQuery recovery;

	private final ClientDirectory directory;

	private final Clock clock;

	DenialAnalyticsService(DenialSummaryQuery summary, DeniedClaimsQuery claims, FirstTouchQuery firstTouch,
			RecoveryQuery recovery, ClientDirectory directory, Clock clock) {
		this.summary = summary;
		this.claims = claims;
		this.firstTouch = firstTouch;
		this.recovery = recovery;
		this.directory = directory;
		this.clock = clock;
	}

	@Override
	@ReadsClient
	public LocalDate today(ClientId client) {
		return LocalDate.now(this.clock
			.withZone(this.directory.find(client).orElseThrow(() -> new UnknownClientException(client)).timeZone()));
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public List<DenialFigure> summary(ClientId client, LocalDate from, LocalDate to, Set<DenialDimension> groupBy) {
		checkPeriod(from, to);
		if (groupBy.isEmpty()) {
			throw new InvalidInputException("groupBy", "Name at least one of " + List.of(DenialDimension.values()));
		}
		return this.summary.summary(from, to, groupBy);
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public List<DeniedClaim> claims(ClientId client, LocalDate from, LocalDate to, DenialFilter filter, int limit) {
		checkPeriod(from, to);
		return this.claims.claims(from, to, filter, Math.max(1, Math.min(limit, MAX_CLAIMS)));
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public long adjudicatedClaims(ClientId client, LocalDate from, LocalDate to) {
		checkPeriod(from, to);
		return this.summary.adjudicatedClaims(from, to);
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public FirstTouch firstTouch(ClientId client, LocalDate from, LocalDate to) {
		checkPeriod(from, to);
		return this.firstTouch.firstTouch(from, to);
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public List<RecoveryRate> rates(ClientId client) {
		return this.recovery.rates(today(client));
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public Map<DenialCategory, RecoveryRate> learnedRates(ClientId client) {
		Map<DenialCategory, RecoveryRate> learned = new EnumMap<>(DenialCategory.class);
		for (RecoveryRate rate : rates(client)) {
			if (rate.learned()) {
				learned.put(rate.category(), rate);
			}
		}
		return learned;
	}

	private static void checkPeriod(LocalDate from, LocalDate to) {
		if (from.isAfter(to)) {
			throw new InvalidInputException("from", "from (" + from + ") is after to (" + to + ")");
		}
		if (ChronoUnit.DAYS.between(from, to) > MAX_PERIOD_DAYS) {
			throw new InvalidInputException("from", "The period may span at most " + MAX_PERIOD_DAYS + " days");
		}
	}

}
