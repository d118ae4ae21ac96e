package io.ardesk.claims.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.ardesk.claims.ClaimRegistration;
import io.ardesk.claims.ClaimStatus;
import io.ardesk.claims.ImportOrigin;
import io.ardesk.edi.ServiceLine;
import io.ardesk.edi.SubmittedClaim;
import io.ardesk.security.ChangesClient;
import io.ardesk.shared.jdbc.SequenceIds;
import io.ardesk.shared.ui.Formats;
import io.ardesk.tenancy.ClientId;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enters submitted claims into the ledger in batches, recognising claims already on file.
 */
@Service
class ClaimRegistrationService implements ClaimRegistration {

	private final ClaimRows claims;

	private final PayerCatalog payers;

	private final PatientRegistry patients;

	private final ClaimHistory history;

	private final SequenceIds ids;

	private final JdbcTemplate jdbc;

	ClaimRegistrationService(ClaimRows claims, PayerCatalog payers, PatientRegistry patients, ClaimHistory history,
			SequenceIds ids, JdbcTemplate jdbc) {
		this.claims = claims;
		this.payers = payers;
		this.patients = patients;
		this.history = history;
		this.ids = ids;
		this.jdbc = jdbc;
	}

	@Override
	@ChangesClient
	@Transactional
	public Result register(ClientId client, List<SubmittedClaim> submitted, ImportOrigin origin) {
		Set<String> numbers = new HashSet<>();
		submitted.forEach((claim) -> numbers.add(claim.claimNumber()));
		Map<String, ExistingClaim> existing = this.claims.byClaimNumber(numbers);
		Map<String, Long> patientIds = this.patients.resolve(submitted.stream().map(SubmittedClaim::patient).toList());
		PayerCatalog.Session payerIds = this.payers.session(client);
		ClaimHistory.Batch events = this.history.batch(origin.actor(), origin.importBatchId());
		Map<String, SubmittedClaim> fresh = new LinkedHashMap<>();
		List<ClaimRows.Update> updates = new ArrayList<>();
		List<String> warnings = new ArrayList<>();
		int unchanged = 0;
		for (SubmittedClaim claim : submitted) {
			ExistingClaim onFile = existing.get(claim.claimNumber());
			if (onFile == null && fresh.containsKey(claim.claimNumber())) {
				warnings.add("Claim " + claim.claimNumber() + " appears twice in the file: entered once");
				unchanged++;
				continue;
			}
			if (onFile == null) {
				if (claim.isVoid()) {
					warnings.add("Void of claim " + claim.claimNumber() + " that is not on file: ignored");
					unchanged++;
				}
				else {
					fresh.put(claim.claimNumber(), claim);
				}
				continue;
			}
			long payerId = payerIds.payer(claim.payerName(), claim.payerId(), null);
			ClaimRows.Update update = changeOf(onFile, claim, payerId, events, warnings);
			if (update == null) {
				unchanged++;
			}
			else {
				updates.add(update);
			}
		}
		insert(new ArrayList<>(fresh.values()), patientIds, payerIds, events, origin);
		this.claims.updateBalances(updates);
		replaceLines(updates, submitted);
		events.write();
		return new Result(fresh.size(), updates.size(), unchanged, warnings);
	}

