package io.ardesk.documents.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.ardesk.documents.FileAccess;
import io.ardesk.documents.StoredFile;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** SQL of the document files and their audit, on the bound client's schema. */
@Component
class DocumentFileStore {

	private static final String FILE_COLUMNS = """
			select id, request_id, file_name, size_bytes, content_type, sha256, uploaded_by, uploaded_at
			from document_file""";

	private final JdbcClient jdbc;

	DocumentFileStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long requestId, String fileName, String contentType, byte[] content, String sha256, String actor,
			Instant at) {
		return this.jdbc.sql("""
				insert into document_file (request_id, file_name, content_type, size_bytes, sha256, content,
				  uploaded_by, uploaded_at)
				values (:request, :name, :type, :size, :sha, :content, :actor, :at) returning id""")
			.param("request", requestId)
			.param("name", fileName)
			.param("type", contentType)
			.param("size", (long) content.length)
			.param("sha", sha256)
			.param("content", content)
			.param("actor", actor)
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	List<StoredFile> files() {
		return this.jdbc.sql(FILE_COLUMNS + " order by id").query(DocumentFileStore::file).list();
	}

	Optional<StoredFile> file(long requestId, long fileId) {
		return this.jdbc.sql(FILE_COLUMNS + " where id = :id and request_id = :request")
			.param("id", fileId)
			.param("request", requestId)
			.query(DocumentFileStore::file)
			.optional();
	}

	byte[] content(long fileId) {
		return this.jdbc.sql("select content from document_file where id = :id")
			.param("id", fileId)
			.query((rs, n) -> rs.getBytes(1))
			.single();
	}

	void audit(long fileId, long requestId, String fileName, FileAccess.Action action, String actor, Instant at) {
		this.jdbc.sql("""
				insert into document_file_access (file_id, request_id, file_name, action, actor, occurred_at)
				values (:file, :request, :name, :action, :actor, :at)""")
			.param("file", fileId)
			.param("request", requestId)
			.param("name", fileName)
			.param("action", action.name())
			.param("actor", actor)
			.param("at", Timestamp.from(at))
			.update();
	}

	List<FileAccess> audit(long requestId) {
		return this.jdbc.sql("""
				select file_id, file_name, action, actor, occurred_at from document_file_access
				where request_id = :request order by occurred_at desc, id desc""")
			.param("request", requestId)
			.query((rs, n) -> new FileAccess(rs.getLong("file_id"), rs.getString("file_name"),
					FileAccess.Action.valueOf(rs.getString("action")), rs.getString("actor"),
					rs.getTimestamp("occurred_at").toInstant()))
			.list();
	}

	private static StoredFile file(ResultSet rs, int row) throws SQLException {
		return new StoredFile(rs.getLong("id"), rs.getLong("request_id"), rs.getString("file_name"),
				rs.getLong("size_bytes"), rs.getString("content_type"), rs.getString("sha256"),
				rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant());
	}

}
