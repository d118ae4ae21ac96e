package io.ardesk.contracts.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import io.ardesk.contracts.FeeScheduleEntry;
import io.ardesk.shared.csv.CsvRecords;
import io.ardesk.shared.problem.Inputs;
import org.jspecify.annotations.Nullable;

/**
 * Reads a fee schedule CSV: a header naming the six columns (in any order), then one row
 * per payer, procedure, modifier and period. Every bad value is reported with its line
 * and column, not only the first.
 */
final class FeeScheduleCsv {

	static final List<String> COLUMNS = List.of("payer_id", "procedure_code", "modifier", "allowed_amount",
			"effective_from", "effective_to");

	private static final Pattern PROCEDURE = Pattern.compile("[A-Z0-9]{5}");

	private static final Pattern MODIFIER = Pattern.compile("[A-Z0-9]{2}");

	private static final Pattern AMOUNT = Pattern.compile("\\$?\\d{1,10}(\\.\\d{1,2})?");

	private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/uuuu", Locale.US)
		.withResolverStyle(ResolverStyle.STRICT);

	private static final int MAX_PAYER_ID = 80;

	private FeeScheduleCsv() {
	}

	/** A valid row with the line it is on. */
	record Line(int line, FeeScheduleEntry entry) {
	}

	/** What reading found: the valid rows and the problems of the others. */
	record Read(List<Line> lines, List<String> problems) {
	}

	static Read read(byte[] csv) {
		List<String> problems = new ArrayList<>();
		List<CsvRecords.Record> records;
		try {
			records = CsvRecords.split(new String(csv, StandardCharsets.UTF_8));
		}
		catch (CsvRecords.UnclosedQuoteException ex) {
			return new Read(List.of(), List.of(ex.getMessage()));
		}
		if (records.isEmpty()) {
			return new Read(List.of(), List.of("line 1: the file is empty; it needs the header "
					+ String.join(",", COLUMNS) + " and at least one row"));
		}
		Map<String, Integer> index = header(records.getFirst(), problems);
		if (!problems.isEmpty()) {
			return new Read(List.of(), problems);
		}
		if (records.size() == 1) {
			return new Read(List.of(), List.of("line 1: the file has a header but no rows"));
		}
		List<Line> lines = new ArrayList<>();
		for (CsvRecords.Record record : records.subList(1, records.size())) {
			Line line = row(record, index, problems);
			if (line != null) {
				lines.add(line);
			}
		}
		return new Read(lines, problems);
	}

	private static Map<String, Integer> header(CsvRecords.Record header, List<String> problems) {
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < header.cells().size(); i++) {
			index.putIfAbsent(header.cells().get(i).strip().toLowerCase(Locale.ROOT), i);
		}
		List<String> missing = COLUMNS.stream().filter((c) -> !index.containsKey(c)).toList();
		if (!missing.isEmpty()) {
			problems.add("line " + header.line() + ": the header must name the columns " + String.join(",", COLUMNS)
					+ "; missing " + String.join(", ", missing));
		}
		return index;
	}

	private static @Nullable Line row(CsvRecords.Record record, Map<String, Integer> index, List<String> problems) {
		int before = problems.size();
		Cells cells = new Cells(record, index, problems);
		String payer = cells.required("payer_id");
		if (payer != null && payer.length() > MAX_PAYER_ID) {
			cells.problem("payer_id", "is longer than " + MAX_PAYER_ID + " characters");
		}
		String procedure = cells.matching("procedure_code", PROCEDURE, true, "is not a 5-character procedure code");
		String modifier = cells.matching("modifier", MODIFIER, false, "is not a 2-character modifier");
		String amountText = cells.matching("allowed_amount", AMOUNT, true,
				"is not an amount in dollars with at most two decimals");
		LocalDate from = cells.date("effective_from", true);
		LocalDate to = cells.date("effective_to", false);
		if (from != null && to != null && to.isBefore(from)) {
			cells.problem("effective_to", "is before effective_from");
		}
		if (problems.size() > before || payer == null || procedure == null || amountText == null || from == null) {
			return null;
		}
		BigDecimal amount = new BigDecimal(amountText.replace("$", "")).setScale(2);
		return new Line(record.line(), new FeeScheduleEntry(payer, procedure, modifier, amount, from, to));
	}

	static @Nullable LocalDate parseDate(String text) {
		try {
			LocalDate date = text.contains("/") ? LocalDate.parse(text, US) : LocalDate.parse(text);
			return (date.isBefore(Inputs.EARLIEST_DATE) || date.isAfter(Inputs.LATEST_DATE)) ? null : date;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** The cells of one row, each read by its column's name. */
	private record Cells(CsvRecords.Record record, Map<String, Integer> index, List<String> problems) {

		String cell(String column) {
			return this.record.cell(this.index.get(column)).strip();
		}

		void problem(String column, String message) {
			this.problems.add("line " + this.record.line() + ", " + column + ": " + message);
		}

		@Nullable String required(String column) {
			String value = cell(column);
			if (value.isEmpty()) {
				problem(column, "is empty");
				return null;
			}
			return value;
		}

		@Nullable String matching(String column, Pattern pattern, boolean required, String message) {
			String value = cell(column).toUpperCase(Locale.ROOT);
			if (value.isEmpty()) {
				if (required) {
					problem(column, "is empty");
				}
				return null;
			}
			if (!pattern.matcher(value).matches()) {
				problem(column, "'" + abbreviate(value) + "' " + message);
				return null;
			}
			return value;
		}

		@Nullable LocalDate date(String column, boolean required) {
			String value = cell(column);
			if (value.isEmpty()) {
				if (required) {
					problem(column, "is empty");
				}
				return null;
			}
			LocalDate date = parseDate(value);
			if (date == null) {
				problem(column, "'" + abbreviate(value) + "' is not a date (MM/DD/YYYY or YYYY-MM-DD)");
			}
			return date;
		}

		private static String abbreviate(String value) {
			return (value.length() > 30) ? value.substring(0, 30) + "…" : value;
		}

	}

}
