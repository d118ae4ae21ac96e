package io.ardesk.worklist;

import java.time.LocalDate;

import io.ardesk.codes.DocumentHold;

/**
 * A document request the payer's codes call for, prefilled: "Authorization number for DOS
 * 10/05/2026 (CARC 197)", due {@link PracticeHolds#DUE_DAYS} days from today.
 */
public record SuggestedDocumentRequest(String claimNumber, DocumentHold.Kind kind, String whatIsNeeded,
		LocalDate dueDate, String codes) {
}
