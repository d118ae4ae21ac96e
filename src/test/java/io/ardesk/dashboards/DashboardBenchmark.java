package io.ardesk.dashboards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import io.ardesk.ArdeskApplication;
import io.ardesk.security.Role;
import io.ardesk.security.UserAdministration;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.TenantContext;
import io.ardesk.test.AsUser;
import io.ardesk.test.BenchmarkFirm;
import io.ardesk.test.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboards of a firm read from the read model (issue 12, item 10): 200 small client
 * practices ({@value #SMALL_CLAIMS} claims each) and one large one
 * ({@code -Dbenchmark.claims}, default 100,000; the goal is for 1,000,000), ledgers
 * generated with SQL as in {@code ClientReportsBenchmark} (six months of dates of service
 * ending today, 60 % paid 30 days after submission, 10 % denied, a follow-up on one claim
 * in five). A manager assigned to all 201 clients then loads, {@value #CALLS} times each:
 * (a) the large client's dashboard as its default view loads it (KPIs, SLA panel and cash
 * recovery: {@link DashboardSnapshots#current}) and the same through the three services
 * the REST endpoints call, (b) the firm portfolio. Also timed: the read model's refresh
 * of the large client (what the job and "Refresh now" do), and as raw SQL the heaviest
 * query of the refresh (A/R as of today over the dated journal) and of the read (the
 * stored row). Run:
 * {@code ./mvnw -B verify -Pbenchmark -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=DashboardBenchmark}.
 * Prints the figures; asserts only that the portfolio lists every client.
 */
class DashboardBenchmark {

	static final int SMALL_CLIENTS = 200;

	static final int SMALL_CLAIMS = 500;

	static final int LARGE_CLAIMS = Integer.getInteger("benchmark.claims", 100_000);

	static final int CALLS = 25;

	static final ZoneId ZONE = ZoneId.of("America/Chicago");

	static final String MANAGER = "bench-manager";

	@TempDir
	Path folder;

	@Test
	void clientDashboardAndFirmPortfolioOfTwoHundredClientsAndOneLargeOne() throws IOException {
		Files.copy(Path.of("tenant-config", "firm.yaml"), this.folder.resolve("firm.yaml"));
		List<ClientId> clients = new ArrayList<>();
		for (int i = 1; i <= SMALL_CLIENTS; i++) {
			clients.add(writeClient("bench-dash-%03d".formatted(i), "client_bench_dash_%03d".formatted(i)));
		}
		ClientId large = writeClient("bench-dash-large", "client_bench_dash_large");
		TestDatabase.Database database = TestDatabase.fresh();
		String[] arguments = BenchmarkFirm.arguments(database, this.folder);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ArdeskApplication.class)
			.profiles("benchmark")
			.run(arguments)) {
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			TransactionTemplate transaction = context.getBean(TransactionTemplate.class);
			DashboardSnapshots snapshots = context.getBean(DashboardSnapshots.class);
			ServiceLevels levels = context.getBean(ServiceLevels.class);
			CashRecoveryDashboard recovery = context.getBean(CashRecoveryDashboard.class);
			Portfolio portfolio = context.getBean(Portfolio.class);
			LocalDate today = LocalDate.now(ZONE);
			long seeding = System.nanoTime();
			for (ClientId client : clients) {
				seed(jdbc, transaction, client, SMALL_CLAIMS, today);
			}
			seed(jdbc, transaction, large, LARGE_CLAIMS, today);
			Set<ClientId> all = new HashSet<>(clients);
			all.add(large);
			AsUser.run("admin", "FIRM_ADMIN",
					() -> context.getBean(UserAdministration.class)
						.create(new UserAdministration.NewUser(MANAGER, "Benchmark Manager", Role.ACCOUNT_MANAGER,
								"Quiet-Harbor-Lantern-77", null, all)));
			long journal = TenantContext.callAs(large, () -> transaction
				.execute((status) -> jdbc.sql("select count(*) from claim_journal").query(Long.class).single()));
			print("Data: %d clients x %d claims + 1 client x %,d claims (%,d journal rows), generated in %.1f s",
					SMALL_CLIENTS, SMALL_CLAIMS, LARGE_CLAIMS, journal, (System.nanoTime() - seeding) / 1e9);

			long cold = timed(() -> as(portfolio::ranked));
			print("Cold portfolio (no read model yet: each of the %d clients computed once and stored): %d ms",
					all.size(), cold);
			List<Long> refresh = new ArrayList<>();
			for (int run = 0; run < 3; run++) {
				refresh.add(timed(() -> as(() -> snapshots.refresh(large))));
			}
			long refreshMedian = median(refresh);
			long stored = TenantContext.callAs(large,
					() -> transaction
						.execute((status) -> jdbc.sql("select octet_length(figures::text) from dashboard_snapshot")
							.query(Long.class)
							.single()));
			print("Read-model refresh of the large client (KPIs, SLA, cash recovery, risk signals): %s ms, "
					+ "median %d ms; stored row %,d bytes of JSON", refresh, refreshMedian, stored);

			List<Long> dashboard = new ArrayList<>();
			List<Long> endpoints = new ArrayList<>();
			List<Long> firm = new ArrayList<>();
			for (int call = 0; call < CALLS; call++) {
				dashboard.add(timed(() -> as(() -> snapshots.current(large))));
				endpoints.add(timed(() -> as(
						() -> List.of(snapshots.current(large).kpis(), levels.panel(large), recovery.weeks(large)))));
				firm.add(timed(() -> as(portfolio::ranked)));
			}
			print("(a) Client dashboard data, large client, as the default view loads it: median %d ms, p95 %d ms "
					+ "(goal <= 1000 ms); through the three services of /kpis, /sla and cash recovery: median %d ms, "
					+ "p95 %d ms", median(dashboard), p95(dashboard), median(endpoints), p95(endpoints));
			print("(b) Firm portfolio of %d clients: median %d ms, p95 %d ms (goal <= 1000 ms)", all.size(),
					median(firm), p95(firm));

			List<Long> rawAr = new ArrayList<>();
			List<Long> rawRow = new ArrayList<>();
			for (int run = 0; run < 3; run++) {
				rawAr.add(timed(() -> rawArAsOf(jdbc, transaction, large, today)));
			}
			for (int run = 0; run < CALLS; run++) {
				rawRow.add(timed(() -> rawStoredRow(jdbc, transaction, large)));
			}
			print("Raw SQL, heaviest query of the refresh (A/R as of today over the journal), large client: %s ms, "
					+ "median %d ms; ratio refresh / raw query %.1f", rawAr, median(rawAr),
					refreshMedian / (double) Math.max(median(rawAr), 1));
			print("Raw SQL, heaviest query of the read (the stored row and the journal mark), large client: median "
					+ "%d ms; ratio dashboard read / raw query %.1f", median(rawRow),
					median(dashboard) / (double) Math.max(median(rawRow), 1));
			assertThat(as(portfolio::ranked).clients()).hasSize(all.size());
		}
	}

	private static <T> T as(Supplier<T> work) {
		return AsUser.call(MANAGER, "ACCOUNT_MANAGER", work);
	}

	private static long median(List<Long> millis) {
		return millis.stream().sorted().toList().get(millis.size() / 2);
	}

	private static long p95(List<Long> millis) {
		List<Long> sorted = millis.stream().sorted().toList();
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1));
	}

	private static void seed(JdbcClient jdbc, TransactionTemplate transaction, ClientId client, int claims,
			LocalDate end) {
		TenantContext.callAs(client, () -> transaction.execute((status) -> {
			BenchmarkFirm.openClaims(jdbc, claims, end.minusDays(2), List.of());
			jdbc.sql("""
					insert into follow_up (claim_id, logged_at, logged_by, channel, outcome, next_action_date)
					select id, submitted_on + 20, 'bench', 'CALL', 'IN_PROCESS', submitted_on + 34
					from claim where id % 5 = 0 and submitted_on + 20 <= :end""")
				.param("end", Date.valueOf(end))
				.update();
			jdbc.sql("""
					insert into claim_journal (claim_id, effective_date, recorded_at, kind, actor, billed, payer_paid,
					  patient_paid, contractual, other_adjusted, written_off, insurance_balance, patient_balance,
					  denied_open, awaiting_next_payer)
					select id, submitted_on + 30, submitted_on + 30, 'ADJUDICATION', 'bench', 0,
					  round(billed * 0.7, 2), 0, billed - round(billed * 0.7, 2), 0, 0, -billed, 0,
					  case when id % 10 = 6 then billed else 0 end, 0
					from claim where id % 10 < 7 and submitted_on + 30 <= :end""")
				.param("end", Date.valueOf(end))
				.update();
			jdbc.sql("""
					update claim set payer_paid = round(billed * 0.7, 2), contractual = billed - round(billed * 0.7, 2),
					  insurance_balance = 0, status = 'PAID'
					where id % 10 < 6 and submitted_on + 30 <= :end""").param("end", Date.valueOf(end)).update();
			jdbc.sql("analyze payer, patient, claim, claim_journal, follow_up").update();
			return null;
		}));
	}

	private static void rawArAsOf(JdbcClient jdbc, TransactionTemplate transaction, ClientId client, LocalDate asOf) {
		TenantContext.callAs(client, () -> transaction.execute((status) -> jdbc.sql("""
				select coalesce(sum(greatest(b.insurance_balance, 0) + greatest(b.patient_balance, 0)), 0)
				from claim c join claim_balances_as_of(cast(:asOf as date)) b on b.claim_id = c.id
				where c.service_date_from <= :asOf""").param("asOf", Date.valueOf(asOf)).query(Object.class).single()));
	}

	private static void rawStoredRow(JdbcClient jdbc, TransactionTemplate transaction, ClientId client) {
		TenantContext.callAs(client,
				() -> transaction.execute((status) -> jdbc
					.sql("select figures::text, (select max(id) from claim_journal) from dashboard_snapshot")
					.query((rs, n) -> rs.getString(1))
					.single()));
	}

	private ClientId writeClient(String id, String schema) throws IOException {
		return BenchmarkFirm.writeClient(this.folder, id, schema);
	}

	private static long timed(Runnable work) {
		return BenchmarkFirm.timed(work);
	}

	private static void print(String format, Object... arguments) {
		BenchmarkFirm.print(format, arguments);
	}

}
