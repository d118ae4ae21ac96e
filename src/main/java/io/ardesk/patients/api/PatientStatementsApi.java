package io.ardesk.patients.api;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.ardesk.patients.PatientStatements;
import io.ardesk.patients.ReminderLevel;
import io.ardesk.patients.StatementLetter;
import io.ardesk.portal.ApiClientIds;
import io.ardesk.tenancy.ClientId;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A patient's letters: the sequence, the letters sent, sending the next one (a POST) and
 * reading a letter's PDF (a GET that changes nothing).
 */
@RestController
@RequestMapping("/api/v1/clients/{clientId}/patient-accounts/{patientId}/statements")
class PatientStatementsApi {

	private final PatientStatements statements;

	PatientStatementsApi(PatientStatements statements) {
		this.statements = statements;
	}

	/** A letter sent, with where to read its PDF. */
	record LetterItem(long id, String statementNumber, ReminderLevel level, LocalDate statementDate,
			@Nullable LocalDate dueDate, BigDecimal amountDue, String sentBy, @Nullable Long runId,
			@Nullable String pdf) {

		static LetterItem of(String clientId, StatementLetter letter) {
			return new LetterItem(letter.id(), letter.statementNumber(), letter.level(), letter.statementDate(),
					letter.dueDate(), PatientReceivablesApi.money(letter.amountDue()), letter.sentBy(), letter.runId(),
					letter.hasPdf() ? pdfPath(clientId, letter.patientId(), letter.id()) : null);
		}

	}

	record LettersAndSequence(SequenceItem sequence, List<LetterItem> letters) {
	}

	@GetMapping
	LettersAndSequence letters(@PathVariable String clientId, @PathVariable long patientId) {
		ClientId client = ApiClientIds.parse(clientId);
		return new LettersAndSequence(SequenceItem.of(this.statements.sequence(client, patientId)),
				this.statements.letters(client, patientId)
					.stream()
					.map((letter) -> LetterItem.of(clientId, letter))
					.toList());
	}

	/**
	 * Prints the next letter of the sequence: 201 with its id and the link to its PDF.
	 */
	@PostMapping
	ResponseEntity<LetterItem> send(@PathVariable String clientId, @PathVariable long patientId) {
		StatementLetter letter = this.statements.send(ApiClientIds.parse(clientId), patientId);
		LetterItem item = LetterItem.of(clientId, letter);
		return ResponseEntity.created(URI.create(pdfPath(clientId, patientId, letter.id()))).body(item);
	}

	@GetMapping(value = "/{statementId}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> pdf(@PathVariable String clientId, @PathVariable long patientId,
			@PathVariable long statementId) {
		byte[] pdf = this.statements.pdf(ApiClientIds.parse(clientId), patientId, statementId);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("statement-" + statementId + ".pdf").build().toString())
			.body(pdf);
	}

	static String pdfPath(String clientId, long patientId, long statementId) {
		return "/api/v1/clients/" + clientId + "/patient-accounts/" + patientId + "/statements/" + statementId + ".pdf";
	}

}
