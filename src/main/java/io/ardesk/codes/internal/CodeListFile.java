package io.ardesk.codes.internal;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import io.ardesk.codes.CodeList;
import io.ardesk.codes.DenialCategory;
import io.ardesk.shared.problem.InvalidInputException;

import org.jspecify.annotations.Nullable;

/**
 * Reads code list files: the lists shipped in {@code /codes} (columns
 * {@code code,category,description} for CARCs, {@code code,description} for RARCs) and
 * official lists an admin uploads (columns {@code code,description[,category]}).
 */
public final class CodeListFile {

	private static final Pattern CARC = Pattern.compile("[A-Z]{0,2}[0-9]{1,4}");

	private static final Pattern RARC = Pattern.compile("[A-Z]{1,2}[0-9]{1,4}");

	/**
	 * More problems than this are counted, not listed: the admin fixes the file anyway.
	 */
	private static final int MAX_LISTED_PROBLEMS = 20;

	/** The multipart field the file comes in, as problems name it. */
	private static final String FIELD = "file";

	private CodeListFile() {
	}

	/**
	 * One code read from a file.
	 *
	 * @param category {@code null} when the file gives none
	 */
	public record Entry(int line, String code, String description, @Nullable DenialCategory category) {
	}

	/** Reads a list shipped with the application; a defect there is a build error. */
	public static List<Entry> readBuiltIn(String resource, CodeList kind) {
		try (InputStream in = Objects.requireNonNull(CodeListFile.class.getResourceAsStream(resource),
				() -> "missing resource " + resource);
				Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			int descriptionColumn = (kind == CodeList.CARC) ? 2 : 1;
			int categoryColumn = (kind == CodeList.CARC) ? 1 : -1;
			return read(reader, kind, descriptionColumn, categoryColumn);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Reads an uploaded official list: {@code code,description[,category]}, with or
	 * without a header row. Categories only matter for CARCs; RARCs have none.
	 * @throws InvalidInputException naming the line of every invalid row
	 */
	public static List<Entry> readOfficial(Reader csv, CodeList kind) {
		return read(csv, kind, 1, (kind == CodeList.CARC) ? 2 : -1);
	}

	private static List<Entry> read(Reader csv, CodeList kind, int descriptionColumn, int categoryColumn) {
		List<CodeCsvReader.Row> rows = CodeCsvReader.read(csv);
		if (!rows.isEmpty() && rows.getFirst().cell(0).equalsIgnoreCase("code")) {
			rows = rows.subList(1, rows.size());
		}
		if (rows.isEmpty()) {
			throw new InvalidInputException(FIELD, "The file holds no codes.");
		}
		List<Entry> entries = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		Pattern shape = (kind == CodeList.CARC) ? CARC : RARC;
		for (CodeCsvReader.Row row : rows) {
			String code = row.cell(0).toUpperCase(Locale.ROOT);
			String description = row.cell(descriptionColumn);
			String categoryText = (categoryColumn >= 0) ? row.cell(categoryColumn) : "";
			DenialCategory category = categoryText.isEmpty() ? null : category(categoryText);
			if (!shape.matcher(code).matches()) {
				problems.add("line " + row.line() + ": '" + abbreviate(code) + "' is not a " + kind + " code");
			}
			else if (description.isEmpty()) {
				problems.add("line " + row.line() + ": code " + code + " has no description");
			}
			else if (!categoryText.isEmpty() && category == null) {
				problems.add("line " + row.line() + ": unknown category '" + abbreviate(categoryText) + "'");
			}
			else {
				entries.add(new Entry(row.line(), code, description, category));
			}
		}
		if (!problems.isEmpty()) {
			String listed = String.join("; ", problems.subList(0, Math.min(problems.size(), MAX_LISTED_PROBLEMS)));
			throw new InvalidInputException(FIELD, (problems.size() > MAX_LISTED_PROBLEMS)
					? listed + "; and " + (problems.size() - MAX_LISTED_PROBLEMS) + " more" : listed);
		}
		return entries;
	}

	/** Accepts the enum name ("COORDINATION_OF_BENEFITS") or its label. */
	private static @Nullable DenialCategory category(String text) {
		String normalized = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
		for (DenialCategory category : DenialCategory.values()) {
			if (category.name().equals(normalized) || category.label().equalsIgnoreCase(text.strip())) {
				return category;
			}
		}
		return null;
	}

	private static String abbreviate(String text) {
		return (text.length() <= 20) ? text : text.substring(0, 20) + "...";
	}

}
