package io.ardesk.patients.internal;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.ardesk.patients.OpenPatientClaim;
import io.ardesk.patients.ReminderLevel;
import io.ardesk.shared.ui.Formats;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A patient statement on US Letter: who owes what for which visit, the total due and,
 * from the first reminder on, how firmly the practice asks.
 */
final class StatementDocument {

	private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);

	private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);

	private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);

	private StatementDocument() {
	}

	record Content(String practice, String patientName, @Nullable String accountNumber, LocalDate statementDate,
			ReminderLevel level, List<OpenPatientClaim> claims, BigDecimal totalDue) {
	}

	static byte[] write(Content content) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.LETTER, 54, 54, 54, 54);
		PdfWriter.getInstance(document, out);
		document.addTitle("Patient statement");
		document.open();
		document.add(new Paragraph(content.practice(), TITLE));
		document.add(new Paragraph(content.level().wording(), HEADING));
		document.add(new Paragraph("Statement date: " + Formats.date(content.statementDate()), BODY));
		document.add(new Paragraph("Patient: " + content.patientName(), BODY));
		if (content.accountNumber() != null) {
			document.add(new Paragraph("Account number: " + content.accountNumber(), BODY));
		}
		document.add(new Paragraph(" ", BODY));
		document.add(claimsTable(content.claims()));
		Paragraph total = new Paragraph("Total due: " + Formats.money(content.totalDue()), HEADING);
		total.setAlignment(Element.ALIGN_RIGHT);
		document.add(total);
		document.add(new Paragraph(" ", BODY));
		document.add(new Paragraph(message(content.level()), BODY));
		document.close();
		return out.toByteArray();
	}

	private static PdfPTable claimsTable(List<OpenPatientClaim> claims) {
		PdfPTable table = new PdfPTable(new float[] { 1.2f, 1.6f, 1f, 1.2f, 1.2f });
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		for (String header : List.of("Date of service", "Claim number", "Billed", "Insurance paid", "You owe")) {
			table.addCell(new PdfPCell(new Phrase(header, HEADING)));
		}
		for (OpenPatientClaim claim : claims) {
			table.addCell(new PdfPCell(new Phrase(Formats.date(claim.serviceDate()), BODY)));
			table.addCell(new PdfPCell(new Phrase(claim.claimNumber(), BODY)));
			table.addCell(money(claim.billed()));
			table.addCell(money(claim.insurancePaid()));
			table.addCell(money(claim.patientBalance()));
		}
		return table;
	}

	private static PdfPCell money(BigDecimal amount) {
		PdfPCell cell = new PdfPCell(new Phrase(Formats.money(amount), BODY));
		cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
		return cell;
	}

	private static String message(ReminderLevel level) {
		return switch (level) {
			case NEW -> "Your insurance has processed these visits. Please pay the amount you owe.";
			case REMINDER -> "This balance is past due. Please pay it or call us to set up a payment plan.";
			case SECOND_NOTICE -> "This balance is more than 60 days past due. Please pay it now or call us today.";
			case FINAL_NOTICE -> "This is your final notice. If we do not hear from you, the balance will be "
					+ "handed to a collection agency.";
		};
	}

}
