package io.ardesk.reports;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.ardesk.ArdeskApplication;
import io.ardesk.security.SystemActor;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.TenantContext;
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
 * The weekly reports of a firm (issue 13): 200 small client practices and one large one,
 * each report built as the scheduled job builds it ({@link ClientReports#generate}: the
 * KPIs, aging, denials, trend issues, escalations and activity queries, the PDF, the
 * archive row). Ledgers are generated with SQL: {@value #SMALL_CLAIMS} claims per small
 * client, {@code -Dbenchmark.claims} (default 100,000) for the large one, six months of
 * dates of service, 60 % paid 30 days after submission, 10 % denied, a follow-up on one
 * claim in five. Then the heaviest query of a report (A/R as of the period end over the
 * dated journal, as the KPIs and aging read it) is run as raw SQL on the large client,
 * both as the current balances less the journal after the date and summed from the whole
 * journal up to it. Run:
 * {@code ./mvnw -B verify -Pbenchmark -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ClientReportsBenchmark}.
 * Prints the figures; asserts only that every report was built.
 */
class ClientReportsBenchmark {

	static final int SMALL_CLIENTS = 200;

	static final int SMALL_CLAIMS = 500;

	static final int LARGE_CLAIMS = Integer.getInteger("benchmark.claims", 100_000);

	static final ZoneId ZONE = ZoneId.of("America/Chicago");

	@TempDir
	Path folder;

	@Test
	void weeklyReportsOfTwoHundredClientsAndOneLargeOne() throws IOException {
		Files.copy(Path.of("tenant-config", "firm.yaml"), this.folder.resolve("firm.yaml"));
		List<ClientId> clients = new ArrayList<>();
		for (int i = 1; i <= SMALL_CLIENTS; i++) {
			clients.add(writeClient("bench-report-%03d".formatted(i), "client_bench_report_%03d".formatted(i)));
		}
		ClientId large = writeClient("bench-report-large", "client_bench_report_large");
		TestDatabase.Database database = TestDatabase.fresh();
		String[] arguments = BenchmarkFirm.arguments(database, this.folder);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ArdeskApplication.class)
			.profiles("benchmark")
			.run(arguments)) {
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			TransactionTemplate transaction = context.getBean(TransactionTemplate.class);
			ClientReports reports = context.getBean(ClientReports.class);
			LocalDate today = LocalDate.now(ZONE);
			ReportPeriod week = ReportPeriod.lastClosed(ReportKind.WEEKLY, today, 2);
			long seeding = System.nanoTime();
			for (ClientId client : clients) {
				seed(jdbc, transaction, client, SMALL_CLAIMS, week.to());
			}
			seed(jdbc, transaction, large, LARGE_CLAIMS, week.to());
			print("Data: %d clients x %d claims + 1 client x %,d claims (and as many journal rows again for the "
					+ "paid and denied ones), generated in %.1f s; week %s", SMALL_CLIENTS, SMALL_CLAIMS, LARGE_CLAIMS,
					(System.nanoTime() - seeding) / 1e9, week.key());

			// One warm-up report so that class loading and the first PDF fonts are not
			// timed.
			SystemActor.call(() -> reports.generate(clients.getFirst(), week));
			Map<ClientId, Long> millis = new java.util.LinkedHashMap<>();
			long firm = System.nanoTime();
			for (ClientId client : clients) {
				millis.put(client, timed(() -> SystemActor.call(() -> reports.generate(client, week))));
			}
			millis.put(large, timed(() -> SystemActor.call(() -> reports.generate(large, week))));
			long total = (System.nanoTime() - firm) / 1_000_000;
			List<Long> small = clients.stream().map(millis::get).sorted().toList();
			Map.Entry<ClientId, Long> slowest = millis.entrySet()
				.stream()
				.max(Comparator.comparing(Map.Entry::getValue))
				.orElseThrow();
			print("Firm: %d weekly reports in %.1f s (goal <= 300 s)", millis.size(), total / 1000.0);
			print("Small clients: median %d ms, p95 %d ms", small.get(small.size() / 2),
					small.get((int) (small.size() * 0.95)));
			print("Slowest client: %s, %d ms; large client (%,d claims): %d ms (goal <= 10000 ms)",
					slowest.getKey().value(), slowest.getValue(), LARGE_CLAIMS, millis.get(large));
			List<Long> raw = new ArrayList<>();
			List<Long> rawJournal = new ArrayList<>();
			BigDecimal[] figures = new BigDecimal[2];
			for (int run = 0; run < 3; run++) {
				raw.add(timed(() -> figures[0] = rawArAsOf(jdbc, transaction, large, week.to(), RAW_RECENT)));
				rawJournal.add(timed(() -> figures[1] = rawArAsOf(jdbc, transaction, large, week.to(), RAW_JOURNAL)));
			}
			assertThat(figures[0]).as("A/R as of the week's end, both ways").isEqualByComparingTo(figures[1]);
			long rawMedian = raw.stream().sorted().toList().get(1);
			long rawJournalMedian = rawJournal.stream().sorted().toList().get(1);
			print("Raw SQL of the heaviest query (A/R as of the period end: current balances less the journal after it), "
					+ "large client: %s ms, median %d ms; ratio report / raw query %.1f", raw, rawMedian,
					millis.get(large) / (double) Math.max(rawMedian, 1));
			print("The same A/R summed from the whole journal up to the date (how it was computed before): %s ms, "
					+ "median %d ms; both give %s", rawJournal, rawJournalMedian, figures[0]);
			assertThat(SystemActor.call(() -> reports.archive(large))).hasSize(1);
		}
	}

	private static void seed(JdbcClient jdbc, TransactionTemplate transaction, ClientId client, int claims,
			LocalDate end) {
		TenantContext.callAs(client, () -> transaction.execute((status) -> {
			BenchmarkFirm.openClaims(jdbc, claims, end, List.of());
			jdbc.sql("""
					insert into follow_up (claim_id, logged_at, logged_by, channel, outcome, next_action_date)
					select id, submitted_on + 20, 'bench', 'CALL', 'IN_PROCESS', submitted_on + 34
					from claim where id % 5 = 0""").update();
			jdbc.sql("""
					insert into claim_journal (claim_id, effective_date, recorded_at, kind, actor, billed, payer_paid,
					  patient_paid, contractual, other_adjusted, written_off, insurance_balance, patient_balance,
					  denied_open, awaiting_next_payer)
					select id, submitted_on + 30, submitted_on + 30, 'ADJUDICATION', 'bench', 0,
					  case when id % 10 < 6 then round(billed * 0.7, 2) else 0 end, 0,
					  case when id % 10 < 6 then billed - round(billed * 0.7, 2) else 0 end, 0, 0,
					  case when id % 10 < 6 then -billed else 0 end, 0,
					  case when id % 10 = 6 then billed else 0 end, 0
					from claim where id % 10 < 7 and submitted_on + 30 <= :end""")
				.param("end", Date.valueOf(end))
				.update();
			// The claims' balances are their journal's sums, as the ledger keeps them.
			jdbc.sql("""
					update claim c set payer_paid = j.payer_paid, contractual = j.contractual,
					  insurance_balance = j.insurance_balance, denied_open = j.denied_open,
					  status = case when j.denied_open > 0 then 'DENIED' else 'PAID' end
					from (select claim_id, sum(payer_paid) as payer_paid, sum(contractual) as contractual,
					  sum(insurance_balance) as insurance_balance, sum(denied_open) as denied_open
					  from claim_journal where kind = 'ADJUDICATION' group by claim_id) a,
					  (select claim_id, sum(payer_paid) as payer_paid, sum(contractual) as contractual,
					  sum(insurance_balance) as insurance_balance, sum(denied_open) as denied_open
					  from claim_journal group by claim_id) j
					where a.claim_id = c.id and j.claim_id = c.id""").update();
			// Only this client's filled tables: a bare "analyze" covers every schema of
			// the
			// database, 201 times over.
			jdbc.sql("analyze payer, patient, claim, claim_journal, follow_up").update();
			return null;
		}));
	}

	/**
	 * A/R as of a recent date: the claims' balances less what the journal moved after it.
	 */
	static final String RAW_RECENT = """
			select coalesce(sum(greatest(c.insurance_balance - coalesce(d.ib, 0), 0)
			  + greatest(c.patient_balance - coalesce(d.pb, 0), 0)), 0)
			from claim c left join (select claim_id, sum(insurance_balance) as ib, sum(patient_balance) as pb
			  from claim_journal where effective_date > :asOf group by claim_id) d on d.claim_id = c.id
			where c.opened_on <= :asOf and c.service_date_from <= :asOf""";

	/** The same A/R summed from every journal row up to the date. */
	static final String RAW_JOURNAL = """
			select coalesce(sum(greatest(b.ib, 0) + greatest(b.pb, 0)), 0)
			from claim c join (select claim_id, sum(insurance_balance) as ib, sum(patient_balance) as pb
			  from claim_journal where effective_date <= :asOf group by claim_id) b on b.claim_id = c.id
			where c.service_date_from <= :asOf""";

	private static BigDecimal rawArAsOf(JdbcClient jdbc, TransactionTemplate transaction, ClientId client,
			LocalDate asOf, String sql) {
		return TenantContext.callAs(client, () -> transaction
			.execute((status) -> jdbc.sql(sql).param("asOf", Date.valueOf(asOf)).query(BigDecimal.class).single()));
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
