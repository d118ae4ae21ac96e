package io.ardesk.edi;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import io.ardesk.edi.SubmittedClaim.ClaimForm;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CsvClaimReaderTest {

	private static final String HEADER = "claim_number,patient_account,patient_last_name,payer_name,service_date_from,procedure_code,line_charge";

	@Test
	void rowsOfTheSameClaimAreGroupedEvenWhenNotAdjacent() {
		ClaimFile file = read(HEADER, "C1,A1,Roe,Plan A,03/02/2026,99213,100.00",
				"C2,A2,Poe,Plan B,03/03/2026,99214,150", "C1,A1,Roe,Plan A,03/04/2026,36415,12.5");

		assertThat(file.format()).isEqualTo(FileFormat.CSV_CLAIMS);
		assertThat(file.claims()).extracting(SubmittedClaim::claimNumber).containsExactly("C1", "C2");
		SubmittedClaim first = file.claims().getFirst();
		assertThat(first.lines()).extracting(ServiceLine::lineNumber, ServiceLine::procedureCode)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, "99213"),
					org.assertj.core.groups.Tuple.tuple(2, "36415"));
		assertThat(first.billedAmount()).isEqualByComparingTo("112.50");
		assertThat(first.serviceDateFrom()).isEqualTo(LocalDate.of(2026, 3, 2));
		assertThat(first.serviceDateTo()).isEqualTo(LocalDate.of(2026, 3, 4));
		assertThat(first.position()).isEqualTo(2);
		assertThat(first.responsibilitySequence()).isEqualTo("P");
		assertThat(first.frequencyCode()).isEqualTo("1");
		assertThat(first.form()).isEqualTo(ClaimForm.PROFESSIONAL);
		assertThat(first.patient().accountNumber()).isEqualTo("A1");
		assertThat(first.patient().lastName()).isEqualTo("Roe");
		assertThat(first.lines().getFirst().units()).isEqualByComparingTo("1");
		assertThat(first.priorPayers()).isEmpty();
	}

	@Test
	void usAndIsoDatesAreRead() {
		ClaimFile file = read(HEADER + ",patient_dob,service_date_to,submission_date",
				"C1,A1,Roe,Plan,3/2/2026,99213,10,12/31/1979,03/02/2026,2026-03-05",
				"C2,A2,Poe,Plan,2026-03-02,99213,10,1979-01-05,2026-03-03,03/09/2026");

		SubmittedClaim us = file.claims().get(0);
		assertThat(us.serviceDateFrom()).isEqualTo(LocalDate.of(2026, 3, 2));
		assertThat(us.patient().dateOfBirth()).isEqualTo(LocalDate.of(1979, 12, 31));
		assertThat(us.submissionDate()).isEqualTo(LocalDate.of(2026, 3, 5));
		SubmittedClaim iso = file.claims().get(1);
		assertThat(iso.serviceDateTo()).isEqualTo(LocalDate.of(2026, 3, 3));
		assertThat(iso.patient().dateOfBirth()).isEqualTo(LocalDate.of(1979, 1, 5));
		assertThat(iso.submissionDate()).isEqualTo(LocalDate.of(2026, 3, 9));
	}

	@Test
	void moneyIsReadExactly() {
		ClaimFile file = read(HEADER, "C1,A1,Roe,Plan,03/02/2026,99213,\"1,234.50\"",
				"C1,A1,Roe,Plan,03/02/2026,99214,$0.10", "C1,A1,Roe,Plan,03/02/2026,99215,\"$1,000,000.2\"",
				"C1,A1,Roe,Plan,03/02/2026,99211,0.20");

		SubmittedClaim claim = file.claims().getFirst();
		assertThat(claim.lines()).extracting(ServiceLine::charge)
			.containsExactly(new BigDecimal("1234.50"), new BigDecimal("0.10"), new BigDecimal("1000000.20"),
					new BigDecimal("0.20"));
		assertThat(claim.billedAmount()).isEqualTo(new BigDecimal("1001235.00"));
	}

	@Test
	void quotedFieldsMayHoldCommasQuotesAndLineBreaks() {
		ClaimFile file = read("Claim #,Patient Account,Patient_Last_Name,PAYER,DOS,CPT,Charge,location",
				"C1,A1,\"O'Hara, \"\"Jr\"\"\",\"Plan, Inc.\",03/02/2026,99213,10,\"Suite 1", "Main St\"",
				"C2,A2,Poe,Plan,03/02/2026,99213,10,");

		SubmittedClaim claim = file.claims().getFirst();
		assertThat(claim.patient().lastName()).isEqualTo("O'Hara, \"Jr\"");
		assertThat(claim.payerName()).isEqualTo("Plan, Inc.");
		assertThat(claim.location()).isEqualTo("Suite 1\nMain St");
		// the quoted line break makes the next claim start on physical line 4
		assertThat(file.claims().get(1).position()).isEqualTo(4);
	}

	@Test
	void optionalColumnsAreRead() {
		ClaimFile file = read(
				"claim_number,patient_account,patient_last_name,patient_first_name,member_id,payer_name,payer_id,responsibility,frequency_code,payer_claim_number,billing_npi,rendering_npi,service_date_from,procedure_code,modifiers,units,line_charge,revenue_code,claim_form",
				"C1,A1,Roe,Jo,M123,Plan,P01,s,7,ICN9,1234567893,1987654328,03/02/2026,j1100,25 59,2.5,10,450,institutional");

		SubmittedClaim claim = file.claims().getFirst();
		assertThat(claim.patient().firstName()).isEqualTo("Jo");
		assertThat(claim.patient().memberId()).isEqualTo("M123");
		assertThat(claim.payerId()).isEqualTo("P01");
		assertThat(claim.responsibilitySequence()).isEqualTo("S");
		assertThat(claim.isReplacement()).isTrue();
		assertThat(claim.payerClaimControlNumber()).isEqualTo("ICN9");
		assertThat(claim.billingNpi()).isEqualTo("1234567893");
		assertThat(claim.renderingNpi()).isEqualTo("1987654328");
		assertThat(claim.form()).isEqualTo(ClaimForm.INSTITUTIONAL);
		ServiceLine line = claim.lines().getFirst();
		assertThat(line.procedureCode()).isEqualTo("J1100");
		assertThat(line.modifiers()).containsExactly("25", "59");
		assertThat(line.units()).isEqualByComparingTo("2.5");
		assertThat(line.revenueCode()).isEqualTo("0450");
		assertThat(file.warnings()).isEmpty();
	}

	@Test
	void modifiersMaySeparateWithColons() {
		ClaimFile file = read(HEADER + ",modifiers", "C1,A1,Roe,Plan,03/02/2026,99213,10,25:59");

		assertThat(file.claims().getFirst().lines().getFirst().modifiers()).containsExactly("25", "59");
	}

	@Test
	void missingRequiredColumnsAreNamed() {
		assertThatExceptionOfType(MalformedFileException.class)
			.isThrownBy(() -> read("claim_number,patient_account,patient_last_name,service_date_from,procedure_code",
					"C1,A1,Roe,03/02/2026,99213"))
			.satisfies((ex) -> {
				assertThat(ex.issues()).hasSize(1);
				assertThat(ex.issues().getFirst().message()).contains("payer_name", "line_charge");
				assertThat(ex.issues().getFirst().position()).isEqualTo(1);
			});
	}

	@Test
	void badDateIsReportedWithItsLineAndColumnButNotItsValue() {
		assertThatExceptionOfType(MalformedFileException.class)
			.isThrownBy(() -> read(HEADER + ",patient_dob", "C1,A1,Roe,Plan,03/02/2026,99213,10,04/15/1980",
					"C2,A2,Poe,Plan,03/02/2026,99213,10,1980-02-30", "C3,A3,Doe,Plan,03/02/2026,99213,10,13/01/1980"))
			.satisfies((ex) -> {
				assertThat(ex.issues()).extracting(FileIssue::position).containsExactly(3, 4);
				assertThat(ex.issues()).extracting(FileIssue::segment).containsOnly("patient_dob");
				assertThat(ex.issues().getFirst().message())
					.isEqualTo("line 3: patient_dob is not a date; use MM/DD/YYYY or YYYY-MM-DD");
				assertThat(ex.getMessage()).doesNotContain("1980");
			});
	}

	@Test
	void everyBadRowIsReportedAndNothingIsReturned() {
		assertThatExceptionOfType(MalformedFileException.class)
			.isThrownBy(() -> read(HEADER, "C1,,Roe,Plan,03/02/2026,99213,ten", "C2,A2,Poe,Plan,03/02/26,992,10",
					"C3,A3,Doe,Plan,03/02/2026,99213,-5.00", "C4,A4,Foe,Plan,03/02/2026,99213,10,extra"))
			.satisfies((ex) -> assertThat(ex.issues()).extracting(FileIssue::message)
				.containsExactly("line 2: patient_account is required",
						"line 2: line_charge is not an amount of money (for example 1,234.50)",
						"line 3: service_date_from is not a date; use MM/DD/YYYY or YYYY-MM-DD",
						"line 3: procedure_code is not a five-character CPT or HCPCS code",
						"line 4: line_charge must not be negative",
						"line 5: the row has more values than the header has columns (is a comma missing quotes?)"));
	}

	@Test
	void rowsOfOneClaimMustAgreeOnClaimLevelColumns() {
		assertThatExceptionOfType(MalformedFileException.class)
			.isThrownBy(
					() -> read(HEADER, "C1,A1,Roe,Plan A,03/02/2026,99213,10", "C2,A2,Poe,Plan A,03/02/2026,99213,10",
							"C1,A1,Roe,plan  a,03/03/2026,99214,10", "C1,A1,Roe,Plan B,03/03/2026,99214,10"))
			.satisfies((ex) -> {
				assertThat(ex.issues()).hasSize(1);
				FileIssue issue = ex.issues().getFirst();
				assertThat(issue.message())
					.isEqualTo("line 5: payer_name differs from line 2 of the same claim_number");
				assertThat(issue.segment()).isEqualTo("payer_name");
				assertThat(issue.position()).isEqualTo(5);
			});
	}

	@Test
	void emptyFileAndHeaderOnlyAreClearErrors() {
		assertThatExceptionOfType(MalformedFileException.class).isThrownBy(() -> CsvClaimReader.read(new byte[0]))
			.withMessage("The file is empty");
		assertThatExceptionOfType(MalformedFileException.class).isThrownBy(() -> read(HEADER, "", ""))
			.withMessageContaining("header but no claim rows");
		assertThatExceptionOfType(MalformedFileException.class).isThrownBy(() -> read("a,b,c", "1,2,3"))
			.withMessageContaining("header");
	}

	@Test
	void unknownColumnsAndDoubtfulValuesAreWarnings() {
		ClaimFile file = read(HEADER + ",notes,billing_npi,frequency_code",
				"C1,A1,Roe,Plan,03/02/2026,99213,10,x,1234567890,8");

		assertThat(file.claims()).hasSize(1);
		assertThat(file.warnings()).extracting(FileIssue::segment)
			.containsExactly("notes", "billing_npi", "payer_claim_number");
	}

	@Test
	void windowsExportsAreRead() {
		String csv = HEADER + "\r\n" + "C1,A1,Muñoz,Plan,03/02/2026,99213,10\r\n";
		ClaimFile file = CsvClaimReader.read(csv.getBytes(Charset.forName("windows-1252")));

		assertThat(file.claims().getFirst().patient().lastName()).isEqualTo("Muñoz");
		ClaimFile bom = CsvClaimReader.read(("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8));
		assertThat(bom.claims()).hasSize(1);
	}

	@Test
	void unclosedQuoteIsAnError() {
		assertThatExceptionOfType(MalformedFileException.class)
			.isThrownBy(() -> read(HEADER, "C1,A1,\"Roe,Plan,03/02/2026,99213,10"))
			.satisfies((ex) -> assertThat(ex.issues().getFirst().position()).isEqualTo(2));
	}

	@Test
	void shippedTemplateParses() throws IOException {
		byte[] template;
		try (InputStream in = getClass().getResourceAsStream("/static/templates/claims-import-template.csv")) {
			assertThat(in).isNotNull();
			template = in.readAllBytes();
		}
		ClaimFile file = CsvClaimReader.read(template);

		assertThat(file.warnings()).isEmpty();
		assertThat(file.claims()).hasSize(2);
		assertThat(file.claims().getFirst().billedAmount()).isEqualByComparingTo("1335.50");
		assertThat(file.claims().get(1).patient().lastName()).isEqualTo("Doe-Testcase, Jr");
		assertThat(file.claims().get(1).lines().getFirst().modifiers()).containsExactly("95", "HO");
		// The second claim goes to the secondary payer with what the primary did.
		assertThat(file.claims().get(1).priorPayers()).singleElement().satisfies((prior) -> {
			assertThat(prior.payerSequence()).isEqualTo("P");
			assertThat(prior.paidAmount()).isEqualByComparingTo("180.00");
			assertThat(prior.remainingPatientLiability()).isEqualByComparingTo("60.00");
		});
		assertThat(file.claims().get(1).billingTaxId()).isEqualTo("123456789");
	}

	@Test
	void priorPayerAmountsOfASecondaryClaimMustAddUpToItsCharge() {
		String header = HEADER + ",responsibility,prior_payer_paid,prior_payer_adjusted,patient_responsibility";
		ClaimFile inferred = read(header, "C1,A1,Roe,Plan,03/02/2026,99213,100.00,S,70.00,,30.00");
		assertThat(inferred.claims().getFirst().priorPayers().getFirst().adjustments())
			.as("no adjustment when paid and patient responsibility make the charge")
			.isEmpty();
		assertThat(read(header, "C2,A1,Roe,Plan,03/02/2026,99213,100.00,S,70.00,,").claims()
			.getFirst()
			.priorPayers()
			.getFirst()
			.remainingPatientLiability()).as("the rest is the patient's").isEqualByComparingTo("30.00");
		assertThatExceptionOfType(MalformedFileException.class)
			.isThrownBy(() -> read(header, "C3,A1,Roe,Plan,03/02/2026,99213,100.00,S,70.00,10.00,30.00"))
			.satisfies((ex) -> assertThat(ex.issues().getFirst().describe()).contains("line 2",
					"must equal the claim's billed amount"));
		assertThatExceptionOfType(MalformedFileException.class)
			.isThrownBy(() -> read(header, "C4,A1,Roe,Plan,03/02/2026,99213,100.00,P,70.00,,30.00"))
			.satisfies((ex) -> assertThat(ex.issues().getFirst().describe()).contains("responsibility must be S or T"));
	}

	@Test
	void thePatientsMailingAddressIsReadFromTheAddressColumns() {
		ClaimFile file = read(HEADER + ",patient_address1,patient_address2,patient_city,patient_state,patient_zip",
				"C1,A1,Roe,Plan,03/02/2026,99213,10,\"12 Elm St, Rear\",Apt 4,Aurora,co,800121234",
				"C1,A1,Roe,Plan,03/02/2026,36415,5,\"12 ELM ST,  REAR\",Apt 4,Aurora,CO,80012-1234",
				"C2,A2,Poe,Plan,03/02/2026,99213,10,,,,,");

		assertThat(file.claims().get(0).patient().address())
			.isEqualTo(new PostalAddress("12 Elm St, Rear", "Apt 4", "Aurora", "CO", "80012-1234"));
		assertThat(file.claims().get(1).patient().address()).isNull();
	}

	@Test
	void anIncompleteOrMalformedAddressIsReportedByColumn() {
		assertThatExceptionOfType(MalformedFileException.class)
			.isThrownBy(() -> read(HEADER + ",address,city,state,zip",
					"C1,A1,Roe,Plan,03/02/2026,99213,10,12 Elm St,,CO,8001",
					"C2,A2,Poe,Plan,03/02/2026,99213,10,1 Oak Rd,Denver,Colorado,80202"))
			.satisfies((ex) -> assertThat(ex.issues()).extracting(FileIssue::message)
				.containsExactly("line 2: patient_zip is not a ZIP code (five digits, or ZIP+4 such as 80204-1234)",
						"line 2: patient_city is required when the row gives a patient address",
						"line 3: patient_state is not a two-letter state code such as CO"));
	}

	private static ClaimFile read(String... lines) {
		return CsvClaimReader.read(String.join("\n", List.of(lines)).getBytes(StandardCharsets.UTF_8));
	}

}
