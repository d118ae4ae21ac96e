package io.ardesk.test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.ardesk.tenancy.ClientId;

/**
 * Writes small, valid X12 837P and 835 files for scenario tests: each test states exactly
 * the claims and payer decisions it is about. Envelope counts are computed.
 * <p>
 * The billing provider (837 loop 2010AA) and the payee (835 N1*PE) carry the identifiers
 * of the client the file is built for ({@link #build(ClientId)}), since a client refuses
 * the files of other practices; {@link #build()} writes those of a practice no demo
 * client knows.
 */
public final class X12Builder {

	/** A practice's billing NPI and tax id, as the files name it. */
	public record Provider(String npi, String taxId) {

		/** A practice none of the demo clients bills under. */
		public static final Provider TEST_PRACTICE = new Provider("1234567893", "123456789");

	}

	/** The identifiers of the demo clients, as in their {@code tenant-config/} files. */
	private static final Map<String, Provider> DEMO_CLIENTS = Map.of("lakeview-ortho",
			new Provider("1144702184", "461937725"), "northside-family", new Provider("1167204316", "364812207"),
			"riverside-cardiology", new Provider("1119345670", "273049918"));

	/** The identifiers a demo client bills under. */
	public static Provider providerOf(ClientId client) {
		Provider provider = DEMO_CLIENTS.get(client.value());
		if (provider == null) {
			throw new IllegalArgumentException("No provider identifiers known for " + client.value());
		}
		return provider;
	}

	private static final String NPI = "{NPI}";

	private static final String TAX_ID = "{TAX_ID}";

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
		builder.body.add("NM1*85*2*TEST PRACTICE*****XX*" + NPI);
		builder.body.add("N3*1 MAIN ST");
		builder.body.add("N4*SPRINGFIELD*IL*627010000");
		builder.body.add("REF*EI*" + TAX_ID);
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

	/**
	 * Another payer of a claim (loop 2320/2330B): an earlier payer with what it paid
	 * (AMT*D), its claim-level adjustments given as {@code "PR-1:21.89"} (CAS) and the
	 * remaining patient liability (AMT*EAF), or, with {@code paid} null, a payer that
	 * comes next and has not adjudicated.
	 */
	public record OtherPayer(String sequence, String name, String payerId, String paid, String remaining,
			String... adjustments) {

		public static OtherPayer next(String sequence, String name, String payerId) {
			return new OtherPayer(sequence, name, payerId, null, null);
		}

	}

	/** Adds a claim with one line per charge; sequence P, S or T; frequency 1, 7 or 8. */
	public X12Builder claim(String claimNumber, String sequence, String frequency, String serviceDate,
			String... charges) {
		return claim(claimNumber, sequence, frequency, serviceDate, List.of(), charges);
	}

	/** Adds a claim with its other payers (loop 2320) and one line per charge. */
	public X12Builder claim(String claimNumber, String sequence, String frequency, String serviceDate,
			List<OtherPayer> otherPayers, String... charges) {
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
		for (OtherPayer other : otherPayers) {
			this.body.add("SBR*" + other.sequence() + "*18*******CI");
			for (String adjustment : other.adjustments()) {
				String[] groupAndRest = adjustment.split("-", 2);
				String[] reasonAndAmount = groupAndRest[1].split(":");
				this.body.add("CAS*" + groupAndRest[0] + "*" + reasonAndAmount[0] + "*" + reasonAndAmount[1]);
			}
			if (other.paid() != null) {
				this.body.add("AMT*D*" + other.paid());
			}
			if (other.remaining() != null) {
				this.body.add("AMT*EAF*" + other.remaining());
			}
			this.body.add("OI***Y*P**Y");
			this.body.add("NM1*IL*1*DOE*JANE****MI*OTHER" + claimNumber);
			this.body.add("NM1*PR*2*" + other.name() + "*****PI*" + other.payerId());
		}
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
		builder.body.add("N1*PE*TEST PRACTICE*XX*" + NPI);
		builder.body.add("REF*TJ*" + TAX_ID);
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

	/**
	 * Appends segments as written (without terminators), e.g. the SVC, CAS and LQ of a
	 * service line after the claim payment they belong to.
	 */
	public X12Builder then(String... segments) {
		this.body.addAll(List.of(segments));
		return this;
	}

	public X12Builder providerAdjustment(String reason, String amount) {
		this.body.add("PLB*" + NPI + "*20261231*" + reason + ":REF1*" + amount);
		return this;
	}

	/** The file as the practice no demo client knows would send it. */
	public byte[] build() {
		return build(Provider.TEST_PRACTICE);
	}

	/** The file as the demo client's own practice sends it. */
	public byte[] build(ClientId client) {
		return build(providerOf(client));
	}

	/** The file with the provider identifiers given. */
	public byte[] build(Provider provider) {
		return build(provider.npi(), provider.taxId());
	}

	/**
	 * The file with no provider identifier at all (an NM1*85 without NM109, an N1*PE
	 * without N104, no REF*EI or REF*TJ), as no X12 5010 file should be.
	 */
	public byte[] buildWithoutProviderIds() {
		byte[] file = build("", "");
		String text = new String(file, StandardCharsets.US_ASCII).replace("*****XX*~", "~")
			.replace("*XX*~", "~")
			.replace("REF*EI*~\n", "")
			.replace("REF*TJ*~\n", "");
		return text.getBytes(StandardCharsets.US_ASCII);
	}

	private byte[] build(String npi, String taxId) {
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
		String text = (String.join("~\n", segments) + "~\n").replace(NPI, npi).replace(TAX_ID, taxId);
		return text.getBytes(StandardCharsets.US_ASCII);
	}

	public int claimCount() {
		return this.claims;
	}

}
