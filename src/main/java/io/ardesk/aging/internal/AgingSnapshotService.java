package io.ardesk.aging.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import io.ardesk.aging.AgingBucket;
import io.ardesk.aging.AgingGrouping;
import io.ardesk.aging.AgingReport;
import io.ardesk.aging.AgingReports;
import io.ardesk.aging.AgingSnapshot;
import io.ardesk.aging.AgingSnapshots;
import io.ardesk.aging.AgingTotals;
import io.ardesk.aging.BucketShare;
import io.ardesk.claims.ResponsibleParty;
import io.ardesk.security.ChangesClient;
import io.ardesk.security.ReadsClient;
import io.ardesk.tenancy.ClientId;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AgingSnapshotService implements AgingSnapshots {

	/** The bucket column's value for a day's credit balances, kept beside the buckets. */
	static final String CREDIT = "CREDIT";

	private final AgingReports reports;

	private final JdbcTemplate jdbc;

	AgingSnapshotService(AgingReports reports, JdbcTemplate jdbc) {
		this.reports = reports;
		this.jdbc = jdbc;
	}

	@Override
	@ChangesClient
	@Transactional
	public void record(ClientId client, LocalDate asOf) {
		AgingReport report = this.reports.report(client, asOf, AgingGrouping.PAYER_CATEGORY);
		this.jdbc.update("delete from aging_snapshot where as_of = ?", Date.valueOf(asOf));
		insert(asOf, report.insurance());
		insert(asOf, report.patient());
		for (ResponsibleParty party : ResponsibleParty.values()) {
			this.jdbc.update(
					"insert into aging_snapshot (as_of, owed_by, bucket, amount, claims) values (?, ?, ?, ?, ?)",
					Date.valueOf(asOf), party.name(), CREDIT, report.credits().owedTo(party).amount(),
					report.credits().owedTo(party).claims());
		}
	}

	private void insert(LocalDate asOf, AgingTotals totals) {
		for (BucketShare share : totals.buckets()) {
			this.jdbc.update(
					"insert into aging_snapshot (as_of, owed_by, bucket, amount, claims) values (?, ?, ?, ?, ?)",
					Date.valueOf(asOf), totals.owedBy().name(), share.bucket().name(), share.amount(), share.claims());
		}
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public Optional<AgingSnapshot> onOrBefore(ClientId client, LocalDate date) {
		return this.jdbc
			.queryForList("select max(as_of) from aging_snapshot where as_of <= ?", Date.class, Date.valueOf(date))
			.stream()
			.filter((day) -> day != null)
			.findFirst()
			.map((day) -> {
				Map<ResponsibleParty, Map<AgingBucket, BigDecimal>> amounts = new EnumMap<>(ResponsibleParty.class);
				Map<ResponsibleParty, BigDecimal> credits = new EnumMap<>(ResponsibleParty.class);
				this.jdbc.query("select owed_by, bucket, amount from aging_snapshot where as_of = ?", (rs) -> {
					ResponsibleParty party = ResponsibleParty.valueOf(rs.getString(1));
					if (CREDIT.equals(rs.getString(2))) {
						credits.put(party, rs.getBigDecimal(3));
						return;
					}
					amounts.computeIfAbsent(party, (p) -> new EnumMap<>(AgingBucket.class))
						.put(AgingBucket.valueOf(rs.getString(2)), rs.getBigDecimal(3));
				}, day);
				return new AgingSnapshot(day.toLocalDate(), amounts, credits);
			});
	}

}
