package io.ardesk.contracts.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.ardesk.contracts.FeeScheduleImport;
import io.ardesk.contracts.FeeSchedules;
import io.ardesk.demodata.ArHistoryGenerator;
import io.ardesk.demodata.GeneratedFile;
import io.ardesk.demodata.PracticeProfile;
import io.ardesk.imports.FileImports;
import io.ardesk.imports.ImportProgress;
import io.ardesk.imports.ImportResult;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.TenantContext;
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.AsUser;
import io.ardesk.test.IntegrationTestSupport;
import io.ardesk.test.X12Builder;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Posting a 10,000-claim 835 with underpayment evaluation against a 5,000-row fee
 * schedule, against the same import into a client without a schedule, and the raw time of
 * the evaluation statement alone over the same claims. Run with
 * {@code ./mvnw verify -Pbenchmark -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=UnderpaymentBenchmark}.
 */
@ArdeskIntegrationTest
class UnderpaymentBenchmark extends IntegrationTestSupport {

	static final int CLAIMS = 10_000;

	static final int SCHEDULE_ROWS = 5_000;

	static final int ROUNDS = 3;

	static final ClientId WITH_SCHEDULE = ClientId.of("lakeview-ortho");

	static final ClientId WITHOUT_SCHEDULE = ClientId.of("riverside-cardiology");

	@Autowired
	FileImports imports;

	@Autowired
	FeeSchedules schedules;

	@Autowired
	UnderpaymentEvaluation evaluation;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void postTenThousandClaimsWithAndWithoutAFiveThousandRowSchedule() {
		ArHistoryGenerator generator = new ArHistoryGenerator();
		List<Long> with = new ArrayList<>();
		List<Long> without = new ArrayList<>();
		List<Long> raw = new ArrayList<>();
		for (int round = 0; round < ROUNDS; round++) {
			LocalDate date = LocalDate.of(2026, 1, 5).plusDays(round * 30L);
			// Alternating which client goes first, so that warming up weighs on both.
			if (round % 2 == 0) {
				without.add(postRound(generator, WITHOUT_SCHEDULE, "N" + round, date, round, false));
				with.add(postRound(generator, WITH_SCHEDULE, "S" + round, date, round, round == 0));
			}
			else {
				with.add(postRound(generator, WITH_SCHEDULE, "S" + round, date, round, false));
				without.add(postRound(generator, WITHOUT_SCHEDULE, "N" + round, date, round, false));
			}
			raw.add(rawEvaluation(WITH_SCHEDULE, "S" + round));
			System.out.printf(
					"BENCHMARK round %d: 835 of %,d claims posted in %,d ms without a schedule, %,d ms with "
							+ "evaluation against %,d schedule rows; evaluation statement alone %,d ms%n",
					round + 1, CLAIMS, without.getLast(), with.getLast(), SCHEDULE_ROWS, raw.getLast());
		}
		long w = median(with);
		long n = median(without);
		long r = median(raw);
		long found = TenantContext.callAs(WITH_SCHEDULE, () -> this.transaction
			.execute((status) -> this.jdbc.queryForObject("select count(*) from underpayment", Long.class)));
		System.out.printf(
				"BENCHMARK median over %d rounds: posting %,d claims with evaluation %,d ms = %.0f claims/s; without a "
						+ "schedule %,d ms = %.0f claims/s (evaluation adds %+.0f%%); evaluation statement alone "
						+ "(raw SQL, same claims) %,d ms; ratio posting-with-evaluation / raw evaluation %.1f; "
						+ "%,d underpaid lines found in all%n",
				ROUNDS, CLAIMS, w, CLAIMS * 1000.0 / w, n, CLAIMS * 1000.0 / n, (w - n) * 100.0 / n, r,
				w / (double) Math.max(1, r), found);
		assertThat(found).isPositive();
	}

