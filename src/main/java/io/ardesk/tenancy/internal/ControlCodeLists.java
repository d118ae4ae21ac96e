package io.ardesk.tenancy.internal;

import java.util.List;

import io.ardesk.tenancy.CodeListStore;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The official code lists in {@code control.reason_code_list}. */
@Repository
class ControlCodeLists implements CodeListStore {

	private final JdbcClient jdbc;

	ControlCodeLists(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void keep(String kind, String fileName, String content, int codes, String uploadedBy) {
		this.jdbc.sql("""
				insert into control.reason_code_list (kind, file_name, content, codes, uploaded_by)
				values (:kind, :fileName, :content, :codes, :uploadedBy)""")
			.param("kind", kind)
			.param("fileName", fileName)
			.param("content", content)
			.param("codes", codes)
			.param("uploadedBy", uploadedBy)
			.update();
	}

	@Override
	public List<KeptList> lists() {
		return this.jdbc.sql("""
				select id, kind, file_name, codes, uploaded_by, uploaded_at
				from control.reason_code_list order by id desc""")
			.query((rs, n) -> new KeptList(rs.getLong("id"), rs.getString("kind"), rs.getString("file_name"),
					rs.getInt("codes"), rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant()))
			.list();
	}

	@Override
	public List<ListContent> contents() {
		return this.jdbc.sql("select kind, content from control.reason_code_list order by id")
			.query((rs, n) -> new ListContent(rs.getString("kind"), rs.getString("content")))
			.list();
	}

}
