package io.ardesk.imports.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.ardesk.edi.FileFormat;
import io.ardesk.edi.FileIssue;
import io.ardesk.imports.ImportResult;
import io.ardesk.imports.ImportStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The import history of a client: one row per file, with its counts and its messages. */
@Component
class ImportBatches {

	private final JdbcClient jdbc;

	ImportBatches(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Long> postedWithHash(String hash) {
		return this.jdbc.sql("select id from import_batch where content_hash = ? and status = 'POSTED'")
			.param(hash)
			.query(Long.class)
			.optional();
	}

	long open(String fileName, String hash, @Nullable FileFormat type, ImportStatus status, String actor, Instant at) {
		return this.jdbc
			.sql("insert into import_batch (file_name, content_hash, file_type, status, imported_by, imported_at) "
					+ "values (?, ?, ?, ?, ?, ?) returning id")
			.params(fileName, hash, (type != null) ? type.name() : null, status.name(), actor, Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	void close(ImportResult result) {
		this.jdbc
			.sql("update import_batch set status = ?, claims_created = ?, claims_updated = ?, payments_posted = ?, "
					+ "denials = ?, reversals = ?, unmatched = ?, warnings = ?, errors = ? where id = ?")
			.params(result.status().name(), result.claimsCreated(), result.claimsUpdated(), result.paymentsPosted(),
					result.denials(), result.reversals(), result.unmatched(), String.join("\n", result.warnings()),
					errorsText(result.errors()), result.id())
			.update();
	}

	List<ImportResult> history(int limit) {
		return this.jdbc.sql("select * from import_batch order by id desc limit ?")
			.param(limit)
			.query((rs, row) -> new ImportResult(rs.getLong("id"), ImportStatus.valueOf(rs.getString("status")),
					(rs.getString("file_type") != null) ? FileFormat.valueOf(rs.getString("file_type")) : null,
					rs.getString("file_name"), rs.getTimestamp("imported_at").toInstant(), rs.getString("imported_by"),
					rs.getInt("claims_created"), rs.getInt("claims_updated"), rs.getInt("payments_posted"),
					rs.getInt("denials"), rs.getInt("reversals"), rs.getInt("unmatched"),
					lines(rs.getString("warnings")), errors(rs.getString("errors"))))
			.list();
	}

	private static List<String> lines(@Nullable String text) {
		return (text == null || text.isEmpty()) ? List.of() : Arrays.asList(text.split("\n"));
	}

	private static String errorsText(List<FileIssue> errors) {
		return String.join("\n", errors.stream()
			.map((e) -> e.message().replace('\t', ' ').replace('\n', ' ') + "\t"
					+ ((e.segment() != null) ? e.segment() : "") + "\t" + ((e.position() != null) ? e.position() : ""))
			.toList());
	}

	private static List<FileIssue> errors(@Nullable String text) {
		return lines(text).stream().map((line) -> {
			String[] parts = line.split("\t", -1);
			String segment = (parts.length > 1 && !parts[1].isEmpty()) ? parts[1] : null;
			Integer position = (parts.length > 2 && !parts[2].isEmpty()) ? Integer.valueOf(parts[2]) : null;
			return new FileIssue(parts[0], segment, position);
		}).toList();
	}

}