	private long postRound(ArHistoryGenerator generator, ClientId client, String prefix, LocalDate date, int round,
			boolean loadSchedule) {
		PracticeProfile profile = billedBy(PracticeProfile.cardiology("bench"), client).withClaimPrefix(prefix);
		GeneratedFile claims = generator.claimFile(profile, date, CLAIMS, 2000 + round);
		GeneratedFile generated = generator.remittanceFile(profile, date, CLAIMS, 2000 + round);
		// The generator numbers the payments' traces the same in every round: made unique
		// per client and round, so that no round's payments count as already posted.
		GeneratedFile remittance = new GeneratedFile(prefix + "-" + generated.name(), generated.kind(),
				generated.date(),
				new String(generated.content(), StandardCharsets.US_ASCII).replace("TRN*1*", "TRN*1*" + prefix)
					.getBytes(StandardCharsets.US_ASCII));
		assertThat(run(client, claims).claimsCreated()).isEqualTo(CLAIMS);
		if (loadSchedule) {
			FeeScheduleImport loaded = AsUser.call("admin", "FIRM_ADMIN",
					() -> this.schedules.importCsv(client, schedule(profile)));
			assertThat(loaded.added()).isEqualTo(SCHEDULE_ROWS);
		}
		long start = System.nanoTime();
		ImportResult posted = run(client, remittance);
		long millis = (System.nanoTime() - start) / 1_000_000;
		assertThat(posted.unmatched()).isZero();
		assertThat(posted.paymentsPosted()).as("posted, not skipped as already posted").isGreaterThan(CLAIMS / 2);
		return millis;
	}

	/**
	 * The evaluation statement (delete and insert) over the claims of one round, as raw
	 * SQL in one transaction of the client's schema.
	 */
	private long rawEvaluation(ClientId client, String prefix) {
		return TenantContext.callAs(client, () -> this.transaction.execute((status) -> {
			List<Long> ids = this.jdbc.queryForList("select id from claim where claim_number like ?", Long.class,
					prefix + "%");
			long start = System.nanoTime();
			this.evaluation.claims(ids, new BigDecimal("1.00"), LocalDate.of(2026, 12, 1));
			return (System.nanoTime() - start) / 1_000_000;
		}));
	}

	/**
	 * Every payer and procedure of the profile at 60% of its charge, for each year since
	 * 2000, then filler codes of the same payers up to {@link #SCHEDULE_ROWS}.
	 */
	private static byte[] schedule(PracticeProfile profile) {
		StringBuilder csv = new StringBuilder(
				"payer_id,procedure_code,modifier,allowed_amount,effective_from,effective_to\n");
		int rows = 0;
		List<String> payers = profile.payerMix().stream().map((share) -> share.payer().payerId()).distinct().toList();
		for (String payer : payers) {
			for (PracticeProfile.Procedure procedure : profile.procedures()) {
				BigDecimal amount = procedure.charge()
					.multiply(new BigDecimal("0.60"))
					.setScale(2, RoundingMode.HALF_UP);
				for (int year = 2026; year >= 2000 && rows < SCHEDULE_ROWS; year--) {
					csv.append(payer).append(',').append(procedure.code()).append(",,").append(amount).append(',');
					csv.append(year).append("-01-01,").append((year == 2026) ? "" : year + "-12-31").append('\n');
					rows++;
				}
			}
		}
		for (int filler = 0; rows < SCHEDULE_ROWS; filler++) {
			String payer = payers.get(filler % payers.size());
			csv.append(payer).append(",Z").append(String.format("%04d", filler)).append(",,50.00,2020-01-01,\n");
			rows++;
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** The cardiology preset as the client's own practice: its NPI and tax id. */
	private static PracticeProfile billedBy(PracticeProfile preset, ClientId client) {
		X12Builder.Provider provider = X12Builder.providerOf(client);
		return new PracticeProfile(preset.clientId(), preset.specialty(), provider.npi(), preset.practiceName(),
				provider.taxId(), preset.claimPrefix(), preset.taxonomyCode(), preset.claimsPerMonth(),
				preset.renderingNpis(), preset.locations(), preset.procedures(), preset.diagnosisCodes(),
				preset.payerMix());
	}

	private ImportResult run(ClientId client, GeneratedFile file) {
		return AsUser.call("admin", "FIRM_ADMIN",
				() -> this.imports.importFile(client, file.name(), file.content(), ImportProgress.none()));
	}

	private static long median(List<Long> values) {
		return values.stream().sorted().toList().get(values.size() / 2);
	}

}
