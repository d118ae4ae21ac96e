package io.ardesk.patients.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.ardesk.shared.ui.Formats;
import io.ardesk.tenancy.BillingContact;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;

/**
 * The top third of the first page: the part that shows through a standard #10
 * double-window envelope and that the patient tears off and mails back with the payment.
 *
 * <p>
 * Positions (from the top-left corner of the page, letter size, folded in three): the
 * practice's return address 1" from the left, 0.6"–1.3" from the top (upper window); the
 * patient's address 1" from the left, 2.15"–2.95" from the top (lower window); the
 * payment coupon on the right half, clear of both windows; the tear line at 3.5".
 */
final class RemittanceStub {

	static final float PAGE_HEIGHT = 792;

	static final float INCH = 72;

	/** Where the tear line runs, from the top of the page. */
	static final float TEAR_LINE = 3.5f * INCH;

	private static final float LEFT = INCH;

	private static final float COUPON_LEFT = 4.6f * INCH;

	private static final float COUPON_RIGHT = 7.9f * INCH;

	private RemittanceStub() {
	}

	static void draw(PdfContentByte canvas, StatementContent content) throws org.openpdf.text.DocumentException {
		returnAddress(canvas, content.practice());
		patientAddress(canvas, content.patient());
		coupon(canvas, content);
		tearLine(canvas);
	}

	private static void returnAddress(PdfContentByte canvas, StatementContent.Practice practice) {
		List<String> lines = new ArrayList<>(StatementFonts.lines(practice.billing().address()));
		if (!lines.isEmpty() && lines.getFirst().equalsIgnoreCase(practice.name())) {
			lines.removeFirst();
		}
		float y = top(0.72f * INCH);
		text(canvas, practice.name(), StatementFonts.ADDRESS_BOLD, LEFT, y, Element.ALIGN_LEFT);
		for (String line : lines.subList(0, Math.min(3, lines.size()))) {
			y -= 11;
			text(canvas, line, StatementFonts.ADDRESS, LEFT, y, Element.ALIGN_LEFT);
		}
	}

	/** USPS prefers capitals and no punctuation beyond what the address needs. */
	private static void patientAddress(PdfContentByte canvas, StatementContent.Recipient patient) {
		List<String> lines = new ArrayList<>();
		lines.add(patient.mailingName());
		lines.addAll(patient.address().lines());
		float y = top(2.3f * INCH);
		for (String line : lines.subList(0, Math.min(5, lines.size()))) {
			text(canvas, line.toUpperCase(Locale.US), StatementFonts.ADDRESS, LEFT, y, Element.ALIGN_LEFT);
			y -= 12;
		}
	}

	private static void coupon(PdfContentByte canvas, StatementContent content)
			throws org.openpdf.text.DocumentException {
		StatementContent.Letter letter = content.letter();
		float y = top(0.55f * INCH);
		text(canvas, "PLEASE RETURN THIS PORTION WITH YOUR PAYMENT", StatementFonts.SMALL_BOLD, COUPON_LEFT, y,
				Element.ALIGN_LEFT);
		y -= 6;
		y = row(canvas, y, "Statement date", Formats.date(letter.date()), StatementFonts.BODY);
		y = row(canvas, y, "Statement number", letter.number(), StatementFonts.BODY);
		y = row(canvas, y, "Account number", content.patient().accountNumber(), StatementFonts.BOLD);
		y = row(canvas, y, "Please pay by", Formats.date(letter.dueDate()), StatementFonts.BOLD);
		y = row(canvas, y, "Amount due", StatementFonts.money(content.summary().amountDue()),
				StatementFonts.BIG_AMOUNT);
		// The box the patient writes the amount in.
		float boxBottom = y - 24;
		text(canvas, "Amount enclosed", StatementFonts.BODY, COUPON_LEFT, boxBottom + 7, Element.ALIGN_LEFT);
		canvas.setLineWidth(0.8f);
		canvas.setColorStroke(java.awt.Color.BLACK);
		canvas.rectangle(COUPON_RIGHT - 112, boxBottom, 112, 20);
		canvas.stroke();
		text(canvas, "$", StatementFonts.ADDRESS, COUPON_RIGHT - 106, boxBottom + 6, Element.ALIGN_LEFT);
		y = boxBottom - 14;
		BillingContact billing = content.practice().billing();
		String payableTo = (billing.checksPayableTo() != null) ? billing.checksPayableTo() : content.practice().name();
		text(canvas, "Make checks payable to: ", StatementFonts.SMALL, COUPON_LEFT, y, Element.ALIGN_LEFT);
		text(canvas, payableTo, StatementFonts.BOLD, COUPON_LEFT + 86, y, Element.ALIGN_LEFT);
		y -= 13;
		text(canvas, "Mail to:", StatementFonts.SMALL, COUPON_LEFT, y, Element.ALIGN_LEFT);
		List<String> remit = StatementFonts.lines(billing.remitTo());
		if (remit.isEmpty()) {
			remit = List.of(content.practice().name());
		}
		ColumnText column = new ColumnText(canvas);
		column.setSimpleColumn(COUPON_LEFT + 36, top(3.42f * INCH), COUPON_RIGHT, y + 11);
		for (String line : remit) {
			Paragraph paragraph = new Paragraph(11, line, StatementFonts.ADDRESS);
			column.addElement(paragraph);
		}
		column.go();
	}

	/** A label on the left, its value on the right, a hairline below. */
	private static float row(PdfContentByte canvas, float y, String label, String value, Font font) {
		float baseline = y - 12;
		text(canvas, label, StatementFonts.SMALL, COUPON_LEFT, baseline, Element.ALIGN_LEFT);
		text(canvas, value, font, COUPON_RIGHT, baseline, Element.ALIGN_RIGHT);
		canvas.setLineWidth(0.4f);
		canvas.setColorStroke(StatementFonts.RULE);
		canvas.moveTo(COUPON_LEFT, baseline - 4);
		canvas.lineTo(COUPON_RIGHT, baseline - 4);
		canvas.stroke();
		return baseline - 4;
	}

	private static void tearLine(PdfContentByte canvas) {
		float y = top(TEAR_LINE);
		canvas.setLineWidth(0.6f);
		canvas.setColorStroke(StatementFonts.RULE);
		canvas.setLineDash(4, 3, 0);
		canvas.moveTo(0.4f * INCH, y);
		canvas.lineTo(8.1f * INCH, y);
		canvas.stroke();
		canvas.setLineDash(0);
		text(canvas,
				"Please detach and return the top portion with your payment. Keep the lower portion for your records.",
				StatementFonts.SMALL, 4.25f * INCH, y - 10, Element.ALIGN_CENTER);
	}

	private static void text(PdfContentByte canvas, String text, Font font, float x, float y, int alignment) {
		ColumnText.showTextAligned(canvas, alignment, new Phrase(text, font), x, y, 0);
	}

	/** A distance from the top of the page as a PDF y coordinate. */
	static float top(float fromTop) {
		return PAGE_HEIGHT - fromTop;
	}

}
