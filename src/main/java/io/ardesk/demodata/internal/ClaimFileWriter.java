package io.ardesk.demodata.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.ardesk.demodata.PayerType;
import io.ardesk.demodata.PracticeProfile;

/** Writes a batch of claims as one 005010X222A1 837P interchange with one transaction. */
final class ClaimFileWriter {

	static final String CLEARINGHOUSE_ID = "CLAIMSHUB";

	private ClaimFileWriter() {
	}

	static String submitterId(PracticeProfile profile) {
		return "AR" + profile.taxId();
	}

	static byte[] write(PracticeProfile profile, List<Claim> claims, LocalDate date, int controlNumber) {
		String time = "%02d%02d".formatted(17 + controlNumber % 3, controlNumber % 60);
		SegmentWriter x12 = new SegmentWriter("HC", "005010X222A1", submitterId(profile), CLEARINGHOUSE_ID, date, time,
				controlNumber);
		x12.startTransaction("837", "005010X222A1");
		x12.segment("BHT", "0019", "00", "B" + controlNumber, SegmentWriter.date(date), time, "CH");
		x12.segment("NM1", "41", "2", profile.practiceName(), "", "", "", "", "46", submitterId(profile));
		x12.segment("PER", "IC", "BILLING OFFICE", "TE", "2175550100");
		x12.segment("NM1", "40", "2", "CLAIMSHUB CLEARINGHOUSE", "", "", "", "", "46", CLEARINGHOUSE_ID);
		x12.segment("HL", "1", "", "20", "1");
		x12.segment("NM1", "85", "2", profile.practiceName(), "", "", "", "", "XX", profile.billingNpi());
		x12.segment("N3", ProviderDirectory.billingStreet());
		x12.segment("N4", ProviderDirectory.CITY, ProviderDirectory.STATE, ProviderDirectory.zip9());
		x12.segment("REF", "EI", profile.taxId());
		int hl = 1;
		for (Claim claim : claims) {
			hl++;
			x12.segment("HL", String.valueOf(hl), "1", "22", "0");
			writeClaim(x12, profile, claim);
		}
		x12.endTransaction();
		return x12.finish();
	}

	private static void writeClaim(SegmentWriter x12, PracticeProfile profile, Claim claim) {
		Patient patient = claim.patient();
		x12.segment("SBR", String.valueOf(claim.sequence()), "18", groupNumber(claim), "", "", "", "", "",
				claim.payer().filingIndicator());
		x12.segment("NM1", "IL", "1", patient.lastName(), patient.firstName(), "", "", "", "MI", claim.memberId());
		x12.segment("N3", patient.street());
		x12.segment("N4", patient.city(), ProviderDirectory.STATE, patient.zip());
		x12.segment("DMG", "D8", SegmentWriter.date(patient.dateOfBirth()), String.valueOf(patient.gender()));
		x12.segment("NM1", "PR", "2", claim.payer().name(), "", "", "", "", "PI", claim.payer().payerId());
		boolean injury = claim.injuryDate() != null;
		x12.segment("CLM", claim.claimNumber(), Cents.format(claim.charge()), "", "", claim.placeOfService() + ":B:1",
				"Y", "A", "Y", "Y", "", injury ? "EM" : "");
		if (claim.injuryDate() != null) {
			x12.segment("DTP", "439", "D8", SegmentWriter.date(claim.injuryDate()));
		}
		if (claim.priorAuthorization() != null) {
			x12.segment("REF", "G1", claim.priorAuthorization());
		}
		List<String> diagnoses = new ArrayList<>();
		for (String code : claim.diagnoses()) {
			diagnoses.add((diagnoses.isEmpty() ? "ABK:" : "ABF:") + code);
		}
		x12.segment("HI", diagnoses.toArray(String[]::new));
		String[] rendering = ProviderDirectory.renderingName(profile, claim.renderingNpi());
		x12.segment("NM1", "82", "1", rendering[0], rendering[1], "", "", "", "XX", claim.renderingNpi());
		x12.segment("PRV", "PE", "PXC", profile.taxonomyCode());
		x12.segment("NM1", "77", "2", claim.location());
		x12.segment("N3", ProviderDirectory.locationStreet(profile, claim.location()));
		x12.segment("N4", ProviderDirectory.CITY, ProviderDirectory.STATE, ProviderDirectory.zip9());
		if (claim.prior() != null) {
			writePriorPayer(x12, claim);
		}
		String pointers = String.join(":",
				List.of("1", "2", "3", "4").subList(0, Math.min(4, claim.diagnoses().size())));
		for (ClaimLine line : claim.lines()) {
			x12.segment("LX", String.valueOf(line.number()));
			x12.segment("SV1", line.procedureComposite(), Cents.format(line.charge()), "UN",
					String.valueOf(line.units()), "", "", pointers);
			x12.segment("DTP", "472", "D8", SegmentWriter.date(claim.serviceDate()));
			x12.segment("REF", "6R", line.lineControl());
			if (claim.prior() != null) {
				writePriorLine(x12, claim.prior(), line);
			}
		}
	}

	private static String groupNumber(Claim claim) {
		return (claim.payer().type() == PayerType.COMMERCIAL) ? claim.patient().groupNumber() : "";
	}

	// loop 2320/2330A/2330B: who paid first and how much
	private static void writePriorPayer(SegmentWriter x12, Claim claim) {
		Claim.PriorPayment prior = claim.prior();
		Adjudication primary = prior.adjudication();
		Patient patient = claim.patient();
		x12.segment("SBR", "P", "18", "", "", "", "", "", "", prior.payer().filingIndicator());
		x12.segment("AMT", "D", Cents.format(primary.paid()));
		x12.segment("AMT", "EAF", Cents.format(primary.patientResponsibility()));
		x12.segment("OI", "", "", "Y", "P", "", "Y");
		x12.segment("NM1", "IL", "1", patient.lastName(), patient.firstName(), "", "", "", "MI", prior.memberId());
		x12.segment("NM1", "PR", "2", prior.payer().name(), "", "", "", "", "PI", prior.payer().payerId());
	}

	// loop 2430: the primary payer's line adjudication
	private static void writePriorLine(SegmentWriter x12, Claim.PriorPayment prior, ClaimLine line) {
		for (LineAdjudication paid : prior.adjudication().lines()) {
			if (paid.line().number() != line.number()) {
				continue;
			}
			x12.segment("SVD", prior.payer().payerId(), Cents.format(paid.paid()), line.procedureComposite(), "",
					String.valueOf(line.units()));
			CasSegments.write(x12, paid.adjustments());
			x12.segment("DTP", "573", "D8", SegmentWriter.date(prior.paidDate()));
		}
	}

}
