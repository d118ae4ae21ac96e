package io.ardesk.reports.internal;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.ardesk.aging.AgingBucket;
import io.ardesk.aging.AgingReport;
import io.ardesk.dashboards.Recovery;
import io.ardesk.denials.DenialDimension;
import io.ardesk.denials.DenialFigure;
import io.ardesk.escalation.Escalation;
import io.ardesk.shared.ui.Formats;
import io.ardesk.trends.TrendIssue;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.ListItem;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/** The sections of a report after its key figures. */
final class ReportTables {

	private ReportTables() {
	}

	static void addAll(Document document, ReportContent content) {
		ReportPdfWriter.section(document, "A/R by age on " + Formats.date(content.period().to()),
				aging(content.aging()));
		ReportPdfWriter.section(document, "Cash collected by payer",
				collected(content.activity().collectedByPayer(), content.kpis().figures().cashCollected()));
		ReportPdfWriter.section(document, "Cash recovered by the firm, by payer and age when paid",
				recovered(content.kpis().recoveries()));
		ReportPdfWriter.section(document, "Top denial reasons", denials(content.topDenials()));
		ReportPdfWriter.section(document, "Trend issues", trends(content.trends()));
		ReportPdfWriter.section(document, "Escalations", escalations(content));
		ReportPdfWriter.section(document, "What the firm did", activity(content));
		org.openpdf.text.List steps = new org.openpdf.text.List(org.openpdf.text.List.ORDERED);
		NextSteps.of(content).forEach((step) -> steps.add(new ListItem(12, step, ReportStyle.BODY)));
		Paragraph list = new Paragraph();
		list.add(steps);
		ReportPdfWriter.section(document, "Next steps", list);
	}

	private static PdfPTable aging(AgingReport aging) {
		PdfPTable table = ReportStyle.table(1.2f, 1.3f, 1.3f, 1.3f, 0.8f, 0.8f);
		for (String head : new String[] { "Age (days)", "Insurance", "Patients", "Total", "Claims", "Share" }) {
			table.addCell(ReportStyle.head(head, !head.startsWith("Age")));
		}
		BigDecimal total = aging.insurance().total().add(aging.patient().total());
		for (AgingBucket bucket : AgingBucket.values()) {
			BigDecimal insurance = aging.insurance().bucket(bucket).amount();
			BigDecimal patient = aging.patient().bucket(bucket).amount();
			table.addCell(ReportStyle.text(bucket.label()));
			table.addCell(ReportStyle.number(Formats.money(insurance)));
			table.addCell(ReportStyle.number(Formats.money(patient)));
			table.addCell(ReportStyle.number(Formats.money(insurance.add(patient))));
			table.addCell(ReportStyle.number(Formats
				.count(aging.insurance().bucket(bucket).claims() + aging.patient().bucket(bucket).claims())));
			table.addCell(ReportStyle.number(Formats.percent(share(insurance.add(patient), total))));
		}
		table.addCell(ReportStyle.cell("Total", ReportStyle.BOLD, false));
		table.addCell(ReportStyle.cell(Formats.money(aging.insurance().total()), ReportStyle.BOLD, true));
		table.addCell(ReportStyle.cell(Formats.money(aging.patient().total()), ReportStyle.BOLD, true));
		table.addCell(ReportStyle.cell(Formats.money(total), ReportStyle.BOLD, true));
		table.addCell(ReportStyle.cell(Formats.count(aging.insurance().claims() + aging.patient().claims()),
				ReportStyle.BOLD, true));
		table.addCell(ReportStyle.cell(total.signum() > 0 ? "100.0 %" : "", ReportStyle.BOLD, true));
		return table;
	}

	private static PdfPTable collected(Map<String, BigDecimal> byPayer, BigDecimal total) {
		PdfPTable table = ReportStyle.table(4f, 1.5f, 1f);
		table.addCell(ReportStyle.head("Payer", false));
		table.addCell(ReportStyle.head("Collected", true));
		table.addCell(ReportStyle.head("Share", true));
		if (byPayer.isEmpty()) {
			return empty(table, "No payments were dated in the period.");
		}
		byPayer.forEach((payer, amount) -> {
			table.addCell(ReportStyle.text(payer));
			table.addCell(ReportStyle.number(Formats.money(amount)));
			table.addCell(ReportStyle.number(Formats.percent(share(amount, total))));
		});
		table.addCell(ReportStyle.cell("Total", ReportStyle.BOLD, false));
		table.addCell(ReportStyle.cell(Formats.money(total), ReportStyle.BOLD, true));
		table.addCell(ReportStyle.cell("", ReportStyle.BOLD, true));
		return table;
	}

	private static PdfPTable recovered(List<Recovery> recoveries) {
		AgingBucket[] buckets = AgingBucket.values();
		PdfPTable table = ReportStyle.table(2.6f, 1f, 1f, 1f, 1f, 1f, 1.2f);
		table.addCell(ReportStyle.head("Payer", false));
		for (AgingBucket bucket : buckets) {
			table.addCell(ReportStyle.head(bucket.label(), true));
		}
		table.addCell(ReportStyle.head("Total", true));
		if (recoveries.isEmpty()) {
			return empty(table, "Nothing was recovered on worked claims in the period.");
		}
		Map<String, Map<AgingBucket, BigDecimal>> byPayer = new LinkedHashMap<>();
		Map<AgingBucket, BigDecimal> totals = new EnumMap<>(AgingBucket.class);
		for (Recovery r : recoveries) {
			byPayer.computeIfAbsent(r.payer(), (p) -> new EnumMap<>(AgingBucket.class))
				.merge(r.bucket(), r.amount(), BigDecimal::add);
			totals.merge(r.bucket(), r.amount(), BigDecimal::add);
		}
		byPayer.forEach((payer, amounts) -> row(table, payer, amounts, false));
		row(table, "Total", totals, true);
		return table;
	}

