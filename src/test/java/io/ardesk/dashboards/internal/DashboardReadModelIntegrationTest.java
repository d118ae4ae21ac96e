package io.ardesk.dashboards.internal;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import io.ardesk.dashboards.DashboardSnapshot;
import io.ardesk.dashboards.DashboardSnapshots;
import io.ardesk.dashboards.KpiReport;
import io.ardesk.dashboards.Kpis;
import io.ardesk.dashboards.Portfolio;
import io.ardesk.dashboards.PortfolioEntry;
import io.ardesk.dashboards.ServiceLevels;
import io.ardesk.imports.FileImports;
import io.ardesk.imports.ImportProgress;
import io.ardesk.imports.ImportStatus;
import io.ardesk.security.ClientAccessDeniedException;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import io.ardesk.test.ApiClient;
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.AsUser;
import io.ardesk.test.IntegrationTestSupport;
import io.ardesk.test.X12Builder;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The dashboard read model: it holds what a live computation gives; a remittance posted
 * through the import refreshes it in a job (and the portfolio shows the new figures); the
 * hourly trigger refreshes every active client; the portfolio reads the stored rows
 * without recomputing them; scoping stays in the services.
 */
@ArdeskIntegrationTest
class DashboardReadModelIntegrationTest extends IntegrationTestSupport {

	static final ClientId RIVERSIDE = ClientId.of("riverside-cardiology");

	static final String SCHEMA = "client_riverside_cardiology";

	static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	DashboardSnapshots snapshots;

	@Autowired
	DashboardReadModel readModel;

	@Autowired
	Kpis kpis;

	@Autowired
	ServiceLevels levels;

	@Autowired
	Portfolio portfolio;

	@Autowired
	DashboardRefreshJobs jobs;

	@Autowired
	ClientDirectory directory;

	@Autowired
	FileImports imports;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@Test
	void theStoredDashboardEqualsALiveComputationAndReadsBackUnchanged() {
		post("DSL.837",
				X12Builder.claims837("READ MODEL HEALTH", "RMH1")
					.claim("DSL-1", "P", "1", served(30), "420.00")
					.build(RIVERSIDE));
		DashboardSnapshot refreshed = AsUser.call("manager", "ACCOUNT_MANAGER",
				() -> this.snapshots.refresh(RIVERSIDE));
		DashboardSnapshot read = AsUser.call("manager", "ACCOUNT_MANAGER", () -> this.snapshots.current(RIVERSIDE));
		assertThat(read).as("read back from the stored JSON, scales and all").isEqualTo(refreshed);

		LocalDate today = AsUser.call("manager", "ACCOUNT_MANAGER", () -> this.kpis.today(RIVERSIDE));
		KpiReport live = AsUser.call("manager", "ACCOUNT_MANAGER",
				() -> this.kpis.kpis(RIVERSIDE, today.minusDays(Kpis.DEFAULT_WINDOW_DAYS - 1), today));
		assertThat(read.asOf()).isEqualTo(today);
		assertThat(read.kpis().figures()).isEqualTo(live.figures());
		assertThat(read.kpis().basis()).isEqualTo(live.basis());
		assertThat(read.kpis().basis().totalAr()).isGreaterThanOrEqualTo(new BigDecimal("420.00"));
		assertThat(read.kpis().chargeLag()).isEqualTo(live.chargeLag());
		assertThat(read.kpis().recoveries()).isEqualTo(live.recoveries());

		StoredDashboard recomputed = AsUser.call("manager", "ACCOUNT_MANAGER", () -> this.readModel.live(RIVERSIDE));
		assertThat(recomputed.kpis().figures()).isEqualTo(live.figures());
		assertThat(read.sla().measures()).isEqualTo(recomputed.sla().measures());
		assertThat(AsUser.call("manager", "ACCOUNT_MANAGER", () -> this.levels.panel(RIVERSIDE)))
			.as("the SLA panel the API and the view show")
			.isEqualTo(read.sla());
		assertThat(read.recovery().weeks()).isEqualTo(recomputed.recovery().weeks());
	}

	@Test
	void aRemittancePostedThroughTheImportRefreshesTheDashboardInAJobAndThePortfolioShowsIt() {
		BigDecimal before = entry("manager", "ACCOUNT_MANAGER").totalAr();
		post("DSP.837",
				X12Builder.claims837("POSTING HEALTH", "PSH1")
					.claim("DSP-1", "P", "1", served(20), "500.00")
					.build(RIVERSIDE));
		Instant billed = awaitRefreshed();
		PortfolioEntry afterClaim = entry("manager", "ACCOUNT_MANAGER");
		assertThat(afterClaim.computedAt()).as("the job's figures, not a reader's").isEqualTo(billed);
		assertThat(afterClaim.totalAr()).isEqualByComparingTo(before.add(new BigDecimal("500.00")));

		post("DSP.835",
				X12Builder.remittance835("POSTING HEALTH", "PSH1", "DSPTR1", "300.00")
					.payment("DSP-1", "1", "500.00", "300.00", "0.00", "CO-45:200.00")
					.build(RIVERSIDE));
		Instant paid = awaitRefreshed();
		assertThat(paid).isAfter(billed);
		PortfolioEntry afterPayment = entry("manager", "ACCOUNT_MANAGER");
		assertThat(afterPayment.computedAt()).isEqualTo(paid);
		assertThat(afterPayment.totalAr()).as("paid 300, 200 contractual: nothing left owed on DSP-1")
			.isEqualByComparingTo(before);
		DashboardSnapshot snapshot = AsUser.call("manager", "ACCOUNT_MANAGER", () -> this.snapshots.current(RIVERSIDE));
		assertThat(snapshot.kpis().figures().cashCollected()).isGreaterThanOrEqualTo(new BigDecimal("300.00"));
		assertThat(pendingRefresh()).as("no refresh left pending").isFalse();
	}

