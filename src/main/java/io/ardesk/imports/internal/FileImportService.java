package io.ardesk.imports.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.ardesk.claims.ClaimRegistration;
import io.ardesk.claims.FilePostingException;
import io.ardesk.claims.ImportOrigin;
import io.ardesk.edi.ClaimFile;
import io.ardesk.edi.CsvClaimReader;
import io.ardesk.edi.FileFormat;
import io.ardesk.edi.FileIssue;
import io.ardesk.edi.MalformedFileException;
import io.ardesk.edi.RemittanceFile;
import io.ardesk.edi.X12Files;
import io.ardesk.imports.FileImported;
import io.ardesk.imports.FileImports;
import io.ardesk.imports.ImportProgress;
import io.ardesk.imports.ImportResult;
import io.ardesk.imports.ImportStatus;
import io.ardesk.remittance.RemittancePosting;
import io.ardesk.security.ChangesClient;
import io.ardesk.security.ClientAccess;
import io.ardesk.security.ReadsClient;
import io.ardesk.security.SystemActor;
import io.ardesk.shared.problem.DomainException;
import io.ardesk.shared.problem.ErrorReference;
import io.ardesk.shared.problem.Inputs;
import io.ardesk.tenancy.ClientId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports one file all or nothing: reads it completely first, then posts it in one
 * transaction while holding the client's import lock, so that concurrent imports queue up
 * and a file (or a payment) is never posted twice. A file that fails is recorded as
 * rejected and posts nothing.
 */
@Service
class FileImportService implements FileImports {

	private static final Logger log = LoggerFactory.getLogger(FileImportService.class);

	private final ImportBatches batches;

	private final ClaimRegistration claims;

	private final RemittancePosting remittances;

	private final ClientAccess access;

	private final TransactionTemplate transaction;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ProviderCheck providers;

	FileImportService(ImportBatches batches, ClaimRegistration claims, RemittancePosting remittances,
			ClientAccess access, TransactionTemplate transaction, JdbcClient jdbc, ApplicationEventPublisher events,
			Clock clock, ProviderCheck providers) {
		this.batches = batches;
		this.claims = claims;
		this.remittances = remittances;
		this.access = access;
		this.transaction = transaction;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
		this.providers = providers;
	}

	@Override
	@ChangesClient
	public ImportResult importFile(ClientId client, String name, byte[] content, ImportProgress progress) {
		String fileName = Inputs.required(name, "fileName", "The file name", MAX_FILE_NAME_LENGTH);
		String actor = actor();
		String hash = ContentHash.of(content);
		Instant at = this.clock.instant();
		progress.update(0.05, "Reading the file");
		ParsedFile parsed;
		try {
			parsed = ParsedFile.read(content);
		}
		catch (MalformedFileException ex) {
			return rejected(client, fileName, hash, null, actor, at, ex.issues());
		}
		ProviderCheck.Result identity = this.providers.check(client, parsed.format(),
				(parsed.remittances() != null) ? parsed.remittances().advices() : null,
				(parsed.claims() != null) ? parsed.claims().claims() : null);
		if (!identity.errors().isEmpty()) {
			return rejected(client, fileName, hash, parsed.format(), actor, at, identity.errors());
		}
		parsed = parsed.withWarnings(identity.warnings());
		progress.update(0.3, "Posting " + parsed.description());
		ParsedFile checked = parsed;
		try {
			// Published inside the posting transaction: listeners (the work queue) bring
			// their own tables up to date in it, so the file's claims are in the queue as
			// soon as the import answers, or nothing is.
			ImportResult result = this.transaction.execute((status) -> {
				ImportResult posted = post(client, fileName, hash, checked, actor, at);
				publish(client, posted);
				return posted;
			});
			progress.update(1.0, "Done");
			if (SystemActor.NAME.equals(actor)) {
				// Bulk loads by the portal itself (the demo AR: hundreds of files) log
				// one
				// line per client, not one per file.
				log.debug("Import {} of {} ({}): {}", result.id(), fileName, parsed.format(), result.status());
			}
			else {
				log.info("Import {} of {} ({}): {}", result.id(), fileName, parsed.format(), result.status());
			}
			return result;
		}
		catch (DataIntegrityViolationException ex) {
			if (this.transaction.execute((status) -> this.batches.postedWithHash(hash)).isPresent()) {
				// A concurrent import of the same file committed first.
				return duplicate(client, fileName, hash, parsed.format(), actor, at);
			}
			return rejected(client, fileName, hash, parsed.format(), actor, at, List
				.of(unexpected(fileName, ex, "The file conflicts with data already on file and was not posted")));
		}
		catch (FilePostingException ex) {
			log.info("Import of {} rejected: {}", fileName, ex.getClass().getSimpleName());
			return rejected(client, fileName, hash, parsed.format(), actor, at,
					(parsed.format() == FileFormat.CSV_CLAIMS) ? ex.issuesOfCsv() : ex.issues());
		}
		catch (DomainException ex) {
			// A rule of the ledger refused the file: its message is written for users.
			log.info("Import of {} rejected: {}", fileName, ex.getClass().getSimpleName());
			return rejected(client, fileName, hash, parsed.format(), actor, at,
					List.of(new FileIssue(ex.getMessage(), null, null)));
		}
		catch (RuntimeException ex) {
			return rejected(client, fileName, hash, parsed.format(), actor, at,
					List.of(unexpected(fileName, ex, "Something went wrong while posting the file")));
		}
	}

