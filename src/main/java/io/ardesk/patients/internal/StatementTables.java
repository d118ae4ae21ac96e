package io.ardesk.patients.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

import io.ardesk.shared.ui.Formats;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/** The tables of a patient letter: visits, account summary and balance by age. */
final class StatementTables {

	private static final String[] VISIT_HEADERS = { "Date of service", "Provider", "Description", "Charge",
			"Insurance paid", "Insurance adjustments", "Your payments", "Your balance" };

	private StatementTables() {
	}

	/** One row per visit, a total row; the header repeats on every page. */
	static PdfPTable visits(List<StatementContent.Visit> visits) {
		PdfPTable table = new PdfPTable(new float[] { 0.95f, 1.75f, 2.45f, 0.9f, 0.9f, 1f, 0.9f, 0.9f });
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		for (int i = 0; i < VISIT_HEADERS.length; i++) {
			table.addCell(header(VISIT_HEADERS[i], (i < 3) ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT));
		}
		for (StatementContent.Visit visit : visits) {
			table.addCell(cell(Formats.date(visit.serviceDate()), StatementFonts.TABLE, Element.ALIGN_LEFT));
			table.addCell(cell(visit.provider(), StatementFonts.TABLE, Element.ALIGN_LEFT));
			table.addCell(description(visit));
			table.addCell(amount(visit.charge(), StatementFonts.TABLE));
			table.addCell(amount(visit.insurancePaid(), StatementFonts.TABLE));
			table.addCell(amount(visit.insuranceAdjustments().negate(), StatementFonts.TABLE));
			table.addCell(amount(visit.patientPayments().negate(), StatementFonts.TABLE));
			table.addCell(amount(visit.patientBalance(), StatementFonts.TABLE_BOLD));
		}
		PdfPCell label = cell("Total", StatementFonts.TABLE_BOLD, Element.ALIGN_LEFT);
		label.setColspan(3);
		table.addCell(label);
		table.addCell(amount(total(visits, StatementContent.Visit::charge), StatementFonts.TABLE_BOLD));
		table.addCell(amount(total(visits, StatementContent.Visit::insurancePaid), StatementFonts.TABLE_BOLD));
		table.addCell(amount(total(visits, StatementContent.Visit::insuranceAdjustments).negate(),
				StatementFonts.TABLE_BOLD));
		table.addCell(
				amount(total(visits, StatementContent.Visit::patientPayments).negate(), StatementFonts.TABLE_BOLD));
		table.addCell(amount(total(visits, StatementContent.Visit::patientBalance), StatementFonts.TABLE_BOLD));
		table.setSpacingAfter(10);
		return table;
	}

	/** The code lines, and a note when insurance still owes or part was written off. */
	private static PdfPCell description(StatementContent.Visit visit) {
		Paragraph text = new Paragraph(10, String.join("\n", visit.services()), StatementFonts.TABLE);
		if (visit.insurancePending().signum() > 0) {
			text.add(new Phrase(10, "\nInsurance still owes " + Formats.money(visit.insurancePending()),
					StatementFonts.SMALL));
		}
		if (visit.writtenOff().signum() > 0) {
			text.add(
					new Phrase(10, "\nCourtesy adjustment " + Formats.money(visit.writtenOff()), StatementFonts.SMALL));
		}
		PdfPCell cell = new PdfPCell();
		cell.addElement(text);
		border(cell);
		cell.setPaddingTop(0);
		return cell;
	}

	/** The balance by age on the left, the account summary on the right. */
	static PdfPTable summaryAndAging(StatementContent content) {
		PdfPTable outer = new PdfPTable(new float[] { 1f, 0.12f, 1f });
		outer.setWidthPercentage(100);
		outer.setKeepTogether(true);
		outer.addCell(plainTable(aging(content.aging())));
		outer.addCell(plain(new Paragraph(" ")));
		outer.addCell(plainTable(summary(content)));
		return outer;
	}