	private static void row(PdfPTable table, String label, Map<AgingBucket, BigDecimal> amounts, boolean bold) {
		table.addCell(ReportStyle.cell(label, bold ? ReportStyle.BOLD : ReportStyle.BODY, false));
		BigDecimal sum = BigDecimal.ZERO;
		for (AgingBucket bucket : AgingBucket.values()) {
			BigDecimal amount = amounts.getOrDefault(bucket, BigDecimal.ZERO);
			sum = sum.add(amount);
			table.addCell(ReportStyle.cell(amount.signum() == 0 ? "—" : Formats.money(amount),
					bold ? ReportStyle.BOLD : ReportStyle.BODY, true));
		}
		table.addCell(ReportStyle.cell(Formats.money(sum), ReportStyle.BOLD, true));
	}

	private static PdfPTable denials(List<DenialFigure> denials) {
		PdfPTable table = ReportStyle.table(4f, 1f, 1.5f);
		table.addCell(ReportStyle.head("Reason (group code and CARC)", false));
		table.addCell(ReportStyle.head("Claims", true));
		table.addCell(ReportStyle.head("Denied", true));
		if (denials.isEmpty()) {
			return empty(table, "No denials were received in the period.");
		}
		for (DenialFigure denial : denials) {
			String reason = denial.key(DenialDimension.REASON);
			table.addCell(ReportStyle.text((reason != null) ? reason : "—"));
			table.addCell(ReportStyle.number(Formats.count(denial.claims())));
			table.addCell(ReportStyle.number(Formats.money(denial.amount())));
		}
		return table;
	}

	private static PdfPTable trends(List<TrendIssue> trends) {
		PdfPTable table = ReportStyle.table(3f, 0.9f, 1.1f, 2.4f, 2.4f);
		for (String head : new String[] { "What we found", "Status", "At stake", "Root cause", "Preventive action" }) {
			table.addCell(ReportStyle.head(head, head.equals("At stake")));
		}
		if (trends.isEmpty()) {
			return empty(table, "No trend issues were open in the period.");
		}
		for (TrendIssue issue : trends) {
			table.addCell(ReportStyle.text(issue.what()));
			table.addCell(ReportStyle.text(issue.status().label()));
			table.addCell(ReportStyle.number(Formats.money(issue.atStake())));
			table.addCell(ReportStyle.text((issue.rootCause() != null) ? issue.rootCause() : "Being analysed"));
			table.addCell(ReportStyle.text((issue.preventiveAction() != null) ? issue.preventiveAction() : "—"));
		}
		return table;
	}

	private static PdfPTable escalations(ReportContent content) {
		PdfPTable table = ReportStyle.table(1.3f, 1.3f, 1.1f, 1.1f, 4f);
		for (String head : new String[] { "Claim", "Reason", "Raised", "Status", "Resolution" }) {
			table.addCell(ReportStyle.head(head, false));
		}
		if (content.escalations().isEmpty()) {
			return empty(table, "No escalations were open in the period.");
		}
		for (Escalation escalation : content.escalations()) {
			table.addCell(ReportStyle.text(escalation.claimNumber()));
			table.addCell(ReportStyle.text(escalation.reason().label()));
			table.addCell(ReportStyle.text(Formats.date(escalation.raisedAt().atZone(content.zone()).toLocalDate())));
			table.addCell(ReportStyle.text(escalation.status().label()));
			String resolution = escalation.resolution();
			table.addCell(ReportStyle.text((resolution != null) ? resolution
					: "Resolution due by " + Formats.dateTime(escalation.resolveBy(), content.zone())));
		}
		return table;
	}

	private static PdfPTable activity(ReportContent content) {
		FirmActivity a = content.activity();
		PdfPTable table = ReportStyle.table(4f, 1.5f);
		table.addCell(ReportStyle.head("Work", false));
		table.addCell(ReportStyle.head("This period", true));
		line(table, "Touches (payer calls, portal checks, letters)", Formats.count(a.touches()));
		line(table, "Claims worked", Formats.count(a.claimsTouched()));
		line(table, "Appeals filed", Formats.count(a.appeals()));
		line(table, "Corrected claims sent", Formats.count(a.correctedClaims()));
		line(table, "Documents requested from the practice", Formats.count(a.documentRequests()));
		line(table, "Dollars recovered on worked claims", Formats.money(content.kpis().figures().cashRecovered()));
		return table;
	}

	private static void line(PdfPTable table, String label, String value) {
		table.addCell(ReportStyle.text(label));
		table.addCell(ReportStyle.number(value));
	}

	private static PdfPTable empty(PdfPTable table, String text) {
		PdfPCell cell = ReportStyle.cell(text, ReportStyle.NOTE, false);
		cell.setColspan(table.getNumberOfColumns());
		cell.setHorizontalAlignment(Element.ALIGN_LEFT);
		table.addCell(cell);
		return table;
	}

	private static BigDecimal share(BigDecimal part, BigDecimal whole) {
		if (whole.signum() == 0) {
			return BigDecimal.ZERO;
		}
		return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, java.math.RoundingMode.HALF_UP);
	}

	static Paragraph paragraph(String text) {
		return new Paragraph(text, ReportStyle.BODY);
	}

}
