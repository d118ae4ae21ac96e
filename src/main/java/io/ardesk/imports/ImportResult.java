package io.ardesk.imports;

import java.time.Instant;
import java.util.List;

import io.ardesk.edi.FileFormat;
import io.ardesk.edi.FileIssue;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of one imported file, as the import view, the history and the API show it.
 */
public record ImportResult(long id, ImportStatus status, @Nullable FileFormat type, String fileName, Instant importedAt,
		String importedBy, int claimsCreated, int claimsUpdated, int paymentsPosted, int denials, int reversals,
		int unmatched, List<String> warnings, List<FileIssue> errors) {
}
