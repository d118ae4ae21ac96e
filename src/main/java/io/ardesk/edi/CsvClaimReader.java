package io.ardesk.edi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.ardesk.edi.internal.csv.CsvClaimAssembler;
import io.ardesk.edi.internal.csv.CsvClaimLine;
import io.ardesk.edi.internal.csv.CsvHeader;
import io.ardesk.edi.internal.csv.CsvLineParser;
import io.ardesk.edi.internal.csv.CsvRow;
import io.ardesk.edi.internal.csv.CsvRowSplitter;

/**
 * Reads a practice-management claims export: a CSV file with a header row and one row per
 * service line, rows sharing a claim number forming one claim. The columns are documented
 * in {@code docs/csv-claims-import.md}.
 *
 * <p>
 * All or nothing: every bad row is reported, and if there is any, no claim is returned.
 * Messages name the line and column but never the value, which may be PHI.
 */
public final class CsvClaimReader {

	/** Beyond this many problems the file is clearly not a claims export. */
	private static final int MAX_REPORTED_ERRORS = 200;

	private CsvClaimReader() {
	}

	/**
	 * @throws MalformedFileException listing every problem found, when the file is empty,
	 * lacks required columns or has any invalid row
	 */
	public static ClaimFile read(byte[] content) {
		List<CsvRow> rows = CsvRowSplitter.split(content);
		if (rows.isEmpty()) {
			throw new MalformedFileException(new FileIssue("The file is empty", null, null));
		}
		List<FileIssue> errors = new ArrayList<>();
		List<FileIssue> warnings = new ArrayList<>();
		CsvRow headerRow = rows.getFirst();
		CsvHeader header = CsvHeader.read(headerRow, warnings);
		if (rows.size() == 1) {
			throw new MalformedFileException(
					new FileIssue("The file has a header but no claim rows", null, headerRow.line()));
		}
		CsvLineParser parser = new CsvLineParser(header, errors, warnings);
		List<CsvClaimLine> lines = new ArrayList<>();
		for (CsvRow row : rows.subList(1, rows.size())) {
			CsvClaimLine line = parser.parse(row);
			if (line != null) {
				lines.add(line);
			}
		}
		List<SubmittedClaim> claims = CsvClaimAssembler.assemble(lines, errors, warnings);
		if (!errors.isEmpty()) {
			// row problems and claim consistency problems were found in two passes
			errors.sort(Comparator.comparing(FileIssue::position, Comparator.nullsLast(Comparator.naturalOrder())));
			throw new MalformedFileException(capped(errors));
		}
		return new ClaimFile(FileFormat.CSV_CLAIMS, List.copyOf(claims), List.copyOf(warnings));
	}

	private static List<FileIssue> capped(List<FileIssue> errors) {
		if (errors.size() <= MAX_REPORTED_ERRORS) {
			return errors;
		}
		List<FileIssue> capped = new ArrayList<>(errors.subList(0, MAX_REPORTED_ERRORS));
		capped.add(new FileIssue("... and " + (errors.size() - MAX_REPORTED_ERRORS) + " more problems", null, null));
		return capped;
	}

}
