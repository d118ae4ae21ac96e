package io.ardesk.worklist;

import java.util.ArrayList;
import java.util.List;

import io.ardesk.aging.AgingGrouping;
import io.ardesk.aging.AgingReports;
import io.ardesk.security.SystemActor;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.TenantContext;
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.IntegrationTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Server time of the first work-queue page on a client with 1,000,000 claims of which
 * about 60,000 are open. The claims are written straight into the schema with SQL
 * (generating them through the importer would take the better part of an hour here);
 * scores come from the real rescoring. Run with
 * {@code ./mvnw verify -Pbenchmark -Dit.test=WorkQueueBenchmark}.
 */
@ArdeskIntegrationTest
class WorkQueueBenchmark extends IntegrationTestSupport {

	static final ClientId CLIENT = ClientId.of("riverside-cardiology");

	static final int CLAIMS = Integer.getInteger("benchmark.claims", 1_000_000);

	static final int RUNS = 50;

	@Autowired
	WorkQueue queue;

	@Autowired
	AgingReports aging;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	io.ardesk.tenancy.ClientDirectory directory;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void firstQueuePageOnAMillionClaims() {
		long started = System.nanoTime();
		TenantContext.runAs(CLIENT, () -> this.transaction.executeWithoutResult((status) -> generate()));
		System.out.printf("BENCHMARK generated %,d claims in %d s%n", CLAIMS,
				(System.nanoTime() - started) / 1_000_000_000);
		started = System.nanoTime();
		int scored = SystemActor.call(() -> this.queue.refresh(CLIENT, true));
		System.out.printf("BENCHMARK rescored %,d claims in %d s%n", scored,
				(System.nanoTime() - started) / 1_000_000_000);
		// As autovacuum would after the first full rescore.
		TenantContext.runAs(CLIENT,
				() -> this.transaction.executeWithoutResult((status) -> this.jdbc.execute("analyze claim_work")));
		long open = TenantContext.callAs(CLIENT, () -> this.transaction.execute(
				(status) -> this.jdbc.queryForObject("select count(*) from claim_work where in_queue", Long.class)));
		List<Long> micros = new ArrayList<>();
		for (int run = 0; run < RUNS + 5; run++) {
			long start = System.nanoTime();
			List<WorkItem> page = SystemActor.call(() -> this.queue.clientQueue(CLIENT, null, 50));
			long elapsed = (System.nanoTime() - start) / 1_000;
			assertThat(page).hasSize(50);
			if (run >= 5) {
				micros.add(elapsed);
			}
		}
		micros.sort(Long::compare);
		System.out.printf(
				"BENCHMARK work queue first page (50 items) over %,d claims, %,d open in queue: "
						+ "p50 %.1f ms, p95 %.1f ms (%d runs after 5 warm-up)%n",
				CLAIMS, open, micros.get(micros.size() / 2) / 1000.0, micros.get((int) (micros.size() * 0.95)) / 1000.0,
				RUNS);
		firstPageWithTotals(open);
		// The client's today: the as-of date may not be in the client's future.
		java.time.LocalDate today = java.time.LocalDate.now(this.directory.find(CLIENT).orElseThrow().timeZone());
		List<Long> agingMillis = new ArrayList<>();
		for (int run = 0; run < 13; run++) {
			long start = System.nanoTime();
			SystemActor.call(() -> this.aging.report(CLIENT, today, AgingGrouping.PAYER));
			if (run >= 3) {
				agingMillis.add((System.nanoTime() - start) / 1_000_000);
			}
		}
		agingMillis.sort(Long::compare);
		System.out.printf(
				"BENCHMARK aging report by payer over %,d claims (%,d open): p50 %d ms, p95 %d ms "
						+ "(10 runs after 3 warm-up)%n",
				CLAIMS, open, agingMillis.get(agingMillis.size() / 2), agingMillis.get(agingMillis.size() - 1));
	}

