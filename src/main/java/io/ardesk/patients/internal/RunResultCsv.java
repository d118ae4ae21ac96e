package io.ardesk.patients.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.ardesk.patients.SkippedAccount;
import io.ardesk.patients.StatementLetter;
import io.ardesk.shared.ui.Formats;

/**
 * A run's result as RFC 4180 CSV: each patient printed (with the letter) or skipped (with
 * the reason). Plain amounts ({@code 1234.50}) so that spreadsheets read numbers.
 */
final class RunResultCsv {

	private static final List<String> HEADER = List.of("result", "account_number", "patient", "letter",
			"statement_number", "amount", "due_date", "reason");

	private RunResultCsv() {
	}

	/**
	 * @param names patient name and account number by patient id, for the letters
	 */
	static byte[] write(List<StatementLetter> sent, List<SkippedAccount> skipped, Map<Long, String[]> names) {
		StringBuilder csv = new StringBuilder(row(HEADER));
		for (StatementLetter letter : sent) {
			String[] name = names.getOrDefault(letter.patientId(), new String[] { "", "" });
			csv.append(row(List.of("SENT", name[1], name[0], letter.level().label(), letter.statementNumber(),
					letter.amountDue().toPlainString(), Formats.date(letter.dueDate()), "")));
		}
		for (SkippedAccount skip : skipped) {
			csv.append(row(List.of("SKIPPED", (skip.accountNumber() != null) ? skip.accountNumber() : "", skip.name(),
					"", "", skip.balance().toPlainString(), "", skip.reason().label() + ": " + skip.detail())));
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static String row(List<String> cells) {
		return cells.stream().map(RunResultCsv::cell).collect(Collectors.joining(",", "", "\r\n"));
	}

	/** Quoted when needed; a text starting like a formula cannot run as one. */
	static String cell(String value) {
		String text = (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) ? "'" + value : value;
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

}
