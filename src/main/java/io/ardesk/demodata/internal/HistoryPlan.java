package io.ardesk.demodata.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;

import io.ardesk.demodata.ArStory;
import io.ardesk.demodata.FirmWork;
import io.ardesk.demodata.FirmWork.FirmWorkKind;
import io.ardesk.demodata.Payer;
import io.ardesk.demodata.PayerType;
import io.ardesk.demodata.PracticeProfile;

/**
 * Lays a practice's months out on a calendar: when each claim was billed and when (if
 * ever, up to {@code asOf}) each payer answered. Sorted maps keep every iteration order
 * independent of hashing.
 */
final class HistoryPlan {

	private static final double UNDERPAID_RATE = 0.06;

	private static final double REPROCESSED_SHARE = 0.45;

	/** Orders payments by date, then payer id. */
	record PaymentKey(LocalDate date, String payerId) {

		static final Comparator<PaymentKey> ORDER = Comparator.comparing(PaymentKey::date)
			.thenComparing(PaymentKey::payerId);

	}

	private final PracticeProfile profile;

	private final ArStory story;

	private final LocalDate asOf;

	private final long seed;

	private final ClaimFactory claims;

	private final Adjudicator adjudicator = new Adjudicator();

	private final TreeMap<LocalDate, List<Claim>> submissions = new TreeMap<>();

	private final TreeMap<PaymentKey, List<Adjudication>> remittances = new TreeMap<>(PaymentKey.ORDER);

	private final List<FirmWork> work = new ArrayList<>();

	HistoryPlan(PracticeProfile profile, ArStory story, LocalDate asOf, int months, long seed) {
		this.profile = profile;
		this.story = story;
		this.asOf = asOf;
		this.seed = seed;
		this.claims = new ClaimFactory(profile, new PatientRoster(profile, seed, asOf.getYear()),
				profile.claimPrefix());
		LocalDate start = asOf.minusMonths(months).plusDays(1);
		long index = 0;
		for (int month = 0; month < months; month++) {
			for (LocalDate serviceDate : serviceDates(month, start.plusMonths(month),
					start.plusMonths(month + 1).minusDays(1))) {
				planClaim(index++, serviceDate);
			}
		}
	}

	SortedMap<LocalDate, List<Claim>> submissions() {
		return this.submissions;
	}

	SortedMap<PaymentKey, List<Adjudication>> remittances() {
		return this.remittances;
	}

	/** The firm's work the story assumes, by date. */
	List<FirmWork> work() {
		List<FirmWork> sorted = new ArrayList<>(this.work);
		sorted.sort(Comparator.comparing(FirmWork::date).thenComparing(FirmWork::claimNumber));
		return sorted;
	}

	private List<LocalDate> serviceDates(int month, LocalDate first, LocalDate last) {
		SplittableRandom random = SeedStreams.random(this.seed, SeedStreams.MONTH, month);
		int count = Math.round(this.profile.claimsPerMonth() * SeedStreams.between(random, 90, 110) / 100f);
		int span = (int) (last.toEpochDay() - first.toEpochDay()) + 1;
		List<LocalDate> dates = new ArrayList<>(count);
		while (dates.size() < count) {
			LocalDate date = first.plusDays(random.nextInt(span));
			// offices see patients on weekdays
			if (date.getDayOfWeek().getValue() <= 5 || span < 3) {
				dates.add(date);
			}
		}
		dates.sort(Comparator.naturalOrder());
		return dates;
	}

	private void planClaim(long index, LocalDate serviceDate) {
		SplittableRandom random = SeedStreams.random(this.seed, SeedStreams.CLAIM, index);
		LocalDate submitted = (this.story.billingLagDays() > 0)
				? weekday(serviceDate.plusDays(SeedStreams.between(random, 1, this.story.billingLagDays())))
				: nextBatchDay(serviceDate.plusDays(SeedStreams.between(random, 2, 5)));
		if (submitted.isAfter(this.asOf)) {
			return;
		}
		Claim claim = this.claims.create(index, serviceDate, submitted, random);
		this.submissions.computeIfAbsent(submitted, (day) -> new ArrayList<>()).add(claim);
		// claims that never get an answer unless chased: lost, pended or stuck in edits
		if (SeedStreams.chance(random, this.story.noResponseRate())) {
			if (this.story.worked()) {
				chase(claim, index, submitted, random);
			}
			return;
		}
		Payer payer = claim.payer();
		LocalDate paidOn = PayerTerms.of(payer.type()).paymentDate(submitted, random, this.story.paymentPercent());
		DenialReason denial = this.adjudicator.denial(claim, random, this.story.denialPercent());
		boolean underpaid = payer.type() != PayerType.MEDICARE && SeedStreams.chance(random, UNDERPAID_RATE);
		long adjudicationSeed = random.nextLong();
		Adjudication primary = this.adjudicator.primary(claim, payerClaimNumber(paidOn, index, 0),
				new SplittableRandom(adjudicationSeed), denial, underpaid);
		if (paidOn.isAfter(this.asOf)) {
			return;
		}
		Patient patient = claim.patient();
		if (!primary.denied() && patient.secondary() != null && primary.patientResponsibility() > 0) {
			primary = planSecondary(claim, primary, paidOn, index, random);
		}
		add(paidOn, payer, primary);
		if (denial != null && this.story.worked() && ("1".equals(primary.status()) || primary.denied())
				&& patient.secondary() == null) {
			workDenial(claim, index, primary, paidOn, adjudicationSeed, random);
		}
		else if (underpaid && denial == null && SeedStreams.chance(random, REPROCESSED_SHARE)) {
			// the payer finds its own underpayment, takes the payment back and pays again
			LocalDate reprocessed = PayerTerms.of(payer.type())
				.nextRunDay(paidOn.plusDays(SeedStreams.between(random, 21, 60)));
			if (!reprocessed.isAfter(this.asOf)) {
				add(reprocessed, payer, primary.reversal());
				add(reprocessed, payer, this.adjudicator.primary(claim, payerClaimNumber(reprocessed, index, 2),
						new SplittableRandom(adjudicationSeed), null, false));
			}
		}
	}

