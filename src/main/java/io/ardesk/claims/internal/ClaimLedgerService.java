package io.ardesk.claims.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.ardesk.claims.ClaimDetail;
import io.ardesk.security.ClientAccess;
import io.ardesk.security.Role;
import io.ardesk.claims.ClaimFilter;
import io.ardesk.claims.ClaimLedger;
import io.ardesk.claims.ClaimRow;
import io.ardesk.claims.CreditBalance;
import io.ardesk.claims.LedgerBalances;
import io.ardesk.claims.PayerRef;
import io.ardesk.security.ReadsClient;
import io.ardesk.tenancy.ClientId;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the ledger through plain SQL read models. */
@Service
class ClaimLedgerService implements ClaimLedger {

	private final ClaimListQuery list;

	private final ClaimDetailQuery detail;

	private final LedgerAsOfQuery asOf;

	private final ClientAccess access;

	ClaimLedgerService(ClaimListQuery list, ClaimDetailQuery detail, LedgerAsOfQuery asOf, ClientAccess access) {
		this.list = list;
		this.detail = detail;
		this.asOf = asOf;
		this.access = access;
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public List<ClaimRow> claims(ClientId client, ClaimFilter filter, @Nullable String afterClaimNumber, int limit) {
		return this.list.page(filter, afterClaimNumber, Math.max(1, Math.min(limit, 500)));
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public long count(ClientId client, ClaimFilter filter, long cap) {
		return this.list.count(filter, cap);
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public Optional<ClaimDetail> claim(ClientId client, String claimNumber) {
		Optional<ClaimDetail> claim = this.detail.find(claimNumber);
		return this.access.currentUser()
			.filter((user) -> user.role() == Role.CLIENT_VIEWER)
			.map((viewer) -> claim.map((found) -> PracticeHistory.of(found, viewer.username())))
			.orElse(claim);
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public List<PayerRef> payers(ClientId client) {
		return this.detail.payers();
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public Optional<LedgerBalances> balancesAsOf(ClientId client, String claimNumber, LocalDate date) {
		return this.asOf.claim(claimNumber, date);
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public LedgerBalances balancesAsOf(ClientId client, LocalDate date) {
		return this.asOf.total(date);
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public List<CreditBalance> creditBalances(ClientId client) {
		return this.asOf.credits();
	}

}
