package io.ardesk.patients.internal;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import io.ardesk.patients.ReminderLevel;
import io.ardesk.shared.ui.Formats;
import io.ardesk.tenancy.BillingContact;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A patient letter on US Letter, ready to fold into a #10 double-window envelope: the
 * remittance stub on top ({@link RemittanceStub}), then the patient's part: who it is
 * from, the visits with what insurance paid and adjusted, the account summary, the
 * balance by age, what the level of the letter means and how to pay. Long visit lists run
 * on to further pages.
 */
final class StatementDocument {

	private static final float SIDE = 0.55f * RemittanceStub.INCH;

	/** The patient's part starts below the tear line of the first page. */
	private static final float FIRST_PAGE_TOP = RemittanceStub.TEAR_LINE + 0.32f * RemittanceStub.INCH;

	private static final float LATER_PAGE_TOP = 0.6f * RemittanceStub.INCH;

	private static final float BOTTOM = 0.6f * RemittanceStub.INCH;

	private StatementDocument() {
	}

	static byte[] write(StatementContent content) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.LETTER, SIDE, SIDE, FIRST_PAGE_TOP, BOTTOM);
		try {
			PdfWriter writer = PdfWriter.getInstance(document, out);
			writer.setPageEvent(new StatementFooter(content.letter().number()));
			document.addTitle(content.letter().level().label() + " " + content.letter().number());
			document.addCreator("ARdesk");
			document.open();
			document.setMargins(SIDE, SIDE, LATER_PAGE_TOP, BOTTOM);
			RemittanceStub.draw(writer.getDirectContent(), content);
			document.add(heading(content));
			document.add(letterFacts(content));
			document.add(StatementTables.visits(content.visits()));
			document.add(StatementTables.summaryAndAging(content));
			document.add(message(content.letter()));
			document.add(waysToPay(content.practice()));
		}
		catch (DocumentException ex) {
			throw new IllegalStateException("The statement could not be laid out", ex);
		}
		finally {
			document.close();
		}
		return out.toByteArray();
	}

	/**
	 * Practice name on the left, the kind of letter on the right; the practice's address
	 * and how to reach the billing office below.
	 */
	private static PdfPTable heading(StatementContent content) {
		PdfPTable table = new PdfPTable(new float[] { 1f, 1f });
		table.setWidthPercentage(100);
		StatementContent.Practice practice = content.practice();
		table.addCell(StatementTables.plain(new Paragraph(practice.name(), StatementFonts.PRACTICE)));
		ReminderLevel level = content.letter().level();
		Paragraph kind = new Paragraph(level.wording().toUpperCase(java.util.Locale.US),
				(level == ReminderLevel.STATEMENT) ? StatementFonts.TITLE : StatementFonts.TITLE_WARNING);
		kind.setAlignment(Element.ALIGN_RIGHT);
		table.addCell(StatementTables.plain(kind));
		List<String> contact = new ArrayList<>(StatementFonts.lines(practice.billing().address()));
		if (!contact.isEmpty() && contact.getFirst().equalsIgnoreCase(practice.name())) {
			contact.removeFirst();
		}
		BillingContact billing = practice.billing();
		List<String> reach = new ArrayList<>();
		if (billing.phone() != null) {
			reach.add("Phone " + billing.phone());
		}
		if (billing.contact() != null) {
			reach.add("Billing questions: " + billing.contact());
		}
		Paragraph details = new Paragraph(11, String.join(", ", contact), StatementFonts.BODY);
		if (!reach.isEmpty()) {
			details.add(new Chunk((contact.isEmpty() ? "" : "\n") + String.join("  ·  ", reach), StatementFonts.BODY));
		}
		PdfPCell below = StatementTables.plain(details);
		below.setColspan(2);
		below.setPaddingTop(2);
		table.addCell(below);
		table.setSpacingAfter(8);
		return table;
	}

	private static PdfPTable letterFacts(StatementContent content) {
		PdfPTable table = new PdfPTable(new float[] { 2.4f, 1.4f, 1.4f, 1.2f, 1.2f, 1.3f });
		table.setWidthPercentage(100);
		String[][] facts = { { "Patient", content.patient().mailingName() },
				{ "Account number", content.patient().accountNumber() },
				{ "Statement number", content.letter().number() },
				{ "Statement date", Formats.date(content.letter().date()) },
				{ "Due date", Formats.date(content.letter().dueDate()) },
				{ "Amount due", StatementFonts.money(content.summary().amountDue()) } };
		for (String[] fact : facts) {
			table.addCell(StatementTables.header(fact[0], Element.ALIGN_LEFT));
		}
		for (String[] fact : facts) {
			PdfPCell cell = new PdfPCell(new Phrase(fact[1], StatementFonts.BOLD));
			cell.setBorderColor(StatementFonts.RULE);
			cell.setPadding(4);
			table.addCell(cell);
		}
		table.setSpacingAfter(10);
		return table;
	}

	private static Paragraph message(StatementContent.Letter letter) {
		String due = Formats.date(letter.dueDate());
		String text = switch (letter.level()) {
			case STATEMENT -> "Your insurance has processed the visits above. Please pay the amount due by " + due
					+ ", or call us if you have a question about your bill or would like to set up a payment plan.";
			case REMINDER -> "We have not yet received payment for the balance on your last statement. Please pay by "
					+ due + ". If you cannot pay the full amount, call us to set up a payment plan.";
			case FINAL_NOTICE -> "This is your final notice. Please pay by " + due
					+ " or call us to arrange a payment plan. If we do not hear from you, your account may be "
					+ "referred to a collection agency.";
		};
		Paragraph paragraph = new Paragraph(12, text,
				(letter.level() == ReminderLevel.FINAL_NOTICE) ? StatementFonts.BOLD : StatementFonts.BODY);
		paragraph.setSpacingBefore(8);
		paragraph.setSpacingAfter(8);
		return paragraph;
	}

	private static PdfPTable waysToPay(StatementContent.Practice practice) {
		BillingContact billing = practice.billing();
		PdfPTable table = new PdfPTable(new float[] { 1f, 4.2f });
		table.setWidthPercentage(100);
		table.setKeepTogether(true);
		PdfPCell title = StatementTables.header("WAYS TO PAY", Element.ALIGN_LEFT);
		title.setColspan(2);
		table.addCell(title);
		if (billing.paymentUrl() != null) {
			way(table, "Online", billing.paymentUrl() + "  (have your account number ready)");
		}
		if (billing.phone() != null) {
			way(table, "By phone",
					billing.phone() + ((billing.payByPhoneHours() != null) ? ", " + billing.payByPhoneHours() : ""));
		}
		List<String> remit = StatementFonts.lines(billing.remitTo());
		String payableTo = (billing.checksPayableTo() != null) ? billing.checksPayableTo() : practice.name();
		way(table, "By mail",
				"Send the top portion with your check or money order"
						+ (remit.isEmpty() ? "" : " to " + String.join(", ", remit)) + ". Make checks payable to "
						+ payableTo + " and write your account number on the check.");
		if (billing.contact() != null || billing.phone() != null) {
			way(table, "Questions", "Call " + ((billing.phone() != null) ? billing.phone() : "us")
					+ ((billing.contact() != null) ? " (" + billing.contact() + ")" : "") + ".");
		}
		return table;
	}

	private static void way(PdfPTable table, String label, String text) {
		PdfPCell name = new PdfPCell(new Phrase(label, StatementFonts.BOLD));
		PdfPCell value = new PdfPCell(new Phrase(text, StatementFonts.BODY));
		for (PdfPCell cell : List.of(name, value)) {
			cell.setBorder(Rectangle.BOTTOM);
			cell.setBorderColor(StatementFonts.RULE);
			cell.setPadding(4);
			table.addCell(cell);
		}
	}

}
