package io.ardesk.claims.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.ardesk.claims.Adjudication;
import io.ardesk.claims.ClaimPostings;
import io.ardesk.claims.ImportOrigin;
import io.ardesk.security.ChangesClient;
import io.ardesk.tenancy.ClientId;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Applies payer decisions to claim balances, keeping the ledger invariant. */
@Service
class ClaimPostingService implements ClaimPostings {

	private final ClaimRows claims;

	private final PayerCatalog payers;

	private final ClaimHistory history;

	ClaimPostingService(ClaimRows claims, PayerCatalog payers, ClaimHistory history) {
		this.claims = claims;
		this.payers = payers;
		this.history = history;
	}

	@Override
	@ChangesClient
	@Transactional
	public Matches match(ClientId client, Collection<String> claimNumbers, Collection<String> payerClaimNumbers) {
		Map<String, Long> byNumber = new HashMap<>();
		this.claims.byClaimNumber(claimNumbers).forEach((number, claim) -> byNumber.put(number, claim.id()));
		Map<String, Long> byPayerNumber = new HashMap<>();
		this.claims.byPayerClaimNumber(payerClaimNumbers)
			.forEach((number, claim) -> byPayerNumber.put(number, claim.id()));
		return new Matches(byNumber, byPayerNumber);
	}

	@Override
	@ChangesClient
	@Transactional
	public void apply(ClientId client, List<Adjudication> adjudications, ImportOrigin origin) {
		Map<Long, ExistingClaim> current = new HashMap<>(
				this.claims.byId(adjudications.stream().map(Adjudication::claimId).distinct().toList()));
		Map<Long, Working> working = new LinkedHashMap<>();
		ClaimHistory.Batch events = this.history.batch(origin.actor(), origin.importBatchId());
		for (Adjudication decision : adjudications) {
			ExistingClaim claim = current.get(decision.claimId());
			if (claim == null) {
				throw new IllegalStateException("Adjudication for a claim that does not exist");
			}
			Working state = working.computeIfAbsent(claim.id(), (id) -> new Working(claim));
			state.apply(decision);
			events.add(claim.id(), decision.isReversal() ? "REVERSAL" : "ADJUDICATION", decision.summary());
		}
		List<ClaimRows.Update> updates = new ArrayList<>();
		working.values().forEach((state) -> updates.add(state.update()));
		this.claims.updateBalances(updates);
		events.write();
	}

	@Override
	@ChangesClient
	@Transactional
	public long payer(ClientId client, String name, @Nullable String externalId, @Nullable String filingIndicator) {
		return this.payers.session(client).payer(name, externalId, filingIndicator);
	}

	/** A claim's balances while the decisions of one file are applied to it in order. */
	private static final class Working {

		private final ExistingClaim claim;

		private Balances balances;

		private long payerId;

		private String responsibility;

		private @Nullable String payerClaimNumber;

		private @Nullable Date adjudicatedOn;

		private boolean deniedOutright;

		Working(ExistingClaim claim) {
			this.claim = claim;
			this.balances = claim.balances();
			this.payerId = claim.payerId();
			this.responsibility = claim.responsibility();
		}

		void apply(Adjudication decision) {
			Balances b = this.balances;
			// On a crossover the patient's share goes on to the next payer, so it stays
			// with insurance.
			BigDecimal toPatient = decision.isCrossover() ? BigDecimal.ZERO : decision.movedToPatient();
			BigDecimal insurance = b.insuranceBalance()
				.subtract(decision.payerPaid())
				.subtract(decision.contractual())
				.subtract(decision.otherAdjusted())
				.subtract(toPatient);
			// The latest decision states what is denied now; a reversal takes back what
			// it undoes.
			BigDecimal denied = decision.isReversal() ? b.deniedOpen().add(decision.denied()) : decision.denied();
			denied = denied.max(BigDecimal.ZERO).min(insurance.max(BigDecimal.ZERO));
			boolean crossover = decision.isCrossover() || (b.crossover() && decision.isReversal());
			this.balances = new Balances(b.payerPaid().add(decision.payerPaid()), b.patientPaid(),
					b.contractual().add(decision.contractual()), b.otherAdjusted().add(decision.otherAdjusted()),
					b.writtenOff(), denied, insurance, b.patientBalance().add(toPatient),
					(denied.signum() > 0) ? decision.denialCategory() : null,
					(denied.signum() > 0) ? decision.denialReason() : null, crossover, true);
			this.deniedOutright = "4".equals(decision.statusCode());
			this.payerId = decision.payerId();
			if ("2".equals(decision.statusCode()) || "3".equals(decision.statusCode())) {
				this.responsibility = "2".equals(decision.statusCode()) ? "S" : "T";
			}
			if (decision.payerClaimNumber() != null) {
				this.payerClaimNumber = decision.payerClaimNumber();
			}
			if (decision.adjudicatedOn() != null) {
				this.adjudicatedOn = Date.valueOf(decision.adjudicatedOn());
			}
		}

		ClaimRows.Update update() {
			return new ClaimRows.Update(this.claim.id(), this.claim.version(), this.balances,
					ClaimStatusRule.statusOf(this.balances, false, this.deniedOutright), this.payerId,
					this.responsibility, this.payerClaimNumber, this.adjudicatedOn);
		}

	}

}
