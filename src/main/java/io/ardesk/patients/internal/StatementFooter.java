package io.ardesk.patients.internal;

import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/** "Statement ST-000042 · Page 1 of 2" at the foot of every page. */
final class StatementFooter extends PdfPageEventHelper {

	private static final float SIZE = 7.5f;

	private final String number;

	private @Nullable PdfTemplate total;

	private final BaseFont font;

	StatementFooter(String number) {
		this.number = number;
		try {
			this.font = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@Override
	public void onOpenDocument(PdfWriter writer, Document document) {
		this.total = writer.getDirectContent().createTemplate(30, 12);
	}

	@Override
	public void onEndPage(PdfWriter writer, Document document) {
		PdfContentByte canvas = writer.getDirectContent();
		String text = "Statement " + this.number + "  ·  Page " + writer.getPageNumber() + " of ";
		float x = 4.25f * RemittanceStub.INCH;
		float y = 0.35f * RemittanceStub.INCH;
		float width = this.font.getWidthPoint(text, SIZE);
		ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
				new Phrase(text, new org.openpdf.text.Font(this.font, SIZE)), x - width / 2, y, 0);
		if (this.total != null) {
			canvas.addTemplate(this.total, x + width / 2, y);
		}
	}

	@Override
	public void onCloseDocument(PdfWriter writer, Document document) {
		PdfTemplate pages = this.total;
		if (pages != null) {
			pages.beginText();
			pages.setFontAndSize(this.font, SIZE);
			pages.showText(String.valueOf(writer.getPageNumber() - 1));
			pages.endText();
		}
	}

}
