package io.ardesk.worklist.internal;

import java.io.ByteArrayOutputStream;

import io.ardesk.worklist.Appeal;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Lays an appeal letter out on US Letter pages with OpenPDF, one paragraph per line of
 * the letter text, so the PDF says exactly what was stored.
 */
final class AppealLetterPdf {

	private AppealLetterPdf() {
	}

	static byte[] render(Appeal appeal) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.LETTER, 72, 72, 72, 72);
		PdfWriter.getInstance(document, out);
		document.addTitle(AppealLetter.title(appeal.claimNumber(), appeal.level()));
		document.addCreator("ARdesk");
		document.open();
		Font body = FontFactory.getFont(FontFactory.HELVETICA, 11);
		for (String line : appeal.letterText().split("\n", -1)) {
			Paragraph paragraph = new Paragraph(line.isEmpty() ? " " : line, body);
			paragraph.setLeading(14);
			document.add(paragraph);
		}
		document.close();
		return out.toByteArray();
	}

}