	private static PdfPTable aging(StatementContent.Aging aging) {
		PdfPTable table = new PdfPTable(5);
		table.setWidthPercentage(100);
		PdfPCell title = header("YOUR BALANCE BY AGE (DAYS SINCE INSURANCE PROCESSED)", Element.ALIGN_LEFT);
		title.setColspan(5);
		table.addCell(title);
		for (String bucket : new String[] { "Current", "31–60", "61–90", "Over 90", "Total" }) {
			table.addCell(cell(bucket, StatementFonts.SMALL_BOLD, Element.ALIGN_RIGHT));
		}
		for (BigDecimal amount : List.of(aging.current(), aging.days31To60(), aging.days61To90(), aging.over90())) {
			table.addCell(amount(amount, StatementFonts.TABLE));
		}
		table.addCell(amount(aging.total(), StatementFonts.TABLE_BOLD));
		return table;
	}

	private static PdfPTable summary(StatementContent content) {
		StatementContent.Summary summary = content.summary();
		PdfPTable table = new PdfPTable(new float[] { 2f, 1f });
		table.setWidthPercentage(100);
		PdfPCell title = header("ACCOUNT SUMMARY", Element.ALIGN_LEFT);
		title.setColspan(2);
		table.addCell(title);
		line(table, "Previous balance", summary.previousBalance(), StatementFonts.TABLE);
		line(table, "New charges", summary.newCharges(), StatementFonts.TABLE);
		line(table, "Payments received", summary.payments().negate(), StatementFonts.TABLE);
		line(table, "Adjustments", summary.adjustments(), StatementFonts.TABLE);
		line(table, "Amount due by " + Formats.date(content.letter().dueDate()), summary.amountDue(),
				StatementFonts.BIG_AMOUNT);
		return table;
	}

	private static void line(PdfPTable table, String label, BigDecimal amount, Font font) {
		table.addCell(cell(label, (font == StatementFonts.BIG_AMOUNT) ? StatementFonts.BOLD : StatementFonts.TABLE,
				Element.ALIGN_LEFT));
		table.addCell(amount(amount, font));
	}

	static PdfPCell header(String text, int alignment) {
		PdfPCell cell = new PdfPCell(new Phrase(text, StatementFonts.SMALL_BOLD));
		cell.setBackgroundColor(StatementFonts.SHADE);
		cell.setHorizontalAlignment(alignment);
		cell.setVerticalAlignment(Element.ALIGN_BOTTOM);
		border(cell);
		cell.setPadding(3);
		return cell;
	}

	/** A cell without borders, for laying out. */
	static PdfPCell plain(Paragraph paragraph) {
		PdfPCell cell = new PdfPCell();
		cell.addElement(paragraph);
		cell.setBorder(Rectangle.NO_BORDER);
		cell.setPadding(0);
		return cell;
	}

	private static PdfPCell plainTable(PdfPTable table) {
		PdfPCell cell = new PdfPCell(table);
		cell.setBorder(Rectangle.NO_BORDER);
		cell.setPadding(0);
		return cell;
	}

	private static PdfPCell cell(String text, Font font, int alignment) {
		PdfPCell cell = new PdfPCell(new Phrase(text, font));
		cell.setHorizontalAlignment(alignment);
		border(cell);
		cell.setPadding(3);
		return cell;
	}

	private static PdfPCell amount(BigDecimal amount, Font font) {
		return cell(Formats.money(amount), font, Element.ALIGN_RIGHT);
	}

	private static void border(PdfPCell cell) {
		cell.setBorder(Rectangle.BOTTOM);
		cell.setBorderColor(StatementFonts.RULE);
		cell.setBorderWidth(0.5f);
	}

	private static BigDecimal total(List<StatementContent.Visit> visits,
			Function<StatementContent.Visit, BigDecimal> amount) {
		return visits.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
