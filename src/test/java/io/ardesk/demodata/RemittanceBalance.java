package io.ardesk.demodata;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Recomputes the 835 balancing rules from parsed segments and lists every violation. */
final class RemittanceBalance {

	private RemittanceBalance() {
	}

	static List<String> problems(ParsedInterchange remittance) {
		List<String> problems = new ArrayList<>();
		BigDecimal payment = BigDecimal.ZERO;
		BigDecimal claimsPaid = BigDecimal.ZERO;
		BigDecimal providerAdjustments = BigDecimal.ZERO;
		Amounts claim = null;
		Amounts line = null;
		for (List<String> segment : remittance.segments()) {
			switch (segment.getFirst()) {
				case "ST" -> {
					claimsPaid = BigDecimal.ZERO;
					providerAdjustments = BigDecimal.ZERO;
				}
				case "BPR" -> payment = new BigDecimal(segment.get(2));
				case "CLP" -> {
					check(claim, problems);
					check(line, problems);
					line = null;
					claim = new Amounts("CLP " + segment.get(1), new BigDecimal(segment.get(3)),
							new BigDecimal(segment.get(4)));
					claimsPaid = claimsPaid.add(claim.paid);
				}
				case "SVC" -> {
					check(line, problems);
					line = new Amounts("SVC in " + claim.label, new BigDecimal(segment.get(2)),
							new BigDecimal(segment.get(3)));
					claim.lineCharges = claim.lineCharges.add(line.charge);
				}
				case "CAS" -> {
					BigDecimal sum = BigDecimal.ZERO;
					for (int amount = 3; amount < segment.size(); amount += 3) {
						sum = sum.add(new BigDecimal(segment.get(amount)));
					}
					claim.adjusted = claim.adjusted.add(sum);
					if (line != null) {
						line.adjusted = line.adjusted.add(sum);
					}
				}
				case "PLB" -> {
					for (int amount = 4; amount < segment.size(); amount += 2) {
						providerAdjustments = providerAdjustments.add(new BigDecimal(segment.get(amount)));
					}
				}
				case "SE" -> {
					check(claim, problems);
					check(line, problems);
					claim = null;
					line = null;
					BigDecimal expected = claimsPaid.subtract(providerAdjustments);
					if (payment.compareTo(expected) != 0) {
						problems.add("BPR02 " + payment + " but claims less PLB = " + expected);
					}
				}
				default -> {
				}
			}
		}
		return problems;
	}

	private static void check(Amounts amounts, List<String> problems) {
		if (amounts != null && amounts.lineCharges.signum() != 0
				&& amounts.lineCharges.compareTo(amounts.charge) != 0) {
			problems.add(amounts.label + ": lines charge " + amounts.lineCharges + " but claim " + amounts.charge);
		}
		if (amounts != null && amounts.charge.compareTo(amounts.paid.add(amounts.adjusted)) != 0) {
			problems.add(amounts.label + ": charge " + amounts.charge + " != paid " + amounts.paid + " + adjusted "
					+ amounts.adjusted);
		}
	}

	private static final class Amounts {

		final String label;

		final BigDecimal charge;

		final BigDecimal paid;

		BigDecimal adjusted = BigDecimal.ZERO;

		BigDecimal lineCharges = BigDecimal.ZERO;

		Amounts(String label, BigDecimal charge, BigDecimal paid) {
			this.label = label;
			this.charge = charge;
			this.paid = paid;
		}

	}

}