	@Test
	void theHourlyTriggerRefreshesEveryActiveClientInItsOwnJob() {
		Map<String, Instant> before = AsUser.call("manager", "ACCOUNT_MANAGER", () -> this.portfolio.ranked())
			.clients()
			.stream()
			.collect(Collectors.toMap((e) -> e.clientId().value(), PortfolioEntry::computedAt));
		assertThat(before).containsOnlyKeys("lakeview-ortho", "northside-family", "riverside-cardiology");
		this.jobs.refreshAllClients();
		await(() -> before.entrySet()
			.stream()
			.allMatch(
					(client) -> computedAt("client_" + client.getKey().replace('-', '_')).isAfter(client.getValue())));
	}

	@Test
	void thePortfolioReadsTheStoredRowsWithoutRecomputingThem() {
		Portfolio.Ranked first = AsUser.call("manager", "ACCOUNT_MANAGER", () -> this.portfolio.ranked());
		Instant stored = computedAt(SCHEMA);
		Portfolio.Ranked second = AsUser.call("manager", "ACCOUNT_MANAGER", () -> this.portfolio.ranked());
		assertThat(second.clients()).extracting(PortfolioEntry::computedAt)
			.containsExactlyElementsOf(first.clients().stream().map(PortfolioEntry::computedAt).toList());
		assertThat(computedAt(SCHEMA)).isEqualTo(stored);
		HttpResponse<String> rest = new ApiClient(this.port).get("manager",
				"/api/v1/clients/riverside-cardiology/kpis");
		assertThat(rest.statusCode()).isEqualTo(200);
		assertThat(json.readTree(rest.body()).get("computedAt").asString())
			.as("the default window comes from the read model")
			.isEqualTo(AsUser.call("manager", "ACCOUNT_MANAGER", () -> this.snapshots.current(RIVERSIDE))
				.kpis()
				.computedAt()
				.toString());
	}

	@Test
	void aSpecialistSeesOnlyHisClientsAndOnlyManagersRefreshNow() {
		Portfolio.Ranked specialist = AsUser.call("specialist", "AR_SPECIALIST", () -> this.portfolio.ranked());
		assertThat(specialist.clients()).extracting((e) -> e.clientId().value())
			.containsExactlyInAnyOrder("lakeview-ortho", "northside-family");
		assertThatThrownBy(() -> AsUser.call("specialist", "AR_SPECIALIST", () -> this.snapshots.current(RIVERSIDE)))
			.isInstanceOf(ClientAccessDeniedException.class);
		assertThatThrownBy(() -> AsUser.call("specialist", "AR_SPECIALIST",
				() -> this.snapshots.refresh(ClientId.of("lakeview-ortho"))))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(AsUser.call("manager", "ACCOUNT_MANAGER", () -> this.snapshots.refresh(RIVERSIDE)).computedAt())
			.isEqualTo(computedAt(SCHEMA));
	}

	private PortfolioEntry entry(String user, String role) {
		return AsUser.call(user, role, () -> this.portfolio.ranked())
			.clients()
			.stream()
			.filter((e) -> e.clientId().equals(RIVERSIDE))
			.findFirst()
			.orElseThrow();
	}

	/** Waits until the refresh job has stored figures as new as the ledger. */
	private Instant awaitRefreshed() {
		await(() -> !pendingRefresh()
				&& journalMark() >= this.jdbc.sql("select coalesce(max(id), 0) from " + SCHEMA + ".claim_journal")
					.query(Long.class)
					.single());
		return computedAt(SCHEMA);
	}

	private boolean pendingRefresh() {
		return this.jdbc.sql("select refresh_requested_at is not null from " + SCHEMA + ".dashboard_snapshot")
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	private long journalMark() {
		return this.jdbc.sql("select journal_mark from " + SCHEMA + ".dashboard_snapshot")
			.query(Long.class)
			.optional()
			.orElse(-1L);
	}

	private Instant computedAt(String schema) {
		return this.jdbc.sql("select computed_at from " + schema + ".dashboard_snapshot")
			.query((rs, n) -> rs.getObject(1, java.time.OffsetDateTime.class).toInstant())
			.optional()
			.orElse(Instant.EPOCH);
	}

	private static void await(BooleanSupplier condition) {
		long until = System.nanoTime() + 90_000_000_000L;
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited 90 s for the refresh job").isLessThan(until);
			try {
				Thread.sleep(250);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}

	private void post(String name, byte[] content) {
		byte[] file = new String(content, StandardCharsets.UTF_8)
			.replace("DA*98765*20260210", "DA*98765*" + today().format(DateTimeFormatter.BASIC_ISO_DATE))
			.getBytes(StandardCharsets.UTF_8);
		AsUser.run("manager", "ACCOUNT_MANAGER",
				() -> assertThat(this.imports.importFile(RIVERSIDE, name, file, ImportProgress.none()).status())
					.as(name)
					.isEqualTo(ImportStatus.POSTED));
	}

	private String served(int daysAgo) {
		return today().minusDays(daysAgo).format(DateTimeFormatter.BASIC_ISO_DATE);
	}

	private LocalDate today() {
		return LocalDate.now(this.directory.find(RIVERSIDE).orElseThrow().timeZone());
	}

}
