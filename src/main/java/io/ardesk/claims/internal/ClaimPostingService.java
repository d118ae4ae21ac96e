package io.ardesk.claims.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.ardesk.claims.Adjudication;
import io.ardesk.claims.ClaimPostings;
import io.ardesk.claims.ImportOrigin;
import io.ardesk.claims.JournalKind;
import io.ardesk.claims.PostingMode;
import io.ardesk.claims.PostingOutcome;
import io.ardesk.security.ChangesClient;
import io.ardesk.shared.ui.Formats;
import io.ardesk.tenancy.ClientId;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies payer decisions to claim balances, keeping the ledger invariant: each decision
 * by the payer's place among the claim's payers ({@link PostingRules}), each one written
 * to the claim's history and journal. A claim that would end with a balance below zero,
 * without the payer having paid that much more than was open, is left untouched and its
 * decisions are held for a person.
 */
@Service
class ClaimPostingService implements ClaimPostings {

	private final ClaimRows claims;

	private final PayerCatalog payers;

	private final ClaimHistory history;

	private final ClaimJournal journal;

	private final OtherPayers otherPayers;

	private final CreditFlags credits;

	private final ClientSettings settings;

	ClaimPostingService(ClaimRows claims, PayerCatalog payers, ClaimHistory history, ClaimJournal journal,
			OtherPayers otherPayers, CreditFlags credits, ClientSettings settings) {
		this.claims = claims;
		this.payers = payers;
		this.history = history;
		this.journal = journal;
		this.otherPayers = otherPayers;
		this.credits = credits;
		this.settings = settings;
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
	public PostingOutcome apply(ClientId client, List<Adjudication> adjudications, ImportOrigin origin,
			PostingMode mode) {
		Map<Long, List<Adjudication>> byClaim = new LinkedHashMap<>();
		adjudications.forEach((d) -> byClaim.computeIfAbsent(d.claimId(), (id) -> new ArrayList<>()).add(d));
		Map<Long, ExistingClaim> current = this.claims.byId(byClaim.keySet());
		Map<Long, List<OtherPayers.OtherPayer>> others = this.otherPayers.of(byClaim.keySet());
		Map<Long, BalanceChange> reversed = this.journal
			.postedBy(adjudications.stream().map(Adjudication::reverses).filter(Objects::nonNull).distinct().toList());
		Run run = new Run(origin, mode, this.settings.today(client), this.settings.billsSecondary(client), reversed);
		byClaim.forEach((claimId, decisions) -> {
			ExistingClaim claim = current.get(claimId);
			if (claim == null) {
				throw new IllegalStateException("Adjudication for a claim that does not exist");
			}
			run.post(claim, others.getOrDefault(claimId, List.of()), decisions);
		});
		this.claims.updateBalances(run.updates);
		run.journal.write();
		run.events.write();
		this.credits.sync(run.credits);
		return new PostingOutcome(List.copyOf(run.held), Map.copyOf(run.sequences));
	}

	@Override
	@ChangesClient
	@Transactional
	public long payer(ClientId client, String name, @Nullable String externalId, @Nullable String filingIndicator) {
		return this.payers.session(client).payer(name, externalId, filingIndicator);
	}

	/** One call of {@link #apply}: the rows it writes and the decisions it holds. */
	private final class Run {

		private final PostingMode mode;

		private final LocalDate today;

		private final boolean billsNextPayer;

		private final Map<Long, BalanceChange> reversedInDatabase;

		private final ClaimJournal.Batch journal;

		private final ClaimHistory.Batch events;

		private final List<ClaimRows.Update> updates = new ArrayList<>();

		private final List<CreditFlags.Changed> credits = new ArrayList<>();

		private final List<PostingOutcome.Held> held = new ArrayList<>();

		private final Map<Long, String> sequences = new HashMap<>();

		Run(ImportOrigin origin, PostingMode mode, LocalDate today, boolean billsNextPayer,
				Map<Long, BalanceChange> reversedInDatabase) {
			this.mode = mode;
			this.today = today;
			this.billsNextPayer = billsNextPayer;
			this.reversedInDatabase = reversedInDatabase;
			this.journal = ClaimPostingService.this.journal.batch(origin.actor(), origin.importBatchId());
			this.events = ClaimPostingService.this.history.batch(origin.actor(), origin.importBatchId());
		}

		void post(ExistingClaim claim, List<OtherPayers.OtherPayer> others, List<Adjudication> decisions) {
			PostingRules.ClaimState state = new PostingRules.ClaimState(claim.balances(), claim.responsibility(),
					claim.payerId(), others);
			List<Step> steps = new ArrayList<>();
			Map<Long, BalanceChange> postedHere = new HashMap<>();
			String payerClaimNumber = null;
			Date adjudicatedOn = null;
			boolean deniedOutright = false;
			BigDecimal money = BigDecimal.ZERO;
			for (Adjudication decision : decisions) {
				BalanceChange original = null;
				if (decision.reverses() != null) {
					original = postedHere.get(decision.reverses());
					if (original == null) {
						original = this.journal.recordedFor(decision.reverses());
					}
					if (original == null) {
						original = this.reversedInDatabase.get(decision.reverses());
					}
				}
				PostingRules.Result result = PostingRules.apply(state, decision, original, this.billsNextPayer);
				BalanceChange change = BalanceChange.between(claim.billed(), state.balances(), claim.billed(),
						result.state().balances());
				postedHere.put(decision.claimPaymentId(), change);
				steps.add(new Step(decision, change, result.sequence()));
				state = result.state();
				money = money.add(decision.payerPaid());
				payerClaimNumber = (decision.payerClaimNumber() != null) ? decision.payerClaimNumber()
						: payerClaimNumber;
				adjudicatedOn = Date.valueOf(decision.effectiveOn());
				deniedOutright = decision.isDenial();
			}
			String problem = (this.mode != PostingMode.AS_IS)
					? negativeProblem(claim.balances(), state.balances(), money) : null;
			if (problem != null) {
				hold(claim, steps, problem, credit(state.balances()).subtract(credit(claim.balances())));
				return;
			}
			for (Step step : steps) {
				Adjudication decision = step.decision();
				this.journal.add(claim.id(), decision.isReversal() ? JournalKind.REVERSAL : kind(),
						effective(decision.effectiveOn(), claim), step.change(), decision.claimPaymentId(),
						sourceRef());
				this.events.add(claim.id(), decision.isReversal() ? "REVERSAL" : "ADJUDICATION", decision.summary());
				this.sequences.put(decision.claimPaymentId(), step.sequence());
			}
			Balances after = state.balances();
			this.updates.add(new ClaimRows.Update(claim.id(), claim.version(), after,
					ClaimStatusRule.statusOf(after, false, deniedOutright), state.payerId(), state.responsibility(),
					adjudicatedOn, payerClaimNumber));
			this.credits.add(
					new CreditFlags.Changed(claim.id(), claim.balances(), after, steps.getLast().decision().summary()));
		}

		private JournalKind kind() {
			return (this.mode == PostingMode.HOLD_PROBLEMS) ? JournalKind.ADJUDICATION
					: JournalKind.EXCEPTION_RESOLUTION;
		}

		private @Nullable String sourceRef() {
			return switch (this.mode) {
				case HOLD_PROBLEMS -> null;
				case CORRECTED -> "posted with corrected amounts after review";
				case AS_IS -> "posted as is after review";
			};
		}

		/**
		 * The payment date, but never before the claim was on the books nor after today:
		 * the journal holds no row from before its claim or from the future.
		 */
		private LocalDate effective(LocalDate date, ExistingClaim claim) {
			LocalDate effective = date.isAfter(this.today) ? this.today : date;
			return effective.isBefore(claim.openedOn()) ? claim.openedOn() : effective;
		}

		private void hold(ExistingClaim claim, List<Step> steps, String problem, BigDecimal difference) {
			for (Step step : steps) {
				this.held
					.add(new PostingOutcome.Held(step.decision().claimPaymentId(), claim.id(), problem, difference));
				this.events.add(claim.id(), "POSTING_HELD",
						step.decision().summary() + ": not posted, held for review because it " + problem);
			}
		}

	}

	private record Step(Adjudication decision, BalanceChange change, String sequence) {
	}

	/**
	 * Why the new balances cannot be posted without a person, or {@code null}: a balance
	 * that ends below zero (or further below than before) is only allowed as a true
	 * overpayment, where the payer's money exceeds what was open by at least the credit.
	 */
	static @Nullable String negativeProblem(Balances before, Balances after, BigDecimal money) {
		BigDecimal newCredit = credit(after).subtract(credit(before));
		if (newCredit.signum() <= 0) {
			return null;
		}
		if (money.signum() > 0 && newCredit.compareTo(money) <= 0) {
			return null;
		}
		StringBuilder text = new StringBuilder("would leave ");
		if (after.insuranceBalance().signum() < 0) {
			text.append("the insurance balance at ").append(Formats.money(after.insuranceBalance()));
		}
		if (after.patientBalance().signum() < 0) {
			text.append((after.insuranceBalance().signum() < 0) ? " and " : "")
				.append("the patient balance at ")
				.append(Formats.money(after.patientBalance()));
		}
		return text.append(" (")
			.append(Formats.money(newCredit))
			.append(" more than was open; the payer paid ")
			.append(Formats.money(money))
			.append(")")
			.toString();
	}

	private static BigDecimal credit(Balances balances) {
		return balances.insuranceBalance()
			.min(BigDecimal.ZERO)
			.add(balances.patientBalance().min(BigDecimal.ZERO))
			.negate();
	}

}
