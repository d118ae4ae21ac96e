package io.ardesk.demodata;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a demo practice bills: its identity, volume, services and payer mix. Self-pay
 * visits are not in the payer mix because they never produce an 837.
 *
 * @param claimPrefix the prefix of patient control numbers ({@code <prefix>-<6 digits>})
 * @param taxId the practice EIN, nine digits
 * @param taxonomyCode the rendering providers' specialty taxonomy (PRV*PE)
 * @param claimsPerMonth billed primary claims per month, before a +-10% monthly swing
 * @param procedures the services; each claim has one main service and some add-ons
 * @param diagnosisCodes ICD-10-CM codes without the dot, most typical first
 */
public record PracticeProfile(String clientId, String specialty, String billingNpi, String practiceName, String taxId,
		String claimPrefix, String taxonomyCode, int claimsPerMonth, List<String> renderingNpis, List<String> locations,
		List<Procedure> procedures, List<String> diagnosisCodes, List<PayerShare> payerMix) {

	public PracticeProfile {
		renderingNpis = List.copyOf(renderingNpis);
		locations = List.copyOf(locations);
		procedures = List.copyOf(procedures);
		diagnosisCodes = List.copyOf(diagnosisCodes);
		payerMix = List.copyOf(payerMix);
		if (claimsPerMonth <= 0 || renderingNpis.isEmpty() || locations.isEmpty() || diagnosisCodes.isEmpty()) {
			throw new IllegalArgumentException("a practice needs claims, providers, locations and diagnoses");
		}
		if (procedures.stream().noneMatch((procedure) -> !procedure.addOn()) || payerMix.isEmpty()) {
			throw new IllegalArgumentException("a practice needs a main procedure and at least one payer");
		}
	}

	/**
	 * One billable service.
	 *
	 * @param charge the practice's billed charge for one unit
	 * @param weight for a main service its relative frequency; for an add-on the percent
	 * of claims that carry it
	 * @param addOn whether it is billed next to a main service rather than alone
	 * @param placeOfService the CMS place of service code, 11 office, 24 ambulatory
	 * surgery center
	 */
	public record Procedure(String code, String description, BigDecimal charge, int weight, boolean addOn,
			String placeOfService) {

		static Procedure main(String code, String description, String charge, int weight) {
			return new Procedure(code, description, new BigDecimal(charge), weight, false, "11");
		}

		static Procedure surgery(String code, String description, String charge, int weight) {
			return new Procedure(code, description, new BigDecimal(charge), weight, false, "24");
		}

		static Procedure addOn(String code, String description, String charge, int percent) {
			return new Procedure(code, description, new BigDecimal(charge), percent, true, "11");
		}

	}

	/** A payer's relative share of the practice's patients. */
	public record PayerShare(Payer payer, int weight) {
	}

	public PracticeProfile withClaimsPerMonth(int perMonth) {
		return new PracticeProfile(this.clientId, this.specialty, this.billingNpi, this.practiceName, this.taxId,
				this.claimPrefix, this.taxonomyCode, perMonth, this.renderingNpis, this.locations, this.procedures,
				this.diagnosisCodes, this.payerMix);
	}

	/**
	 * The same practice with another claim-number prefix, for generating claims that do
	 * not collide.
	 */
	public PracticeProfile withClaimPrefix(String prefix) {
		return new PracticeProfile(this.clientId, this.specialty, this.billingNpi, this.practiceName, this.taxId,
				prefix, this.taxonomyCode, this.claimsPerMonth, this.renderingNpis, this.locations, this.procedures,
				this.diagnosisCodes, this.payerMix);
	}

	/** A small primary-care office: 120 claims a month, many low-dollar visits. */
	public static PracticeProfile familyMedicine(String clientId) {
		return new PracticeProfile(clientId, "Family Medicine", npi("16720431"), "MAPLE GROVE FAMILY MEDICINE",
				"364812207", "FMG", "207Q00000X", 120, List.of(npi("15381190"), npi("19945027"), npi("11843362")),
				List.of("MAPLE GROVE FAMILY MEDICINE MAIN"),
				List.of(Procedure.main("99213", "Office visit, established, low", "145.00", 40),
						Procedure.main("99214", "Office visit, established, moderate", "210.00", 30),
						Procedure.main("99203", "Office visit, new, low", "190.00", 6),
						Procedure.main("99204", "Office visit, new, moderate", "285.00", 4),
						Procedure.main("99396", "Preventive visit, 40-64", "260.00", 10),
						Procedure.main("99395", "Preventive visit, 18-39", "240.00", 5),
						Procedure.addOn("36415", "Venipuncture", "25.00", 35),
						Procedure.addOn("81002", "Urinalysis, non-automated", "18.00", 15),
						Procedure.addOn("87880", "Rapid strep test", "38.00", 8),
						Procedure.addOn("93000", "Electrocardiogram, complete", "75.00", 6)),
				List.of("I10", "E119", "E785", "J069", "Z0000", "M5450", "J029", "R059", "F411", "K219"),
				List.of(new PayerShare(Payer.MEDICARE_PART_B, 28), new PayerShare(Payer.EVERGREEN_ADVANTAGE, 12),
						new PayerShare(Payer.STATE_MEDICAID, 16), new PayerShare(Payer.BLUE_SHIELD, 18),
						new PayerShare(Payer.UNITED_HEALTH, 12), new PayerShare(Payer.CASCADE_HEALTH, 10),
						new PayerShare(Payer.STATE_FUND_WC, 4)));
	}

	/** A mid-size orthopedic group: 400 claims a month, office visits and surgery. */
	public static PracticeProfile orthopedics(String clientId) {
		return new PracticeProfile(clientId, "Orthopedic Surgery", npi("14470218"), "RIVERSIDE ORTHOPEDIC ASSOCIATES",
				"461937725", "ROA", "207X00000X", 400,
				List.of(npi("12290348"), npi("17718265"), npi("13356901"), npi("18842217"), npi("10065432")),
				List.of("RIVERSIDE ORTHOPEDICS NORTH", "RIVERSIDE ORTHOPEDICS SOUTH", "RIVERSIDE SURGERY CENTER"),
				List.of(Procedure.main("99213", "Office visit, established, low", "160.00", 20),
						Procedure.main("99214", "Office visit, established, moderate", "230.00", 22),
						Procedure.main("99204", "Office visit, new, moderate", "330.00", 10),
						Procedure.main("99203", "Office visit, new, low", "230.00", 8),
						Procedure.main("20610", "Arthrocentesis, major joint", "310.00", 10),
						Procedure.surgery("29881", "Knee arthroscopy, meniscectomy", "4200.00", 3),
						Procedure.surgery("29827", "Shoulder arthroscopy, rotator cuff repair", "6800.00", 2),
						Procedure.surgery("27447", "Total knee arthroplasty", "5800.00", 2),
						Procedure.surgery("27130", "Total hip arthroplasty", "6400.00", 1),
						Procedure.addOn("73562", "X-ray knee, 3 views", "120.00", 30),
						Procedure.addOn("73030", "X-ray shoulder, 2 views", "105.00", 15),
						Procedure.addOn("J3301", "Triamcinolone acetonide 10 mg", "28.00", 12),
						Procedure.addOn("L1820", "Knee orthosis, elastic", "295.00", 5)),
				List.of("M1711", "M1712", "M25561", "M75101", "S83241A", "M5416", "M23211", "M1611", "S4211XA"),
				List.of(new PayerShare(Payer.MEDICARE_PART_B, 26), new PayerShare(Payer.EVERGREEN_ADVANTAGE, 10),
						new PayerShare(Payer.STATE_MEDICAID, 10), new PayerShare(Payer.BLUE_SHIELD, 16),
						new PayerShare(Payer.UNITED_HEALTH, 12), new PayerShare(Payer.CASCADE_HEALTH, 8),
						new PayerShare(Payer.SUMMIT_MUTUAL, 8), new PayerShare(Payer.STATE_FUND_WC, 10)));
	}

	/** A large cardiology group: 900 claims a month, Medicare-heavy, costly imaging. */
	public static PracticeProfile cardiology(String clientId) {
		return new PracticeProfile(clientId, "Cardiology", npi("11934567"), "HEARTLAND CARDIOVASCULAR GROUP",
				"273049918", "HCG", "207RC0000X", 900,
				List.of(npi("16614920"), npi("12238574"), npi("19917263"), npi("14458802"), npi("17736649"),
						npi("11129085"), npi("15520473")),
				List.of("HEARTLAND CARDIOLOGY DOWNTOWN", "HEARTLAND CARDIOLOGY WEST", "HEARTLAND HEART INSTITUTE"),
				List.of(Procedure.main("99214", "Office visit, established, moderate", "240.00", 30),
						Procedure.main("99215", "Office visit, established, high", "320.00", 10),
						Procedure.main("99204", "Office visit, new, moderate", "350.00", 8),
						Procedure.main("99205", "Office visit, new, high", "450.00", 3),
						Procedure.main("93306", "Echocardiogram, complete with Doppler", "1450.00", 15),
						Procedure.main("93351", "Stress echocardiogram", "1650.00", 5),
						Procedure.main("78452", "Myocardial perfusion imaging, SPECT", "2200.00", 4),
						Procedure.surgery("93458", "Left heart catheterization with angiography", "3900.00", 3),
						Procedure.surgery("93656", "Atrial fibrillation ablation", "9800.00", 1),
						Procedure.surgery("33208", "Dual chamber pacemaker insertion", "6900.00", 1),
						Procedure.addOn("93000", "Electrocardiogram, complete", "85.00", 40),
						Procedure.addOn("80061", "Lipid panel", "65.00", 10),
						Procedure.addOn("83880", "Natriuretic peptide (BNP)", "85.00", 8)),
				List.of("I2510", "I4891", "I10", "I509", "R079", "I499", "E785", "R002", "I350"),
				List.of(new PayerShare(Payer.MEDICARE_PART_B, 38), new PayerShare(Payer.EVERGREEN_ADVANTAGE, 18),
						new PayerShare(Payer.STATE_MEDICAID, 10), new PayerShare(Payer.BLUE_SHIELD, 12),
						new PayerShare(Payer.UNITED_HEALTH, 10), new PayerShare(Payer.SUMMIT_MUTUAL, 8),
						new PayerShare(Payer.STATE_FUND_WC, 1)));
	}

	// a type 1 NPI is 80840-prefixed Luhn: made-up NPIs should still pass check-digit
	// edits
	static String npi(String eightDigits) {
		String base = "1" + eightDigits;
		String payload = "80840" + base;
		int sum = 0;
		for (int i = 0; i < payload.length(); i++) {
			int digit = payload.charAt(payload.length() - 1 - i) - '0';
			if (i % 2 == 0) {
				digit *= 2;
				digit = (digit > 9) ? digit - 9 : digit;
			}
			sum += digit;
		}
		return base + ((10 - sum % 10) % 10);
	}

}
