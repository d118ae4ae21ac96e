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
		List<Long> agingMillis = new ArrayList<>();
		for (int run = 0; run < 13; run++) {
			long start = System.nanoTime();
			SystemActor.call(() -> this.aging.report(CLIENT, java.time.LocalDate.now(), AgingGrouping.PAYER));
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
				+ "service_date_from, service_date_to, submitted_on, status, billed, payer_paid, contractual, "
				+ "insurance_balance, denied_open, denial_category, last_adjudicated_on) "
				+ "select 'BN-' || lpad(g::text, 7, '0'), 'PROFESSIONAL', '1', "
				+ "(select min(id) from payer) + g % 12, (select min(id) from patient) + g % 50000, 'P', "
				+ "current_date - (g % 400), current_date - (g % 400), current_date - (g % 400) + 3, "
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
