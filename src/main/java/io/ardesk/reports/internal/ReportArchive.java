package io.ardesk.reports.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.ardesk.reports.ArchivedReport;
import io.ardesk.reports.ReportKind;
import io.ardesk.reports.ReportPdf;
import io.ardesk.reports.ReportPeriod;
import io.ardesk.reports.ReportTrigger;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** SQL of the bound client's report archive ({@code client_report}). */
@Component
class ReportArchive {

	private static final String COLUMNS = "id, kind, period, period_from, period_to, generated_at, trigger, sha256, "
			+ "size_bytes";

	private final JdbcClient jdbc;

	ReportArchive(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ArchivedReport> all() {
		return this.jdbc.sql("select " + COLUMNS + " from client_report order by period_to desc, kind desc, id desc")
			.query(ReportArchive::report)
			.list();
	}

	Optional<ReportPdf> latest(ReportKind kind) {
		return this.jdbc
			.sql("select " + COLUMNS + ", pdf from client_report where kind = :kind order by period_to desc limit 1")
			.param("kind", kind.name())
			.query(ReportArchive::pdf)
			.optional();
	}

	Optional<ReportPdf> of(ReportPeriod period) {
		return this.jdbc.sql("select " + COLUMNS + ", pdf from client_report where kind = :kind and period = :period")
			.param("kind", period.kind().name())
			.param("period", period.key())
			.query(ReportArchive::pdf)
			.optional();
	}

	Optional<ReportPdf> byId(long id) {
		return this.jdbc.sql("select " + COLUMNS + ", pdf from client_report where id = :id")
			.param("id", id)
			.query(ReportArchive::pdf)
			.optional();
	}

	Optional<ArchivedReport> find(ReportPeriod period) {
		return this.jdbc.sql("select " + COLUMNS + " from client_report where kind = :kind and period = :period")
			.param("kind", period.kind().name())
			.param("period", period.key())
			.query(ReportArchive::report)
			.optional();
	}

	/**
	 * Archives the PDF; an archived report of the same period is replaced when
	 * {@code replace}, else kept (and nothing is written).
	 */
	Optional<ArchivedReport> save(ReportPeriod period, byte[] pdf, String sha256, Instant at, ReportTrigger trigger,
			boolean replace) {
		String conflict = replace ? """
				do update set period_from = excluded.period_from, period_to = excluded.period_to,
				  generated_at = excluded.generated_at, trigger = excluded.trigger, sha256 = excluded.sha256,
				  size_bytes = excluded.size_bytes, pdf = excluded.pdf""" : "do nothing";
		return this.jdbc.sql("""
				insert into client_report (kind, period, period_from, period_to, generated_at, trigger, sha256,
				  size_bytes, pdf)
				values (:kind, :period, :from, :to, :at, :trigger, :sha, :size, :pdf)
				on conflict (kind, period) %s returning %s""".formatted(conflict, COLUMNS))
			.param("kind", period.kind().name())
			.param("period", period.key())
			.param("from", Date.valueOf(period.from()))
			.param("to", Date.valueOf(period.to()))
			.param("at", Timestamp.from(at))
			.param("trigger", trigger.name())
			.param("sha", sha256)
			.param("size", pdf.length)
			.param("pdf", pdf)
			.query(ReportArchive::report)
			.optional();
	}

	private static ArchivedReport report(ResultSet rs, int row) throws SQLException {
		ReportKind kind = ReportKind.valueOf(rs.getString("kind"));
		ReportPeriod period = new ReportPeriod(kind, rs.getString("period"),
				rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class));
		return new ArchivedReport(rs.getLong("id"), period, rs.getTimestamp("generated_at").toInstant(),
				ReportTrigger.valueOf(rs.getString("trigger")), rs.getString("sha256"), rs.getInt("size_bytes"));
	}

	private static ReportPdf pdf(ResultSet rs, int row) throws SQLException {
		return new ReportPdf(report(rs, row), rs.getBytes("pdf"));
	}

}