	private ClaimRows.Update changeOf(ExistingClaim onFile, SubmittedClaim claim, long payerId,
			ClaimHistory.Batch events, List<String> warnings) {
		Balances b = onFile.balances();
		if (onFile.status() == ClaimStatus.VOIDED) {
			warnings.add("Claim " + claim.claimNumber() + " was voided before: left as it is");
			return null;
		}
		if (claim.isVoid()) {
			// The open insurance balance leaves the books with the void; nothing is lost
			// from history.
			Balances voided = new Balances(b.payerPaid(), b.patientPaid(), b.contractual(),
					b.otherAdjusted().add(b.insuranceBalance()), b.writtenOff(), BigDecimal.ZERO, BigDecimal.ZERO,
					b.patientBalance(), b.denialCategory(), b.denialReason(), b.crossover(), b.adjudicated());
			events.add(onFile.id(), "VOIDED", "Claim voided (frequency 8); open insurance balance of "
					+ Formats.money(b.insuranceBalance()) + " closed");
			return new ClaimRows.Update(onFile.id(), onFile.version(), voided, ClaimStatus.VOIDED, onFile.payerId(),
					onFile.responsibility(), claim.payerClaimControlNumber(), null);
		}
		if (claim.isReplacement()) {
			BigDecimal difference = claim.billedAmount().subtract(onFile.billed());
			Balances replaced = new Balances(b.payerPaid(), b.patientPaid(), b.contractual(), b.otherAdjusted(),
					b.writtenOff(), b.deniedOpen(), b.insuranceBalance().add(difference), b.patientBalance(),
					b.denialCategory(), b.denialReason(), b.crossover(), b.adjudicated());
			events.add(onFile.id(), "REPLACED", "Corrected claim (frequency 7) replaced the claim; billed "
					+ Formats.money(onFile.billed()) + " → " + Formats.money(claim.billedAmount()));
			return new ClaimRows.Update(onFile.id(), onFile.version(), replaced,
					ClaimStatusRule.statusOf(replaced, false, false), payerId, claim.responsibilitySequence(),
					claim.payerClaimControlNumber(), null);
		}
		if (!claim.responsibilitySequence().equals(onFile.responsibility()) && isLater(claim, onFile)) {
			// Billing the next payer: what the earlier payer left to the patient is owed
			// by it now.
			Balances next = new Balances(b.payerPaid(), b.patientPaid(), b.contractual(), b.otherAdjusted(),
					b.writtenOff(), BigDecimal.ZERO, b.insuranceBalance().add(b.patientBalance()), BigDecimal.ZERO,
					null, null, false, b.adjudicated());
			events.add(onFile.id(), "BILLED_" + sequenceName(claim.responsibilitySequence()),
					"Billed to " + sequenceName(claim.responsibilitySequence()).toLowerCase() + " payer "
							+ claim.payerName() + "; " + Formats.money(b.patientBalance())
							+ " moved from the patient to the insurance balance");
			return new ClaimRows.Update(onFile.id(), onFile.version(), next,
					ClaimStatusRule.statusOf(next, false, false), payerId, claim.responsibilitySequence(), null, null);
		}
		if (claim.billedAmount().compareTo(onFile.billed()) != 0
				|| !Objects.equals(claim.serviceDateFrom(), onFile.serviceDateFrom())) {
			warnings.add("Claim " + claim.claimNumber() + " is already on file with other amounts or dates; "
					+ "send a corrected claim (frequency 7) to change it");
		}
		else {
			warnings.add("Claim " + claim.claimNumber() + " is already on file: not entered again");
		}
		return null;
	}

	private static boolean isLater(SubmittedClaim claim, ExistingClaim onFile) {
		return "PST".indexOf(claim.responsibilitySequence()) > "PST".indexOf(onFile.responsibility());
	}

	private static String sequenceName(String sequence) {
		return switch (sequence) {
			case "S" -> "SECONDARY";
			case "T" -> "TERTIARY";
			default -> "PRIMARY";
		};
	}

