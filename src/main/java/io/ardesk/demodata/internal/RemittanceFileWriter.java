package io.ardesk.demodata.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.ardesk.demodata.Payer;
import io.ardesk.demodata.PracticeProfile;

/**
 * Writes payments as one 005010X221A1 835 interchange, one transaction set per payment.
 */
final class RemittanceFileWriter {

	private RemittanceFileWriter() {
	}

	static byte[] write(PracticeProfile profile, Payer sender, List<Payment> payments, LocalDate date,
			int controlNumber) {
		String time = "%02d%02d".formatted(5 + controlNumber % 4, controlNumber % 60);
		SegmentWriter x12 = new SegmentWriter("HP", "005010X221A1", sender.payerId(),
				ClaimFileWriter.submitterId(profile), date, time, controlNumber);
		for (Payment payment : payments) {
			writePayment(x12, profile, payment);
		}
		return x12.finish();
	}

	private static void writePayment(SegmentWriter x12, PracticeProfile profile, Payment payment) {
		Payer payer = payment.payer();
		String payerTin = "1" + taxIdOf(payer);
		String date = SegmentWriter.date(payment.date());
		long total = payment.total();
		x12.startTransaction("835", "");
		if (total == 0) {
			x12.segment("BPR", "H", "0", "C", "NON", "", "", "", "", "", "", "", "", "", "", "", date);
		}
		else if (payment.byCheck()) {
			x12.segment("BPR", "I", Cents.format(total), "C", "CHK", "", "", "", "", "", "", "", "", "", "", "", date);
		}
		else {
			x12.segment("BPR", "I", Cents.format(total), "C", "ACH", "CCP", "01", "071000013", "DA",
					"4410" + payer.payerId(), payerTin, "", "01", "271070801", "DA", "88" + profile.taxId(), date);
		}
		x12.segment("TRN", "1", payment.traceNumber(), payerTin);
		x12.segment("DTM", "405", date);
		x12.segment("N1", "PR", payer.name());
		x12.segment("N3", "PO BOX " + (1000 + Integer.parseInt(payer.payerId().replaceAll("\\D", "0")) % 9000));
		x12.segment("N4", "CHICAGO", "IL", "60601");
		x12.segment("REF", "2U", payer.payerId());
		x12.segment("PER", "BL", "PROVIDER SERVICES", "TE", "8005550" + payer.payerId().substring(2));
		x12.segment("N1", "PE", profile.practiceName(), "XX", profile.billingNpi());
		x12.segment("REF", "TJ", profile.taxId());
		if (!payment.claims().isEmpty()) {
			x12.segment("LX", "1");
		}
		for (Adjudication claim : payment.claims()) {
			writeClaim(x12, profile, claim);
		}
		if (!payment.providerAdjustments().isEmpty()) {
			List<String> elements = new ArrayList<>(List.of(profile.billingNpi(), payment.date().getYear() + "1231"));
			for (Payment.ProviderAdjustment adjustment : payment.providerAdjustments()) {
				elements.add(adjustment.reason() + ":" + adjustment.reference());
				elements.add(Cents.format(adjustment.amount()));
			}
			x12.segment("PLB", elements.toArray(String[]::new));
		}
		x12.endTransaction();
	}

	private static void writeClaim(SegmentWriter x12, PracticeProfile profile, Adjudication claim) {
		Claim billed = claim.claim();
		Patient patient = billed.patient();
		x12.segment("CLP", billed.claimNumber(), claim.status(), Cents.format(claim.charge()),
				Cents.format(claim.paid()), Cents.format(claim.patientResponsibility()),
				claim.payer().filingIndicator(), claim.payerClaimNumber(), billed.placeOfService(), "1");
		CasSegments.write(x12, claim.claimAdjustments());
		x12.segment("NM1", "QC", "1", patient.lastName(), patient.firstName(), "", "", "", "MI", billed.memberId());
		String[] rendering = ProviderDirectory.renderingName(profile, billed.renderingNpi());
		x12.segment("NM1", "82", "1", rendering[0], rendering[1], "", "", "", "XX", billed.renderingNpi());
		if (claim.crossover() != null) {
			x12.segment("NM1", "TT", "2", claim.crossover().name(), "", "", "", "", "PV", claim.crossover().payerId());
		}
		if (!claim.claimRemarks().isEmpty()) {
			List<String> moa = new ArrayList<>(List.of("", ""));
			moa.addAll(claim.claimRemarks());
			x12.segment("MOA", moa.toArray(String[]::new));
		}
		String serviceDate = SegmentWriter.date(billed.serviceDate());
		x12.segment("DTM", "232", serviceDate);
		x12.segment("DTM", "233", serviceDate);
		x12.segment("DTM", "050", SegmentWriter.date(billed.submissionDate().plusDays(1)));
		for (LineAdjudication line : claim.lines()) {
			x12.segment("SVC", line.line().procedureComposite(), Cents.format(line.charge()), Cents.format(line.paid()),
					"", String.valueOf(line.units()));
			x12.segment("DTM", "472", serviceDate);
			CasSegments.write(x12, line.adjustments());
			x12.segment("REF", "6R", line.line().lineControl());
			if (line.allowed() != 0) {
				x12.segment("AMT", "B6", Cents.format(line.allowed()));
			}
			for (String remark : line.remarks()) {
				x12.segment("LQ", "HE", remark);
			}
		}
	}

	// a stable, made-up EIN per payer (String.hashCode is specified, so this is
	// repeatable)
	private static String taxIdOf(Payer payer) {
		return "%09d".formatted(Math.floorMod(payer.name().hashCode(), 900_000_000) + 100_000_000);
	}

}
