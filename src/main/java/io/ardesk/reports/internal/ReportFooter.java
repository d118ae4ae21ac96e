package io.ardesk.reports.internal;

import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/** "Riverside Cardiology · Week 2026-W47 · Page 1 of 2" at the foot of every page. */
final class ReportFooter extends PdfPageEventHelper {

	private static final float SIZE = 7f;

	private final String left;

	private final BaseFont font;

	private @Nullable PdfTemplate total;

	ReportFooter(String left) {
		this.left = left;
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
		Font small = new Font(this.font, SIZE, Font.NORMAL, ReportStyle.MUTED);
		float y = document.bottom() - 18;
		ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(this.left, small), document.left(), y, 0);
		String page = "Page " + writer.getPageNumber() + " of ";
		float width = this.font.getWidthPoint(page, SIZE);
		float x = document.right() - 12 - width;
		ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(page, small), x, y, 0);
		if (this.total != null) {
			canvas.addTemplate(this.total, x + width, y);
		}
	}

	@Override
	public void onCloseDocument(PdfWriter writer, Document document) {
		PdfTemplate pages = this.total;
		if (pages != null) {
			pages.beginText();
			pages.setFontAndSize(this.font, SIZE);
			pages.setColorFill(ReportStyle.MUTED);
			pages.showText(String.valueOf(writer.getPageNumber() - 1));
			pages.endText();
		}
	}

}
