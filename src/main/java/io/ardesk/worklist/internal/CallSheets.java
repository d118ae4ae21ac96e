package io.ardesk.worklist.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.ardesk.claims.ClaimDetail;
import io.ardesk.worklist.CallSheet;
import io.ardesk.worklist.WorkspaceState;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Puts a claim's call sheet together from the ledger's detail and the few facts the
 * detail leaves out (date of birth, member id, what was paid per line, the work flags).
 */
@Component
class CallSheets {

	private final JdbcTemplate jdbc;

	CallSheets(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	CallSheet of(ClaimDetail claim, WorkspaceState state, boolean viewer) {
		Map<String, Object> facts = this.jdbc
			.queryForMap("select pt.date_of_birth, pt.member_id, coalesce(w.deadline_missed, false) as missed, "
					+ "coalesce(w.high_value, false) as flagged from claim c join patient pt on pt.id = c.patient_id "
					+ "left join claim_work w on w.claim_id = c.id where c.id = ?", claim.id());
		Map<Integer, BigDecimal> paid = new HashMap<>();
		this.jdbc.query("select sp.line_number, sum(sp.paid) as paid from service_payment sp "
				+ "join claim_payment cp on cp.id = sp.claim_payment_id where cp.claim_id = ? group by sp.line_number",
				(rs) -> {
					paid.put(rs.getInt("line_number"), rs.getBigDecimal("paid"));
				}, claim.id());
		List<CallSheet.Line> lines = new ArrayList<>();
		for (ClaimDetail.Line line : claim.lines()) {
			List<CallSheet.Code> adjustments = claim.payments()
				.stream()
				.flatMap((payment) -> payment.adjustments().stream())
				.filter((adjustment) -> adjustment.lineNumber() != null && adjustment.lineNumber() == line.lineNumber())
				.map(CallSheets::code)
				.toList();
			lines.add(new CallSheet.Line(line.lineNumber(), line.procedureCode(), line.modifiers(), line.units(),
					line.charge(), paid.getOrDefault(line.lineNumber(), BigDecimal.ZERO.setScale(2)), adjustments));
		}
		List<CallSheet.Code> remarks = new ArrayList<>();
		claim.payments()
			.stream()
			.flatMap((payment) -> payment.adjustments().stream())
			.filter((adjustment) -> adjustment.lineNumber() == null)
			.map(CallSheets::code)
			.forEach(remarks::add);
		claim.payments()
			.stream()
			.flatMap((payment) -> payment.remarks().stream())
			.map((remark) -> new CallSheet.Code(remark.code(), remark.description(), null))
			.distinct()
			.forEach(remarks::add);
		CallSheet.LastRemittance last = claim.payments()
			.stream()
			.reduce((a, b) -> b)
			.map((payment) -> new CallSheet.LastRemittance(payment.statusLabel(), payment.paymentDate(),
					payment.paid()))
			.orElse(null);
		boolean highValue = (Boolean) facts.get("flagged") || claim.insuranceBalance().signum() > 0
				&& state.reasons().stream().anyMatch((reason) -> reason.contains("high-value"));
		return new CallSheet(claim.claimNumber(), claim.status(),
				new CallSheet.Patient(claim.patientName(), date(facts.get("date_of_birth")),
						(String) facts.get("member_id"), claim.patientAccount()),
				new CallSheet.Payer(claim.payer().name(), claim.payer().externalId(), claim.payer().category().label(),
						null),
				claim.payerClaimNumber(), claim.serviceDateFrom(), claim.serviceDateTo(), claim.billed(),
				claim.insuranceBalance(), lines, remarks, last, state.deadline(),
				new CallSheet.Work(state.workStatus(), state.nextActionDate(), (Boolean) facts.get("missed"),
						highValue),
				viewer ? null : new CallSheet.Internal(state.owner(), state.score(), state.reasons()),
				state.followUps(),
				claim.history()
					.stream()
					.map((entry) -> new CallSheet.HistoryEntry(entry.occurredAt(), entry.actor(), entry.description()))
					.toList());
	}

	private static CallSheet.Code code(ClaimDetail.Adjustment adjustment) {
		return new CallSheet.Code(adjustment.group() + "-" + adjustment.reason(), adjustment.description(),
				adjustment.amount());
	}

	private static @Nullable LocalDate date(@Nullable Object value) {
		return (value instanceof java.sql.Date date) ? date.toLocalDate() : null;
	}

}
