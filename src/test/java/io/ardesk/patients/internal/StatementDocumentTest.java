package io.ardesk.patients.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.ardesk.patients.MailingAddress;
import io.ardesk.patients.ReminderLevel;
import io.ardesk.tenancy.BillingContact;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The printed letter, read back with PDFBox as a person (or a window envelope) sees it.
 * The rendered samples land in {@code target/statements/} for a look with pdftoppm.
 */
class StatementDocumentTest {

	static final BillingContact BILLING = new BillingContact(
			"Lakeview Orthopedics\n1200 Lakeview Parkway, Suite 300\nDenver, CO 80204", "(303) 555-0142",
			"Billing office, Dana Ruiz", "https://pay.lakeview-ortho.example/statement", "Mon-Fri 8:00 am - 5:00 pm MT",
			"Lakeview Orthopedics", "Lakeview Orthopedics\nPO Box 4410\nDenver, CO 80201");

	@Test
	void theStatementCarriesPracticePatientDueDateAmountAndTheStub() throws IOException {
		byte[] pdf = StatementDocument.write(content(ReminderLevel.STATEMENT, 2));
		save("statement-sample.pdf", pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
			assertThat(document.getPage(0).getMediaBox().getHeight()).isEqualTo(792f);
			// Headers wrap inside their cells: read the words, not the lines.
			String text = new PDFTextStripper().getText(document).replaceAll("[ \\t]*\\R[ \\t]*", " ");
			assertThat(text).contains("1200 Lakeview Parkway, Suite 300", "Denver, CO 80204", "(303) 555-0142",
					"Billing office, Dana Ruiz");
			assertThat(text).contains("JANE DOE 12 ELM STREET APT 4 AURORA CO  80012-1234");
			assertThat(text).contains("Due date", "12/26/2026", "Amount due", "$85.00");
			assertThat(text).contains("Statement number", "ST-000042", "Account number", "ACCT-77");
			assertThat(text).contains("99213 Office visit", "36415 Blood draw", "Insurance adjustments",
					"Your payments", "Your balance");
			assertThat(text).contains("Previous balance", "New charges", "Payments received", "Over 90");
			assertThat(text).contains("https://pay.lakeview-ortho.example/statement", "Mon-Fri 8:00 am - 5:00 pm MT",
					"Make checks payable to");
			assertThat(text).contains("Amount enclosed", "PO Box 4410", "Denver, CO 80201",
					"Please detach and return the top portion");
		}
	}

	@Test
	void theAddressesSitWhereTheEnvelopeWindowsAre() throws IOException {
		byte[] pdf = StatementDocument.write(content(ReminderLevel.STATEMENT, 1));
		try (PDDocument document = Loader.loadPDF(pdf)) {
			// #10 double window: upper window about 0.45"-1.45" from the top, lower
			// window about 2.1"-3.1", both starting 7/8" from the left edge.
			assertThat(area(document, 0.85, 0.5, 3.4, 0.9)).contains("Lakeview Orthopedics", "1200 Lakeview Parkway")
				.doesNotContain("JANE DOE");
			assertThat(area(document, 0.85, 2.15, 3.4, 0.9)).contains("JANE DOE", "12 ELM STREET",
					"AURORA CO  80012-1234");
			// The coupon on the right stays clear of the windows.
			assertThat(area(document, 0.85, 0.5, 3.4, 2.6)).doesNotContain("Amount enclosed", "ACCT-77");
			assertThat(area(document, 4.5, 0.4, 3.6, 3.0)).contains("Amount enclosed", "ACCT-77", "$55.00",
					"PO Box 4410");
			// Everything above the tear line is the stub; the visits are below it.
			assertThat(area(document, 0, 0, 8.5, 3.5)).doesNotContain("99213");
		}
	}

	@Test
	void aFinalNoticeSaysSoAndALongVisitListRunsOntoAnotherPage() throws IOException {
		byte[] pdf = StatementDocument.write(content(ReminderLevel.FINAL_NOTICE, 34));
		save("final-notice-sample.pdf", pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(2);
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("FINAL NOTICE BEFORE COLLECTIONS", "collection agency", "Page 1 of 2",
					"Page 2 of 2");
			PDFTextStripper secondPage = new PDFTextStripper();
			secondPage.setStartPage(2);
			secondPage.setEndPage(2);
			// The visit table's header repeats on the next page.
			assertThat(secondPage.getText(document).replaceAll("[ \\t]*\\R[ \\t]*", " ")).contains("Date of service",
					"Your balance");
		}
	}

	private static String area(PDDocument document, double left, double top, double width, double height)
			throws IOException {
		PDFTextStripperByArea stripper = new PDFTextStripperByArea();
		stripper.addRegion("area", new java.awt.geom.Rectangle2D.Double(left * 72, top * 72, width * 72, height * 72));
		stripper.extractRegions(document.getPage(0));
		return stripper.getTextForRegion("area");
	}

	static StatementContent content(ReminderLevel level, int visits) {
		List<StatementContent.Visit> list = new ArrayList<>();
		for (int i = 0; i < visits; i++) {
			boolean first = i == 0;
			list.add(new StatementContent.Visit(LocalDate.of(2026, 9, 1).plusDays(7L * i), "Lakeview Main Clinic",
					first ? List.of("99213 Office visit", "36415 Blood draw") : List.of("73562 Knee X-ray"),
					new BigDecimal(first ? "185.00" : "120.00"), new BigDecimal(first ? "80.00" : "60.00"),
					new BigDecimal(first ? "40.00" : "30.00"), new BigDecimal(first ? "10.00" : "0.00"),
					BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal(first ? "55.00" : "30.00")));
		}
		BigDecimal due = list.stream()
			.map(StatementContent.Visit::patientBalance)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		LocalDate date = LocalDate.of(2026, 12, 5);
		return new StatementContent(new StatementContent.Practice("Lakeview Orthopedics", BILLING),
				new StatementContent.Recipient("Jane Doe", "ACCT-77",
						new MailingAddress("12 Elm Street", "Apt 4", "Aurora", "CO", "800121234")),
				new StatementContent.Letter(level, "ST-000042", date, date.plusDays(21)), list,
				new StatementContent.Summary(new BigDecimal("55.00"), due.subtract(new BigDecimal("40.00")),
						new BigDecimal("10.00"), new BigDecimal("-5.00").add(new BigDecimal("5.00")), due),
				new StatementContent.Aging(new BigDecimal("30.00"), BigDecimal.ZERO, BigDecimal.ZERO,
						due.subtract(new BigDecimal("30.00"))));
	}

	private static void save(String name, byte[] pdf) throws IOException {
		Path folder = Path.of("target", "statements");
		Files.createDirectories(folder);
		Files.write(folder.resolve(name), pdf);
	}

}
