package io.ardesk.test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import io.ardesk.tenancy.ClientId;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the firm-sized benchmarks share: the client files of a generated firm, the
 * arguments of the application they start, the claims every generated ledger begins with,
 * and how figures are timed and printed. Each benchmark adds the history it measures.
 */
public final class BenchmarkFirm {

	/** Payers of every generated client: {@code Bench Payer 1} to {@code 8}. */
	public static final int PAYERS = 8;

	private BenchmarkFirm() {
	}

	/** Writes the tenant-config file of a generated client practice. */
	public static ClientId writeClient(Path folder, String id, String schema) throws IOException {
		Files.writeString(folder.resolve(id + ".yaml"), """
				id: %s
				name: "Benchmark Practice %s"
				specialty: Family medicine
				schema: %s
				timeZone: America/Chicago
				agingBasis: DATE_OF_SERVICE
				sla:
				  daysInArTarget: 40
				  maxPercentOver90: 15
				  touchCadenceDays: 7
				  escalationAcknowledgeHours: 4
				  escalationResolveDays: 2
				highValueThreshold: 2500.00
				""".formatted(id, id, schema));
		return ClientId.of(id);
	}

	/**
	 * The application's arguments: the given database and tenant-config, no job server.
	 */
	public static String[] arguments(TestDatabase.Database database, Path folder) {
		return new String[] { "--spring.datasource.url=" + database.url(),
				"--spring.datasource.username=" + database.username(),
				"--spring.datasource.password=" + database.password(), "--ardesk.tenant-config=" + folder,
				"--ardesk.admin-password=benchmark-only", "--server.port=0", "--logging.level.io.ardesk=warn",
				"--logging.level.org.jobrunr=warn", "--jobrunr.background-job-server.enabled=false" };
	}

	/**
	 * In the bound client's schema: {@value #PAYERS} payers, one patient per claim, and
	 * {@code claims} submitted claims {@code BC1}, {@code BC2}, ... whose dates of
	 * service run back 180 days from {@code lastService} (claim g on
	 * {@code lastService - g % 180}), submitted and opened two days later, billed 100 to
	 * 499, claim g with payer {@code g % 8} (in id order) and the location
	 * {@code locations[g % n]} (none when empty), each with its OPENED journal row on the
	 * day it was opened.
	 */
	public static void openClaims(JdbcClient jdbc, int claims, LocalDate lastService, List<String> locations) {
		jdbc.sql("""
				insert into payer (payer_key, name, category, timely_filing_days, appeal_days)
				select 'BP' || g, 'Bench Payer ' || g, 'COMMERCIAL', 180, 180 from generate_series(1, :payers) g""")
			.param("payers", PAYERS)
			.update();
		jdbc.sql("insert into patient (patient_key, last_name) "
				+ "select 'bench-' || g, 'Bench' from generate_series(1, :n) g")
			.param("n", claims)
			.update();
		jdbc.sql(
				"""
						insert into claim (claim_number, form, frequency_code, payer_id, patient_id, responsibility,
						  service_date_from, service_date_to, submitted_on, opened_on, status, billed, insurance_balance, location)
						select 'BC' || g, 'PROFESSIONAL', '1', (select min(id) from payer) + g % :payers,
						  (select min(id) from patient) + g - 1, 'P', cast(:last as date) - g % 180,
						  cast(:last as date) - g % 180, cast(:last as date) - g % 180 + 2, cast(:last as date) - g % 180 + 2,
						  'SUBMITTED', 100 + g % 400, 100 + g % 400,
						  (cast(:locations as varchar[]))[g % greatest(cardinality(cast(:locations as varchar[])), 1) + 1]
						from generate_series(1, :n) g""")
			.param("last", Date.valueOf(lastService))
			.param("n", claims)
			.param("payers", PAYERS)
			.param("locations", locations.toArray(String[]::new))
			.update();
		jdbc.sql("""
				insert into claim_journal (claim_id, effective_date, recorded_at, kind, actor, billed, payer_paid,
				  patient_paid, contractual, other_adjusted, written_off, insurance_balance, patient_balance,
				  denied_open, awaiting_next_payer)
				select id, submitted_on, submitted_on, 'OPENED', 'bench', billed, 0, 0, 0, 0, 0, billed, 0, 0, 0
				from claim""").update();
	}

	public static long timed(Runnable work) {
		long started = System.nanoTime();
		work.run();
		return (System.nanoTime() - started) / 1_000_000;
	}

	public static long median(List<Long> millis) {
		return millis.stream().sorted().toList().get(millis.size() / 2);
	}

	public static long p95(List<Long> millis) {
		List<Long> sorted = millis.stream().sorted().toList();
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1));
	}

	public static void print(String format, Object... arguments) {
		System.out.println("[benchmark] " + format.formatted(arguments));
	}

}