	private void insert(List<SubmittedClaim> fresh, Map<String, Long> patientIds, PayerCatalog.Session payerIds,
			ClaimHistory.Batch events, ImportOrigin origin) {
		long[] claimIds = this.ids.next("claim", fresh.size());
		List<Object[]> rows = new ArrayList<>();
		List<Object[]> lines = new ArrayList<>();
		for (int i = 0; i < fresh.size(); i++) {
			SubmittedClaim claim = fresh.get(i);
			long payerId = payerIds.payer(claim.payerName(), claim.payerId(), null);
			LocalDate from = serviceFrom(claim);
			LocalDate to = (claim.serviceDateTo() != null) ? claim.serviceDateTo() : from;
			rows.add(new Object[] { claimIds[i], claim.claimNumber(), claim.payerClaimControlNumber(),
					claim.form().name(), claim.frequencyCode(), claim.facilityCode(), claim.billingNpi(),
					claim.renderingNpi(), claim.location(), payerId,
					patientIds.get(PatientRegistry.key(claim.patient())), claim.responsibilitySequence(),
					Date.valueOf(from), Date.valueOf(to),
					(claim.submissionDate() != null) ? Date.valueOf(claim.submissionDate()) : null,
					ClaimStatus.SUBMITTED.name(), claim.billedAmount(), claim.billedAmount() });
			addLines(lines, claimIds[i], claim.lines());
			events.add(claimIds[i], "CREATED",
					"Claim entered from " + origin.fileName() + ": billed " + Formats.money(claim.billedAmount()) + ", "
							+ claim.lines().size() + " lines, payer " + claim.payerName());
		}
		this.jdbc.batchUpdate("insert into claim (id, claim_number, payer_claim_number, form, frequency_code, "
				+ "facility_code, billing_npi, rendering_npi, location, payer_id, patient_id, responsibility, "
				+ "service_date_from, service_date_to, submitted_on, status, billed, insurance_balance) "
				+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
		insertLines(lines);
	}

	private void replaceLines(List<ClaimRows.Update> updates, List<SubmittedClaim> submitted) {
		Map<Long, SubmittedClaim> replaced = new LinkedHashMap<>();
		Map<String, SubmittedClaim> byNumber = new LinkedHashMap<>();
		submitted.stream().filter(SubmittedClaim::isReplacement).forEach((c) -> byNumber.put(c.claimNumber(), c));
		if (byNumber.isEmpty()) {
			return;
		}
		Map<String, ExistingClaim> current = this.claims.byClaimNumber(byNumber.keySet());
		Set<Long> updated = new HashSet<>();
		updates.forEach((update) -> updated.add(update.claimId()));
		current.forEach((number, claim) -> {
			if (updated.contains(claim.id())) {
				replaced.put(claim.id(), byNumber.get(number));
			}
		});
		List<Object[]> lines = new ArrayList<>();
		replaced.forEach((claimId, claim) -> {
			this.jdbc.update("delete from claim_line where claim_id = ?", claimId);
			this.jdbc.update("update claim set billed = ? where id = ?", claim.billedAmount(), claimId);
			addLines(lines, claimId, claim.lines());
		});
		insertLines(lines);
	}

	private static void addLines(List<Object[]> rows, long claimId, List<ServiceLine> lines) {
		for (ServiceLine line : lines) {
			rows.add(new Object[] { claimId, line.lineNumber(), line.procedureCode(),
					line.modifiers().isEmpty() ? null : String.join(":", line.modifiers()), line.revenueCode(),
					line.units(), line.charge(),
					(line.serviceDateFrom() != null) ? Date.valueOf(line.serviceDateFrom()) : null,
					(line.serviceDateTo() != null) ? Date.valueOf(line.serviceDateTo()) : null });
		}
	}

	private void insertLines(List<Object[]> rows) {
		this.jdbc.batchUpdate("insert into claim_line (claim_id, line_number, procedure_code, modifiers, "
				+ "revenue_code, units, charge, service_date_from, service_date_to) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
				rows);
	}

	private static LocalDate serviceFrom(SubmittedClaim claim) {
		if (claim.serviceDateFrom() != null) {
			return claim.serviceDateFrom();
		}
		return claim.lines()
			.stream()
			.map(ServiceLine::serviceDateFrom)
			.filter(Objects::nonNull)
			.min(LocalDate::compareTo)
			.orElseThrow(() -> new io.ardesk.shared.problem.RuleViolationException(null,
					"Claim " + claim.claimNumber() + " has no date of service (claim or line DTP*472)"));
	}

}
