package io.ardesk.claims.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.ardesk.claims.ClaimBalanceChanges;
import io.ardesk.claims.ClaimStatus;
import io.ardesk.claims.JournalKind;
import io.ardesk.claims.ResponsibleParty;
import io.ardesk.security.ChangesClient;
import io.ardesk.security.ClientAccess;
import io.ardesk.security.CurrentUser;
import io.ardesk.security.SystemActor;
import io.ardesk.shared.problem.InvalidInputException;
import io.ardesk.shared.problem.NotFoundException;
import io.ardesk.shared.problem.RuleViolationException;
import io.ardesk.shared.ui.Formats;
import io.ardesk.tenancy.ClientId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Balance changes made by people, one claim at a time, each with a history entry and a
 * journal row dated today in the client's time zone (a patient payment: the day it was
 * paid).
 */
@Service
class ClaimBalanceService implements ClaimBalanceChanges {

	private final ClaimRows claims;

	private final ClaimHistory history;

	private final ClaimJournal journal;

	private final CreditFlags credits;

	private final ClientSettings settings;

	private final ClientAccess access;

	ClaimBalanceService(ClaimRows claims, ClaimHistory history, ClaimJournal journal, CreditFlags credits,
			ClientSettings settings, ClientAccess access) {
		this.claims = claims;
		this.history = history;
		this.journal = journal;
		this.credits = credits;
		this.settings = settings;
		this.access = access;
	}

	@Override
	@ChangesClient
	@Transactional
	public void writeOff(ClientId client, String claimNumber, ResponsibleParty from, BigDecimal amount, String reason) {
		ExistingClaim claim = load(claimNumber);
		Balances b = claim.balances();
		BigDecimal available = (from == ResponsibleParty.PATIENT) ? b.patientBalance() : b.insuranceBalance();
		check(amount, available, (from == ResponsibleParty.PATIENT) ? "patient balance" : "insurance balance");
		BigDecimal insurance = (from == ResponsibleParty.INSURANCE) ? b.insuranceBalance().subtract(amount)
				: b.insuranceBalance();
		BigDecimal patient = (from == ResponsibleParty.PATIENT) ? b.patientBalance().subtract(amount)
				: b.patientBalance();
		save(client, claim,
				new Balances(b.payerPaid(), b.patientPaid(), b.contractual(), b.otherAdjusted(),
						b.writtenOff().add(amount), b.deniedOpen(), insurance, patient, b.awaitingNextPayer(),
						b.denialCategory(), b.denialReason(), b.crossover(), b.adjudicated())
					.capped(),
				JournalKind.WRITE_OFF, "WRITE_OFF",
				"Wrote off " + Formats.money(amount) + " of the " + from.name().toLowerCase() + " balance: " + reason,
				this.settings.today(client));
	}

	@Override
	@ChangesClient
	@Transactional
	public void transferToPatient(ClientId client, String claimNumber, BigDecimal amount, String reason) {
		ExistingClaim claim = load(claimNumber);
		Balances b = claim.balances();
		check(amount, b.insuranceBalance(), "insurance balance");
		save(client, claim,
				b.withInsuranceAndPatient(b.insuranceBalance().subtract(amount), b.patientBalance().add(amount))
					.capped(),
				JournalKind.TRANSFER_TO_PATIENT, "TRANSFER_TO_PATIENT",
				"Moved " + Formats.money(amount) + " from insurance to the patient: " + reason,
				this.settings.today(client));
	}

	@Override
	@ChangesClient
	@Transactional
	public void transferToInsurance(ClientId client, String claimNumber, BigDecimal amount, String reason) {
		ExistingClaim claim = load(claimNumber);
		Balances b = claim.balances();
		check(amount, b.patientBalance(), "patient balance");
		save(client, claim,
				b.withInsuranceAndPatient(b.insuranceBalance().add(amount), b.patientBalance().subtract(amount)),
				JournalKind.TRANSFER_TO_INSURANCE, "TRANSFER_TO_INSURANCE",
				"Moved " + Formats.money(amount) + " from the patient back to insurance: " + reason,
				this.settings.today(client));
	}

