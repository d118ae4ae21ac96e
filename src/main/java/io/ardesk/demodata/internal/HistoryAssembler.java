package io.ardesk.demodata.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

import io.ardesk.demodata.ArHistory;
import io.ardesk.demodata.ArStory;
import io.ardesk.demodata.FileKind;
import io.ardesk.demodata.GeneratedFile;
import io.ardesk.demodata.Payer;
import io.ardesk.demodata.PayerType;
import io.ardesk.demodata.PracticeProfile;
import io.ardesk.demodata.internal.HistoryPlan.PaymentKey;

/**
 * Turns a {@link HistoryPlan} into files in date order: each Monday's claim batch, then
 * each payer's payments of the day, with provider-level adjustments added as payers make
 * them.
 */
public final class HistoryAssembler {

	// prompt-pay statutes: commercial plans owe interest on clean claims paid after 30
	// days
	private static final double INTEREST_PAYMENT_SHARE = 0.3;

	private static final double ANNUAL_INTEREST_PERCENT = 9;

	private static final double RECOUPMENT_SHARE = 0.04;

	private final PracticeProfile profile;

	private final long seed;

	private final List<GeneratedFile> files = new ArrayList<>();

	// the payer's most recent paid claim, which an overpayment recovery refers to
	private final Map<String, Adjudication> lastPaid = new TreeMap<>();

	private int controlNumber;

	private HistoryAssembler(PracticeProfile profile, long seed) {
		this.profile = profile;
		this.seed = seed;
	}

	public static List<GeneratedFile> assemble(PracticeProfile profile, LocalDate asOf, int months, long seed) {
		return assemble(profile, ArStory.UNWORKED, asOf, months, seed).files();
	}

	/** The files of the story, and the firm's work it assumes. */
	public static ArHistory assemble(PracticeProfile profile, ArStory story, LocalDate asOf, int months, long seed) {
		HistoryPlan plan = new HistoryPlan(profile, story, asOf, months, seed);
		HistoryAssembler assembler = new HistoryAssembler(profile, seed);
		TreeSet<LocalDate> dates = new TreeSet<>(plan.submissions().keySet());
		plan.remittances().keySet().forEach((key) -> dates.add(key.date()));
		for (LocalDate date : dates) {
			List<Claim> batch = plan.submissions().get(date);
			if (batch != null) {
				assembler.addClaimFile(date, batch);
			}
			SortedMap<PaymentKey, List<Adjudication>> payments = plan.remittances()
				.subMap(new PaymentKey(date, ""), new PaymentKey(date.plusDays(1), ""));
			payments.values().forEach((claims) -> assembler.addRemittanceFile(date, claims));
		}
		return new ArHistory(assembler.files, plan.work());
	}

	private void addClaimFile(LocalDate date, List<Claim> batch) {
		int control = ++this.controlNumber;
		String name = "%s_837P_%s.x12".formatted(this.profile.claimPrefix(), SegmentWriter.date(date));
		this.files.add(new GeneratedFile(name, FileKind.CLAIMS_837P, date,
				ClaimFileWriter.write(this.profile, batch, date, control)));
	}

	private void addRemittanceFile(LocalDate date, List<Adjudication> claims) {
		int control = ++this.controlNumber;
		Payer payer = claims.getFirst().payer();
		SplittableRandom random = SeedStreams.random(this.seed, SeedStreams.PAYMENT, control);
		List<Payment.ProviderAdjustment> adjustments = new ArrayList<>();
		long interest = interest(payer, date, claims, random);
		if (interest > 0) {
			adjustments.add(new Payment.ProviderAdjustment("L6", firstLate(date, claims), -interest));
		}
		long claimsPaid = claims.stream().mapToLong(Adjudication::paid).sum();
		Adjudication recovered = this.lastPaid.get(payer.payerId());
		if (recovered != null && SeedStreams.chance(random, RECOUPMENT_SHARE)) {
			long amount = Math.min(recovered.paid() / 2, SeedStreams.between(random, 2_500, 15_000));
			// a recoupment never takes more than the payment it is deducted from
			if (amount > 0 && claimsPaid + interest - amount >= 0) {
				adjustments.add(new Payment.ProviderAdjustment("WO", recovered.payerClaimNumber(), amount));
			}
		}
		String trace = (payer.type() == PayerType.WORKERS_COMP) ? "%08d".formatted(40_000_000 + control)
				: "EFT%s%07d".formatted(payer.payerId(), control);
		Payment payment = new Payment(payer, date, trace, claims, adjustments);
		claims.stream()
			.filter((claim) -> "1".equals(claim.status()) && claim.paid() > 0)
			.reduce((first, second) -> second)
			.ifPresent((claim) -> this.lastPaid.put(payer.payerId(), claim));
		String name = "%s_835_%s_%s.x12".formatted(this.profile.claimPrefix(), SegmentWriter.date(date),
				payer.payerId());
		this.files.add(new GeneratedFile(name, FileKind.REMITTANCE_835, date,
				RemittanceFileWriter.write(this.profile, payer, List.of(payment), date, control)));
	}

	private static long interest(Payer payer, LocalDate date, List<Adjudication> claims, SplittableRandom random) {
		if ((payer.type() != PayerType.COMMERCIAL && payer.type() != PayerType.MEDICARE_ADVANTAGE)
				|| !SeedStreams.chance(random, INTEREST_PAYMENT_SHARE)) {
			return 0;
		}
		double interest = 0;
		for (Adjudication claim : claims) {
			long days = daysLate(date, claim);
			if (days > 0 && "1".equals(claim.status())) {
				interest += claim.paid() * ANNUAL_INTEREST_PERCENT / 100 * days / 365;
			}
		}
		return Math.round(interest);
	}

	private static String firstLate(LocalDate date, List<Adjudication> claims) {
		return claims.stream()
			.filter((claim) -> daysLate(date, claim) > 0)
			.map(Adjudication::payerClaimNumber)
			.findFirst()
			.orElse(claims.getFirst().payerClaimNumber());
	}

	private static long daysLate(LocalDate paid, Adjudication claim) {
		return paid.toEpochDay() - claim.claim().submissionDate().toEpochDay() - 30;
	}

}
