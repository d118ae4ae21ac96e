package io.ardesk.demodata.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.jspecify.annotations.Nullable;

import io.ardesk.demodata.Payer;
import io.ardesk.demodata.PayerType;

/**
 * Decides what a payer pays on a claim: contract allowance, patient cost sharing,
 * sequestration, denials and secondary payments, all balanced to the cent.
 */
final class Adjudicator {

	private static final double DENIAL_RATE = 0.085;

	// costly claims are denied more often (and more often for authorisation/necessity)
	private static final double HIGH_DOLLAR_DENIAL_RATE = 0.16;

	private static final double MEDICARE_DEDUCTIBLE = 25_700;

	@Nullable DenialReason denial(Claim claim, SplittableRandom random) {
		return denial(claim, random, 100);
	}

	/** A denial at {@code percent} percent of the usual rates. */
	@Nullable DenialReason denial(Claim claim, SplittableRandom random, int percent) {
		boolean highDollar = claim.charge() >= ClaimFactory.HIGH_DOLLAR;
		double rate = (highDollar ? HIGH_DOLLAR_DENIAL_RATE : DENIAL_RATE) * percent / 100;
		if (!SeedStreams.chance(random, rate)) {
			return null;
		}
		return DenialReason.pick(random, highDollar, claim.lines().stream().anyMatch(ClaimLine::addOn));
	}

	/**
	 * The primary payer's decision. The random stream must be fresh for the claim: a
	 * corrected payment replays it with {@code underpaid} false and differs only in the
	 * underpaid line.
	 */
	Adjudication primary(Claim claim, String payerClaimNumber, SplittableRandom random, @Nullable DenialReason denial,
			boolean underpaid) {
		if (denial != null && !denial.lineLevel()) {
			return new Adjudication(claim, claim.payer(), "4", claim.charge(), 0, payerClaimNumber,
					List.of(new Cas("CO", denial.carc(), claim.charge())), denial.remarks(random), List.of(), null);
		}
		CostSharing sharing = CostSharing.draw(claim, random);
		int underpaidPercent = SeedStreams.between(random, 84, 94);
		ClaimLine deniedLine = (denial != null)
				? claim.lines().stream().filter(ClaimLine::addOn).findFirst().orElseThrow() : null;
		List<LineAdjudication> lines = new ArrayList<>();
		for (ClaimLine line : claim.lines()) {
			if (line == deniedLine) {
				lines.add(new LineAdjudication(line, line.charge(), 0, 0, line.units(),
						List.of(new Cas("CO", denial.carc(), line.charge())), denial.remarks(random)));
				continue;
			}
			long allowed = Cents.percent(line.charge(), claim.payer().allowedPercent());
			if (underpaid && line.number() == 1) {
				allowed = Cents.percent(allowed, underpaidPercent);
			}
			lines.add(paidLine(claim, line, allowed, sharing));
		}
		long paid = lines.stream().mapToLong(LineAdjudication::paid).sum();
		return new Adjudication(claim, claim.payer(), "1", claim.charge(), paid, payerClaimNumber, List.of(), List.of(),
				lines, null);
	}

	private LineAdjudication paidLine(Claim claim, ClaimLine line, long allowed, CostSharing sharing) {
		long deductible = sharing.takeDeductible(allowed);
		long copay = (line.number() == 1) ? Math.min(sharing.copay(), allowed - deductible) : 0;
		long coinsurance = Cents.percent(allowed - deductible - copay, sharing.coinsurancePercent());
		long payerPart = allowed - deductible - copay - coinsurance;
		// Medicare payments are cut by 2% sequestration after cost sharing
		long sequestration = (claim.payer().type() == PayerType.MEDICARE) ? Cents.percent(payerPart, 2) : 0;
		List<Cas> adjustments = new ArrayList<>();
		addIfAny(adjustments, "CO", "45", line.charge() - allowed);
		addIfAny(adjustments, "CO", "253", sequestration);
		addIfAny(adjustments, "PR", "1", deductible);
		addIfAny(adjustments, "PR", "2", coinsurance);
		addIfAny(adjustments, "PR", "3", copay);
		return new LineAdjudication(line, line.charge(), payerPart - sequestration, allowed, line.units(), adjustments,
				List.of());
	}

	/**
	 * The secondary payer's decision after the primary paid: it covers (part of) the
	 * patient's share; what the primary paid or adjusted is OA-23.
	 */
	Adjudication secondary(Claim secondaryClaim, Adjudication primary, String payerClaimNumber,
			SplittableRandom random) {
		Payer payer = secondaryClaim.payer();
		int coveredPercent = (payer.type() == PayerType.MEDICAID) ? SeedStreams.between(random, 60, 100) : 100;
		List<LineAdjudication> lines = new ArrayList<>();
		for (LineAdjudication primaryLine : primary.lines()) {
			long patientShare = primaryLine.patientResponsibility();
			long paid = Cents.percent(patientShare, coveredPercent);
			List<Cas> adjustments = new ArrayList<>();
			addIfAny(adjustments, "OA", "23", primaryLine.charge() - patientShare);
			addIfAny(adjustments, "CO", "45", patientShare - paid);
			lines.add(new LineAdjudication(primaryLine.line(), primaryLine.charge(), paid, patientShare,
					primaryLine.units(), adjustments, List.of()));
		}
		long paid = lines.stream().mapToLong(LineAdjudication::paid).sum();
		return new Adjudication(secondaryClaim, payer, "2", primary.charge(), paid, payerClaimNumber, List.of(),
				List.of(), lines, null);
	}

	private static void addIfAny(List<Cas> adjustments, String group, String reason, long amount) {
		if (amount != 0) {
			adjustments.add(new Cas(group, reason, amount));
		}
	}

	/** The patient's cost sharing on one claim, by plan type. */
	private static final class CostSharing {

		private long deductibleLeft;

		private final long copay;

		private final int coinsurancePercent;

		private CostSharing(long deductible, long copay, int coinsurancePercent) {
			this.deductibleLeft = deductible;
			this.copay = copay;
			this.coinsurancePercent = coinsurancePercent;
		}

		static CostSharing draw(Claim claim, SplittableRandom random) {
			// deductibles reset in January, so early-year claims meet them more often
			boolean earlyYear = claim.serviceDate().getMonthValue() <= 3;
			double roll = random.nextDouble();
			long amount = SeedStreams.between(random, 5_000, 150_000);
			return switch (claim.payer().type()) {
				case MEDICARE -> new CostSharing(
						(earlyYear && roll < 0.45) ? (long) MEDICARE_DEDUCTIBLE : (roll < 0.05) ? amount / 10 : 0, 0,
						20);
				case MEDICARE_ADVANTAGE ->
					new CostSharing(0, (roll < 0.7) ? 2_000 + 2_000 * (amount % 2) : 0, (roll < 0.7) ? 0 : 20);
				case COMMERCIAL -> (roll < (earlyYear ? 0.35 : 0.15)) ? new CostSharing(amount, 0, 20)
						: (roll < 0.6) ? new CostSharing(0, 2_500 * (1 + amount % 2), 0) : new CostSharing(0, 0, 20);
				case MEDICAID -> new CostSharing(0, (roll < 0.1) ? 300 : 0, 0);
				case WORKERS_COMP, MEDIGAP -> new CostSharing(0, 0, 0);
			};
		}

		long takeDeductible(long allowed) {
			long taken = Math.min(this.deductibleLeft, allowed);
			this.deductibleLeft -= taken;
			return taken;
		}

		long copay() {
			return this.copay;
		}

		int coinsurancePercent() {
			return this.coinsurancePercent;
		}

	}

}
