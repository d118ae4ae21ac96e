package io.ardesk.demodata;

/**
 * A payer as claims name it. The names and ids are fictitious but shaped like real ones.
 *
 * @param payerId the id in NM1*PR (837) and REF*2U / ISA06 (835)
 * @param filingIndicator the claim filing indicator code (SBR09, CLP06): MB, 16, MC, CI,
 * BL, WC
 * @param allowedPercent the contracted allowed amount as a percentage of billed charges;
 * underpaid lines are allowed less than this
 */
public record Payer(String name, String payerId, PayerType type, String filingIndicator, int allowedPercent) {

	public static final Payer MEDICARE_PART_B = new Payer("MEDICARE PART B", "04412", PayerType.MEDICARE, "MB", 48);

	public static final Payer EVERGREEN_ADVANTAGE = new Payer("EVERGREEN MEDICARE ADVANTAGE", "38217",
			PayerType.MEDICARE_ADVANTAGE, "16", 52);

	public static final Payer STATE_MEDICAID = new Payer("EXAMPLE STATE MEDICAID", "77031", PayerType.MEDICAID, "MC",
			38);

	public static final Payer BLUE_SHIELD = new Payer("BLUE SHIELD OF EXAMPLE", "94123", PayerType.COMMERCIAL, "BL",
			68);

	public static final Payer UNITED_HEALTH = new Payer("UNITED HEALTH PLAN OF EXAMPLE", "87001", PayerType.COMMERCIAL,
			"CI", 64);

	public static final Payer CASCADE_HEALTH = new Payer("CASCADE HEALTH ALLIANCE", "62308", PayerType.COMMERCIAL, "CI",
			71);

	public static final Payer SUMMIT_MUTUAL = new Payer("SUMMIT MUTUAL HEALTH", "39026", PayerType.COMMERCIAL, "CI",
			66);

	public static final Payer STATE_FUND_WC = new Payer("STATE FUND WORKERS COMPENSATION", "16535",
			PayerType.WORKERS_COMP, "WC", 82);

	public static final Payer PRAIRIE_SUPPLEMENT = new Payer("PRAIRIE SENIOR SUPPLEMENT", "55821", PayerType.MEDIGAP,
			"CI", 100);

}