	/**
	 * An unanswered claim: when the firm works it, a specialist calls once the payer's
	 * usual time has passed, the payer finds the claim and pays it.
	 */
	private void chase(Claim claim, long index, LocalDate submitted, SplittableRandom random) {
		if (!SeedStreams.chance(random, this.story.workedShare())) {
			return;
		}
		LocalDate called = submitted.plusDays(30 + SeedStreams.between(random, 0, this.story.firstTouchDays()));
		if (called.isAfter(this.asOf)) {
			return;
		}
		PayerTerms terms = PayerTerms.of(claim.payer().type());
		LocalDate paidOn = terms.nextRunDay(called.plusDays(SeedStreams.between(random, 10, 24)));
		boolean paid = !paidOn.isAfter(this.asOf);
		this.work.add(new FirmWork(called, claim.claimNumber(), FirmWorkKind.NO_RESPONSE_CALL, paid));
		if (paid) {
			add(paidOn, claim.payer(), this.adjudicator.primary(claim, payerClaimNumber(paidOn, index, 0),
					new SplittableRandom(random.nextLong()), null, false));
		}
	}

	/**
	 * A denial: when the firm works it, a specialist appeals (a whole claim) or calls (a
	 * denied add-on) within its first-touch days; the payer reverses the denial and pays.
	 */
	private void workDenial(Claim claim, long index, Adjudication denied, LocalDate deniedOn, long adjudicationSeed,
			SplittableRandom random) {
		if (!SeedStreams.chance(random, this.story.workedShare())) {
			return;
		}
		LocalDate touched = deniedOn.plusDays(SeedStreams.between(random, 0, this.story.firstTouchDays()));
		if (touched.isAfter(this.asOf)) {
			return;
		}
		PayerTerms terms = PayerTerms.of(claim.payer().type());
		LocalDate repaid = terms.nextRunDay(touched.plusDays(SeedStreams.between(random, 14, 35)));
		boolean paid = !repaid.isAfter(this.asOf);
		this.work.add(new FirmWork(touched, claim.claimNumber(),
				denied.denied() ? FirmWorkKind.APPEAL : FirmWorkKind.DENIAL_CALL, paid));
		if (paid) {
			add(repaid, claim.payer(), denied.reversal());
			add(repaid, claim.payer(), this.adjudicator.primary(claim, payerClaimNumber(repaid, index, 2),
					new SplittableRandom(adjudicationSeed), null, false));
		}
	}

	private LocalDate batchDay(LocalDate date) {
		return (this.story.billingLagDays() > 0) ? weekday(date) : nextBatchDay(date);
	}

	private static LocalDate weekday(LocalDate date) {
		LocalDate day = date;
		while (day.getDayOfWeek().getValue() > 5) {
			day = day.plusDays(1);
		}
		return day;
	}

	/**
	 * Half of supplement claims cross over automatically (Medicare reports CLP02=19); for
	 * the rest the practice bills the secondary after the Medicare payment posts.
	 */
	private Adjudication planSecondary(Claim claim, Adjudication primary, LocalDate paidOn, long index,
			SplittableRandom random) {
		Payer secondary = claim.patient().secondary();
		PayerTerms terms = PayerTerms.of(secondary.type());
		boolean crossover = SeedStreams.chance(random, 0.5);
		Adjudication reported = crossover ? primary.forwardedTo(secondary) : primary;
		LocalDate billed = crossover ? paidOn : batchDay(paidOn.plusDays(SeedStreams.between(random, 1, 6)));
		Claim secondaryClaim = claim.toSecondary(secondary, claim.patient().secondaryMemberId(), billed,
				new Claim.PriorPayment(primary.payer(), claim.memberId(), paidOn, primary));
		if (billed.isAfter(this.asOf)) {
			return reported;
		}
		if (!crossover) {
			this.submissions.computeIfAbsent(billed, (day) -> new ArrayList<>()).add(secondaryClaim);
		}
		LocalDate secondaryPaidOn = terms.paymentDate(billed, random, this.story.paymentPercent());
		if (!secondaryPaidOn.isAfter(this.asOf)) {
			add(secondaryPaidOn, secondary, this.adjudicator.secondary(secondaryClaim, primary,
					payerClaimNumber(secondaryPaidOn, index, 1), random));
		}
		return reported;
	}

	private void add(LocalDate date, Payer payer, Adjudication adjudication) {
		this.remittances.computeIfAbsent(new PaymentKey(date, payer.payerId()), (key) -> new ArrayList<>())
			.add(adjudication);
	}

	// the practice sends its claims in one batch every Monday
	static LocalDate nextBatchDay(LocalDate date) {
		return date.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
	}

	/**
	 * A payer claim control number shaped like a Medicare ICN: kind, year, Julian day,
	 * then a sequence unique per claim and purpose (0 primary, 1 secondary, 2 corrected).
	 */
	static String payerClaimNumber(LocalDate date, long index, int purpose) {
		return "%d%02d%03d%09d".formatted(2 + purpose, date.getYear() % 100, date.getDayOfYear(), index * 3 + purpose);
	}

}
