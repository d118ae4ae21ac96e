package io.ardesk.demodata.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import io.ardesk.demodata.FileKind;
import io.ardesk.demodata.GeneratedFile;
import io.ardesk.demodata.Payer;
import io.ardesk.demodata.PracticeProfile;

/**
 * Benchmark volumes, one batch at a time: each batch yields an 837P with its claims, then
 * an 835 answering every one of them (one transaction set per payer). Only the current
 * batch is ever in memory, and each claim is drawn from its own seeded stream, so a
 * million claims cost no more memory than ten thousand.
 */
public final class LargeBatches implements Iterator<GeneratedFile> {

	private static final int DAYS_TO_PAYMENT = 21;

	private final PracticeProfile profile;

	private final LocalDate firstBatchDate;

	private final long totalClaims;

	private final int claimsPerFile;

	private final long seed;

	private final ClaimFactory factory;

	private final Adjudicator adjudicator = new Adjudicator();

	private long nextClaim;

	private int batch;

	private @Nullable List<Claim> unanswered;

	public LargeBatches(PracticeProfile profile, LocalDate firstBatchDate, long totalClaims, int claimsPerFile,
			long seed) {
		if (totalClaims < 0 || claimsPerFile <= 0) {
			throw new IllegalArgumentException("claims must be >= 0 and claims per file > 0");
		}
		this.profile = profile;
		this.firstBatchDate = firstBatchDate;
		this.totalClaims = totalClaims;
		this.claimsPerFile = claimsPerFile;
		this.seed = seed;
		// its own prefix, so benchmark claims never collide with a demo history's claims
		this.factory = new ClaimFactory(profile, new PatientRoster(profile, seed, firstBatchDate.getYear()),
				profile.claimPrefix() + "B");
	}

	@Override
	public boolean hasNext() {
		return this.unanswered != null || this.nextClaim < this.totalClaims;
	}

	@Override
	public GeneratedFile next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		LocalDate batchDate = this.firstBatchDate.plusDays(this.batch);
		List<Claim> claims = this.unanswered;
		if (claims != null) {
			this.unanswered = null;
			this.batch++;
			return remittance(batchDate.plusDays(DAYS_TO_PAYMENT), claims);
		}
		int count = (int) Math.min(this.claimsPerFile, this.totalClaims - this.nextClaim);
		List<Claim> created = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			long index = this.nextClaim++;
			SplittableRandom random = SeedStreams.random(this.seed, SeedStreams.CLAIM, index);
			created.add(this.factory.create(index, batchDate.minusDays(SeedStreams.between(random, 3, 30)), batchDate,
					random));
		}
		this.unanswered = created;
		String name = "%sB_837P_%05d.x12".formatted(this.profile.claimPrefix(), this.batch + 1);
		return new GeneratedFile(name, FileKind.CLAIMS_837P, batchDate,
				ClaimFileWriter.write(this.profile, created, batchDate, 2 * this.batch + 1));
	}

	private GeneratedFile remittance(LocalDate paidOn, List<Claim> claims) {
		// ordered by payer id, so the transaction sets come out the same every run
		TreeMap<String, List<Adjudication>> byPayer = new TreeMap<>();
		for (Claim claim : claims) {
			long index = Long.parseLong(claim.claimNumber().substring(claim.claimNumber().indexOf('-') + 1)) - 1;
			SplittableRandom random = SeedStreams.random(this.seed, SeedStreams.PAYMENT, index);
			DenialReason denial = this.adjudicator.denial(claim, random);
			Adjudication adjudication = this.adjudicator.primary(claim, HistoryPlan.payerClaimNumber(paidOn, index, 0),
					random, denial, SeedStreams.chance(random, 0.04));
			byPayer.computeIfAbsent(claim.payer().payerId(), (id) -> new ArrayList<>()).add(adjudication);
		}
		List<Payment> payments = new ArrayList<>();
		int control = 2 * this.batch + 2;
		for (List<Adjudication> answered : byPayer.values()) {
			Payer payer = answered.getFirst().payer();
			payments.add(new Payment(payer, paidOn,
					"EFT%s%07d%02d".formatted(payer.payerId(), control, payments.size()), answered, List.of()));
		}
		String name = "%sB_835_%05d.x12".formatted(this.profile.claimPrefix(), this.batch + 1);
		// a clearinghouse delivers all payers' remittances of the day in one interchange
		return new GeneratedFile(name, FileKind.REMITTANCE_835, paidOn,
				RemittanceFileWriter.write(this.profile, Payer.MEDICARE_PART_B, payments, paidOn, control));
	}

}
