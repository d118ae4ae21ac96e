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
import io.ardesk.claims.FilePostingException;
import io.ardesk.claims.ImportOrigin;
import io.ardesk.claims.JournalKind;
import io.ardesk.edi.FileIssue;
import io.ardesk.edi.ServiceLine;
import io.ardesk.edi.SubmittedClaim;
import io.ardesk.security.ChangesClient;
import io.ardesk.shared.jdbc.SequenceIds;
import io.ardesk.shared.ui.Formats;
import io.ardesk.tenancy.ClientId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enters submitted claims into the ledger in batches, recognising claims already on file.
 * A claim billed to a secondary or tertiary payer opens with what that payer can still
 * owe ({@link CoordinationOfBenefits}); every change is written to the claim's history
 * and journal.
 */
@Service
class ClaimRegistrationService implements ClaimRegistration {

	private final ClaimRows claims;

	private final PayerCatalog payers;

	private final PatientRegistry patients;

	private final ClaimHistory history;

	private final ClaimJournal journal;

	private final OtherPayers otherPayers;

	private final CreditFlags credits;

	private final CoordinationOfBenefits cob;

	private final ClientSettings settings;

	private final SequenceIds ids;

	private final JdbcTemplate jdbc;

	ClaimRegistrationService(ClaimRows claims, PayerCatalog payers, PatientRegistry patients, ClaimHistory history,
			ClaimJournal journal, OtherPayers otherPayers, CreditFlags credits, CoordinationOfBenefits cob,
			ClientSettings settings, SequenceIds ids, JdbcTemplate jdbc) {
		this.claims = claims;
		this.payers = payers;
		this.patients = patients;
		this.history = history;
		this.journal = journal;
		this.otherPayers = otherPayers;
		this.credits = credits;
		this.cob = cob;
		this.settings = settings;
		this.ids = ids;
		this.jdbc = jdbc;
	}

	@Override
	@ChangesClient
	@Transactional
	public Result register(ClientId client, List<SubmittedClaim> submitted, ImportOrigin origin) {
		checkDates(submitted);
		Set<String> numbers = new HashSet<>();
		submitted.forEach((claim) -> numbers.add(claim.claimNumber()));
		Map<String, ExistingClaim> existing = this.claims.byClaimNumber(numbers);
		Map<String, Long> patientIds = this.patients.resolve(submitted.stream().map(SubmittedClaim::patient).toList());
		Unit unit = new Unit(origin, this.settings.today(client), this.payers.session(client));
		Map<String, SubmittedClaim> fresh = new LinkedHashMap<>();
		int unchanged = 0;
		for (SubmittedClaim claim : submitted) {
			ExistingClaim onFile = existing.get(claim.claimNumber());
			if (onFile == null && fresh.containsKey(claim.claimNumber())) {
				unit.warnings.add("Claim " + claim.claimNumber() + " appears twice in the file: entered once");
				unchanged++;
				continue;
			}
			if (onFile == null) {
				if (claim.isVoid()) {
					unit.warnings.add("Void of claim " + claim.claimNumber() + " that is not on file: ignored");
					unchanged++;
				}
				else {
					fresh.put(claim.claimNumber(), claim);
				}
				continue;
			}
			if (!unit.change(onFile, claim)) {
				unchanged++;
			}
		}
		insert(new ArrayList<>(fresh.values()), patientIds, unit, origin);
		this.claims.updateBalances(unit.updates);
		replaceLines(unit.updates, submitted);
		this.otherPayers.save(unit.otherPayers);
		unit.journal.write();
		unit.events.write();
		this.credits.sync(unit.credits);
		return new Result(fresh.size(), unit.updates.size(), unchanged, unit.warnings);
	}

	/**
	 * The changes one file makes to claims already on file, collected for batch writes.
	 */
	private final class Unit {

		private final LocalDate today;

		private final PayerCatalog.Session payerIds;

		private final ClaimJournal.Batch journal;

		private final ClaimHistory.Batch events;

		private final List<ClaimRows.Update> updates = new ArrayList<>();

		private final List<CreditFlags.Changed> credits = new ArrayList<>();

		private final List<OtherPayers.OtherPayer> otherPayers = new ArrayList<>();

		private final List<String> warnings = new ArrayList<>();

		Unit(ImportOrigin origin, LocalDate today, PayerCatalog.Session payerIds) {
			this.today = today;
			this.payerIds = payerIds;
			this.journal = ClaimRegistrationService.this.journal.batch(origin.actor(), origin.importBatchId());
			this.events = ClaimRegistrationService.this.history.batch(origin.actor(), origin.importBatchId());
		}