	/**
	 * An unexpected failure becomes an import error with a reference, and one log line
	 * with the same reference: its message may quote the database or patient data, so it
	 * reaches neither the user nor the log.
	 */
	private static FileIssue unexpected(String fileName, RuntimeException ex, String what) {
		String reference = ErrorReference.log(log, "importing " + fileName, ex);
		return new FileIssue(what + " (reference " + reference + "); nothing was posted.", null, null);
	}

	private ImportResult post(ClientId client, String fileName, String hash, ParsedFile parsed, String actor,
			Instant at) {
		this.jdbc.sql("select pg_advisory_xact_lock(hashtext(current_schema()))").query(Object.class).single();
		if (this.batches.postedWithHash(hash).isPresent()) {
			return duplicateRow(fileName, hash, parsed.format(), actor, at,
					"This file was imported before: nothing posted again");
		}
		long id = this.batches.open(fileName, hash, parsed.format(), ImportStatus.POSTED, actor, at);
		ImportOrigin origin = new ImportOrigin(id, fileName, actor);
		List<String> warnings = new ArrayList<>(parsed.warnings());
		ImportResult result;
		if (parsed.claims() != null) {
			ClaimRegistration.Result registered = this.claims.register(client, parsed.claims().claims(), origin);
			warnings.addAll(registered.warnings());
			result = new ImportResult(id, ImportStatus.POSTED, parsed.format(), fileName, at, actor,
					registered.created(), registered.updated(), 0, 0, 0, 0, warnings, List.of());
		}
		else {
			RemittancePosting.Result posted = this.remittances.post(client, parsed.remittances(), origin);
			warnings.addAll(posted.warnings());
			boolean nothingNew = posted.advicesPosted() == 0 && posted.duplicateAdvices() > 0;
			result = new ImportResult(id, nothingNew ? ImportStatus.DUPLICATE : ImportStatus.POSTED, parsed.format(),
					fileName, at, actor, 0, 0, posted.paymentsPosted(), posted.denials(), posted.reversals(),
					posted.unmatched(), warnings, List.of());
		}
		this.batches.close(result);
		return result;
	}

	private ImportResult duplicate(ClientId client, String fileName, String hash, @Nullable FileFormat format,
			String actor, Instant at) {
		ImportResult result = this.transaction.execute((status) -> duplicateRow(fileName, hash, format, actor, at,
				"This file was imported at the same time by someone else: nothing posted again"));
		publish(client, result);
		return result;
	}

	private ImportResult duplicateRow(String fileName, String hash, @Nullable FileFormat format, String actor,
			Instant at, String message) {
		long id = this.batches.open(fileName, hash, format, ImportStatus.DUPLICATE, actor, at);
		ImportResult result = new ImportResult(id, ImportStatus.DUPLICATE, format, fileName, at, actor, 0, 0, 0, 0, 0,
				0, List.of(message), List.of());
		this.batches.close(result);
		return result;
	}

	private ImportResult rejected(ClientId client, String fileName, String hash, @Nullable FileFormat format,
			String actor, Instant at, List<FileIssue> errors) {
		ImportResult result = this.transaction.execute((status) -> {
			long id = this.batches.open(fileName, hash, format, ImportStatus.REJECTED, actor, at);
			ImportResult rejected = new ImportResult(id, ImportStatus.REJECTED, format, fileName, at, actor, 0, 0, 0, 0,
					0, 0, List.of(), errors);
			this.batches.close(rejected);
			return rejected;
		});
		publish(client, result);
		return result;
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public List<ImportResult> history(ClientId client, int limit) {
		return this.batches.history(Math.max(1, Math.min(limit, 500)));
	}

	private void publish(ClientId client, ImportResult result) {
		this.events.publishEvent(new FileImported(client, result.id(), result.status()));
	}

	private String actor() {
		return this.access.currentUser().map((user) -> user.username()).orElse(SystemActor.NAME);
	}

	/** A file read completely: claims or remittances, never both. */
	record ParsedFile(FileFormat format, @Nullable ClaimFile claims, @Nullable RemittanceFile remittances,
			List<String> warnings) {

		static ParsedFile read(byte[] content) {
			if (content.length == 0) {
				throw new MalformedFileException(new FileIssue("The file is empty", null, null));
			}
			FileFormat format = X12Files.detect(content);
			if (format == FileFormat.CSV_CLAIMS && X12Segments.lookLikeX12(content)) {
				// X12 without its ISA envelope: let the X12 reader say precisely what is
				// missing.
				format = X12Segments.looksLikeRemittance(content) ? FileFormat.X12_835 : FileFormat.X12_837P;
			}
			return switch (format) {
				case X12_835 -> {
					RemittanceFile file = X12Files.read835(content);
					yield new ParsedFile(format, null, file, describe(file.warnings()));
				}
				case X12_837P, X12_837I -> {
					ClaimFile file = X12Files.read837(content);
					yield new ParsedFile(format, file, null, describe(file.warnings()));
				}
				case CSV_CLAIMS -> {
					ClaimFile file = CsvClaimReader.read(content);
					yield new ParsedFile(format, file, null, describe(file.warnings()));
				}
			};
		}

		ParsedFile withWarnings(List<String> more) {
			if (more.isEmpty()) {
				return this;
			}
			List<String> all = new ArrayList<>(more);
			all.addAll(this.warnings);
			return new ParsedFile(this.format, this.claims, this.remittances, List.copyOf(all));
		}

		String description() {
			return (this.claims != null) ? this.claims.claims().size() + " claims"
					: this.remittances.advices().size() + " remittance advices";
		}

		private static List<String> describe(List<FileIssue> issues) {
			return issues.stream().map(FileIssue::describe).toList();
		}

	}

}
