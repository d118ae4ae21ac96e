package io.ardesk.claims.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.ardesk.claims.ClaimBalanceChanges;
import io.ardesk.claims.ResponsibleParty;
import io.ardesk.security.ChangesClient;
import io.ardesk.security.ClientAccess;
import io.ardesk.security.CurrentUser;
import io.ardesk.security.SystemActor;
import io.ardesk.shared.ui.Formats;
import io.ardesk.tenancy.ClientId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Balance changes made by people, one claim at a time, each with a history entry. */
@Service
class ClaimBalanceService implements ClaimBalanceChanges {

	private final ClaimRows claims;

	private final ClaimHistory history;

	private final ClientAccess access;

	ClaimBalanceService(ClaimRows claims, ClaimHistory history, ClientAccess access) {
		this.claims = claims;
		this.history = history;
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
		save(claim,
				new Balances(b.payerPaid(), b.patientPaid(), b.contractual(), b.otherAdjusted(),
						b.writtenOff().add(amount), b.deniedOpen().min(insurance.max(BigDecimal.ZERO)), insurance,
						patient, b.denialCategory(), b.denialReason(), b.crossover(), b.adjudicated()),
				"WRITE_OFF",
				"Wrote off " + Formats.money(amount) + " of the " + from.name().toLowerCase() + " balance: " + reason);
	}

	@Override
	@ChangesClient
	@Transactional
	public void transferToPatient(ClientId client, String claimNumber, BigDecimal amount, String reason) {
		ExistingClaim claim = load(claimNumber);
		Balances b = claim.balances();
		check(amount, b.insuranceBalance(), "insurance balance");
		BigDecimal insurance = b.insuranceBalance().subtract(amount);
		save(claim,
				new Balances(b.payerPaid(), b.patientPaid(), b.contractual(), b.otherAdjusted(), b.writtenOff(),
						b.deniedOpen().min(insurance), insurance, b.patientBalance().add(amount), b.denialCategory(),
						b.denialReason(), b.crossover(), b.adjudicated()),
				"TRANSFER_TO_PATIENT", "Moved " + Formats.money(amount) + " from insurance to the patient: " + reason);
	}

	@Override
	@ChangesClient
	@Transactional
	public void transferToInsurance(ClientId client, String claimNumber, BigDecimal amount, String reason) {
		ExistingClaim claim = load(claimNumber);
		Balances b = claim.balances();
		check(amount, b.patientBalance(), "patient balance");
		save(claim,
				new Balances(b.payerPaid(), b.patientPaid(), b.contractual(), b.otherAdjusted(), b.writtenOff(),
						b.deniedOpen(), b.insuranceBalance().add(amount), b.patientBalance().subtract(amount),
						b.denialCategory(), b.denialReason(), b.crossover(), b.adjudicated()),
				"TRANSFER_TO_INSURANCE",
				"Moved " + Formats.money(amount) + " from the patient back to insurance: " + reason);
	}

	@Override
	@ChangesClient
	@Transactional
	public void postPatientPayment(ClientId client, String claimNumber, BigDecimal amount, LocalDate paidOn,
			String reference) {
		ExistingClaim claim = load(claimNumber);
		Balances b = claim.balances();
		check(amount, b.patientBalance(), "patient balance");
		save(claim,
				new Balances(b.payerPaid(), b.patientPaid().add(amount), b.contractual(), b.otherAdjusted(),
						b.writtenOff(), b.deniedOpen(), b.insuranceBalance(), b.patientBalance().subtract(amount),
						b.denialCategory(), b.denialReason(), b.crossover(), b.adjudicated()),
				"PATIENT_PAYMENT", "Patient paid " + Formats.money(amount) + " on " + Formats.date(paidOn)
						+ " (reference " + reference + ")");
	}

	private ExistingClaim load(String claimNumber) {
		ExistingClaim claim = this.claims.byClaimNumber(Set.of(claimNumber)).get(claimNumber);
		if (claim == null) {
			throw new io.ardesk.shared.problem.NotFoundException("No claim " + claimNumber + " for this client.");
		}
		if (claim.status() == io.ardesk.claims.ClaimStatus.VOIDED) {
			throw new io.ardesk.shared.problem.RuleViolationException(null,
					"Claim " + claimNumber + " is voided; its balances cannot change.");
		}
		return claim;
	}

	private static void check(BigDecimal amount, BigDecimal available, String balance) {
		if (amount == null || amount.signum() <= 0) {
			throw new io.ardesk.shared.problem.InvalidInputException("amount", "The amount must be positive.");
		}
		if (amount.scale() > 2) {
			throw new io.ardesk.shared.problem.InvalidInputException("amount",
					"The amount has more than two decimals.");
		}
		if (amount.compareTo(available) > 0) {
			throw new io.ardesk.shared.problem.RuleViolationException("amount",
					"The amount is larger than the " + balance + " of " + Formats.money(available) + ".");
		}
	}

	private void save(ExistingClaim claim, Balances balances, String kind, String description) {
		this.claims.updateBalances(List.of(new ClaimRows.Update(claim.id(), claim.version(), balances,
				ClaimStatusRule.statusOf(balances, false, false), claim.payerId(), claim.responsibility(), null,
				null)));
		String actor = this.access.currentUser().map(CurrentUser::username).orElse(SystemActor.NAME);
		ClaimHistory.Batch batch = this.history.batch(actor, null);
		batch.add(claim.id(), kind, description);
		batch.write();
	}

}