		/** Whether the claim on file changed. */
		boolean change(ExistingClaim onFile, SubmittedClaim claim) {
			if (onFile.status() == ClaimStatus.VOIDED) {
				this.warnings.add("Claim " + claim.claimNumber() + " was voided before: left as it is");
				return false;
			}
			Balances b = onFile.balances();
			if (claim.isVoid()) {
				// The open insurance balance leaves the books with the void; nothing is
				// lost from history.
				Balances voided = new Balances(b.payerPaid(), b.patientPaid(), b.contractual(),
						b.otherAdjusted().add(b.insuranceBalance()), b.writtenOff(), BigDecimal.ZERO, BigDecimal.ZERO,
						b.patientBalance(), BigDecimal.ZERO, b.denialCategory(), b.denialReason(), b.crossover(),
						b.adjudicated());
				record(onFile, claim, JournalKind.VOID, onFile.billed(), voided, "VOIDED",
						"Claim voided (frequency 8); open insurance balance of " + Formats.money(b.insuranceBalance())
								+ " closed");
				this.updates.add(new ClaimRows.Update(onFile.id(), onFile.version(), voided, ClaimStatus.VOIDED,
						onFile.payerId(), onFile.responsibility(), null, claim.payerClaimControlNumber()));
				return true;
			}
			long payerId = this.payerIds.payer(claim.payerName(), claim.payerId(), null);
			if (claim.isReplacement()) {
				BigDecimal difference = claim.billedAmount().subtract(onFile.billed());
				Balances replaced = new Balances(b.payerPaid(), b.patientPaid(), b.contractual(), b.otherAdjusted(),
						b.writtenOff(), b.deniedOpen(), b.insuranceBalance().add(difference), b.patientBalance(),
						b.awaitingNextPayer(), b.denialCategory(), b.denialReason(), b.crossover(), b.adjudicated())
					.capped();
				record(onFile, claim, JournalKind.REPLACEMENT, claim.billedAmount(), replaced, "REPLACED",
						"Corrected claim (frequency 7) replaced the claim; billed " + Formats.money(onFile.billed())
								+ " → " + Formats.money(claim.billedAmount()));
				this.updates.add(new ClaimRows.Update(onFile.id(), onFile.version(), replaced,
						ClaimStatusRule.statusOf(replaced, false, false), payerId, claim.responsibilitySequence(), null,
						claim.payerClaimControlNumber()));
				return true;
			}
			if (!claim.responsibilitySequence().equals(onFile.responsibility()) && isLater(claim, onFile)) {
				billNextPayer(onFile, claim, payerId);
				return true;
			}
			if (claim.billedAmount().compareTo(onFile.billed()) != 0
					|| !Objects.equals(claim.serviceDateFrom(), onFile.serviceDateFrom())) {
				this.warnings.add("Claim " + claim.claimNumber() + " is already on file with other amounts or dates; "
						+ "send a corrected claim (frequency 7) to change it");
			}
			else {
				this.warnings.add("Claim " + claim.claimNumber() + " is already on file: not entered again");
			}
			return false;
		}

		/**
		 * Billing the next payer: what the earlier payer left, waiting for it or already
		 * with the patient, is now owed by that payer.
		 */
		private void billNextPayer(ExistingClaim onFile, SubmittedClaim claim, long payerId) {
			Balances b = onFile.balances();
			String sequence = sequenceName(claim.responsibilitySequence());
			// Not yet adjudicated by the payer billed now: the claim reads as submitted.
			Balances next = new Balances(b.payerPaid(), b.patientPaid(), b.contractual(), b.otherAdjusted(),
					b.writtenOff(), b.deniedOpen(), b.insuranceBalance().add(b.patientBalance()), BigDecimal.ZERO,
					BigDecimal.ZERO, b.denialCategory(), b.denialReason(), false, false)
				.capped();
			record(onFile, claim, JournalKind.BILLED_NEXT_PAYER, onFile.billed(), next, "BILLED_" + sequence,
					"Billed to " + sequence.toLowerCase() + " payer " + claim.payerName() + "; it now owes "
							+ Formats.money(next.insuranceBalance()) + ((b.patientBalance().signum() != 0)
									? " (" + Formats.money(b.patientBalance()) + " moved from the patient)" : ""));
			if (b.crossover()) {
				this.warnings.add("Claim " + claim.claimNumber() + " was crossed over to the next payer by "
						+ "the primary (CLP02 19-21); this bill may duplicate it");
			}
			BigDecimal reported = ClaimRegistrationService.this.cob.priorPaid(claim);
			if (reported != null && reported.compareTo(b.payerPaid()) != 0) {
				this.warnings.add("Claim " + claim.claimNumber() + ": the " + sequence.toLowerCase() + " claim reports "
						+ Formats.money(reported) + " paid by earlier payers; the ledger has "
						+ Formats.money(b.payerPaid()));
			}
			this.otherPayers.addAll(ClaimRegistrationService.this.cob.otherPayers(onFile.id(), claim, this.payerIds));
			this.updates.add(new ClaimRows.Update(onFile.id(), onFile.version(), next,
					ClaimStatusRule.statusOf(next, false, false), payerId, claim.responsibilitySequence(), null, null));
		}

		private void record(ExistingClaim onFile, SubmittedClaim claim, JournalKind kind, BigDecimal billedAfter,
				Balances after, String eventKind, String description) {
			this.journal.add(onFile.id(), kind, effective(claim, onFile.openedOn()),
					BalanceChange.between(onFile.billed(), onFile.balances(), billedAfter, after), null,
					"claim file, " + claim.form().name().toLowerCase() + " claim at " + where(claim));
			this.events.add(onFile.id(), eventKind, description);
			this.credits.add(new CreditFlags.Changed(onFile.id(), onFile.balances(), after, description));
		}

