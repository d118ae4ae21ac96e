package io.ardesk.test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes small, valid X12 837P and 835 files for scenario tests: each test states exactly
 * the claims and payer decisions it is about. Envelope counts are computed.
 */
public final class X12Builder {

	private final List<String> body = new ArrayList<>();

	private final String kind;

	private int claims;

	private X12Builder(String kind) {
		this.kind = kind;
	}

	/** An 837P from the practice to one payer. */
	public static X12Builder claims837(String payerName, String payerId) {
		X12Builder builder = new X12Builder("837");
		builder.body.add("BHT*0019*00*BATCH1*20260105*1200*CH");
		builder.body.add("NM1*41*2*TEST PRACTICE*****46*TP0001");
		builder.body.add("PER*IC*BILLING*TE*5555550100");
		builder.body.add("NM1*40*2*CLEARINGHOUSE*****46*CH0001");
		builder.body.add("HL*1**20*1");
		builder.body.add("NM1*85*2*TEST PRACTICE*****XX*1234567893");
		builder.body.add("N3*1 MAIN ST");
		builder.body.add("N4*SPRINGFIELD*IL*627010000");
		builder.body.add("REF*EI*123456789");
		builder.payer = new String[] { payerName, payerId };
		return builder;
	}

	private String[] payer;

	private int hl = 1;

	private String[] subscriberAddress;

	/**
	 * Gives the subscriber of the claims added after this call a mailing address (N3/N4
	 * of loop 2010BA).
	 */
	public X12Builder subscriberAddress(String street, String city, String state, String zip) {
		this.subscriberAddress = new String[] { street, city, state, zip };
		return this;
	}

	/** Adds a claim with one line per charge; sequence P, S or T; frequency 1, 7 or 8. */
	public X12Builder claim(String claimNumber, String sequence, String frequency, String serviceDate,
			String... charges) {
		this.hl++;
		this.body.add("HL*" + this.hl + "*1*22*0");
		this.body.add("SBR*" + sequence + "*18*******CI");
		this.body.add("NM1*IL*1*DOE*JANE****MI*MBR" + claimNumber);
		if (this.subscriberAddress != null) {
			this.body.add("N3*" + this.subscriberAddress[0]);
			this.body.add("N4*" + this.subscriberAddress[1] + "*" + this.subscriberAddress[2] + "*"
					+ this.subscriberAddress[3]);
		}
		this.body.add("DMG*D8*19700101*F");
		this.body.add("NM1*PR*2*" + this.payer[0] + "*****PI*" + this.payer[1]);
		java.math.BigDecimal total = java.math.BigDecimal.ZERO;
		for (String charge : charges) {
			total = total.add(new java.math.BigDecimal(charge));
		}
		this.body.add("CLM*" + claimNumber + "*" + total.toPlainString() + "***11:B:" + frequency + "*Y*A*Y*Y");
		if (!"1".equals(frequency)) {
			this.body.add("REF*F8*PCN" + claimNumber);
		}
		this.body.add("HI*ABK:J069");
		int line = 0;
		for (String charge : charges) {
			line++;
			this.body.add("LX*" + line);
			this.body.add("SV1*HC:9921" + line + "*" + charge + "*UN*1***1");
			this.body.add("DTP*472*D8*" + serviceDate);
		}
		this.claims++;
		return this;
	}

	/** An 835 from one payer: one payment with the given trace number and total. */
	public static X12Builder remittance835(String payerName, String payerId, String trace, String total) {
		X12Builder builder = new X12Builder("835");
		builder.body
			.add("BPR*I*" + total + "*C*ACH*CCP*01*999999992*DA*123456*1512345678**01*999988880*DA*98765*20260210");
		builder.body.add("TRN*1*" + trace + "*1" + payerId);
		builder.body.add("DTM*405*20260209");
		builder.body.add("N1*PR*" + payerName);
		builder.body.add("REF*2U*" + payerId);
		builder.body.add("N1*PE*TEST PRACTICE*XX*1234567893");
		builder.body.add("LX*1");
		return builder;
	}

	/**
	 * Adds a claim payment (CLP) with claim-level adjustments given as
	 * {@code "CO-45:25.00"}.
	 */
	public X12Builder payment(String claimNumber, String status, String charge, String paid, String patientShare,
			String... adjustments) {
		this.body.add("CLP*" + claimNumber + "*" + status + "*" + charge + "*" + paid + "*" + patientShare + "*12*PCN"
				+ claimNumber + "*11*1");
		for (String adjustment : adjustments) {
			String[] groupAndRest = adjustment.split("-", 2);
			String[] reasonAndAmount = groupAndRest[1].split(":");
			this.body.add("CAS*" + groupAndRest[0] + "*" + reasonAndAmount[0] + "*" + reasonAndAmount[1]);
		}
		this.body.add("NM1*QC*1*DOE*JANE****MI*MBR" + claimNumber);
		this.body.add("DTM*232*20260105");
		this.claims++;
		return this;
	}

	/** Adds a claim-level remark code (MOA03) to the last claim payment. */
	public X12Builder remark(String code) {
		this.body.add("MOA***" + code);
		return this;
	}

	public X12Builder providerAdjustment(String reason, String amount) {
		this.body.add("PLB*1234567893*20261231*" + reason + ":REF1*" + amount);
		return this;
	}

	public byte[] build() {
		boolean claimFile = "837".equals(this.kind);
		String version = claimFile ? "005010X222A1" : "005010X221A1";
		List<String> segments = new ArrayList<>();
		segments.add("ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *260105*1200*^*00501*"
				+ "000000101*0*T*:");
		segments.add("GS*" + (claimFile ? "HC" : "HP") + "*SENDER*RECEIVER*20260105*1200*101*X*" + version);
		segments.add("ST*" + this.kind + "*0001" + (claimFile ? "*" + version : ""));
		segments.addAll(this.body);
		segments.add("SE*" + (this.body.size() + 2) + "*0001");
		segments.add("GE*1*101");
		segments.add("IEA*1*000000101");
		return (String.join("~\n", segments) + "~\n").getBytes(StandardCharsets.US_ASCII);
	}

	public int claimCount() {
		return this.claims;
	}

}
