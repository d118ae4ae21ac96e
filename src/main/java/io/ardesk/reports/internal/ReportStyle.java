package io.ardesk.reports.internal;

import java.awt.Color;

import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * The type, colours and cells of a client report: Helvetica, one navy, greys, green/red
 * marks.
 */
final class ReportStyle {

	static final Color NAVY = new Color(0x1f, 0x3a, 0x5f);

	static final Color RULE = new Color(0xc9, 0xce, 0xd4);

	static final Color SHADE = new Color(0xf1, 0xf3, 0xf6);

	static final Color MUTED = new Color(0x5f, 0x67, 0x70);

	static final Color GOOD = new Color(0x1e, 0x7b, 0x45);

	static final Color BAD = new Color(0xb3, 0x26, 0x1e);

	static final Font BAND_TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16, Font.NORMAL, Color.WHITE);

	static final Font BAND_TEXT = FontFactory.getFont(FontFactory.HELVETICA, 9, Font.NORMAL,
			new Color(0xdd, 0xe4, 0xee));

	static final Font SECTION = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10.5f, Font.NORMAL, NAVY);

	static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 8.5f);

	static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8.5f);

	static final Font HEAD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 7.5f, Font.NORMAL, MUTED);

	static final Font NOTE = FontFactory.getFont(FontFactory.HELVETICA, 7.5f, Font.NORMAL, MUTED);

	static final Font TILE_LABEL = FontFactory.getFont(FontFactory.HELVETICA, 7.5f, Font.NORMAL, MUTED);

	static final Font TILE_VALUE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15, Font.NORMAL, NAVY);

	static final Font GOOD_MARK = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8, Font.NORMAL, GOOD);

	static final Font BAD_MARK = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8, Font.NORMAL, BAD);

	private ReportStyle() {
	}

	static PdfPTable table(float... widths) {
		PdfPTable table = new PdfPTable(widths);
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		table.setSpacingAfter(4);
		return table;
	}

	static PdfPCell head(String text, boolean right) {
		PdfPCell cell = new PdfPCell(new Phrase(text, HEAD));
		cell.setBackgroundColor(SHADE);
		cell.setHorizontalAlignment(right ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
		rule(cell);
		return cell;
	}

	static PdfPCell text(String text) {
		return cell(text, BODY, false);
	}

	static PdfPCell number(String text) {
		return cell(text, BODY, true);
	}

	static PdfPCell cell(String text, Font font, boolean right) {
		PdfPCell cell = new PdfPCell(new Phrase(text, font));
		cell.setHorizontalAlignment(right ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
		rule(cell);
		return cell;
	}

	/** A cell without borders, for laying out. */
	static PdfPCell plain(Element content) {
		PdfPCell cell = (content instanceof PdfPTable table) ? new PdfPCell(table) : new PdfPCell();
		if (!(content instanceof PdfPTable)) {
			cell.addElement(content);
		}
		cell.setBorder(Rectangle.NO_BORDER);
		cell.setPadding(0);
		return cell;
	}

	private static void rule(PdfPCell cell) {
		cell.setBorder(Rectangle.BOTTOM);
		cell.setBorderColor(RULE);
		cell.setBorderWidth(0.5f);
		cell.setPaddingTop(2.5f);
		cell.setPaddingBottom(4);
		cell.setPaddingLeft(3);
		cell.setPaddingRight(3);
	}

}