	/**
	 * The first page with the count and balance of the whole queue (what My work and the
	 * client queue show), through the service, and the same two statements as raw SQL in
	 * the same run.
	 */
	private void firstPageWithTotals(long open) {
		List<Long> service = new ArrayList<>();
		List<Long> raw = new ArrayList<>();
		QueuePage[] last = new QueuePage[1];
		long[] rawCount = new long[1];
		for (int run = 0; run < RUNS + 5; run++) {
			long start = System.nanoTime();
			last[0] = SystemActor.call(() -> this.queue.page(CLIENT, QueueFilter.owner(null), 0, 50));
			long serviceMicros = (System.nanoTime() - start) / 1_000;
			start = System.nanoTime();
			TenantContext.runAs(CLIENT, () -> this.transaction.executeWithoutResult((status) -> {
				List<String> rows = this.jdbc.query(RAW_PAGE, (rs, n) -> rs.getString(1));
				assertThat(rows).hasSize(50);
				rawCount[0] = this.jdbc.queryForObject(RAW_TOTALS, (rs, n) -> rs.getLong(1));
			}));
			long rawMicros = (System.nanoTime() - start) / 1_000;
			if (run >= 5) {
				service.add(serviceMicros);
				raw.add(rawMicros);
			}
		}
		assertThat(last[0].items()).hasSize(50);
		assertThat(last[0].totalCount()).isEqualTo(rawCount[0]);
		TenantContext.runAs(CLIENT, () -> this.transaction.executeWithoutResult((status) -> {
			long counted = this.jdbc.queryForObject(RAW_COUNTED, (rs, n) -> rs.getLong(1));
			assertThat(last[0].totalCount()).as("kept totals equal counting the work rows").isEqualTo(counted);
			List<Long> countedMicros = new ArrayList<>();
			for (int run = 0; run < RUNS + 5; run++) {
				long start = System.nanoTime();
				this.jdbc.queryForObject(RAW_COUNTED, (rs, n) -> rs.getLong(1));
				if (run >= 5) {
					countedMicros.add((System.nanoTime() - start) / 1_000);
				}
			}
			countedMicros.sort(Long::compare);
			System.out.printf(
					"BENCHMARK for reference, the totals counted over the work rows instead (raw SQL): "
							+ "p50 %.1f ms, p95 %.1f ms%n",
					countedMicros.get(countedMicros.size() / 2) / 1000.0,
					countedMicros.get((int) (countedMicros.size() * 0.95)) / 1000.0);
			for (String sql : List.of(RAW_PAGE, RAW_TOTALS)) {
				String plan = String.join("\n",
						this.jdbc.queryForList("explain (analyze, buffers) " + sql, String.class));
				System.out.println("BENCHMARK plan:\n" + plan);
			}
		}));
		service.sort(Long::compare);
		raw.sort(Long::compare);
		double serviceMedian = service.get(service.size() / 2) / 1000.0;
		double rawMedian = raw.get(raw.size() / 2) / 1000.0;
		System.out.printf(
				"BENCHMARK first page (50 items) with total count and balance over %,d claims, %,d in queue "
						+ "(%,d live and due, %s): service p50 %.1f ms, p95 %.1f ms; raw SQL p50 %.1f ms, p95 %.1f ms; "
						+ "ratio (p50) %.2f (%d runs after 5 warm-up)%n",
				CLAIMS, open, last[0].totalCount(), io.ardesk.shared.ui.Formats.money(last[0].totalBalance()),
				serviceMedian, service.get((int) (service.size() * 0.95)) / 1000.0, rawMedian,
				raw.get((int) (raw.size() * 0.95)) / 1000.0, serviceMedian / rawMedian, RUNS);
	}

	private static final String RAW_PAGE = "select c.claim_number, c.status, p.name, c.insurance_balance, "
			+ "c.service_date_from, w.deadline, w.deadline_kind, w.priority_score, w.priority_reasons, w.owner, "
			+ "w.next_action_date, c.denial_category, w.work_status from claim_work w join claim c on c.id = w.claim_id "
			+ "join payer p on p.id = c.payer_id where w.in_queue and w.next_action_date <= current_date "
			+ "and not w.deadline_missed order by w.priority_score desc, c.claim_number limit 50";

	/** What the service runs for the totals: the net changes the triggers keep. */
	private static final String RAW_TOTALS = "select coalesce(sum(claims), 0), coalesce(sum(balance), 0) "
			+ "from claim_work_totals where next_action_date <= current_date and deadline_missed = false";

	/** The same totals counted over the work rows (what the service ran before). */
	private static final String RAW_COUNTED = "select count(*), coalesce(sum(w.balance), 0) from claim_work w "
			+ "where w.in_queue and w.next_action_date <= current_date and not w.deadline_missed";

	/**
	 * About 6 % of the claims stay open; the rest are paid. Ids, payers and dates spread
	 * evenly.
	 */
	private void generate() {
		this.jdbc.update("insert into payer (payer_key, name, external_id, category, timely_filing_days, appeal_days) "
				+ "select 'ID:BENCH' || g, 'BENCH PAYER ' || g, 'BENCH' || g, "
				+ "(array['MEDICARE','COMMERCIAL','MEDICAID','MEDICARE_ADVANTAGE'])[1 + g % 4], 365, 120 "
				+ "from generate_series(1, 12) g");
		this.jdbc.update("insert into patient (patient_key, last_name, first_name) "
				+ "select 'BENCH:' || g, 'PATIENT' || g, 'TEST' from generate_series(1, 50000) g");
		this.jdbc.update("insert into claim (claim_number, form, frequency_code, payer_id, patient_id, responsibility, "
				+ "service_date_from, service_date_to, submitted_on, opened_on, status, billed, payer_paid, contractual, "
				+ "insurance_balance, denied_open, denial_category, last_adjudicated_on) "
				+ "select 'BN-' || lpad(g::text, 7, '0'), 'PROFESSIONAL', '1', "
				+ "(select min(id) from payer) + g % 12, (select min(id) from patient) + g % 50000, 'P', "
				+ "current_date - (g % 400), current_date - (g % 400), current_date - (g % 400) + 3, "
				+ "least(current_date - (g % 400) + 3, current_date), "
				+ "case when g % 100 < 6 then (case when g % 3 = 0 then 'DENIED' else 'SUBMITTED' end) else 'PAID' end, "
				+ "100 + (g % 5000), case when g % 100 < 6 then 0 else 60 + (g % 3000) end, "
				+ "case when g % 100 < 6 then 0 else 40 + (g % 5000) - (g % 3000) end, "
				+ "case when g % 100 < 6 then 100 + (g % 5000) else 0 end, "
				+ "case when g % 100 < 6 and g % 3 = 0 then 100 + (g % 5000) else 0 end, "
				+ "case when g % 100 < 6 and g % 3 = 0 then 'AUTHORIZATION' end, "
				+ "case when g % 100 < 6 and g % 3 = 0 then current_date - (g % 90) end " + "from generate_series(1, "
				+ CLAIMS + ") g");
		this.jdbc.execute("analyze");
	}

}