		/** The file's submission date, within the claim's time on the books. */
		private LocalDate effective(SubmittedClaim claim, LocalDate openedOn) {
			LocalDate date = (claim.submissionDate() != null) ? claim.submissionDate() : this.today;
			date = date.isAfter(this.today) ? this.today : date;
			return date.isBefore(openedOn) ? openedOn : date;
		}

	}

	private static String where(SubmittedClaim claim) {
		return "position " + claim.position();
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

	private void insert(List<SubmittedClaim> fresh, Map<String, Long> patientIds, Unit unit, ImportOrigin origin) {
		long[] claimIds = this.ids.next("claim", fresh.size());
		List<Object[]> rows = new ArrayList<>();
		List<Object[]> lines = new ArrayList<>();
		for (int i = 0; i < fresh.size(); i++) {
			SubmittedClaim claim = fresh.get(i);
			long payerId = unit.payerIds.payer(claim.payerName(), claim.payerId(), null);
			LocalDate from = serviceFrom(claim);
			LocalDate to = (claim.serviceDateTo() != null) ? claim.serviceDateTo() : from;
			// On the books from the day it was sent, but never before the service.
			LocalDate openedOn = (claim.submissionDate() != null && claim.submissionDate().isAfter(from))
					? claim.submissionDate() : from;
			openedOn = openedOn.isAfter(unit.today) ? unit.today : openedOn;
			Balances opening = this.cob.opening(claim);
			rows.add(new Object[] { claimIds[i], claim.claimNumber(), claim.payerClaimControlNumber(),
					claim.form().name(), claim.frequencyCode(), claim.facilityCode(), claim.billingNpi(),
					claim.renderingNpi(), claim.location(), payerId,
					patientIds.get(PatientRegistry.key(claim.patient())), claim.responsibilitySequence(),
					Date.valueOf(from), Date.valueOf(to),
					(claim.submissionDate() != null) ? Date.valueOf(claim.submissionDate()) : null,
					ClaimStatus.SUBMITTED.name(), claim.billedAmount(), opening.payerPaid(), opening.contractual(),
					opening.otherAdjusted(), opening.insuranceBalance(), Date.valueOf(openedOn) });
			addLines(lines, claimIds[i], claim.lines());
			unit.otherPayers.addAll(this.cob.otherPayers(claimIds[i], claim, unit.payerIds));
			unit.journal.add(claimIds[i], JournalKind.OPENED, openedOn,
					BalanceChange.opening(claim.billedAmount(), opening), null, origin.fileName());
			unit.events.add(claimIds[i], "CREATED",
					"Claim entered from " + origin.fileName() + ": billed " + Formats.money(claim.billedAmount()) + ", "
							+ claim.lines().size() + " lines, payer " + claim.payerName()
							+ this.cob.describeOpening(claim, opening));
		}
		this.jdbc.batchUpdate("insert into claim (id, claim_number, payer_claim_number, form, frequency_code, "
				+ "facility_code, billing_npi, rendering_npi, location, payer_id, patient_id, responsibility, "
				+ "service_date_from, service_date_to, submitted_on, status, billed, payer_paid, contractual, "
				+ "other_adjusted, insurance_balance, opened_on) "
				+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
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

	/**
	 * Every claim needs a date of service, and its values must fit the ledger; a file
	 * that breaks either is refused naming the claim and where it starts (its CLM
	 * segment; the importer turns that into the row of a CSV export), before anything is
	 * written.
	 */
	private static void checkDates(List<SubmittedClaim> submitted) {
		List<FileIssue> problems = new ArrayList<>();
		for (SubmittedClaim claim : submitted) {
			if (!claim.isVoid() && firstServiceDate(claim) == null) {
				problems.add(new FileIssue(
						"Claim " + claim.claimNumber() + " has no date of service (claim DTP*472/434 or line DTP*472)",
						"CLM", claim.position()));
			}
			ClaimFieldLimits.check(claim)
				.forEach((problem) -> problems
					.add(new FileIssue("Claim " + claim.claimNumber() + ": " + problem, "CLM", claim.position())));
		}
		if (!problems.isEmpty()) {
			throw new FilePostingException(problems);
		}
	}

	private static @Nullable LocalDate firstServiceDate(SubmittedClaim claim) {
		if (claim.serviceDateFrom() != null) {
			return claim.serviceDateFrom();
		}
		return claim.lines()
			.stream()
			.map(ServiceLine::serviceDateFrom)
			.filter(Objects::nonNull)
			.min(LocalDate::compareTo)
			.orElse(null);
	}

	private static LocalDate serviceFrom(SubmittedClaim claim) {
		LocalDate date = firstServiceDate(claim);
		if (date == null) {
			throw new FilePostingException(List.of(new FileIssue(
					"Claim " + claim.claimNumber() + " has no date of service", "CLM", claim.position())));
		}
		return date;
	}

}
