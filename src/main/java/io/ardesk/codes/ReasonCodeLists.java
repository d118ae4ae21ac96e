package io.ardesk.codes;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fuller official code lists that a firm administrator loads from a file. Each list is
 * kept in the control schema and merged into the catalogue again at every start, in
 * upload order.
 */
@Service
public class ReasonCodeLists implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(ReasonCodeLists.class);

	private final ReasonCodeCatalog catalog;

	private final JdbcClient jdbc;

	ReasonCodeLists(ReasonCodeCatalog catalog, JdbcClient jdbc) {
		this.catalog = catalog;
		this.jdbc = jdbc;
	}

	public record UploadedList(long id, CodeList kind, String fileName, int codes, String uploadedBy,
			Instant uploadedAt) {
	}

	/**
	 * Loads a list (columns {@code code,description[,category]}) into the catalogue and
	 * keeps it.
	 * @return the number of codes read
	 * @throws IllegalArgumentException naming the line of each invalid row; nothing is
	 * kept
	 */
	@PreAuthorize("hasRole('FIRM_ADMIN')")
	@Transactional
	public int upload(CodeList kind, String fileName, byte[] content) {
		String text = new String(content, StandardCharsets.UTF_8);
		int codes = this.catalog.loadOfficialList(new StringReader(text), kind);
		String who = SecurityContextHolder.getContext().getAuthentication().getName();
		this.jdbc
			.sql("insert into control.reason_code_list (kind, file_name, content, codes, uploaded_by) "
					+ "values (?, ?, ?, ?, ?)")
			.params(kind.name(), fileName, text, codes, who)
			.update();
		log.info("{} list {} with {} codes loaded by {}", kind, fileName, codes, who);
		return codes;
	}

	@Transactional(readOnly = true)
	public List<UploadedList> uploads() {
		return this.jdbc
			.sql("select id, kind, file_name, codes, uploaded_by, uploaded_at from control.reason_code_list "
					+ "order by id desc")
			.query((rs, n) -> new UploadedList(rs.getLong(1), CodeList.valueOf(rs.getString(2)), rs.getString(3),
					rs.getInt(4), rs.getString(5), rs.getTimestamp(6).toInstant()))
			.list();
	}

	/** Applies the kept lists after start-up, oldest first, so later uploads win. */
	@Override
	public void afterSingletonsInstantiated() {
		this.jdbc.sql("select kind, content from control.reason_code_list order by id")
			.query((rs, n) -> this.catalog.loadOfficialList(new StringReader(rs.getString(2)),
					CodeList.valueOf(rs.getString(1))))
			.list();
	}

}