	@Override
	@ChangesClient
	@Transactional
	public void postPatientPayment(ClientId client, String claimNumber, BigDecimal amount, LocalDate paidOn,
			String reference) {
		ExistingClaim claim = load(claimNumber);
		Balances b = claim.balances();
		check(amount, b.patientBalance(), "patient balance");
		LocalDate today = this.settings.today(client);
		LocalDate effective = paidOn.isAfter(today) ? today : paidOn;
		effective = effective.isBefore(claim.openedOn()) ? claim.openedOn() : effective;
		save(client, claim,
				new Balances(b.payerPaid(), b.patientPaid().add(amount), b.contractual(), b.otherAdjusted(),
						b.writtenOff(), b.deniedOpen(), b.insuranceBalance(), b.patientBalance().subtract(amount),
						b.awaitingNextPayer(), b.denialCategory(), b.denialReason(), b.crossover(), b.adjudicated()),
				JournalKind.PATIENT_PAYMENT, "PATIENT_PAYMENT", "Patient paid " + Formats.money(amount) + " on "
						+ Formats.date(paidOn) + " (reference " + reference + ")",
				effective);
	}

	@Override
	@ChangesClient
	@Transactional
	public void recordRefund(ClientId client, String claimNumber, ResponsibleParty to, BigDecimal amount,
			String reference) {
		ExistingClaim claim = load(claimNumber);
		Balances b = claim.balances();
		BigDecimal credit = ((to == ResponsibleParty.PATIENT) ? b.patientBalance() : b.insuranceBalance()).negate();
		String whose = (to == ResponsibleParty.PATIENT) ? "the patient" : "the payer";
		if (credit.signum() <= 0) {
			throw new RuleViolationException("amount", "Claim " + claimNumber + " owes nothing back to " + whose);
		}
		check(amount, credit, "credit owed back to " + whose);
		if (reference == null || reference.isBlank()) {
			throw new InvalidInputException("reference", "Say how the refund was made (check number, EFT trace)");
		}
		Balances after = (to == ResponsibleParty.PATIENT)
				? new Balances(b.payerPaid(), b.patientPaid().subtract(amount), b.contractual(), b.otherAdjusted(),
						b.writtenOff(), b.deniedOpen(), b.insuranceBalance(), b.patientBalance().add(amount),
						b.awaitingNextPayer(), b.denialCategory(), b.denialReason(), b.crossover(), b.adjudicated())
				: new Balances(b.payerPaid().subtract(amount), b.patientPaid(), b.contractual(), b.otherAdjusted(),
						b.writtenOff(), b.deniedOpen(), b.insuranceBalance().add(amount), b.patientBalance(),
						b.awaitingNextPayer(), b.denialCategory(), b.denialReason(), b.crossover(), b.adjudicated());
		save(client, claim, after.capped(), JournalKind.REFUND, "REFUND",
				"Refunded " + Formats.money(amount) + " to " + whose + " (" + reference.strip() + ")",
				this.settings.today(client));
	}

	private ExistingClaim load(String claimNumber) {
		ExistingClaim claim = this.claims.byClaimNumber(Set.of(claimNumber)).get(claimNumber);
		if (claim == null) {
			throw new NotFoundException("No claim " + claimNumber);
		}
		if (claim.status() == ClaimStatus.VOIDED) {
			throw new RuleViolationException("claimNumber",
					"Claim " + claimNumber + " is voided; its balances cannot change");
		}
		return claim;
	}

	private static void check(BigDecimal amount, BigDecimal available, String balance) {
		if (amount == null || amount.signum() <= 0) {
			throw new InvalidInputException("amount", "The amount must be positive");
		}
		if (amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
			throw new InvalidInputException("amount", "The amount has more than two decimals");
		}
		if (amount.compareTo(available) > 0) {
			throw new RuleViolationException("amount", "The amount is larger than the " + balance + " of "
					+ Formats.money(available.max(BigDecimal.ZERO)));
		}
	}

	private void save(ClientId client, ExistingClaim claim, Balances balances, JournalKind kind, String eventKind,
			String description, LocalDate effective) {
		this.claims.updateBalances(List.of(new ClaimRows.Update(claim.id(), claim.version(), balances,
				ClaimStatusRule.statusOf(balances, false, false), claim.payerId(), claim.responsibility(), null,
				null)));
		String actor = this.access.currentUser().map(CurrentUser::username).orElse(SystemActor.NAME);
		ClaimHistory.Batch batch = this.history.batch(actor, null);
		batch.add(claim.id(), eventKind, description);
		batch.write();
		ClaimJournal.Batch rows = this.journal.batch(actor, null);
		LocalDate date = effective.isBefore(claim.openedOn()) ? claim.openedOn() : effective;
		rows.add(claim.id(), kind, date,
				BalanceChange.between(claim.billed(), claim.balances(), claim.billed(), balances), null, null);
		rows.write();
		this.credits.sync(List.of(new CreditFlags.Changed(claim.id(), claim.balances(), balances, description)));
	}

}
