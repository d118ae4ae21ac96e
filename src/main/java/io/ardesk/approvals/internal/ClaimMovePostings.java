package io.ardesk.approvals.internal;

import java.math.BigDecimal;
import java.util.List;

import io.ardesk.approvals.MoneyMove;
import io.ardesk.approvals.MoneyMoveKind;
import io.ardesk.approvals.MoneyMovePosting;
import io.ardesk.claims.ClaimBalanceChanges;
import io.ardesk.claims.ClaimDetail;
import io.ardesk.claims.ClaimLedger;
import io.ardesk.claims.ClaimStatus;
import io.ardesk.claims.ResponsibleParty;
import io.ardesk.shared.problem.InvalidInputException;
import io.ardesk.shared.problem.NotFoundException;
import io.ardesk.shared.problem.RuleViolationException;
import io.ardesk.shared.ui.Formats;
import io.ardesk.tenancy.ClientId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Write-offs, transfers to the patient and refunds change one claim's balances, through
 * the claims module, which keeps the ledger invariant and writes the history.
 */
@Configuration(proxyBeanMethods = false)
class ClaimMovePostings {

	@Bean
	MoneyMovePosting writeOffPosting(ClaimLedger ledger, ClaimBalanceChanges balances) {
		return new ClaimMovePosting(MoneyMoveKind.WRITE_OFF, ledger) {

			@Override
			public void post(ClientId client, MoneyMove move, String approval) {
				balances.writeOff(client, move.claimNumber(), move.from(), move.amount(), reason(move, approval));
			}

		};
	}

	@Bean
	MoneyMovePosting transferToPatientPosting(ClaimLedger ledger, ClaimBalanceChanges balances) {
		return new ClaimMovePosting(MoneyMoveKind.TRANSFER_TO_PATIENT, ledger) {

			@Override
			public void post(ClientId client, MoneyMove move, String approval) {
				balances.transferToPatient(client, move.claimNumber(), move.amount(), reason(move, approval));
			}

		};
	}

	/**
	 * A refund pays back a credit balance (money the claim owes the payer or the
	 * patient); posted once approved, with the approval in the claim's history.
	 */
	@Bean
	MoneyMovePosting refundPosting(ClaimLedger ledger, ClaimBalanceChanges balances) {
		return new MoneyMovePosting() {

			@Override
			public MoneyMoveKind kind() {
				return MoneyMoveKind.REFUND;
			}

			@Override
			public List<String> check(ClientId client, MoneyMove move) {
				ClaimDetail claim = ClaimMovePosting.open(ledger, client, move.claimNumber());
				boolean patient = move.from() == ResponsibleParty.PATIENT;
				BigDecimal credit = (patient ? claim.patientBalance() : claim.insuranceBalance()).negate();
				String whose = patient ? "the patient" : "the payer";
				if (credit.signum() <= 0) {
					throw new RuleViolationException("amount",
							"Claim " + claim.claimNumber() + " owes nothing back to " + whose);
				}
				if (move.amount().compareTo(credit) > 0) {
					throw new RuleViolationException("amount", "The amount is larger than the credit owed back to "
							+ whose + " of " + Formats.money(credit));
				}
				return List.of(claim.claimNumber());
			}

			@Override
			public void post(ClientId client, MoneyMove move, String approval) {
				balances.recordRefund(client, move.claimNumber(), move.from(), move.amount(),
						move.reference() + (approval.isEmpty() ? "" : "; " + approval));
			}

		};
	}

	private abstract static class ClaimMovePosting implements MoneyMovePosting {

		private final MoneyMoveKind kind;

		private final ClaimLedger ledger;

		ClaimMovePosting(MoneyMoveKind kind, ClaimLedger ledger) {
			this.kind = kind;
			this.ledger = ledger;
		}

		@Override
		public MoneyMoveKind kind() {
			return this.kind;
		}

		/**
		 * Checked when asked for, so that a manager is never asked to approve what cannot
		 * be posted, and again when approved (the balance may have moved since).
		 */
		@Override
		public List<String> check(ClientId client, MoneyMove move) {
			ClaimDetail claim = open(this.ledger, client, move.claimNumber());
			boolean fromPatient = move.kind() == MoneyMoveKind.WRITE_OFF && move.from() == ResponsibleParty.PATIENT;
			BigDecimal available = fromPatient ? claim.patientBalance() : claim.insuranceBalance();
			if (move.amount().compareTo(available) > 0) {
				throw new RuleViolationException("amount", "The amount is larger than the "
						+ (fromPatient ? "patient" : "insurance") + " balance of " + Formats.money(available));
			}
			return List.of(claim.claimNumber());
		}

		/** The claim, when it exists and is not voided. */
		static ClaimDetail open(ClaimLedger ledger, ClientId client, String claimNumber) {
			ClaimDetail claim = ledger.claim(client, claimNumber)
				.orElseThrow(() -> new NotFoundException("No claim " + claimNumber + " for this client."));
			if (claim.status() == ClaimStatus.VOIDED) {
				throw new RuleViolationException(null,
						"Claim " + claim.claimNumber() + " is voided; its balances cannot change");
			}
			return claim;
		}

		static String reason(MoneyMove move, String approval) {
			return move.reason() + (approval.isEmpty() ? " (within the small-balance limit)" : "; " + approval);
		}

	}

}
