package io.ardesk.aging;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import io.ardesk.claims.ResponsibleParty;
import io.ardesk.imports.FileImports;
import io.ardesk.imports.ImportProgress;
import io.ardesk.security.ClientAccessDeniedException;
import io.ardesk.tenancy.ClientId;
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.AsUser;
import io.ardesk.test.IntegrationTestSupport;
import io.ardesk.test.X12Builder;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How aging moved: totals recorded on a day, compared later with the current report. */
@ArdeskIntegrationTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
class AgingSnapshotIntegrationTest extends IntegrationTestSupport {

	static final ClientId CLIENT = ClientId.of("northside-family");

	@Autowired
	FileImports imports;

	@Autowired
	AgingSnapshots snapshots;

	@Autowired
	AgingReports reports;

	@Test
	void aSnapshotKeepsTheTotalsOfItsDayAndShowsHowAgingMovedSince() {
		LocalDate today = AsUser.call("manager", "ACCOUNT_MANAGER", () -> this.reports.today(CLIENT));
		String serviceDate = today.minusDays(40).format(DateTimeFormatter.BASIC_ISO_DATE);
		AsUser.run("manager", "ACCOUNT_MANAGER", () -> {
			this.imports.importFile(CLIENT, "snap.837",
					X12Builder.claims837("ACME HEALTH", "ACME1")
						.claim("SN-1", "P", "1", serviceDate, "500.00")
						.build(CLIENT),
					ImportProgress.none());
			this.snapshots.record(CLIENT, today.minusDays(7));
			this.imports.importFile(CLIENT, "snap.835",
					X12Builder.remittance835("ACME HEALTH", "ACME1", "TRN-SN-1", "300.00")
						.payment("SN-1", "1", "500.00", "300.00", "0.00", "CO-45:200.00")
						.build(CLIENT),
					ImportProgress.none());
		});
		AgingSnapshot weekAgo = AsUser.call("viewer.northside-family", "CLIENT_VIEWER",
				() -> this.snapshots.onOrBefore(CLIENT, today.minusDays(7)).orElseThrow());
		assertThat(weekAgo.asOf()).isEqualTo(today.minusDays(7));
		assertThat(weekAgo.amount(ResponsibleParty.INSURANCE, AgingBucket.B31_60)).isEqualByComparingTo("500.00");
		AgingReport now = AsUser.call("manager", "ACCOUNT_MANAGER",
				() -> this.reports.report(CLIENT, today, AgingGrouping.PAYER));
		assertThat(now.insurance().total().subtract(weekAgo.total(ResponsibleParty.INSURANCE)))
			.isEqualByComparingTo("-500.00");
		assertThat(
				AsUser.call("manager", "ACCOUNT_MANAGER", () -> this.snapshots.onOrBefore(CLIENT, today.minusDays(8))))
			.isEmpty();
	}

	@Test
	void aViewerCannotRecordSnapshots() {
		assertThatThrownBy(() -> AsUser.run("viewer.northside-family", "CLIENT_VIEWER",
				() -> this.snapshots.record(CLIENT, LocalDate.now().minusDays(1))))
			.isInstanceOf(ClientAccessDeniedException.class);
	}

}
