package io.ardesk.closing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import io.ardesk.demodata.ArHistoryGenerator;
import io.ardesk.demodata.GeneratedFile;
import io.ardesk.demodata.PracticeProfile;
import io.ardesk.imports.FileImports;
import io.ardesk.imports.ImportProgress;
import io.ardesk.imports.ImportResult;
import io.ardesk.tenancy.ClientId;
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.AsUser;
import io.ardesk.test.IntegrationTestSupport;
import io.ardesk.test.X12Builder;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the month-close trigger on {@code claim_journal} costs the 835 posting. Three
 * clients post the same shape of files (5,000 claims: the 837P, then the 835): two
 * without a closed month (no trigger: it is created at the first close), one with a
 * closed month after the files' dates, so that every journal row of the 835 is re-dated.
 * In the same run, the raw SQL: 100,000 journal rows inserted in one statement with the
 * trigger disabled and enabled (every row re-dated), median of 5, and the ratio. Run with
 * {@code ./mvnw verify -Pbenchmark -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=MonthCloseTriggerBenchmark}.
 */
@ArdeskIntegrationTest
@TestPropertySource(properties = "ardesk.test.own-database=month-close-benchmark")
class MonthCloseTriggerBenchmark extends IntegrationTestSupport {

	static final int CLAIMS = 5_000;

	static final int RAW_ROWS = 100_000;

	@Autowired
	FileImports imports;

	@Autowired
	MonthCloses months;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theTriggerCostsThePostingLittle() {
		ClientId off = ClientId.of("riverside-cardiology");
		ClientId on = ClientId.of("lakeview-ortho");
		ClientId closing = ClientId.of("northside-family");
		// Before a month is closed a client has no trigger at all (it is created, guarded
		// by
		// the closed-through date, when the first month closes): two such clients post
		// first.
		LocalDate date = LocalDate.of(2026, 1, 5);
		// Every row of the 835 (paid in January and February 2026) lands after the close.
		AsUser.run("manager", "ACCOUNT_MANAGER", () -> this.months.close(closing, YearMonth.of(2026, 9)));
		long millisOff = post(off, date, 0);
		long millisOn = post(on, date, 1);
		long millisClosed = post(closing, date, 2);
		long redated = this.jdbc
			.sql("select count(*) from client_northside_family.claim_journal where original_effective_date is not null")
			.query(Long.class)
			.single();
		assertThat(redated).isGreaterThan(CLAIMS);

		List<Long> rawOff = new ArrayList<>();
		List<Long> rawOn = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			this.jdbc
				.sql("alter table client_northside_family.claim_journal disable trigger "
						+ "claim_journal_into_open_month")
				.update();
			rawOff.add(rawInsert());
			this.jdbc
				.sql("alter table client_northside_family.claim_journal enable trigger "
						+ "claim_journal_into_open_month")
				.update();
			rawOn.add(rawInsert());
		}
		long medianOff = median(rawOff);
		long medianOn = median(rawOn);
		System.out
			.printf("BENCHMARK month close trigger: 835 posting of %d claim payments: no closed month (no trigger) %d ms, "
					+ "again in another client without a closed month %d ms (ratio %.2f), every row re-dated into the open month %d ms "
					+ "(ratio %.2f; %d rows re-dated)%n", CLAIMS, millisOff, millisOn, millisOn / (double) millisOff,
					millisClosed, millisClosed / (double) millisOff, redated);
		System.out.printf(
				"BENCHMARK month close trigger: raw SQL insert of %d journal rows, median of 5: trigger disabled %d ms, "
						+ "enabled and re-dating every row %d ms, ratio %.2f, %.2f µs per row; rounds off %s on %s%n",
				RAW_ROWS, medianOff, medianOn, medianOn / (double) medianOff,
				(medianOn - medianOff) * 1000.0 / RAW_ROWS, rawOff, rawOn);
	}

	/** One statement inserting journal rows dated in the closed month, then removed. */
	private long rawInsert() {
		long start = System.nanoTime();
		this.jdbc.sql("""
				insert into client_northside_family.claim_journal (claim_id, effective_date, recorded_at, kind, actor,
				  billed, payer_paid, patient_paid, contractual, other_adjusted, written_off, insurance_balance,
				  patient_balance, denied_open, awaiting_next_payer)
				select (select min(id) from client_northside_family.claim), date '2026-09-15', now(), 'BENCHMARK',
				  'benchmark', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 from generate_series(1, :rows)""")
			.param("rows", RAW_ROWS)
			.update();
		long millis = (System.nanoTime() - start) / 1_000_000;
		this.jdbc.sql("delete from client_northside_family.claim_journal where kind = 'BENCHMARK'").update();
		return millis;
	}

	private long post(ClientId client, LocalDate date, int round) {
		ArHistoryGenerator generator = new ArHistoryGenerator();
		X12Builder.Provider provider = X12Builder.providerOf(client);
		PracticeProfile preset = PracticeProfile.cardiology("bench");
		PracticeProfile profile = new PracticeProfile(preset.clientId(), preset.specialty(), provider.npi(),
				preset.practiceName(), provider.taxId(), "MCB" + round, preset.taxonomyCode(), preset.claimsPerMonth(),
				preset.renderingNpis(), preset.locations(), preset.procedures(), preset.diagnosisCodes(),
				preset.payerMix());
		GeneratedFile claims = generator.claimFile(profile, date, CLAIMS, 2000 + round);
		GeneratedFile remittance = generator.remittanceFile(profile, date, CLAIMS, 2000 + round);
		ImportResult entered = run(client, claims);
		assertThat(entered.claimsCreated()).isEqualTo(CLAIMS);
		long start = System.nanoTime();
		ImportResult posted = run(client, remittance);
		long millis = (System.nanoTime() - start) / 1_000_000;
		assertThat(posted.unmatched()).isZero();
		return millis;
	}

	private ImportResult run(ClientId client, GeneratedFile file) {
		return AsUser.call("admin", "FIRM_ADMIN",
				() -> this.imports.importFile(client, file.name(), file.content(), ImportProgress.none()));
	}

	private static long median(List<Long> values) {
		return values.stream().sorted().toList().get(values.size() / 2);
	}

}
