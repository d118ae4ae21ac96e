package io.ardesk.reports.internal;

import java.io.ByteArrayOutputStream;
import java.util.List;

import io.ardesk.dashboards.KpiReport;
import io.ardesk.reports.ReportKind;
import io.ardesk.shared.ui.Formats;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

import org.springframework.stereotype.Component;

/**
 * Writes a client report as a US Letter PDF a practice reads in a minute: a title band,
 * four headline figures, the KPIs against their targets, then aging, cash, denials, trend
 * issues, escalations, the firm's work and next steps. It prints only what
 * {@link ReportContent} holds, which carries nothing internal.
 */
@Component
class ReportPdfWriter {

	byte[] write(ReportContent content) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.LETTER, 40, 40, 36, 48);
		PdfWriter writer = PdfWriter.getInstance(document, out);
		writer.setPageEvent(new ReportFooter(content.client() + "  ·  " + title(content) + "  ·  "
				+ content.period().title() + "  ·  prepared by " + content.firm()));
		document.addTitle(content.client() + " — " + title(content) + " " + content.period().key());
		document.addAuthor(content.firm());
		document.open();
		document.add(band(content));
		document.add(tiles(content));
		section(document, "Key figures against target", kpis(content));
		ReportTables.addAll(document, content);
		document.close();
		return out.toByteArray();
	}

	static String title(ReportContent content) {
		return (content.period().kind() == ReportKind.WEEKLY) ? "Weekly A/R report" : "Monthly A/R report";
	}

	/**
	 * A section: its heading and its content kept on one page when they fit (a heading
	 * never ends a page alone).
	 */
	static void section(Document document, String title, Element content) {
		PdfPTable section = new PdfPTable(1);
		section.setWidthPercentage(100);
		section.setKeepTogether(true);
		section.setSpacingBefore(10);
		Paragraph heading = new Paragraph(title, ReportStyle.SECTION);
		heading.setSpacingAfter(4);
		section.addCell(ReportStyle.plain(heading));
		section.addCell(ReportStyle.plain(content));
		document.add(section);
	}

	private static PdfPTable band(ReportContent content) {
		PdfPTable band = new PdfPTable(new float[] { 3f, 2f });
		band.setWidthPercentage(100);
		Paragraph left = new Paragraph(content.client(), ReportStyle.BAND_TITLE);
		left.add(new Chunk(
				"\n" + title(content) + "  ·  " + content.period().title() + "  ·  "
						+ Formats.date(content.period().from()) + " – " + Formats.date(content.period().to()),
				ReportStyle.BAND_TEXT));
		Paragraph right = new Paragraph("Prepared by " + content.firm(), ReportStyle.BAND_TEXT);
		right.add(new Chunk("\nGenerated " + Formats.dateTime(content.generatedAt(), content.zone()),
				ReportStyle.BAND_TEXT));
		right.setAlignment(Element.ALIGN_RIGHT);
		band.addCell(bandCell(left));
		band.addCell(bandCell(right));
		band.setSpacingAfter(8);
		return band;
	}

	private static PdfPCell bandCell(Paragraph text) {
		PdfPCell cell = new PdfPCell();
		cell.addElement(text);
		cell.setBackgroundColor(ReportStyle.NAVY);
		cell.setBorder(Rectangle.NO_BORDER);
		cell.setPadding(10);
		cell.setPaddingTop(4);
		return cell;
	}

	private static PdfPTable tiles(ReportContent content) {
		KpiReport.KpiFigures f = content.kpis().figures();
		List<KpiLine> lines = KpiLine.of(content.kpis(), content.sla());
		PdfPTable tiles = new PdfPTable(4);
		tiles.setWidthPercentage(100);
		tiles.addCell(tile("Cash collected", Formats.money(f.cashCollected()), "payments dated in the period", null));
		tiles.addCell(tile("Cash recovered by the firm", Formats.money(f.cashRecovered()),
				Formats.money(f.cashRecoveredOver90()) + " from over 90 days", null));
		tiles.addCell(tile("Days in A/R", lines.get(0).shown(), "target " + lines.get(0).target(), lines.get(0)));
		tiles.addCell(tile("A/R over 90 days", lines.get(1).shown(), "target " + lines.get(1).target(), lines.get(1)));
		return tiles;
	}

	private static PdfPCell tile(String label, String value, String note,
			@org.jspecify.annotations.Nullable KpiLine kpi) {
		PdfPCell cell = new PdfPCell();
		cell.addElement(new Paragraph(label, ReportStyle.TILE_LABEL));
		Paragraph figure = new Paragraph(value, ReportStyle.TILE_VALUE);
		figure.setSpacingBefore(1);
		cell.addElement(figure);
		Paragraph below = new Paragraph(note, ReportStyle.NOTE);
		below.setSpacingBefore(1);
		if (kpi != null && kpi.met() != null) {
			below.add(new Chunk(Boolean.TRUE.equals(kpi.met()) ? "  · on target" : "  · off target",
					Boolean.TRUE.equals(kpi.met()) ? ReportStyle.GOOD_MARK : ReportStyle.BAD_MARK));
		}
		cell.addElement(below);
		cell.setBorder(Rectangle.LEFT);
		cell.setBorderColor(ReportStyle.NAVY);
		cell.setBorderWidthLeft(2.5f);
		cell.setBackgroundColor(ReportStyle.SHADE);
		cell.setPadding(7);
		cell.setPaddingTop(3);
		return cell;
	}

	private static PdfPTable kpis(ReportContent content) {
		PdfPTable table = ReportStyle.table(3.2f, 1.4f, 1.6f, 1.2f);
		table.addCell(ReportStyle.head("KPI", false));
		table.addCell(ReportStyle.head("This period", true));
		table.addCell(ReportStyle.head("Target", true));
		table.addCell(ReportStyle.head("", true));
		for (KpiLine line : KpiLine.of(content.kpis(), content.sla())) {
			table.addCell(ReportStyle.cell(line.kpi().label(), ReportStyle.BOLD, false));
			table.addCell(ReportStyle.number(line.shown()));
			table.addCell(ReportStyle.number(line.target()));
			table.addCell((line.met() == null) ? ReportStyle.number("—")
					: ReportStyle.cell(Boolean.TRUE.equals(line.met()) ? "On target" : "Off target",
							Boolean.TRUE.equals(line.met()) ? ReportStyle.GOOD_MARK : ReportStyle.BAD_MARK, true));
		}
		return table;
	}

	static Phrase note(String text) {
		return new Phrase(text, ReportStyle.NOTE);
	}

}
